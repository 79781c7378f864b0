package corpus

import (
	"strings"
	"testing"
)

// TestRoundupPerson probes the round-up entry heading of a name and a
// title (roundupperson.go): the section's title alone ("The chancellor",
// "De Britse premier") and its pronoun ("fügt er hinzu") are the
// heading's person, a title written with abbreviations ("Oberst a. D.")
// included. Negatives: a body's heading after a person's ("## THE
// KREMLIN:" is not the minister above), one "Name, title" heading over a
// profile (no round-up), a heading that is a topic with a comma, a
// section quoting another person by name. With the switch off the
// positive cases must lose their speaker.
func TestRoundupPerson(t *testing.T) {
	const en = "---\ntitle: Reactions\npublished: 2025-12-16\n---\n\n# What they said after Berlin\n\n" +
		"**Friedrich Merz, German chancellor**\n\nThe chancellor told reporters on Monday evening that a real chance of peace had opened.\n\n" +
		"**Ingrid Solvang-Achebe, hub coordinator**\n\nThe coordinator said outages in the four oblasts now ran up to sixteen hours.\n\n" +
		"**Mark Rutte, NATO secretary general**\n\nRutte welcomed the American efforts, his spokesman said.\n"
	const de = "---\ntitle: Stimmen\nlang: de\npublished: 2025-12-16\n---\n\n# In ihren eigenen Worten\n\n" +
		"**Steve Witkoff, US-Sondergesandter**\n\nEs seien große Fortschritte erzielt worden, teilte Witkoff mit.\n\n" +
		"**Oberst a. D. Gregor Lindemann-Szabo, Sicherheitsberater**\n\nDer europäische Gegenentwurf macht die Mitgliedschaft vom Konsens abhängig. „Ehrlichkeit ersetzt aber keine Brigade“, fügt er hinzu.\n\n" +
		"**Juri Uschakow, Berater des Kremls**\n\nRussland werde keine europäischen Truppen akzeptieren, sagte Uschakow.\n"
	const body = "---\ntitle: Reactions\npublished: 2025-11-24\n---\n\n# Reactions\n\n" +
		"## ANDRII SYBIHA, UKRAINIAN FOREIGN MINISTER:\nUkraine will never recognise occupied territory as Russian.\n\n" +
		"## KAJA KALLAS, EU FOREIGN POLICY CHIEF:\nAny plan needs Ukraine and Europe on board.\n\n" +
		"## THE KREMLIN:\nNo formal talks on the document have taken place yet.\n"
	cases := []struct {
		name, doc string
		want      map[string]string // fragment -> speaker, lost with the switch off
		not       map[string]string // fragment -> speaker it must never have
	}{
		{"en titles alone", en, map[string]string{
			"a real chance of peace had opened": "Friedrich Merz",
			"outages in the four oblasts":       "Ingrid Solvang-Achebe",
		}, nil},
		{"de pronoun under an abbreviated title", de, map[string]string{
			"Ehrlichkeit ersetzt aber keine Brigade": "Gregor Lindemann-Szabo",
		}, nil},
		// a body's heading after a person's: its words are the body's, not the minister's
		{"body after person", body, nil, map[string]string{"No formal talks": "Kaja Kallas"}},
		// one heading of a name and a title over a profile: no round-up
		{"profile", "---\ntitle: Profile\npublished: 2025-12-16\n---\n\n# The negotiator\n\n**Rustem Umerov, secretary of the security council**\n\nThe secretary told us that the talks would go on in Miami.\n",
			nil, map[string]string{"the talks would go on in Miami": "Rustem Umerov"}},
		// a topic heading with a comma is no entry: the title under it is no one named there
		{"topic heading", "---\ntitle: Analysis\npublished: 2025-12-16\n---\n\n# Analysis\n\n**Trump, the deal and the deadline**\n\nThe president said the deadline was flexible.\n\n**Europe, money and guarantees**\n\nThe chancellor said Europe would pay its share.\n",
			nil, map[string]string{"the deadline was flexible": "Europe", "Europe would pay its share": "Trump"}},
	}
	for _, c := range cases {
		for _, off := range []bool{false, true} {
			doc, err := Parse([]byte(c.doc), ParseOptions{Name: "roundup.md", noRoundupPerson: off})
			if err != nil {
				t.Fatal(err)
			}
			checkSwitchedSpeakers(t, c.name, off, doc, c.want)
			for frag, who := range c.not {
				for _, s := range doc.Statements {
					if strings.Contains(s.Text, frag) && strings.Contains(s.Speaker, who) {
						t.Errorf("%s (switch off %v): %q must not be %s's", c.name, off, s.Text, s.Speaker)
					}
				}
			}
		}
	}
}
