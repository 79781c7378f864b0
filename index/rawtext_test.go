package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestRawTextSearch: over text copied out of PDFs and web pages (the
// fixtures of corpus/testdata/rawtext, in English, German, Russian and
// French), the passage that answers a question comes first even when the
// words asked for were broken across a line end or a page, and a
// furniture line (a caption, a page footer, a newsletter box, a related
// link) is never a hit.
func TestRawTextSearch(t *testing.T) {
	ix := openFixtures(t, "../corpus/testdata/rawtext/*")
	for _, c := range []struct{ query, want string }{
		{"negotiations basis settlement harwick", "basis for negotiations"},
		{"sicherheitsgarantien valmont außenministerium", "Sicherheitsgarantien"},
		{"переговоры гуманитарный коридор договоренности", "договоренности о гуманитарном коридоре"},
		{"Lemarchand devant la presse assurances", "devant la presse"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
	noFurnitureHits(t, ix, []struct{ query, furniture string }{
		{"photo jonas reiter nordpress", "Foto:"},
		{"newsletter abonnieren", "Newsletter"},
		{"фото илья громов", "Фото:"},
		{"page 2 of 3", "Page 2"},
		{"harwick centre briefing note", "Page"},
		{"warum valmont auf garantien besteht", "Warum Valmont"},
	})
}

// TestFurnitureNotSearchable: the furniture of a copied web page (a
// breadcrumb, a timestamp, a caption and its credit, a related link, a
// newsletter box, an author box) and the running foot of a two-column
// PDF page are no passage search returns, while the article's own text
// is found first, read column by column.
func TestFurnitureNotSearchable(t *testing.T) {
	ix := openFixtures(t, "../corpus/testdata/rawtext/*")
	for _, c := range []struct{ query, want string }{
		{"waarnemers afspraak corridor belofte op papier", "belofte op papier"},
		{"escort board sign tomorrow Moravec", "The escort board is the part we can sign"},
		{"who pays for the escort ships", "who pays for the escort ships is still open"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
	noFurnitureHits(t, ix, []struct{ query, furniture string }{
		{"bijgewerkt geleden leestijd", "geleden"},
		{"foto sanne de wit valmont persbureau", "Foto:"},
		{"lees ook wat staat er in het ontwerp", "Lees ook"},
		{"nieuwsbrief belangrijkste nieuws ochtend", "nieuwsbrief"},
		{"lotte brink schrijft over diplomatie", "Lotte Brink"},
		{"skelda maritime review december", "Skelda Maritime Review"},
	})
}

// noFurnitureHits fails when any hit of a query holds its furniture line:
// such a line is kept out of the passages, so no search may return it.
func noFurnitureHits(t *testing.T, ix *Index, cases []struct{ query, furniture string }) {
	t.Helper()
	for _, c := range cases {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			if strings.Contains(h.Text, c.furniture) {
				t.Errorf("%q: furniture hit %q", c.query, h.Text)
			}
		}
	}
}
