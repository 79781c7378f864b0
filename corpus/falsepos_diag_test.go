package corpus

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestFalsePositiveDiag is the cause table of the statements extraction
// gives that no gold statement holds (the false positives of statement
// precision), over every released extraction set (never a blind one). Each
// extra statement gets one cause, in this order:
//
//   - "dup": another extracted statement of the document, one in gold,
//     holds its words or is held by them (the same words read twice);
//   - "bounds": a gold statement of the same speaker shares three in five
//     of its words either way (right speaker, span cut elsewhere);
//   - "role": as bounds, but the gold speaker is right and only the role
//     differs (the verbose line gives the gold role);
//   - "who/…": the words are a gold statement's (three in five either
//     way) but the speaker is another, split by whom it was given to: an
//     unnamed source, the outlet, a speaker of another gold statement, a
//     person the text names, someone not in the text;
//   - "question": no gold statement holds the words, and they end with a
//     question mark;
//   - "outlet": the speaker is the document's outlet;
//   - "notspeaker": the speaker is on the gold's not_speakers list;
//   - "goldspeaker": a speaker the gold gives other statements (words the
//     writer did not mark, or not speech: a gold gap or a reading of a
//     non-statement);
//   - "other": anyone else.
//
// It prints the table (count, distinct sets, languages) and, with
// PLANBOT_FP_DIAG=v, every extra statement with its cause:
//
//	PLANBOT_FP_DIAG=1 go test ./corpus -run TestFalsePositiveDiag -v -count=1
func TestFalsePositiveDiag(t *testing.T) {
	mode := os.Getenv("PLANBOT_FP_DIAG")
	if mode == "" {
		t.Skip("set PLANBOT_FP_DIAG to print the cause table of extra statements")
	}
	type row struct {
		n     int
		sets  map[string]bool
		langs map[string]bool
	}
	table := map[string]*row{}
	total := 0
	eachReleasedParse(t, ParseOptions{trace: true}, func(set string, f goldFixture, d *Document) {
		lang := f.gold.Lang
		if lang == "" {
			lang = d.Source.Lang
		}
		for i, s := range d.Statements {
			if fpRight(f.gold, s) {
				continue
			}
			total++
			cause := fpCause(f, d, i)
			key, _, _ := strings.Cut(cause, " [") // "role [gold envoy]": the table counts the cause alone
			r := table[key]
			if r == nil {
				r = &row{sets: map[string]bool{}, langs: map[string]bool{}}
				table[key] = r
			}
			r.n++
			r.sets[set] = true
			r.langs[lang] = true
			if mode == "v" {
				t.Logf("FP %s | %s | %s | %s | %s (%s) | %s | %q", cause, set, filepath.Base(f.doc), lang, s.Speaker, s.Role, s.reading, s.Text)
			}
		}
	})
	causes := make([]string, 0, len(table))
	for c := range table {
		causes = append(causes, c)
	}
	sort.Slice(causes, func(i, j int) bool { return table[causes[i]].n > table[causes[j]].n })
	for _, c := range causes {
		r := table[c]
		t.Logf("CAUSE %-22s %4d  sets %2d  langs %2d %s", c, r.n, len(r.sets), len(r.langs), strings.Join(sortedKeys(r.langs), ","))
	}
	t.Logf("FP total %d", total)
}

// fpRight is the quality test's verdict on one extracted statement.
func fpRight(g goldFile, s Statement) bool {
	right := inGold(g.Statements, s)
	for _, n := range g.NotSpeakers {
		if containsWords(goldLow(s.Speaker), goldLow(n)) {
			right = false
		}
	}
	return right
}

// fpCause is the cause of the i-th statement of d being extra (see
// TestFalsePositiveDiag).
func fpCause(f goldFixture, d *Document, i int) string {
	s := d.Statements[i]
	low := goldLow(s.Text)
	for j, o := range d.Statements {
		if j == i || !fpRight(f.gold, o) {
			continue
		}
		ol := goldLow(o.Text)
		if strings.Contains(ol, low) || strings.Contains(low, ol) {
			if o.Speaker == s.Speaker {
				return "dup/same"
			}
			return "dup/other"
		}
	}
	for _, n := range f.gold.NotSpeakers {
		if containsWords(goldLow(s.Speaker), goldLow(n)) {
			return "notspeaker"
		}
	}
	var near []goldStatement
	for _, g := range f.gold.Statements {
		if fpShare(g.Fragment, s.Text) || fpShare(s.Text, g.Fragment) {
			near = append(near, g)
		}
	}
	for _, g := range near {
		if g.matchesSpeaker(Statement{Speaker: s.Speaker, Role: s.Role, Text: g.Fragment}) {
			if g.matches(Statement{Speaker: s.Speaker, Role: s.Role, Text: g.Fragment}) {
				return "bounds"
			}
			return "role [gold " + g.Role + "]"
		}
	}
	if len(near) > 0 {
		return "who/" + fpWhom(f, d, s)
	}
	if strings.HasSuffix(strings.TrimRight(s.Text, "\"'“”„«»‹›‚‘ ."), "?") {
		return "question"
	}
	if s.Speaker == d.Source.Outlet || outletNamed(s.Speaker) != "" && outletNamed(s.Speaker) == outletNamed(d.Source.Outlet) {
		return "outlet"
	}
	for _, g := range f.gold.Statements {
		if g.matchesSpeaker(Statement{Speaker: s.Speaker, Role: s.Role, Text: g.Fragment}) {
			return "goldspeaker"
		}
	}
	return "other/" + fpWhom(f, d, s)
}

// fpWhom says who a wrong speaker is: an unnamed source, the outlet, a
// speaker of another gold statement, a person the text names, or someone
// not in it.
func fpWhom(f goldFixture, d *Document, s Statement) string {
	switch {
	case s.Speaker == unnamedSpeaker:
		return "unnamed"
	case s.Speaker == d.Source.Outlet:
		return "outlet"
	}
	for _, g := range f.gold.Statements {
		if g.matchesSpeaker(Statement{Speaker: s.Speaker, Role: s.Role, Text: g.Fragment}) {
			return "goldspeaker"
		}
	}
	last := s.Speaker
	if w := strings.Fields(last); len(w) > 0 {
		last = w[len(w)-1]
	}
	if strings.Contains(goldLow(string(f.data)), goldLow(last)) {
		return "named"
	}
	return "absent"
}

// fpShare reports whether at least three in five of the words of a (three
// words at least) are words of b.
func fpShare(a, b string) bool {
	words := strings.Fields(fragmentWords(a))
	return len(words) >= 3 && holdsMostWords(b, words)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
