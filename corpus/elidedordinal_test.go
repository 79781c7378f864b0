package corpus

import "testing"

// TestElidedOrdinal checks that a sentence opening with an ordinal alone
// names that point when the sentences before it speak of points, in
// English, Italian, German, Russian and Ukrainian phrasings written for
// this test, compound ordinals included, and that an ordinal with no
// points around it ("The second round …") names none.
func TestElidedOrdinal(t *testing.T) {
	lx := lexiconData()
	tests := []struct {
		name, lang, s string
		before        []string
		above         string
		want          int
	}{
		{"english", "en", "The ninth promised European jets in Poland", []string{"The draft ran to twenty-eight points."}, "", 9},
		{"english compound", "en", "The twenty-second ruled out any change by force", nil, "Reporters counted the points one by one.", 22},
		{"italian", "it", "Il settimo chiedeva a Kiev di rinunciare alla NATO", []string{"Il testo contava 28 punti."}, "", 7},
		{"german", "de", "Der elfte stellt der Ukraine die EU-Mitgliedschaft in Aussicht", nil, "Der Entwurf hat 28 Punkte.", 11},
		{"russian", "ru", "Шестой ограничивал армию Украины", []string{"В документе 28 пунктов."}, "", 6},
		{"ukrainian compound", "uk", "Двадцять шостий давав повну амністію", []string{"У плані 28 пунктів."}, "", 26},
		{"no points around", "en", "The second round of talks opens on Monday", []string{"Delegations met in Geneva."}, "The talks went on late.", 0},
		{"italian according to", "it", "Secondo il piano l'esercito verrebbe ridotto", []string{"Il testo contava 28 punti."}, "", 0},
		{"polish title", "pl", "Premier odniósł się do zapisu o myśliwcach", []string{"Plan liczy 28 punktów."}, "", 0},
		{"english enumeration", "en", "Second, the army would be capped", []string{"The draft ran to twenty-eight points."}, "", 0},
		{"no ordinal", "en", "The army would be capped at 600,000", []string{"The draft ran to twenty-eight points."}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := elidedOrdinal(lx, tt.lang, tt.s, tt.before, tt.above); got != tt.want {
				t.Errorf("elidedOrdinal(%q) = %d, want %d", tt.s, got, tt.want)
			}
		})
	}
}

// TestElidedOrdinalInDocuments checks the rule through extraction: a long
// read that counts the points and then goes through them by ordinal gives
// each its number, in English and Italian.
func TestElidedOrdinalInDocuments(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english", doc: "# Inside the talks\n\nThe paper on the table had twenty-eight points. The seventh asked Kyiv to write into its constitution that it would never join NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "constitution"}}},
		{name: "italian", doc: "# Dentro i negoziati\n\nIl piano americano contava 28 punti. Il ventunesimo prevedeva che Crimea, Luhansk e Donetsk fossero riconosciute de facto come russe.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimea"}}},
	})
}
