package corpus

import (
	"strings"
	"testing"
)

// TestAppositionPost: a club's or charity's post before its holder set off
// by commas ("Our treasurer, Alan Prideaux, warned"), and a possessive
// role noun after the verb ("said our editor, Dana Feldkamp,"), name the
// holder; a product of the writer, a relative clause or no name leave the
// sentence to the other readers.
func TestAppositionPost(t *testing.T) {
	tests := []struct{ lang, sentence, speaker, text string }{
		{"en", "Our treasurer, Alan Prideaux, warned the board in January that the peace plan would cut donations.", "Alan Prideaux", "the peace plan would cut donations"},
		{"en", "The treasurer, Alan Prideaux, said that the peace plan would cut donations.", "Alan Prideaux", "the peace plan would cut donations"},
		{"en", "Our patron, Dame Felicity Ormerod, said that the peace plan forgets the children.", "Felicity Ormerod", "the peace plan forgets the children"},
		{"de", "Unser Kassenwart, Rolf Bäuerle, sagte, der Friedensplan sei schlecht für den Verein.", "Rolf Bäuerle", "der Friedensplan sei schlecht"},
		{"fr", "Notre trésorier, Jean Dupont, a déclaré que le plan de paix coûtera cher.", "Jean Dupont", "le plan de paix coûtera cher"},
		{"pl", "Nasz skarbnik, Jan Kowalski, powiedział, że plan pokojowy jest zły.", "Jan Kowalski", "plan pokojowy jest zły"},
		{"en", "\"The text is not final and keeps changing,\" said our editor, Dana Feldkamp, \"so we will update these ratings.\"", "Dana Feldkamp", "The text is not final"},
		{"es", "«Paz sí, pero con Ucrania y Europa sentadas a la mesa», dijo nuestra secretaria general, Amparo Lucena, sobre el plan de paz.", "Amparo Lucena", "Paz sí, pero con Ucrania"},
		// negatives: the writer's product, a relative clause, no name, a
		// place after a non-post noun
		{"en", "Our explainer, Plan Watch, says the peace plan has 28 points.", "", "the peace plan has 28 points"},
		{"en", "Our treasurer, who joined in May, said that the peace plan would cut donations.", "", "the peace plan would cut donations"},
		{"en", "\"The plan is dead,\" said our explainer, Plan Watch, on Monday.", "", "The plan is dead"},
		{"en", "Our report, Kyiv Notes, shows that the peace plan is unpopular.", "", "the peace plan is unpopular"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.sentence)
		got := statementLines(d.Statements)
		found := false
		for _, s := range d.Statements {
			if !strings.Contains(s.Text, tc.text) {
				continue
			}
			found = found || s.Speaker == tc.speaker
			if tc.speaker == "" && (s.Speaker == "Plan Watch" || s.Speaker == "Kyiv Notes" || s.Speaker == "Alan Prideaux") {
				t.Errorf("%s: %q\n got %q, want no named holder", tc.lang, tc.sentence, got)
			}
		}
		if tc.speaker != "" && !found {
			t.Errorf("%s: %q\n got %q\nwant %s: %s", tc.lang, tc.sentence, got, tc.speaker, tc.text)
		}
	}
}
