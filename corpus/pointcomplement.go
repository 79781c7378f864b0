package corpus

import (
	"strings"
	"sync"
)

// pointOfWords holds data/pointrefs.json's pointComplements and
// ordinalArticlesAfter: the phrases by which Dutch and Greek tie an
// ordinal point to its document ("Het zevende punt van het plan", "Το
// έβδομο σημείο του σχεδίου"), whose prepositions are no complement
// prepositions of a title (speakers.go's complementPreps, shared with the
// speaker rules) and alone tie a point to anything ("het eerste punt van
// kritiek", "το πρώτο σημείο της συζήτησης"), with their first words; and
// the Romanian article of an ordinal after its point word ("Punctul al
// șaptelea").
var pointOfWords = sync.OnceValue(func() (w struct {
	complements []string
	first       map[string]bool
	articles    map[string]bool
}) {
	var d struct {
		Complements []string `json:"pointComplements"`
		Articles    []string `json:"ordinalArticlesAfter"`
	}
	mustDecodeJSON("data/pointrefs.json", pointRefsJSON, &d)
	w.complements, w.first, w.articles = d.Complements, map[string]bool{}, set(d.Articles)
	for _, c := range d.Complements {
		f, _, _ := strings.Cut(c, " ")
		w.first[f] = true
	}
	return w
})

// pointComplement reports whether the text after a point named by an
// ordinal, whose first word in lower case is l, opens with one of the
// phrases tying it to its document.
func pointComplement(l, rest string) bool {
	pw := pointOfWords()
	if !pw.first[l] {
		return false // (most points: one look)
	}
	rest = strings.TrimLeft(rest, " ")
	for _, c := range pw.complements {
		if len(rest) >= len(c) && strings.EqualFold(rest[:len(c)], c) && (len(rest) == len(c) || !isWordByte(rest[len(c)])) {
			return true
		}
	}
	return false
}

// afterOrdinalArticle skips an ordinal's article after a point word: it
// returns the word after the article and where it ends, or w and after
// as they were.
func afterOrdinalArticle(s, w string, after int) (string, int) {
	if !lowerIn(pointOfWords().articles, w) {
		return w, after
	}
	if w2, end := nextWord(s, after); w2 != "" {
		return w2, end
	}
	return w, after
}
