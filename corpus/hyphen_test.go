package corpus

import "testing"

// TestLineEndHyphens: a word cut by a hyphen at a line end is joined
// when the joined word is the likelier reading, and a compound keeps its
// hyphen: with a name the text uses alone ("Biden-administration") or an
// acronym ("EU-wide"), but not a capitalised word that opens its
// sentence or a German noun cut in two.
func TestLineEndHyphens(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"en word cut", "The latest round of negoti-\nations was useful.", "The latest round of negotiations was useful."},
		{"en name compound", "Biden said little. Critics of the Biden-\nadministration plan were loud.", "Critics of the Biden-administration plan were loud."},
		{"en acronym compound", "The talks on an EU-\nwide ban went on.", "The talks on an EU-wide ban went on."},
		{"en capital opening a sentence", "It was late. Negoti-\nations went on.", "It was late. Negotiations went on."},
		{"en capital never alone", "The report by the Kalin-\ngrad office came in.", "The report by the Kalingrad office came in."},
		{"fr name compound", "Le plan de Trump change. Le camp anti-\nTrump proteste, et l'équipe Trump-\nadministration aussi.", "Le plan de Trump change. Le camp anti-Trump proteste, et l'équipe Trump-administration aussi."},
		{"de noun cut in two", "Die Regierung sprach von Sicherheit. Die Sicherheits-\ngarantien der Partner fehlen, sagte die Ministerin der Sicherheits in Berlin.", "Die Sicherheitsgarantien der Partner fehlen, sagte die Ministerin der Sicherheits in Berlin."},
		{"de capital second half", "Der Trump-\nPlan liegt vor.", "Der Trump-Plan liegt vor."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paragraphTexts(tt.raw)
			found := false
			for _, g := range got {
				found = found || g == tt.want || len(g) > len(tt.want) && g[len(g)-len(tt.want):] == tt.want
			}
			if !found {
				t.Errorf("want %q in %q", tt.want, got)
			}
		})
	}
}
