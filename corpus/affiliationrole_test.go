package corpus

import (
	"strings"
	"testing"
)

// TestAffiliationRole: a named speaker whose first mention gives their
// affiliation right after the name, with no comma ("X of the Halvorsen
// Center for Strategic Studies said", "X of St. Hedwig's parish in
// Millbrook, where …", "X della parrocchia di San Marco ha detto"), has it
// as their role, preposition included, up to the verb of speech or the
// mark that ends it (affiliationrole.go). Each such case fails with the
// switch noAffiliationRole set: the role is then empty. The other cases
// keep what they had: a capitalised institution the learned roles read
// first (docroles.go, "Centre d'études stratégiques"), a town alone, which
// is no institution (docroles_test.go), a title before the name, and "of
// course", which is no affiliation.
func TestAffiliationRole(t *testing.T) {
	cases := []struct {
		name, lang, doc, frag, speaker, role string
		reads                                bool // the role comes from this reader
	}{
		{"en institute", "en", "The hearing ran late. Dr. Ilse Marchetti-Boone of the Halvorsen Center for Strategic Studies said the territorial clause was weak.",
			"the territorial clause was weak", "Ilse Marchetti-Boone", "of the Halvorsen Center for Strategic Studies", true},
		{"en lower-case branch", "en", "The congress voted. Gareth Mbeki-Lloyd of the Tyne & Wear docks branch said his members had loaded aid convoys since 2022.",
			"his members had loaded aid convoys", "Gareth Mbeki-Lloyd", "of the Tyne & Wear docks branch", true},
		{"en abbreviation and relative", "en", "Locally, the Rev. Tomasz Wierzbicki of St. Hedwig's parish in Millbrook, where many refugee families have settled, was asked about the plan. \"People here want the war to stop,\" Wierzbicki said.",
			"People here want the war to stop", "Tomasz Wierzbicki", "of St. Hedwig's parish in Millbrook", true},
		{"fr centre", "fr", "La séance a été longue. Pierre Lenoir du Centre d'études stratégiques a déclaré que le plan était flou.",
			"le plan était flou", "Pierre Lenoir", "Centre d'études stratégiques", false},
		{"uk town alone", "uk", "Люди чекають новин. «Мій син у полоні. Я читаю сімнадцятий пункт щодня», – сказала нам Ганна Вакуленко з Полтави.",
			"Я читаю сімнадцятий пункт щодня", "Ганна Вакуленко", "", false},
		{"it parish", "it", "La serata è stata lunga. Paolo Serra della parrocchia di San Marco ha detto che la comunità è preoccupata.",
			"la comunità è preoccupata", "Paolo Serra", "della parrocchia di San Marco", true},
		{"en title stays", "en", "The hearing ran late. Senator Ruth Calloway of the foreign relations committee said the clause was weak.",
			"the clause was weak", "Ruth Calloway", "Senator", false},
		{"en of course", "en", "The hearing ran late. Marta Kowalczyk of course said the clause was weak.",
			"the clause was weak", "Marta Kowalczyk", "", false},
	}
	for _, off := range []bool{false, true} {
		for _, c := range cases {
			d := parseCaseWith(t, "---\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n", ParseOptions{noAffiliationRole: off})
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.frag) && s.Speaker == c.speaker && s.Role == c.role {
					found = true
				}
			}
			if want := !off || !c.reads; found != want {
				t.Errorf("%s (noAffiliationRole %v): %q by %s (%s) found %v; statements %+v", c.name, off, c.frag, c.speaker, c.role, found, d.Statements)
			}
		}
	}
}
