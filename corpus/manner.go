package corpus

import "strings"

// reflexiveManner reports whether reported text is only a reflexive
// pronoun and a word or two of manner, what a reflexive verb of
// expressing leaves after it ("äußerte sich skeptisch", "wypowiedział się
// krytycznie", "s'est montré prudent"): how the person spoke, not what.
func reflexiveManner(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "sich", "się", "se", "si", "s'est", "s’est", "себе", "собі":
		return true
	}
	return false
}
