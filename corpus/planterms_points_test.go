package corpus

import (
	"encoding/json"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// pointSentences is testdata/planterms/points.json: a sentence a language
// restating each point of one version, and the points no term stands for.
type pointSentences struct {
	Plan   string                       `json:"plan"`
	Gaps   map[string]string            `json:"gaps"`
	Points map[string]map[string]string `json:"points"` // point -> language -> sentence
}

// TestPlanTermsEveryPoint checks that the catalogue covers the whole plan
// in every language the corpus reads: each point of the US draft (and each
// point the European counter-proposal words its own way) has a
// term numbered so, unless gaps gives the reason it has none, and each
// language of data/languages.json has a sentence for that point which the
// catalogue reads as a term of that number. A language added to
// languages.json without sentences, or a stem dropped from the catalogue,
// fails here.
func TestPlanTermsEveryPoint(t *testing.T) {
	for _, name := range []string{"points.json", "points-european.json"} {
		t.Run(name, func(t *testing.T) { checkEveryPoint(t, "testdata/planterms/"+name) })
	}
}

// checkEveryPoint runs TestPlanTermsEveryPoint on one version's sentences.
func checkEveryPoint(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fx pointSentences
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatalf("points.json: %v", err)
	}
	c := planTermsData()
	numbered := map[int]bool{}
	for _, term := range c.terms {
		if n := term.Points[fx.Plan]; n > 0 {
			numbered[n] = true
		}
	}
	var langs []string
	var lf struct {
		Languages []struct {
			Code string `json:"code"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(mustReadData(t, "data/languages.json"), &lf); err != nil {
		t.Fatal(err)
	}
	for _, l := range lf.Languages {
		langs = append(langs, l.Code)
	}
	sort.Strings(langs)
	for n := 1; n <= 28; n++ {
		key := strconv.Itoa(n)
		if why, ok := fx.Gaps[key]; ok {
			if numbered[n] {
				t.Errorf("point %d: listed as a gap (%s) but a term has it", n, why)
			}
			continue
		}
		if !numbered[n] {
			t.Errorf("point %d: no term of %s is numbered so, and gaps gives no reason", n, fx.Plan)
			continue
		}
		for _, lang := range langs {
			s, ok := fx.Points[key][lang]
			if !ok {
				t.Errorf("point %d: no %s sentence", n, lang)
				continue
			}
			found := false
			for _, h := range c.matchTerms(&termScan{}, strings.ToLower(s)) {
				if c.terms[h.term].Points[fx.Plan] == n {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("point %d, %s: %q is read as no term of point %d", n, lang, s, n)
			}
		}
	}
}

// mustReadData reads one of the embedded data files.
func mustReadData(t *testing.T, name string) []byte {
	t.Helper()
	b, err := dataFS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestNewPointTermsNegatives checks that the terms added for the points
// the catalogue lacked (1, 4, 10, 12, 15, 22) ask for all their words: a
// topic named alone is no term.
func TestNewPointTermsNegatives(t *testing.T) {
	c := planTermsData()
	tests := []struct{ s, id string }{
		{"Zelensky spoke of Ukraine's sovereignty at the summit", "sovereignty-confirmed"},
		{"Die Weltbank senkte ihre Wachstumsprognose", "world-bank-reconstruction"},
		{"the working group met again on Friday", "security-working-group"},
		{"NATO held a dialogue with partners in Asia", "russia-nato-dialogue"},
		{"Россия атаковала энергосистему ночью", "guarantee-lost-on-attack"},
		{"the border was changed in 1954", "no-change-by-force"},
	}
	for _, tt := range tests {
		for _, h := range c.matchTerms(&termScan{}, strings.ToLower(tt.s)) {
			if c.terms[h.term].ID == tt.id {
				t.Errorf("%q read as term %s", tt.s, tt.id)
			}
		}
	}
}

// TestConstitutionAlliance checks that point 7 is read when a text calls
// NATO "the Alliance", as it often does the second time, in three
// languages, and that the alliance without the constitution is no term.
func TestConstitutionAlliance(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s    string
		want bool
	}{
		{"Kyiv would write into its constitution that it will never join the Alliance", true},
		{"Сьомий пункт вимагав записати в Конституцію відмову від вступу до Альянсу", true},
		{"Kiew müsste in der Verfassung auf den Beitritt zum Bündnis verzichten", true},
		{"the Alliance met in Brussels on Tuesday", false},
	}
	for _, tt := range tests {
		got := false
		for _, h := range c.matchTerms(&termScan{}, strings.ToLower(tt.s)) {
			got = got || c.terms[h.term].ID == "nato-constitution"
		}
		if got != tt.want {
			t.Errorf("%q: nato-constitution %v, want %v", tt.s, got, tt.want)
		}
	}
}
