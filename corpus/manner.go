package corpus

import "strings"

// reflexiveManner reports whether reported text is only a reflexive
// pronoun and a word or two of manner, what a reflexive verb of
// expressing leaves after it ("äußerte sich skeptisch", "wypowiedział się
// krytycznie", "s'est montré prudent"): how the person spoke, not what.
func reflexiveManner(text string) bool {
	if strings.Count(text, " ") > 2 {
		return false // more than three words: something was said
	}
	first, _, _ := strings.Cut(text, " ")
	switch first {
	case "sich", "się", "se", "si", "s'est", "s’est", "себе", "собі", "Sich", "Się", "Se", "Si":
		return true
	}
	return false
}
