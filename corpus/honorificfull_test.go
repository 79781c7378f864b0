package corpus

import (
	"strings"
	"testing"
)

// TestHonorificFull: a courtesy title and a surname ("Mrs Achterberg
// said", "Mme Ostapchuk a ajouté", "Herr"-less languages alike) is the
// person the document names in full elsewhere (honorificfull.go); with no
// full name in the document the title and surname stay the name. Each
// named case fails with the switch noHonorificFull set.
func TestHonorificFull(t *testing.T) {
	cases := []struct {
		name, lang, doc, frag, speaker string
		off                            bool // the speaker is the same with the switch set
	}{
		{"en Mrs", "en", "The chairman then introduced our speaker, Helen Achterberg, who has collected stamps since 2014.\n\nMrs Achterberg showed four sheets of the warship stamp. She explained that the American draft had plenty a collector would recognise.",
			"the American draft had plenty", "Helen Achterberg", false},
		{"en Mr", "en", "Our Sunday meeting welcomed Suresh Bhardwaj, a retired civil servant and trustee.\n\nMr Bhardwaj began with the American draft. He said the hardest part is land rather than soldiers.",
			"the hardest part is land", "Suresh Bhardwaj", false},
		{"fr Mme", "fr", "**Invitée :** Mme Halyna Ostapchuk, secrétaire du conseil municipal\n\nMme Ostapchuk s'exprime en ukrainien. Elle indique que la ville a eu de l'électricité quatre heures par jour.",
			"la ville a eu de l'électricité", "Halyna Ostapchuk", false},
		{"en no full name", "en", "The meeting opened at seven.\n\n\"We will send the raffle money to Lviv,\" Mrs Pennant said.",
			"raffle money", "Mrs Pennant", true},
	}
	for _, off := range []bool{false, true} {
		for _, c := range cases {
			d := parseCaseWith(t, "---\nlang: "+c.lang+"\n---\n\n"+c.doc+"\n", ParseOptions{noHonorificFull: off})
			found := false
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.frag) && s.Speaker == c.speaker {
					found = true
				}
			}
			if want := !off || c.off; found != want {
				t.Errorf("%s (noHonorificFull %v): %q by %s found %v; statements %+v", c.name, off, c.frag, c.speaker, found, d.Statements)
			}
		}
	}
}
