// A title followed by the acronym of the body it serves, with no name:
// "Rzecznik MON przekazał, że …", "Представитель ОБСЕ заявил …",
// "Il portavoce della NATO ha detto …". The report does not name the
// spokesperson, as in "Rzecznik rządu zapowiedział", which was read; the
// capitals after the title spell the body, not a person, so they do not
// stop the reading as a name after a title does ("Rzecznik Pieskow").

package corpus

import "unicode/utf8"

// maxAcronymRunes is the longest acronym read as a body: "MON", "OBWE",
// "NATO", "ОБСЕ"; a longer word in capitals is a name set in capitals.
const maxAcronymRunes = 6

// bodyCapitalsOnly reports whether every capitalised word after the
// title that opens phrase is an acronym or a body the lexicon knows, and
// the title itself is not set in capitals (a transcript's
// "SPOKESMAN KIRBY:" is a title and a name).
func (x *extractor) bodyCapitalsOnly(phrase []tok) bool {
	if len(phrase) < 2 || isAllCaps(phrase[0].word) {
		return false
	}
	seen := false
	for _, t := range phrase[1:] {
		if !isCapital(t.word) {
			continue
		}
		n := utf8.RuneCountInString(t.word)
		if _, body := x.lx.bodies[lowerWord(t)]; !body && !(isAllCaps(t.word) && n >= 2 && n <= maxAcronymRunes) {
			return false
		}
		seen = true
	}
	return seen
}
