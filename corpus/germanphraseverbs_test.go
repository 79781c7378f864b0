package corpus

import (
	"strings"
	"testing"
)

// TestGermanPhraseVerbProbes is a battery of invented German sentences for
// the separable speech verbs of minutes and reports (verbs.json
// phraseVerbs: "führte aus", "legte dar", "stellte fest", "hielt fest",
// "wandte ein", "warf ein", "gab zu bedenken"; sayVerbs "bemerkte"), and
// negatives where the same words are no speech ("Der Weg führte aus der
// Stadt", "hielt fest an ihrem Kurs", "warf ein Auge auf").
func TestGermanPhraseVerbProbes(t *testing.T) {
	for _, tc := range []struct {
		text, said string
		want       bool
	}{
		{"Ministerin Karin Albers führte aus, die Partnerschaft mit Kostopil bleibe bestehen.", "die Partnerschaft mit Kostopil", true},
		{"Ministerin Karin Albers legte dar, der Entwurf sei für die Ukraine nicht annehmbar.", "der Entwurf sei", true},
		{"Ministerin Karin Albers stellte fest, dass der amerikanische Plan viele Lücken habe.", "der amerikanische Plan", true},
		{"Ministerin Karin Albers hielt fest, die Stadt werde weiter Generatoren schicken.", "die Stadt werde", true},
		{"Ministerin Karin Albers wandte ein, ein Waffenstillstand allein bringe keinen Frieden.", "ein Waffenstillstand allein", true},
		{"Ministerin Karin Albers gab zu bedenken, dass Garantien ohne Truppen wenig wert seien.", "Garantien ohne Truppen", true},
		{"Ministerin Karin Albers bemerkte, der Plan lasse die Gefangenen außen vor.", "der Plan lasse", true},
		{"Ministerin Karin Albers traf am Montag den Bürgermeister. Der Weg der Delegation führte aus der Stadt hinaus nach Kostopil und wieder zurück.", "der Stadt hinaus", false},
		{"Ministerin Karin Albers traf am Montag den Bürgermeister. Die Regierung hielt fest an ihrem Kurs in den Verhandlungen über den Friedensplan.", "ihrem Kurs", false},
		{"Ministerin Karin Albers traf am Montag den Bürgermeister. Der Abgeordnete Jan Kröger warf ein Auge auf den Entwurf des Friedensplans.", "Auge auf den Entwurf", false},
	} {
		d := parseProbe(t, "de", "2025-12-17", tc.text)
		var got []string
		found := false
		for _, s := range d.Statements {
			got = append(got, s.Speaker+": "+s.Text)
			if strings.Contains(s.Text, tc.said) && strings.Contains(s.Speaker, "Albers") || !tc.want && strings.Contains(s.Text, tc.said) {
				found = true
			}
		}
		if found != tc.want {
			t.Errorf("%q: want %v; got %q", tc.text, tc.want, got)
		}
	}
}
