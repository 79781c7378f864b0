// "Its point 7 says that Ukraine's accession to NATO depends on a
// consensus of the alliance's members, "which does not exist".": a
// quotation that opens on a relative pronoun and closes the sentence is a
// quoted comment on the term the sentence has already set out, not the
// point's wording; the point is the sentence. A quotation that opens the
// clause ("Point 7 reads: "Ukraine shall …"") is still the wording.

package corpus

import "strings"

// quotedComment reports whether quoted, a quotation in s after the point
// reference that ends at refEnd, is a relative clause quoted at the end
// of a sentence that states the term before it.
func quotedComment(lx *lexicon, s string, refEnd int, quoted string) bool {
	w, _ := nextWord(quoted, 0)
	if w == "" || !lowerIn(lx.relPronouns, w) {
		return false
	}
	at := strings.LastIndex(s, quoted)
	if at < refEnd {
		return false
	}
	// the quotation closes the sentence: only its quote marks and the
	// full stop after it
	if tail := strings.TrimRight(s[at+len(quoted):], " .!\"'”»“«’)"); tail != "" {
		return false
	}
	// the term is stated before the quotation: several words between the
	// point's name and the quotation
	return strings.Count(strings.TrimSpace(s[refEnd:at]), " ") >= 5
}
