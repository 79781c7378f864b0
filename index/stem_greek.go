package index

import (
	"strings"
	gounicode "unicode"
)

// greekStemmer is the Greek light stemmer (see stemlight.go). Greek text
// writes accents (tonos, dialytika) that a question typed on a phone
// mostly lacks, and a final sigma ("ς") that is "σ" inside a word: both
// are folded first, so "συμφωνία", "συμφωνιας" and "ΣΥΜΦΩΝΙΑ" meet. Then
// one case, adjective or verb ending is stripped: "συμφωνία",
// "συμφωνίας", "συμφωνίες", "συμφωνιών" are one term ("συμφωνι"), as are "πόλεμος",
// "πολέμου", "πόλεμο" and "δήλωσε", "δήλωση", "δηλώσεις". The "ι" before an ending
// stays: stripping "-ιο" made "συμβούλιο" (council) the term of
// "σύμβουλος" (adviser).
var greekStemmer = &lightStemmer{
	filter:   "planbot_stemmer_el",
	analyzer: "planbot_el",
	script:   gounicode.Greek,
	fold:     foldGreek,
	passes: []stemPass{{min: 3, endings: endings(`
		ηθηκαν ηθηκε ουσαν ονται ειται ησαν ηκαν οντασ ωντασ
		ουσε ησει εται ουμε ειτε ηκε ησε αμε ατε ουν
		εισ εων ουσ ικα
		οσ ου ον οι ων ασ εσ ησ ει αν
		α ε η ι ο υ ω`)}},
	stop: stopSet(`και να το τα τη την τησ του των ο η οι σε στο στη στην στον στα στισ στουσ με
		για απο που θα δεν δε ειναι οτι ενα μια ενασ αυτο αυτη αυτοσ ωσ αλλα κατα μετα`),
}

// greekFold maps an accented or final Greek letter to its plain form.
var greekFold = map[rune]rune{
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω',
	'ϊ': 'ι', 'ϋ': 'υ', 'ΐ': 'ι', 'ΰ': 'υ', 'ς': 'σ',
}

// foldGreek writes a lower-case Greek word without accents and with
// "σ" for a final sigma.
func foldGreek(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { _, ok := greekFold[r]; return ok }) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if f, ok := greekFold[r]; ok {
			return f
		}
		return r
	}, w)
}
