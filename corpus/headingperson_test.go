package corpus

import (
	"strings"
	"testing"
)

// TestHeadingPerson checks that a title used alone under a heading that
// names one person is that person, in a round-up's "Country | Name"
// headings and under a heading that is only a known name, in several
// languages, and that imperfective Slavic past forms ("podkreślał",
// "наголошував") are speech verbs.
func TestHeadingPerson(t *testing.T) {
	pl := "---\ntitle: t\nlang: pl\n---\n\n"
	uk := "---\ntitle: t\nlang: uk\n---\n\n"
	checkStatements(t, []statementCase{
		{"pl country | name", pl + "Wstęp o planie.\n\n**Czechy | Tomáš Brabec**\n\nMinister obrony Czech stwierdził, że Praga wyśle więcej amunicji.", "Tomáš Brabec", "Praga wyśle więcej amunicji"},
		{"pl imperfective", pl + "Wstęp o planie.\n\n**Litwa | Rūta Vaitkienė**\n\nSzefowa litewskiej dyplomacji podkreślała, że sankcje muszą zostać utrzymane.", "Rūta Vaitkienė", "sankcje muszą zostać utrzymane"},
		{"en known name heading", "Reactions came quickly.\n\n**Kaja Kallas**\n\nThe EU's top diplomat said that any plan needed Europe's backing.", "Kaja Kallas", "any plan needed Europe's backing"},
		{"uk country | name", uk + "Огляд реакцій.\n\n**Естонія | Марко Тамм**\n\nМіністр оборони Естонії наголошував, що допомога триватиме.", "Марко Тамм", "допомога триватиме"},
	})
}

// TestHeadingPersonGuards checks that a heading naming no one, a title
// followed by another person's name, and the next heading each keep the
// heading's person from being given the words.
func TestHeadingPersonGuards(t *testing.T) {
	pl := "---\ntitle: t\nlang: pl\n---\n\n"
	for _, c := range []struct{ name, doc, not string }{
		{"topic heading", "Intro.\n\n**What Comes Next**\n\nThe minister said that talks would resume.", "Comes Next"},
		{"title then a name", pl + "Wstęp.\n\n**Czechy | Tomáš Brabec**\n\nMinister Nowicki stwierdził, że Praga wyśle amunicję.", "Brabec"},
		{"next heading", pl + "Wstęp.\n\n**Czechy | Tomáš Brabec**\n\nTekst bez wypowiedzi.\n\n**Komentarz eksperta**\n\nMinister obrony Czech stwierdził, że Praga wyśle amunicję.", "Brabec"},
	} {
		for _, s := range statementsOf(t, c.doc) {
			if strings.Contains(s.Speaker, c.not) {
				t.Errorf("%s: statement %q given to %q", c.name, s.Text, s.Speaker)
			}
		}
	}
}
