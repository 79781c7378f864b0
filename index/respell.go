package index

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// People misspell names, above all names transliterated from another
// script: "Peskof", "Ushakof", "Sybyha". The fuzzy search finds such a word
// only when the exact search finds nothing relevant, and the other words of
// the question usually find something ("Peskof no text received" is
// answered by whoever mentions a text). So before searching, a query word
// the corpus does not know that is one typo (one edit, or two adjacent
// letters swapped; first letter right, four letters or more) from a word of
// a known speaker's name is read as that name, as a spelling suggestion
// would: the names are a small vocabulary held in memory (nameWords). A
// word typed without its accents is respelt first (fold.go), and a word
// that is still unknown may be another language's form of an indexed word
// (variants.go).

// minRespell is the length, in letters, of the shortest word respelt to a
// name: a shorter word is one typo from too many others.
const minRespell = 4

// respell returns text with its words the corpus does not know (known[i]
// false for qts[i]) read as words it does: a word typed without accents as
// the indexed word that is the same with them (see fold.go), else a word
// one typo from a speaker's name word as that word; and whether it
// replaced any. When two name words are one typo away, the first in
// sorted order is taken, so the answer never depends on map order.
func (ix *Index) respell(ctx context.Context, als []string, text string, qts []queryTerm, known []bool) (string, bool, error) {
	need := make([]bool, len(qts))
	some := false
	for i := range qts {
		need[i] = i < len(known) && !known[i]
		some = some || need[i]
	}
	if !some {
		return text, false, nil
	}
	fix, err := ix.accented(als, qts, need)
	if err != nil {
		return text, false, err
	}
	if !ix.diag.informalOff {
		respellInformal(qts, need, fix) // see informal.go
	}
	var names []string
	for i, qt := range qts {
		if !need[i] || fix[qt.raw] != "" || utf8.RuneCountInString(qt.raw) < minRespell {
			continue
		}
		if names == nil {
			if names = sortedNames(ix.nameWords(ctx)); len(names) == 0 {
				break
			}
		}
		if w := nearName(qt.raw, names); w != "" {
			fix[qt.raw] = w
		}
	}
	en := analyzerFor(defaultLang)
	for i, qt := range qts {
		if !need[i] || fix[qt.raw] != "" || !plain(qt.raw) || ix.glossed(en, qt) {
			continue
		}
		w, err := ix.variantTerm(als, qt.raw) // see variants.go
		if err != nil {
			return text, false, err
		}
		if w != "" {
			fix[qt.raw] = w
		}
	}
	for i, qt := range qts {
		if !need[i] || fix[qt.raw] != "" || !plain(qt.raw) {
			continue
		}
		w, err := ix.compoundTerm(ctx, als, qt.raw) // see compound.go
		if err != nil {
			return text, false, err
		}
		if w != "" {
			fix[qt.raw] = w
		}
	}
	respellGlossary(qts, need, fix) // see glossfold.go
	if !ix.diag.typoOff {
		if err := ix.respellTypos(als, qts, need, fix); err != nil { // see typo.go: the last resort
			return text, false, err
		}
	}
	if len(fix) == 0 {
		return text, false, nil
	}
	return replaceWords(text, fix), true, nil
}

// glossed reports whether the glossary translates qt's English term (the
// analyzer en's): "threat", "relief", "repay", "former" are everyday
// English words the set's texts may hold only in another language, and
// the glossary takes them there; read as another language's word of the
// same opening ("thread", "reliabl", "repas", "format", variants.go) they
// lost that translation and found unrelated text. Names, which variants
// are for, are not glossary terms, and a stem (Polish "malborek")
// never stands on the glossary's English side.
func (ix *Index) glossed(en string, qt queryTerm) bool {
	t, ok := qt.byAnalyzer[en]
	if !ok || ix.exp == nil {
		return false
	}
	return len(ix.exp.lang(en).synonyms[t]) > 0
}

// sortedNames returns the words of set, sorted.
func sortedNames(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for w := range set {
		if utf8.RuneCountInString(w) >= minRespell {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// nearName returns the first of names one typo from w with the same first
// letter, or "".
func nearName(w string, names []string) string {
	rw := []rune(w)
	for _, n := range names {
		rn := []rune(n)
		if rn[0] == rw[0] && oneTypo(rw, rn) {
			return n
		}
	}
	return ""
}

// replaceWords replaces the words of text (runs of letters, digits and
// apostrophes) whose lower case is a key of fix by its value.
func replaceWords(text string, fix map[string]string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		w := text[start:end]
		if r, ok := fix[strings.ToLower(w)]; ok {
			w = r
		}
		b.WriteString(w)
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		flush(len(text))
	}
	return b.String()
}
