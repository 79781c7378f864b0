package corpus

import (
	"encoding/json"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// langMatrixFile holds the provision language matrix: passages written
// for this test in each language a European news reader meets, in the
// shapes reports give a plan's points (a numbered list after a lead-in, a
// point number with its document, an ordinal word, a case ending or
// postposition after the number, the Europeans' rewrite after a US point,
// a plan named by its count of points).
const langMatrixFile = "testdata/langmatrix/provisions.json"

// langMatrixPlans maps the short plan keys of the matrix's wants to the
// extractor's plan names.
var langMatrixPlans = map[string]string{
	"us": "US 28-point draft",
	"eu": "European counter-proposal",
	"20": "20-point framework",
	"ge": "Geneva framework",
}

// langMatrixFloors is the fewest wants each language must keep: the
// figures reached when the matrix was last extended, so a change that loses
// a point in any language fails here even when the released sets do not
// show it.
var langMatrixFloors = map[string]int{
	"hu": 18,
	"lt": 16,
	"lv": 16,
	"et": 18,
	"fi": 18,
	"el": 14,
	"bg": 14,
	"sk": 13,
	"sl": 13,
	"hr": 15,
	"sr": 13,
	"cs": 13,
	"ro": 13,
	"pt": 13,
	"nl": 13,
	"sv": 13,
	"da": 13,
	"no": 13,
	"tr": 14,
	"de": 10,
	"fr": 9,
	"it": 10,
	"es": 10,
	"pl": 12,
	"ru": 12,
	"uk": 12,
	"en": 9,
}

// langMatrixCase is one passage of the matrix.
type langMatrixCase struct {
	Kind  string   `json:"kind"`
	Title string   `json:"title"`
	Body  string   `json:"body"`
	Want  []string `json:"want"` // plan#number:fragment
}

// langMatrixWant splits a "plan#number:fragment" want.
func langMatrixWant(t *testing.T, w string) Provision {
	t.Helper()
	key, rest, ok1 := strings.Cut(w, "#")
	num, frag, ok2 := strings.Cut(rest, ":")
	n, err := strconv.Atoi(num)
	plan, ok3 := langMatrixPlans[key]
	if !ok1 || !ok2 || !ok3 || err != nil {
		t.Fatalf("bad want %q", w)
	}
	return Provision{Plan: plan, Number: n, Text: frag}
}

// TestProvisionLanguageMatrix parses every passage of the matrix, prints
// each language's recall of wanted points and fails when a language keeps
// fewer than its floor. PLANBOT_LANGMATRIX_MISSES=1 prints each miss with
// what was extracted instead.
func TestProvisionLanguageMatrix(t *testing.T) {
	raw, err := os.ReadFile(langMatrixFile)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Languages []struct {
			Lang  string           `json:"lang"`
			Cases []langMatrixCase `json:"cases"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	misses := os.Getenv("PLANBOT_LANGMATRIX_MISSES") != ""
	kindMiss := map[string]int{}
	total, found := 0, 0
	for _, l := range m.Languages {
		got, all := 0, 0
		for _, c := range l.Cases {
			doc := "---\ntitle: t\nlang: " + l.Lang + "\n---\n\n"
			if c.Title != "" {
				doc += "# " + c.Title + "\n\n"
			}
			d, err := Parse([]byte(doc+c.Body), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatalf("%s %s: %v", l.Lang, c.Kind, err)
			}
			for _, ws := range c.Want {
				w := langMatrixWant(t, ws)
				all++
				if hasProvision(d.Provisions, w) {
					got++
					continue
				}
				kindMiss[c.Kind]++
				if misses {
					var have []string
					for _, p := range d.Provisions {
						have = append(have, p.Plan+" #"+strconv.Itoa(p.Number)+" "+strconv.Quote(p.Text))
					}
					t.Logf("miss %s %s: want %s; have %s", l.Lang, c.Kind, ws, strings.Join(have, " | "))
				}
			}
		}
		total += all
		found += got
		t.Logf("%-3s provisions %2d/%2d", l.Lang, got, all)
		if got < langMatrixFloors[l.Lang] {
			t.Errorf("%s: %d of %d points, below the floor %d", l.Lang, got, all, langMatrixFloors[l.Lang])
		}
	}
	kinds := make([]string, 0, len(kindMiss))
	for k := range kindMiss {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("missed %-10s %d", k, kindMiss[k])
	}
	t.Logf("all provisions %d/%d", found, total)
}

// hasProvision says whether ps holds w's plan and number with w's text as
// a fragment.
func hasProvision(ps []Provision, w Provision) bool {
	for _, p := range ps {
		if p.Plan == w.Plan && p.Number == w.Number && strings.Contains(p.Text, w.Text) {
			return true
		}
	}
	return false
}
