package corpus

import "strings"

// endsWithPointNote reports whether a sentence closes with a bracketed
// reference to a numbered point and nothing after it: "… eingefroren
// (Punkt 21).", "… capped at 600,000 (point 6)", "… [punto 4]". A reprint
// sorted by theme marks each term so, after the term rather than before.
func endsWithPointNote(s string) bool {
	s = trimSentenceEnd(s)
	if s == "" {
		return false
	}
	closer := s[len(s)-1]
	var open byte
	switch closer {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return false
	}
	at := strings.LastIndexByte(s, open)
	if at < 0 {
		return false
	}
	inner := s[at+1 : len(s)-1]
	if strings.Count(inner, " ") > 3 {
		return false // an aside that mentions a point, not a note
	}
	_, end, ok := pointRefEnd(inner)
	return ok && strings.TrimSpace(inner[end:]) == ""
}

// termsBeforeNote is the run of sentences a point note closes: when a
// paragraph marks its terms with notes after them and a note follows
// several sentences ("Crimea would be recognised … . Troops withdraw … .
// The front is frozen (point 21)."), all of them since the paragraph's
// last term, or its start, are that point's. first is the earliest clause
// that may join: the one after the paragraph's last term. A sentence that
// reports speech, asks, or names a point itself ends the run, and a
// paragraph with a single note joins nothing (the note may only mark its
// own sentence).
func termsBeforeNote(lx *lexicon, clauses []string, ci, first int, para string) string {
	s := clauses[ci]
	if ci == 0 || first >= ci || !endsWithPointNote(s) || countPointRefs(para) < 2 {
		return ""
	}
	own := versionIn(s) // the version the note's own sentence names, if any
	k := ci
	for k > max(first, 0) {
		c := clauses[k-1]
		if hasPointRef(c) || strings.HasSuffix(strings.TrimSpace(c), "?") || attributesSpeech(lx, c) || isQuotedSpeech(c) {
			break
		}
		if v := versionIn(c); v != "" && own != "" && v != own {
			break // "Die europäische Fassung sieht vor, … . Im neuen Rahmenpapier … (Punkt 9).": another version's clause, not the note's
		}
		k--
	}
	if k == ci {
		return ""
	}
	parts := make([]string, 0, ci-k)
	for _, c := range clauses[k:ci] {
		parts = append(parts, strings.TrimSpace(c))
	}
	return strings.Join(parts, " ")
}

// isQuotedSpeech reports whether a sentence holds a quotation: someone's
// words, which a point note after it does not make the plan's.
func isQuotedSpeech(s string) bool {
	return containsAny(s, "\"“”«»„")
}
