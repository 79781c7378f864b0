package corpus

import (
	"strings"
	"testing"
)

// TestOwnVersionReported: a term reported with a say verb beside its
// authors' own version ("the Europeans had sent back their own version:
// …") is that version's term, not someone's view (planterms_extract.go);
// a view with no version named stays out.
func TestOwnVersionReported(t *testing.T) {
	for _, tt := range []struct {
		name, lang, text string
		want             string // a counter-proposal provision holding this, "" for none
	}{
		{"en", "en", "Talks on the peace plan went on. The radio said the Europeans had sent back their own version: an army of 800,000 in peacetime.", "800,000"},
		{"en pointed", "en", "Talks on the peace plan went on. Graham pointed out that the Europeans had already answered: their version, he said, starts territorial talks from the current line of contact.", "line of contact"},
		{"fr", "fr", "Les discussions sur le plan de paix continuent. La radio a dit que les Européens avaient envoyé leur propre version : une armée de 800 000 hommes en temps de paix.", "800 000"},
		{"de", "de", "Die Gespräche über den Friedensplan gehen weiter. Im Radio hieß es, die Europäer hätten ihre eigene Fassung geschickt: eine Armee von 800.000 Mann in Friedenszeiten.", "800.000"},
		// negatives: someone's view of a term, no version named
		{"en view", "en", "Talks on the peace plan went on. Graham said an army of 800,000 in peacetime is the least Ukraine can live with.", ""},
		{"de view", "de", "Die Gespräche über den Friedensplan gehen weiter. Müller sagte, eine Armee von 800.000 Mann in Friedenszeiten sei das Mindeste.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := parseDatedProbe(t, "2025-11-25", tt.lang, tt.text)
			found := false
			for _, p := range ps {
				if tt.want != "" && p.Plan == "European counter-proposal" && strings.Contains(p.Text, tt.want) {
					found = true
				}
			}
			if tt.want != "" && !found {
				t.Errorf("provisions %v, want a counter-proposal one holding %q", ps, tt.want)
			}
			if tt.want == "" && len(ps) > 0 {
				t.Errorf("provisions %v, want none", ps)
			}
		})
	}
}
