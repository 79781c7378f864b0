// A point as the subject of its own sentence: "The plan's sixth point
// limits Ukraine's army to 600,000 troops", "El séptimo punto exige que
// Ucrania renuncie …", "21-й пункт передбачає виведення військ …". The
// rules that read a document's verb ("X limits / exige que / передбачає")
// keep what follows the verb, which is right when X is the document ("the
// plan limits …": the plan is not the term), but when X is a point the
// verb is the point's own statement and the reader (and /compare) needs
// it: "Ukraine's army to 600,000 troops" alone says neither who limits
// nor that anything is limited. The numbered-reference rule already keeps
// the whole sentence ("Point 6 raises the ceiling …"); this makes the
// ordinal and verb-led forms do the same.

package corpus

import "strings"

// maxPointSubjectWords is the most words a point subject and its verb
// take before the term ("Il settimo punto del piano americano prevede
// che"): more, and the text before the term is a clause of its own.
const maxPointSubjectWords = 8

// pointSubjectText is the term text of sentence s widened to the whole
// sentence when the words before text are a point naming itself as the
// subject of the verb that sets the term out; text otherwise.
func pointSubjectText(s, text string) string {
	at := strings.Index(s, text)
	if at <= 0 {
		return text
	}
	head := s[:at]
	if containsAny(head, ",:;«»\"“”„(") || len(strings.Fields(head)) > maxPointSubjectWords {
		return text // an aside, a quotation or a clause before the term: not a bare subject and verb
	}
	if ordinalPointRef(head) == 0 {
		if _, end, ok := pointRefEnd(head); !ok || end >= len(strings.TrimRight(head, " ")) {
			return text // no point in the head, or the head ends on the point ("… is point 6"): nothing to add
		}
	}
	return trimSentenceEnd(s)
}

// otherPointSubjectText is pointSubjectText for a point named without its
// number as the subject: "Отдельный пункт предполагает приглашение России
// …", "Un altro punto prevede il ritorno …", "Ein weiterer Punkt sieht
// … vor": the head before text ends on a point word and the verb by which
// a point sets out its term (pointVerbAfter). The sentence is kept whole,
// as for a numbered point; text otherwise.
func otherPointSubjectText(lx *lexicon, s, text string) string {
	at := strings.Index(s, text)
	if at <= 0 {
		return text
	}
	head := s[:at]
	if containsAny(head, ",:;«»\"“”„(") || len(strings.Fields(head)) > maxPointSubjectWords {
		return text
	}
	for _, w := range lx.pointWordsIn(head) {
		if pointVerbAfter(lx, head[w.end:]) {
			return trimSentenceEnd(s)
		}
	}
	return text
}
