package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	k := ci
	for k > max(first, 0) {
		c := clauses[k-1]
		if hasPointRef(c) || strings.HasSuffix(strings.TrimSpace(c), "?") || attributesSpeech(lx, c) || isQuotedSpeech(c) {
			break
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
	return strings.ContainsAny(s, "\"“”«»„")
}

// contrastedPoint is the number of the point a sentence gives another
// version's wording of: after "Point 6 of the U.S. draft limits the army
// to 600,000.", "The European version reads: "…"" is the European point 6,
// as a side-by-side comparison goes point by point. prev is the sentence
// before, s this one, text the term read from it and plan the version it
// names;
// 0 when prev opens with no point of another named version, or when the
// two may speak of different things ("Point 6 of the U.S. draft caps the
// army. The counter-proposal says talks start from the front line." is no
// point 6): the term must quote the other version's wording or share a
// topic with the point.
func contrastedPoint(prev, s, text, plan string) int {
	if plan == "" {
		return 0
	}
	n, end, ok := pointRefEnd(prev)
	if !ok || strings.Count(strings.TrimSpace(prev[:end]), " ") > 2 {
		return 0 // the point must open the sentence: "Point 6 …", "Il punto 6 …"
	}
	if other := versionIn(prev); other == "" || other == plan {
		return 0
	}
	if isQuotedSpeech(s) {
		return n // the other version's own words: "The European version reads: "…""
	}
	for _, a := range tagTopics(prev) {
		for _, b := range tagTopics(text) {
			if a == b && a != processTopic {
				return n
			}
		}
	}
	return 0
}

// processTopic is the taxonomy's topic of talks and drafts: every sentence
// naming a draft has it, so sharing it says nothing of sharing a point.
const processTopic = "negotiations"

// pointTrail remembers the last point a document named together with its
// version ("Punkt 6 des 28-Punkte-Plans …", "le point 6 du texte européen
// …"): a document going through points keeps that version for the points
// it names bare after it ("Punkt 26 verspricht …", "Le point 7 ne ferme
// plus …"), across section headings that name none, though it mentions
// another version in passing ("Der europäische Gegenvorschlag nennt
// 800.000").
type pointTrail struct {
	plan string
	para int // index in the paragraphs of the one that named it; -1 for none
}

// note records a point given with the version its own sentence names.
func (t *pointTrail) note(plan string, number, para int, sentence string) {
	if number > 0 && plan != "" && plan != unnamedPlan && versionIn(sentence) == plan {
		t.plan, t.para = plan, para
	}
}

// planAt is the version a bare point at paragraph i takes from the trail:
// "" when there is none within planLookBack paragraphs, or when a version
// is named after it (in a paragraph since, or in the sentences before in
// paragraph i), which the ordinary look-up then finds.
func (t *pointTrail) planAt(ps []paragraph, i int, before []string) string {
	if t.plan == "" || t.para < 0 || t.para > i || i-t.para > planLookBack {
		return ""
	}
	if t.para < i {
		if versionInClauses(before) != "" {
			return ""
		}
		for k := i - 1; k > t.para; k-- {
			if versionIn(ps[k].text) != "" {
				return ""
			}
		}
	}
	return t.plan
}

// continuesPoint reports whether the last provision read is a numbered
// point of plan given in the same paragraph (at position pos), so that a
// conditional sentence right after it goes on with its terms rather than
// standing as a term of its own.
func continuesPoint(out []Provision, plan string, pos int) bool {
	if len(out) == 0 {
		return false
	}
	last := out[len(out)-1]
	return last.Number > 0 && last.Plan == plan && last.Position == pos
}

// joinTerms appends a sentence to a point's terms, the sentence ended as
// the terms were cut.
func joinTerms(terms, sentence string) string {
	if strings.HasSuffix(terms, ".") || strings.HasSuffix(terms, "!") {
		return terms + " " + sentence
	}
	return terms + ". " + sentence
}

// opensWithSamePoint reports whether a sentence opens by naming the point
// just given again ("The same point goes further: …", "Lo stesso punto
// prevede inoltre …"): what it sets out belongs to that point.
func opensWithSamePoint(lx *lexicon, s string) bool {
	if len(s) < 8 {
		return false
	}
	head := strings.ToLower(s[:min(len(s), 48)])
	for _, o := range lx.samePoint {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	return false
}

// dropSpeechAside removes the attribution someone reading a document out
// puts between a point and what it provides ("Point 11, Zelensky said,
// confirms that …", "Il punto 4, ha spiegato il ministro, prevede …"): the
// sentence still gives the point's terms, in the document's words. Any
// other sentence is returned as it is.
func dropSpeechAside(lx *lexicon, s string) string {
	_, end, ok := pointRefEnd(s)
	if !ok || end > 24 || !strings.HasPrefix(s[end:], ", ") {
		return s
	}
	rest := s[end+2:]
	i := strings.Index(rest, ", ")
	if i <= 0 || strings.Count(rest[:i], " ") > 4 {
		return s
	}
	aside, after := rest[:i], rest[i+2:]
	if after == "" || !attributesSpeech(lx, aside) && !attributesSpeech(lx, ", "+aside) {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) || isOpenQuote(r) {
		return s // "Point 11, Zelensky said, "is a red line"": his words
	}
	return s[:end] + " " + after
}
