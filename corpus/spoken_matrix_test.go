package corpus

import (
	"encoding/json"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// spokenMatrixFile holds the spoken matrix: short turns of debates,
// interviews, panels and subtitles written for this test, with the
// provisions each must give and the words no provision may hold.
const spokenMatrixFile = "testdata/langmatrix/spoken-provisions.json"

// TestSpokenProvisionMatrix parses every case of the spoken matrix and
// prints hits/total over its wants and nots, per language and per kind.
// Cases listed in spoken-provisions-open.txt are reported, not failed; any
// other case with a miss fails, and an open case that passes asks to be
// removed from the list.
func TestSpokenProvisionMatrix(t *testing.T) {
	raw, err := os.ReadFile(spokenMatrixFile)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Cases []versionMatrixCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	open := loadMatrixOpenFile(t, "spoken-provisions-open.txt")
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
		doc := "---\ntitle: t\nlang: " + c.Lang + "\n---\n\n" + c.Body + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Now: fixedNow})
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
				t.Logf("%s passes now: remove it from spoken-provisions-open.txt", c.ID)
			}
		case open[c.ID]:
			t.Logf("open %s: %s; have %s", c.ID, strings.Join(missed, ", "), provisionsBrief(d.Provisions))
		default:
			t.Errorf("%s: %s; have %s", c.ID, strings.Join(missed, ", "), provisionsBrief(d.Provisions))
		}
	}
	t.Logf("spoken matrix: %d/%d wants and nots, %d/%d cases", hit, all, casesOK, len(m.Cases))
	for _, mp := range []map[string][2]int{perLang, perKind} {
		t.Logf("%s", matrixTallyLine(mp))
	}
}

// matrixTallyLine prints "key hit/all" for each key of mp, sorted.
func matrixTallyLine(mp map[string][2]int) string {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var line []string
	for _, k := range keys {
		line = append(line, k+" "+strconv.Itoa(mp[k][0])+"/"+strconv.Itoa(mp[k][1]))
	}
	return strings.Join(line, ", ")
}
