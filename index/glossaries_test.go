package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"planbot/corpus"
)

func TestNameGroups(t *testing.T) {
	cases := []struct {
		name   string
		person corpus.Person
		want   []string // nil: no group
	}{
		{"surnames of every alias", corpus.Person{Name: "Yuri Ushakov", Aliases: []string{"Ushakov", "Uschakow", "Юрий Ушаков"}},
			[]string{"uschakow", "ushakov", "ушаков", "ушакова"}},
		{"the genitive of a Russian surname", corpus.Person{Name: "Dmitry Peskov", Aliases: []string{"Дмитрий Песков"}},
			[]string{"peskov", "песков", "пескова"}},
		{"a given name alone is not a surname", corpus.Person{Name: "Keir Starmer", Aliases: []string{"Keir", "Стармер"}},
			[]string{"starmer", "стармер"}},
		{"one spelling makes no group", corpus.Person{Name: "Jane Doe", Aliases: []string{"Doe"}}, nil},
		{"short surnames are left out", corpus.Person{Name: "Wang Yi", Aliases: []string{"Ван И"}}, nil},
		{"three katakana signs are a name", corpus.Person{Name: "Ivo Tamm", Aliases: []string{"タンム"}},
			[]string{"tamm", "タンム"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gs := nameGroups([]corpus.Person{c.person})
			if c.want == nil {
				if len(gs) != 0 {
					t.Fatalf("groups %v, want none", gs)
				}
				return
			}
			if len(gs) != 1 || !slices.Equal(gs[0].from, c.want) || !gs[0].twoWay {
				t.Fatalf("groups %+v, want one two-way group %v", gs, c.want)
			}
		})
	}
}

// TestGlossaryGroups checks the three sources are read and that only the
// translations are general (not domain words).
func TestGlossaryGroups(t *testing.T) {
	gs, err := glossaryGroups()
	if err != nil {
		t.Fatal(err)
	}
	var glossary, names, general bool
	for _, g := range gs {
		switch {
		case g.general && slices.Contains(g.from, "donnerstag"):
			general = true
		case !g.general && slices.Contains(g.from, "kyiv"):
			glossary = true
		case !g.general && slices.Contains(g.from, "uschakow"):
			names = true
		}
	}
	if !glossary || !names || !general {
		t.Fatalf("glossary %v, names %v, translations %v: want all three", glossary, names, general)
	}
	dt := domainTerms(gs)
	if slices.Contains(dt, "donnerstag") || !slices.Contains(dt, "kyiv") {
		t.Errorf("domain terms: translations must not be domain words, the glossary's must")
	}
}

// TestCrossLanguageWords: a known person's other spelling and a general
// word's translation find the text; a question of general words only is
// still not about the plan.
func TestCrossLanguageWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nAm Verhandlungstisch saßen neben Uschakow auch zwei Generäle aus dem Generalstab.\n\nDer ukrainische Unterhändler soll am Donnerstag in Miami erneut mit den Amerikanern zusammentreffen.\n",
		"---\nlang: en\n---\n\nThe delegations met in Geneva for a second day of talks on the draft.\n\nThe Kremlin said the envoy would arrive in Moscow next week.\n",
	)
	wantFirst(t, ix, "ushakov generals", "Uschakow")
	wantFirst(t, ix, "miami thursday", "Donnerstag")
	wantFirst(t, ix, "football on thursday", "")
}

// TestPointNumbers: a numbered provision is found by its number, asked
// in English or in its own language, though its text never says it.
func TestPointNumbers(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: es\n---\n\nEl plan de paz de 28 puntos de Estados Unidos incluye, entre otros, estos apartados:\n\n18. Ucrania seguirá siendo un Estado sin armas nucleares.\n\n19. La central nuclear de Zaporiyia volverá a funcionar bajo supervisión del OIEA.\n",
		"---\nlang: en\n---\n\nThe US 28-point peace plan says, among other things:\n\n7. Ukraine agrees not to join NATO.\n\n8. NATO agrees not to station troops in Ukraine.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"point 19", "Zaporiyia"},
		{"punto 19 zaporiyia", "Zaporiyia"},
		{"point 7", "not to join NATO"},
		{"punkt 8", "not to station troops"},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Kind: corpus.KindProvision})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) || res.Hits[0].Number == 0 {
			t.Errorf("%q: hits %+v, want the numbered provision with %q first", c.query, res.Hits, c.want)
		}
	}
}

// TestUniqueInOrder checks that repeated synonyms are kept once, where
// they first occur.
func TestUniqueInOrder(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"a", "b", "a", "c", "b"}, []string{"a", "b", "c"}},
		{[]string{"x"}, []string{"x"}},
		{nil, nil},
	} {
		if got := uniqueInOrder(append([]string(nil), c.in...)); !slices.Equal(got, c.want) {
			t.Errorf("uniqueInOrder(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
