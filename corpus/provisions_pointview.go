// A point named by its number inside someone's words: "the group notes
// that the seventh point required Ukraine to …", "najostrzej ocenia punkt
// 21, zgodnie z którym …", "а девятнадцатый пункт, про запорожскую АЭС".
// termProvisions leaves a speaker's view of a term alone when no version
// is named ("Dr Zieliński ocenił, że zapis o myśliwcach …": what the
// speaker thinks, not what a text says). A sentence that names the point
// by its number or ordinal speaks of the text itself: whatever the
// speaker thinks of it, the term is the numbered point's, and is kept.

package corpus

import "strings"

// numberedPointRef reports whether s names a point by its number or its
// ordinal: a point word ("point", "punkt", "пункт") with a number after it
// ("punkt 21") or an ordinal on either side ("the seventh point", "punto
// sesto", "the final point"). A count before the point word ("the 28-point
// plan", "28 punti") names the plan, not a point, and an article word
// ("Article 5") names a treaty's article, not a point of the plan.
func numberedPointRef(lx *lexicon, s string) bool {
	_, ok := pointRefNumber(lx, s)
	return ok
}

// pointRefNumber is the number of the point s names, as numberedPointRef
// reads it; ok is false when s names none. When s names several, the
// number is 0: which one a term belongs to is not told.
func pointRefNumber(lx *lexicon, s string) (number int, ok bool) {
	if len(s) > maxPointRefSentence {
		return 0, false // a paragraph run together: its point words speak of other sentences
	}
	for _, at := range lx.pointWordsIn(s) {
		low := lowerString(at.word)
		if articleWord(low) {
			continue
		}
		before := wordBefore(s, at.start)
		if _, isCount := smallNumber(before); isCount {
			continue // "28 punti": the plan's count
		}
		n := ordinalNumber(lx, before) // "the seventh point"
		if n == 0 {
			next, _ := nextWord(s, at.end)
			if k, isNumber := smallNumber(next); isNumber && k >= 1 && k <= maxPlanPoint {
				n = k // "punkt 21"
			} else {
				n = ordinalNumber(lx, next) // "punto sesto"
			}
		}
		if n == 0 {
			continue
		}
		if ok && n != number {
			number = 0
		} else if !ok {
			number = n
		}
		ok = true
	}
	return number, ok
}

// maxPointRefSentence bounds the sentence numberedPointRef reads: past
// some sixty words a "sentence" is text the splitter ran together.
const maxPointRefSentence = 400

// maxPlanPoint is the highest point number any version has (the US draft's
// 28); a larger number after a point word is no point's.
const maxPlanPoint = 28

// ordinalNumber is the number an ordinal word names ("seventh",
// "dwudziesty", "13th", "final"), 0 for any other word.
func ordinalNumber(lx *lexicon, w string) int {
	if w == "" {
		return 0
	}
	if n := lowerIn(lx.ordinals, w); n > 0 {
		return n
	}
	if n := numericOrdinal(w); n > 0 {
		return n
	}
	return lastOrdinal(w)
}

// articleWord reports whether a point word is an article's ("article",
// "artículo", "статья", "άρθρο"), which prose uses for treaties' articles
// ("Article 5 of the Washington Treaty") more than for the plan's points.
func articleWord(low string) bool {
	for _, p := range []string{"art", "стат", "άρθρ"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// smallNumber reads a word of one or two digits; ok is false for any
// other word.
func smallNumber(w string) (n int, ok bool) {
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}
