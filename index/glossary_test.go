package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestGlossaryAcrossLanguages checks glossary groups on short texts in
// other languages: a country's adjective finds the country's name, the
// names of a country find each other, role nouns and plan words find their
// translations, in the English plural as well as the singular, and a multi-word term whose first word another language
// drops ("non nucleare" is "nucleare" to the Italian analyzer) is not
// listed, so "безъядерный" does not find any nuclear plant.
func TestGlossaryAcrossLanguages(t *testing.T) {
	ctx := context.Background()
	ix := openTexts(t,
		"---\ntitle: Entretien\noutlet: Test Gazette\npublished: 2025-11-25\nlang: fr\n---\nAnne Dupuis a été ambassadrice de France en Pologne avant de rejoindre un institut de recherche.\n",
		"---\ntitle: Документ\noutlet: Test Agency\npublished: 2025-11-25\nlang: ru\n---\nУкраина обязуется оставаться неядерным государством.\n",
		"---\ntitle: Заява\noutlet: Test Agency\npublished: 2025-11-25\nlang: uk\n---\nМіністр заявив, що червоні лінії України не змінилися.\n",
		"---\ntitle: Wortlaut\noutlet: Test Zeitung\npublished: 2025-11-25\nlang: de\n---\nDie Verträge über Rüstungskontrolle werden verlängert.\n",
		"---\ntitle: Ginevra\noutlet: Test Giornale\npublished: 2025-11-25\nlang: it\n---\nAl centro dei colloqui resta il futuro della centrale nucleare sul fiume.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"french ambassador to poland", "ambassadrice de France en Pologne"},
		{"ambassador in poland", "ambassadrice"},
		{"безъядерный статус украины", "неядерным"},
		{"red lines", "червоні лінії"},
		{"treaties", "Verträge"}, // an English plural, analysed as German too
		{"arms control treaties", "Verträge"},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) {
			t.Errorf("%q: hits %+v, want %q first", c.query, res.Hits, c.want)
		}
		for _, h := range res.Hits {
			if strings.Contains(c.query, "ядерн") && strings.Contains(h.Text, "centrale nucleare") {
				t.Errorf("%q: answered with %q", c.query, h.Text)
			}
		}
	}
}
