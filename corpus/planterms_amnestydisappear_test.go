package corpus

import "testing"

// TestAmnestyDisappears checks that "the amnesty disappears" is the
// counter-proposal's drop of the full amnesty in every language the
// catalogue reads (stop 66, zprov: dropWords and amnesty-dropped took the
// verbs of disappearing, and Brazilian "anistia"), and that it no longer
// reads as the US draft's full amnesty. Negatives: the full amnesty stated
// with no drop, and a sentence with a drop verb but no amnesty. It fails if
// the verbs leave planterms.json.
func TestAmnestyDisappears(t *testing.T) {
	tests := []struct {
		text string
		want string // the amnesty term matched, "" for none
	}{
		{"il giornale nota anche che sparisce l'amnistia generale", "amnesty-dropped"},
		{"l'amnistie générale, elle, disparaît", "amnesty-dropped"},
		{"а вот амнистия исчезла уже в европейской версии", "amnesty-dropped"},
		{"загальна амністія з тексту зникла", "amnesty-dropped"},
		{"die allgemeine Amnestie verschwindet aus dem Text", "amnesty-dropped"},
		{"la amnistía general desaparece del texto", "amnesty-dropped"},
		{"a anistia geral é retirada do texto", "amnesty-dropped"},
		{"the blanket amnesty has disappeared from the European text", "amnesty-dropped"},
		// negatives
		{"il punto 26 prevede un'amnistia generale per tutte le parti", "full-amnesty"},
		{"la fiducia nel piano sparisce giorno dopo giorno", ""},
	}
	c := planTermsData()
	var sc termScan
	for _, tt := range tests {
		got := ""
		for _, h := range c.matchTerms(&sc, lowerString(tt.text)) {
			if id := c.terms[h.term].ID; id == "amnesty-dropped" || id == "full-amnesty" && got == "" {
				got = id
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
