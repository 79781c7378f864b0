package index

import "testing"

// TestOffTopicTopicCarried: a record whose topic lists a question's word
// ("oil" and "trade" under the economy) does not answer a question its
// own text does not: "oil prices" is not answered by a paragraph on how
// the economy recovers, in English or German; a text that says it, or
// that matches half the question itself, still answers.
func TestOffTopicTopicCarried(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe monitoring board meets weekly to check how the economy recovers.\n",
		"---\nlang: en\n---\n\nGas transit through Ukraine ends in January.\n",
		"---\nlang: en\n---\n\nFood prices rose again in the shops.\n",
		"---\nlang: de\n---\n\nDie Wirtschaft erholt sich langsam, sagt der Beirat.\n",
		"---\nlang: de\n---\n\nDie Preise in den Läden steigen weiter.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"oil prices", ""},
		{"ölpreise trade", ""},
		{"gas transit", "Gas transit"},
		{"economy recovers gas", "economy"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
