package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// loadGroupMatrix reads testdata/langmatrix/groups.json: languages map to
// [pattern, text, speaker, fragment] rows as in the statement matrix, and
// "_negative" lists [lang, text, fragment] sentences in which a group noun
// is an object or a mere mention and must not become a speaker.
func loadGroupMatrix(t *testing.T) (cases []stmtMatrixCase, negatives [][]string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "langmatrix", "groups.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for lang, body := range m {
		if lang == "_comment" {
			continue
		}
		var rows [][]string
		if err := json.Unmarshal(body, &rows); err != nil {
			t.Fatalf("group matrix %s: %v", lang, err)
		}
		if lang == "_negative" {
			negatives = rows
			continue
		}
		for _, r := range rows {
			if len(r) != 4 {
				t.Fatalf("group matrix %s: row %v has %d fields, want 4", lang, r, len(r))
			}
			cases = append(cases, stmtMatrixCase{lang, r[0], r[1], r[2], r[3]})
		}
	}
	sort.SliceStable(cases, func(i, j int) bool {
		if cases[i].lang != cases[j].lang {
			return cases[i].lang < cases[j].lang
		}
		return cases[i].pattern < cases[j].pattern
	})
	return cases, negatives
}

// loadGroupMatrixOpen reads testdata/langmatrix/groups-open.txt, the
// "lang/pattern" cases still known to miss: reported, not failed.
func loadGroupMatrixOpen(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "langmatrix", "groups-open.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	open := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			open[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return open
}

// parseMatrixText parses one matrix sentence as a document in lang.
func parseMatrixText(t *testing.T, lang, text string) *Document {
	t.Helper()
	d, err := Parse([]byte("---\ntitle: t\nlang: "+lang+"\n---\n\n"+text+"\n"), ParseOptions{})
	if err != nil {
		t.Fatalf("%s: %v", lang, err)
	}
	return d
}

// TestGroupSpeakerMatrix checks that groups and institutions speaking in
// their own name (the two delegations, both sides, the leaders in a joint
// statement, the G7, the coalition of the willing) and unnamed sources
// set off by an aside (speaking on condition of anonymity, quoted by an
// agency) are speakers in every language, as the gold of the test sets
// counts them; and that a group noun as object or mention is not. It
// prints recall per language and fails on any case that passes no longer.
func TestGroupSpeakerMatrix(t *testing.T) {
	cases, negatives := loadGroupMatrix(t)
	open := loadGroupMatrixOpen(t)
	type tally struct{ hit, all int }
	per := map[string]*tally{}
	var langs []string
	for _, c := range cases {
		if per[c.lang] == nil {
			per[c.lang] = &tally{}
			langs = append(langs, c.lang)
		}
		id := c.lang + "/" + c.pattern
		d := parseMatrixText(t, c.lang, c.text)
		ok := false
		for _, s := range d.Statements {
			if strings.Contains(strings.ToLower(s.Speaker+" | "+s.Role), strings.ToLower(c.speaker)) && strings.Contains(s.Text, c.fragment) {
				ok = true
				break
			}
		}
		per[c.lang].all++
		switch {
		case ok:
			per[c.lang].hit++
			if open[id] {
				t.Logf("%s passes now: remove it from groups-open.txt", id)
			}
		case open[id]:
			t.Logf("open %s: no statement of %q with %q; got %s", id, c.speaker, c.fragment, statementsBrief(d.Statements))
		default:
			t.Errorf("%s: no statement of %q with %q; got %s", id, c.speaker, c.fragment, statementsBrief(d.Statements))
		}
	}
	for _, n := range negatives {
		d := parseMatrixText(t, n[0], n[1])
		for _, s := range d.Statements {
			if strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(n[2])) {
				t.Errorf("negative %s %q: %q became a speaker: %s", n[0], n[1], n[2], statementsBrief(d.Statements))
			}
		}
	}
	hit, all := 0, 0
	var line []string
	for _, l := range langs {
		hit += per[l].hit
		all += per[l].all
		line = append(line, fmt.Sprintf("%s %d/%d", l, per[l].hit, per[l].all))
	}
	t.Logf("group matrix: %d/%d; %s", hit, all, strings.Join(line, ", "))
}
