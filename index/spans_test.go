package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// spanInputs are varied queries for the three span rewriters (spellPercent,
// spellUnits, normalizeNumbers): English, German, French, Russian and
// Ukrainian; with numbers, per cent signs, glued units, several at once,
// at the edges of the text, and with none of them.
var spanInputs = []string{
	"",
	" ",
	"ceasefire along the line",
	"Waffenstillstand entlang der Frontlinie",
	"cessez-le-feu le long du front",
	"прекращение огня по линии фронта",
	"припинення вогню вздовж лінії фронту",
	// percents
	"90% of the points agreed",
	"90 percent agreed",
	"environ 90 % des points",
	"rund 90 % der Punkte",
	"около 90 % пунктов",
	"близько 90\u00a0% пунктів",
	"45%",
	"%45 share",
	"100 % and 50 % and 25%",
	"90\uff05 ok, 10\ufe6a no",
	"90%agreed",
	"a  double   space 5%  here",
	"a  double   space  no sign",
	"50%% twice",
	"% alone",
	"20 ‰ per mille",
	"5,5 % Wachstum",
	// units
	"eu 90bn loan",
	"20pt plan",
	"presenters told not to call 28pt a deal",
	"EU-Kredit über 90Mrd",
	"prêt de 90bn d'euros",
	"кредит 90bn",
	"кредит на 90bn євро",
	"1.5bn and 2,5bn and 3bn",
	"90bn",
	"g20pt summit",
	"a 5km corridor",
	"15ptx typo",
	"12 points of the roadmap",
	"€45bn,",
	"7bn€",
	// numbers
	"800,000 troops",
	"800 000 troops",
	"800\u00a0000 Soldaten",
	"800.000 Soldaten",
	"800\u202f000 soldats",
	"800000 troops",
	"800k troops",
	"5km from 800K",
	"600 thousand troops",
	"600 Tausend Soldaten",
	"600 mille soldats",
	"600 тысяч военных",
	"600 тыс. военных",
	"600 тисяч військових",
	"600 тис. військових",
	"1,234.5 tonnes",
	"12 3456 ids",
	"3.14 and 1,5",
	"2025 plan with 28 points",
	"1,000,000 and 2.000.000 and 3 000 000",
	// a number before a capitalised word, or a capitalised unit
	"Der Plan hat 28 Punkte",
	"Le plan en 28 Points",
	"План из 28 Пунктов",
	"План з 28 Пунктів",
	"28 ПУНКТОВ и 3 ТЫС",
	"3 MIL soldats",
	"90 Mrd Euro",
	"EU 90BN LOAN",
	"20PT plan, 5KM away",
	"İ 12 İstanbul",
	// mixed
	"90% of 800,000 troops and a 90bn loan",
	"28pt plan: 20 % of 600 тысяч",
	"Plan mit 28 Punkten, 90 % und 45bn und 800.000",
	"plan en 28pt, 90 %, 800 000 soldats, 3,5bn",
	"план 28pt: 90 %, 800 000 військових, 45bn",
	"план 28pt: 90 %, 600 тыс, 45bn",
}

// spanOutputs is what each rewriter, and the query chain of normalizeQuery,
// makes of one input.
type spanOutputs struct {
	Percent string `json:"percent"`
	Units   string `json:"units"`
	Numbers string `json:"numbers"`
	Chain   string `json:"chain"`
}

// TestSpanRewritersGolden: the three span rewriters give, for every input,
// the outputs recorded in testdata/spanrewrite.golden.json (written with
// -update before they shared rewriteSpans).
func TestSpanRewritersGolden(t *testing.T) {
	got := map[string]spanOutputs{}
	for _, in := range spanInputs {
		got[in] = spanOutputs{
			Percent: spellPercent(in),
			Units:   spellUnits(in),
			Numbers: normalizeNumbers(in),
			Chain:   normalizeNumbers(spellUnits(spellPercent(in))),
		}
	}
	path := filepath.Join("testdata", "spanrewrite.golden.json")
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var want map[string]spanOutputs
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Errorf("golden holds %d inputs, test %d", len(want), len(got))
	}
	for _, in := range spanInputs {
		w, ok := want[in]
		if !ok {
			t.Errorf("%q: not in the golden file", in)
			continue
		}
		if g := got[in]; g != w {
			t.Errorf("%q:\n got %+v\nwant %+v", in, g, w)
		}
	}
}

// TestSpanRewritersNoAlloc: a rewriter that leaves its input as it is
// neither copies nor allocates, whatever else the input holds.
func TestSpanRewritersNoAlloc(t *testing.T) {
	rewriters := []struct {
		name string
		fn   func(string) string
	}{
		{"spellPercent", spellPercent},
		{"spellUnits", spellUnits},
		{"normalizeNumbers", normalizeNumbers},
	}
	for _, rw := range rewriters {
		for _, in := range spanInputs {
			if rw.fn(in) != in {
				continue
			}
			if n := testing.AllocsPerRun(100, func() { _ = rw.fn(in) }); n != 0 {
				t.Errorf("%s(%q): %v allocations, want 0", rw.name, in, n)
			}
		}
	}
}

// TestGroupedEndMatchesRegexp: groupedEnd reads a grouped number as the
// regexp it replaced did, anchored at the start, over every string of up
// to six pieces drawn from digits and separators.
func TestGroupedEndMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`\d{1,3}(?:[,.\x{00a0}\x{202f}\x{2009} ]\d{3})+`)
	pieces := []string{"1", "0", ",", ".", " ", "\u00a0", "\u202f", "\u2009", "x", "\u2008"}
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		want := -1
		if loc := re.FindStringIndex(s); loc != nil && loc[0] == 0 {
			want = loc[1]
		}
		if got := groupedEnd(s); got != want {
			t.Fatalf("groupedEnd(%q) = %d, want %d", s, got, want)
		}
		if depth == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, depth-1)
		}
	}
	walk("", 6)
}

// TestLowerPrefix: lowerPrefix agrees with lowering a copy.
func TestLowerPrefix(t *testing.T) {
	words := []string{"", "Tausend", "TAUSEND", "tausende", "Тыс", "ТЫСЯЧ", "тис", "Тисячі", "MIL", "Mila", "mille", "İ", "Tysiące", "TYSIĘCY", "thousands"}
	for _, word := range words {
		for _, w := range thousandWords {
			low := strings.ToLower(word)
			p, whole := lowerPrefix(word, w)
			if p != strings.HasPrefix(low, w) || whole != (low == w) {
				t.Errorf("lowerPrefix(%q, %q) = %v, %v", word, w, p, whole)
			}
		}
	}
}
