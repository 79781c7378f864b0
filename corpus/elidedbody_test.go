package corpus

import "testing"

// TestElidedArticleBody: a body named with the article elided onto it
// ("L'Élysée a indiqué que …", "L'Eliseo ha fatto sapere che …") speaks as
// the body, with or without its accent.
func TestElidedArticleBody(t *testing.T) {
	for _, tc := range []struct{ lang, sentence, speaker, text string }{
		{"fr", "L'Élysée a indiqué que la France soutenait l'Ukraine.", "Élysée", "la France soutenait l'Ukraine"},
		{"fr", "L'Elysée a affirmé que la France soutenait l'Ukraine.", "Élysée", "la France soutenait l'Ukraine"},
		{"fr", "Dans un communiqué, l'Élysée a indiqué que la France soutenait l'Ukraine.", "Élysée", "la France soutenait l'Ukraine"},
	} {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}
