package corpus

import (
	"strings"
	"sync"
)

// A point named after its document in the genitive, at the head of a
// sentence: "A terv 7. pontja …", "Suunnitelman 7. kohta …", "Plaani 7.
// punkt …", "Plāna 7. punkts …", "Plano 7 punktas …", "the plan's seventh
// point …". The languages that write the document first and the point
// second often put the verb last ("A 20 pontos terv 5. pontja biztonsági
// garanciákat ad"), or split it ("näeb ette"), so the verb need not follow
// the point word: the document before the ordinal ties the point to it, and
// the head of the sentence makes the point its subject, which sets out the
// term. Lithuanian writes the number bare before the point word ("7
// punktas"): pointrefs.json's bareNumberPointWords are the point words
// that read a bare number before them as the point's number (singular case
// forms only: "28 punktų planas" is a plan's count of points).

// docBeforeData is pointrefs.json's bareNumberPointWords,
// numberFirstPointWords (pointmarker_numberfirst.go) and
// maxWordsBeforeDocPoint.
var docBeforeData = sync.OnceValue(func() *struct {
	bare, numberFirst map[string]bool
	maxWords          int
	condEndings       []string
	locative          map[string]bool
	locativePreps     map[string]bool
} {
	var d struct {
		Locative    []string `json:"locativePointWords"`
		LocPreps    []string `json:"locativePrepositions"`
		CondEndings []string `json:"conditionalVerbEndings"`
		Bare        []string `json:"bareNumberPointWords"`
		NumberFirst []string `json:"numberFirstPointWords"`
		MaxWords    int      `json:"maxWordsBeforeDocPoint"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	return &struct {
		bare, numberFirst map[string]bool
		maxWords          int
		condEndings       []string
		locative          map[string]bool
		locativePreps     map[string]bool
	}{set(d.Bare), set(d.NumberFirst), d.MaxWords, d.CondEndings, set(d.Locative), set(d.LocPreps)}
})

// bareNumberPoint is the number a bare number before a point word of
// bareNumberPointWords gives ("7 punktas"), 0 for any other pair.
func bareNumberPoint(before, point string) int {
	if len(before) == 0 || len(before) > 2 || !lowerIn(docBeforeData().bare, point) {
		return 0
	}
	n := 0
	for i := 0; i < len(before); i++ {
		if !isDigit(before[i]) {
			return 0
		}
		n = n*10 + int(before[i]-'0')
	}
	return n
}

// documentBeforeOrdinal reports whether the word before the ordinal that
// starts at ordStart is a document noun, with at most
// maxWordsBeforeDocPoint words before the ordinal in the sentence.
func documentBeforeOrdinal(lx *lexicon, s string, ordStart int) bool {
	if ordStart < 2 || ordStart > len(s) {
		return false
	}
	head := s[:ordStart]
	if containsAny(head, ",;:\"«»“”„") {
		return false // the point is not the sentence's subject
	}
	if strings.Count(strings.TrimSpace(head), " ")+1 > docBeforeData().maxWords {
		return false
	}
	doc := lowerString(strings.TrimRight(wordBefore(s, ordStart), " "))
	return doc != "" && documentNoun(lx, doc)
}

// maxBytesBeforeRelative is how far after a point's name a relative clause
// of plans.json's pointRelatives may open and still say what the point
// sets out: a short verb of being may stand between ("… 21. pontja áll,
// amely szerint …", "the plan's 21st point stands, under which …").
const maxBytesBeforeRelative = 16

// relativeSoonAfter reports whether a point relative opens within
// maxBytesBeforeRelative bytes of the text after a point's name.
func relativeSoonAfter(lx *lexicon, rest string) bool {
	head := rest
	if len(head) > maxBytesBeforeRelative+40 {
		head = head[:maxBytesBeforeRelative+40]
	}
	for _, r := range lx.pointRels {
		if i := strings.Index(head, r); i >= 0 && i <= maxBytesBeforeRelative && !containsAny(head[:i], ".;:") {
			return true
		}
	}
	return false
}

// minConditionalVerb is the shortest word read as a conditional verb by
// its ending: "antaisi" is one, a short word ending so is more often none.
const minConditionalVerb = 6

// conditionalVerb reports whether w ends as a verb in the conditional
// (pointrefs.json conditionalVerbEndings): "kieltäisi", "tiltaná".
func conditionalVerb(w string) bool {
	if len(w) < minConditionalVerb {
		return false
	}
	l := lowerString(w)
	for _, e := range docBeforeData().condEndings {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// maxWordsBeforeLocative is the most words before an ordinal whose point
// word is in a locative case: a preposition and an article ("В седьмом
// пункте", "Στο έβδομο σημείο"), or none ("Seitsemännessä kohdassa").
const maxWordsBeforeLocative = 2

// locativeHead reports whether the point word at the end of s[:end] is one
// of pointrefs.json's locativePointWords ("kohdassa", "punktis",
// "pontjában", "пункте") and its ordinal, starting at ordStart, opens the
// sentence: "Seitsemännessä kohdassa Ukraina kirjaisi …" is "in the
// seventh point, Ukraine would write …", the point's terms.
//
// In the languages whose point word keeps its form in the locative ("im
// fünften Punkt", "in het vijfde punt", "i den femte punkten") the
// preposition before the ordinal says it: pointrefs.json's
// locativePrepositions, the whole head before the ordinal.
func locativeHead(s string, ordStart int, point string) bool {
	if ordStart < 0 || ordStart > len(s) {
		return false
	}
	head := strings.TrimSpace(s[:ordStart])
	if !lowerIn(docBeforeData().locative, point) {
		return head != "" && len(head) <= maxLocativePrepLen && lowerIn(docBeforeData().locativePreps, head)
	}
	if head == "" {
		return true
	}
	return !containsAny(head, ",;:") && strings.Count(head, " ")+1 <= maxWordsBeforeLocative
}

// maxLocativePrepLen bounds the head locativeHead looks up among the
// locative prepositions ("dans le", "i den"): a longer head is none.
const maxLocativePrepLen = 12

// ordinalRefs counts the points s names by an ordinal (ordinalAt), up to
// two: a sentence that names two sets out two points, split at the join
// between them (pointClauses).
func ordinalRefs(s string) int {
	lx := lexiconData()
	n := 0
	for _, at := range lx.pointWordsIn(s) {
		if ordinalAt(lx, s, at) > 0 {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// numberBeforePoint reports whether the word before the point word w,
// which ends before s[next:], is a point number written "6." ("A terv 6.
// pontja 600 ezer főben …"): the word reader drops the full stop, so it
// is looked for in s. The number after such a point word is a figure of
// the term, not the point's number.
func numberBeforePoint(s string, next int, prev, w string) bool {
	if len(prev) == 0 || len(prev) > 2 || !isDigit(prev[0]) || !isDigit(prev[len(prev)-1]) {
		return false
	}
	at := next - len(w) // where w starts, when the reader stopped right after it
	if at < 0 || at > len(s) || !strings.HasPrefix(s[at:], w) {
		at = strings.LastIndex(s[:min(next, len(s))], w)
	}
	if at < 2 {
		return false
	}
	return strings.HasSuffix(s[:at], prev+". ")
}

// prepositionBefore reports whether words stand before the point word at
// (a preposition, "În punctul al cincilea …"): locativeHead alone takes a
// point word that opens the sentence as one in the locative, which with
// the ordinal after it is the nominative as often ("Punctul al cincilea
// este controversat").
func prepositionBefore(s string, at wordAt) bool {
	return strings.TrimSpace(s[:at.start]) != ""
}
