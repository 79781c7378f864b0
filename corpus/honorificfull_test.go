package corpus

import "testing"

// TestHonorificFull: a courtesy title and a surname ("Mrs Achterberg
// said", "Mme Ostapchuk a ajouté", "Herr"-less languages alike) is the
// person the document names in full elsewhere (honorificfull.go); with no
// full name in the document the title and surname stay the name. Each
// named case fails with the switch noHonorificFull set.
func TestHonorificFull(t *testing.T) {
	checkSwitchedCases(t, "noHonorificFull", func(off bool) ParseOptions { return ParseOptions{noHonorificFull: off} }, []switchedCase{
		{"en Mrs", "en", "The chairman then introduced our speaker, Helen Achterberg, who has collected stamps since 2014.\n\nMrs Achterberg showed four sheets of the warship stamp. She explained that the American draft had plenty a collector would recognise.",
			"the American draft had plenty", "Helen Achterberg", false},
		{"en Mr", "en", "Our Sunday meeting welcomed Suresh Bhardwaj, a retired civil servant and trustee.\n\nMr Bhardwaj began with the American draft. He said the hardest part is land rather than soldiers.",
			"the hardest part is land", "Suresh Bhardwaj", false},
		{"fr Mme", "fr", "**Invitée :** Mme Halyna Ostapchuk, secrétaire du conseil municipal\n\nMme Ostapchuk s'exprime en ukrainien. Elle indique que la ville a eu de l'électricité quatre heures par jour.",
			"la ville a eu de l'électricité", "Halyna Ostapchuk", false},
		{"en no full name", "en", "The meeting opened at seven.\n\n\"We will send the raffle money to Lviv,\" Mrs Pennant said.",
			"raffle money", "Mrs Pennant", true},
	})
}
