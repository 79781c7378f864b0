package corpus

import "testing"

// TestCourtesyChains pins greetings joined by commas and "and" with a
// vocative between them, and the bare reply to thanks, in English,
// Spanish and German; a formula joined to a view is still a statement.
func TestCourtesyChains(t *testing.T) {
	for text, want := range map[string]bool{
		"Buenos días, Marta, y buenos días a los oyentes.":       true,
		"Good morning, Ruth, and good morning to our listeners.": true,
		"Guten Morgen, Herr Pfeil, und guten Morgen an alle.":    true,
		"A ustedes.": true,
		"You too.":   true,
		"Gracias, Marta, y el puerto no abrirá en marzo.":             false,
		"Good morning, and the new checks take four minutes a lorry.": false,
		"Danke, und die Fähren fahren nicht.":                         false,
	} {
		if got := courtesyOnly(text); got != want {
			t.Errorf("courtesyOnly(%q) = %v, want %v", text, got, want)
		}
	}
}
