package corpus

import "strings"

// afterTitle is the body without a first heading that only repeats the
// front matter's title ("# Народна депутатка Олеся Гнатюк: «…»" under the
// same title): that heading is the headline itself, not the body saying
// the headline's words again, so it must not keep the headline's quote
// from being read (bodyRepeats). Headings are not searched for speech, so
// without the title the quote would be lost.
func afterTitle(ps []paragraph, title string) []paragraph {
	if len(ps) > 0 && ps[0].kind == paraHeading && ps[0].text == title {
		return ps[1:]
	}
	return ps
}

// complementArticles are the articles that join a German noun to its
// genitive or dative complement ("Wort der Synode", "Erklärung des
// Rates"); in a name they only follow a particle ("von der Leyen").
var complementArticles = map[string]bool{"der": true, "des": true, "dem": true, "den": true}

// genitiveLabel reports whether a headline's label is a noun and its
// complement rather than a name: an article of complementArticles that no
// name particle stands before ("Wort der Synode: „…“" heads a document's
// text, not someone's words).
func genitiveLabel(label string) bool {
	words := strings.Fields(label)
	for i, w := range words {
		if i > 0 && lowerIn(complementArticles, w) && !lowerIn(particles, words[i-1]) {
			return true
		}
	}
	return false
}
