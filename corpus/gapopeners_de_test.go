package corpus

import "testing"

// TestGermanFrontedPhraseBeforeVerb: a German sentence opening with a
// phrase of "mit", "angesichts", "wegen", "trotz" or "seit" before the
// inverted speech verb ("Mit Blick auf die Verhandlungen sagte Merz, …",
// as dpa writes it) names its speaker after the verb; the phrase is no
// name ("Mit Blick" was read as one).
func TestGermanFrontedPhraseBeforeVerb(t *testing.T) {
	tests := []struct{ sentence, speaker, text string }{
		{"Mit Blick auf die Verhandlungen sagte Merz, Europa sei bereit.", "Friedrich Merz", "Europa sei bereit"},
		{"Angesichts der Lage sagte Merz, Europa sei bereit.", "Friedrich Merz", "Europa sei bereit"},
		{"Seit Wochen sagt Merz, Europa sei bereit.", "Friedrich Merz", "Europa sei bereit"},
	}
	for _, tc := range tests {
		checkOneStatement(t, "de", tc.sentence, tc.speaker, tc.text)
	}
}
