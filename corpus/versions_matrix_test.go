package corpus

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// versionMatrixFile holds the version matrix: short paragraphs written for
// this test that compare the US draft with the European counter-proposal in
// prose, sentence by sentence, with the provisions each must give and the
// words no provision may hold.
const versionMatrixFile = "testdata/langmatrix/versions.json"

// versionMatrixCase is one paragraph of the version matrix.
type versionMatrixCase struct {
	ID    string   `json:"id"` // lang/kind
	Lang  string   `json:"lang"`
	Title string   `json:"title"`
	Body  string   `json:"body"`
	Want  []string `json:"want"` // plan#number:fragment
	Not   []string `json:"not"`  // fragment, or plan:fragment
}

// versionMatrixNot says whether ps breaks one "not" of a case: a bare
// fragment no provision may hold (a judgement about a point), or
// "plan:fragment" that no provision of that plan may hold (the other
// version's words glued into it, or a point given to the wrong version).
func versionMatrixNot(t *testing.T, ps []Provision, n string) bool {
	t.Helper()
	plan := ""
	if key, frag, ok := strings.Cut(n, ":"); ok && langMatrixPlans[key] != "" {
		plan, n = langMatrixPlans[key], frag
	}
	for _, p := range ps {
		if (plan == "" || p.Plan == plan) && strings.Contains(p.Text, n) {
			return true
		}
	}
	return false
}

// TestVersionMatrix parses every paragraph of the version matrix and
// prints hits/total over its wants and nots, per language and per kind.
// Cases listed in versions-open.txt are reported, not failed; any other
// case with a miss fails, and an open case that passes asks to be removed
// from the list.
func TestVersionMatrix(t *testing.T) {
	runProvisionMatrix(t, "version matrix", versionMatrixFile, "versions-open.txt")
}

// runProvisionMatrix is the loop the provision matrices share (versions,
// spoken): it parses every case of file (a case's title, when it has one,
// heads the document), counts its wants and nots per language and per kind
// and prints hits/total under name. Cases listed in openFile (under
// testdata/langmatrix) are reported, not failed; any other case with a
// miss fails, and an open case that passes asks to be removed.
func runProvisionMatrix(t *testing.T, name, file, openFile string) {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Cases []versionMatrixCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	open := loadMatrixOpenFile(t, openFile)
	perLang, perKind := map[string][2]int{}, map[string][2]int{}
	count := func(mp map[string][2]int, k string, ok bool) {
		v := mp[k]
		v[1]++
		if ok {
			v[0]++
		}
		mp[k] = v
	}
	hit, all, casesOK := 0, 0, 0
	for _, c := range m.Cases {
		doc := "---\ntitle: t\nlang: " + c.Lang + "\n---\n\n"
		if c.Title != "" {
			doc += "# " + c.Title + "\n\n"
		}
		d, err := Parse([]byte(doc+c.Body+"\n"), ParseOptions{Now: fixedNow})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		var missed []string
		for _, ws := range c.Want {
			ok := hasProvision(d.Provisions, langMatrixWant(t, ws))
			if !ok {
				missed = append(missed, "want "+ws)
			}
			count(perLang, c.Lang, ok)
			count(perKind, kindOf(c.ID), ok)
		}
		for _, n := range c.Not {
			ok := !versionMatrixNot(t, d.Provisions, n)
			if !ok {
				missed = append(missed, "not "+n)
			}
			count(perLang, c.Lang, ok)
			count(perKind, kindOf(c.ID), ok)
		}
		n := len(c.Want) + len(c.Not)
		all += n
		hit += n - len(missed)
		switch {
		case len(missed) == 0:
			casesOK++
			if open[c.ID] {
				t.Logf("%s passes now: remove it from %s", c.ID, openFile)
			}
		case open[c.ID]:
			t.Logf("open %s: %s; have %s", c.ID, strings.Join(missed, ", "), provisionsBrief(d.Provisions))
		default:
			t.Errorf("%s: %s; have %s", c.ID, strings.Join(missed, ", "), provisionsBrief(d.Provisions))
		}
	}
	t.Logf("%s: %d/%d wants and nots, %d/%d cases", name, hit, all, casesOK, len(m.Cases))
	for _, mp := range []map[string][2]int{perLang, perKind} {
		t.Logf("%s", matrixTallyLine(mp))
	}
}

// kindOf is the pattern part of a "lang/kind" case id.
func kindOf(id string) string {
	_, kind, _ := strings.Cut(id, "/")
	return kind
}

// provisionsBrief prints plan, number and text of provisions for a miss.
func provisionsBrief(ps []Provision) string {
	var have []string
	for _, p := range ps {
		have = append(have, p.Plan+" #"+strconv.Itoa(p.Number)+" "+strconv.Quote(p.Text))
	}
	return "[" + strings.Join(have, " | ") + "]"
}
