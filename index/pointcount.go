package index

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"
)

// A numbered provision is indexed with its point words, "point 19"
// (pointWords), so that "point 19", "punto 19" or "Punkt 19" find it. But
// a number written before the word for point counts points, it does not
// name one: "19 points", "the 28-point plan", "20 punti", "28-Punkte-Plan",
// "19 пунктів" ask about a plan of that many points, and point 19 (the
// Zaporizhzhia plant) or point 20 (religious tolerance) of every version
// is no answer to them. Without telling the two apart, every question
// about "the 20 point plan" matched both its words in the point words of
// each version's point 20 and ranked those provisions first. So a query
// number followed by a word for point (the "point" line of
// translations.txt, in every language it lists) is a count
// (countedNumbers), and a hit that matches it only in its point words, its
// own text never writing that number, does not match it (withoutCounted).

// pointNouns are the words for point, every language's, as written in the
// translations' "point" group: the one whose English side holds "point".
var pointNouns = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	groups, err := parseSynonyms(translationLines(translationData))
	if err != nil {
		return out // the translations are checked where the index is built
	}
	for _, g := range groups {
		if !slices.Contains(g.from, "point") {
			continue
		}
		for _, w := range append(append([]string(nil), g.from...), g.to...) {
			if !strings.Contains(w, " ") {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
})

// countedNumbers says which query words (qts) are numbers that count
// points: written in text directly before a word for point ("19 points",
// "28-point"). It is nil when there is none, which is nearly always.
func countedNumbers(text string, qts []queryTerm) []bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	counts := map[string]bool{}
	for i := 0; i+1 < len(words); i++ {
		if allDigits(words[i]) && pointNouns()[words[i+1]] {
			counts[words[i]] = true
		}
	}
	if len(counts) == 0 {
		return nil
	}
	var out []bool
	for i, qt := range qts {
		if counts[qt.raw] {
			if out == nil {
				out = make([]bool, len(qts))
			}
			out[i] = true
		}
	}
	return out
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// withoutCounted is r with the counting numbers (counted, from
// countedNumbers) that h matches only through its point words taken out:
// h is point n of its version and its text never writes n. Such a number
// was matched as typed, so it leaves the typed count too.
func withoutCounted(h *search.DocumentMatch, als []string, qts []queryTerm, counted []bool, r markResult) markResult {
	if counted == nil {
		return r
	}
	for i, c := range counted {
		if !c || i >= len(r.matched) || !r.matched[i] || !onlyAsPoint(h, als, qts[i].raw) {
			continue
		}
		r.matched = append([]bool(nil), r.matched...)
		r.matched[i] = false
		r.typed = max(r.typed-1, 0)
	}
	return r
}

// onlyAsPoint reports whether h's point words name point n while the text
// h says (before metaSep, with its numbers' plain forms) never writes n.
func onlyAsPoint(h *search.DocumentMatch, als []string, n string) bool {
	point := pointWords(atoiOr0(n))
	if point == "" {
		return false
	}
	for _, a := range als {
		s, _ := h.Fields[textField(a)].(string)
		if s == "" {
			continue
		}
		body, meta, ok := strings.Cut(s, metaSep)
		if !ok || !strings.HasPrefix(meta, point+" ") && meta != point {
			return false
		}
		for _, w := range strings.FieldsFunc(body, func(r rune) bool { return r < '0' || r > '9' }) {
			if w == n {
				return false
			}
		}
		return !slices.Contains(numberForms(body), n)
	}
	return false
}

// atoiOr0 is the value of a run of digits, 0 when it is too long to be a
// point number.
func atoiOr0(s string) int {
	if len(s) > 4 {
		return 0
	}
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
