package index

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Misspelt everyday words. "how many ukranian owned pets", "european
// counter proposal frozen assets compensaton", "amoxicilin shortage",
// "fertiliser tarrifs": the word typed is not in the index, so it vetoes
// the question (an unknown word is how the off-topic questions are kept
// out) and the fuzzy search, tried only when the exact one finds nothing
// relevant, never sees it. respell reads a name one typo from a speaker's
// name as that name (respell.go); typoTerm does the same for the English
// text's words, as a spelling suggestion would: a query word the index
// does not hold, of typoMin letters or more and not a glossary term, is
// read as the English word one typo from it (a letter left out or added,
// two adjacent letters swapped, or a letter replaced by one of the same
// sound; first and last letters kept) that the most records hold, when
// typoRecords records or more hold it. A rare word is too often a name or
// a word of its own that the typed word only resembles.

// Bounds of a typo's correction.
const (
	typoMin     = 6 // letters of the typed word
	typoRecords = 2 // records holding the word read instead
)

// typoTerm returns the word one typo from the unknown query word qt whose
// English term the most records hold, or "". The typed word's edits are
// analysed as the English text is, so "compensaton" finds "compensation"
// though the two stem apart ("compensaton", "compens").
func (ix *Index) typoTerm(en string, qt queryTerm) (string, error) {
	raw := qt.raw
	if utf8.RuneCountInString(raw) < typoMin || !latinWord(raw) || !plain(raw) || strings.ContainsAny(raw, "'’") {
		return "", nil
	}
	key := "typo\x00" + en + "\x00" + raw
	gen := ix.facets.gen.Load()
	if w, ok := ix.accents.get(gen, key); ok {
		return w, nil
	}
	edits := typoEdits(raw)
	stems := map[string][]string{} // English term -> the edits giving it
	for _, tok := range ix.analyzer(en).Analyze([]byte(strings.Join(edits, " "))) {
		p := tok.Position - 1
		if p < 0 || p >= len(edits) {
			continue
		}
		t := string(tok.Term)
		if t != qt.byAnalyzer[en] {
			stems[t] = append(stems[t], edits[p])
		}
	}
	best, most := "", uint64(0)
	first, _ := utf8.DecodeRuneInString(raw)
	err := ix.eachTerm(textField(en), first, func(term string, count uint64) {
		ws, ok := stems[term]
		if !ok || count < typoRecords || count < most {
			return
		}
		w := slices.Min(ws)
		if count > most || w < best {
			best, most = w, count
		}
	})
	if err != nil {
		return "", err
	}
	ix.accents.put(gen, key, best)
	return best, nil
}

// typoSwaps are the letters typed for one another that typoEdits
// replaces: the same sound ("practise", "practice"; "analyze", "analyse";
// "Ukrainan", "Ukrainyan"). Any other letter replaced, or a letter left out
// or added at the end, turns too many correct words the index does not
// hold into other words it does ("fenland" into "Finland", "retraining"
// into "refraining", "louder" into "loude", read as "loud"): released
// questions the first version of the step moved.
var typoSwaps = map[rune]string{'c': "sk", 's': "cz", 'k': "c", 'z': "s", 'i': "y", 'y': "i"}

// typoEdits returns the words one typo from w (lower case, Latin letters)
// that keep its first and last letters: a letter left out, added or
// swapped with the next, or replaced by one typoSwaps lists, each once, in
// order.
func typoEdits(w string) []string {
	r := []rune(w)
	seen := map[string]bool{w: true}
	var out []string
	add := func(rs []rune) {
		s := string(rs)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for i := 1; i < len(r)-1; i++ {
		add(append(slices.Clone(r[:i]), r[i+1:]...))
		if i+2 < len(r) {
			c := slices.Clone(r)
			c[i], c[i+1] = c[i+1], c[i]
			add(c)
		}
		for _, l := range typoSwaps[r[i]] {
			c := slices.Clone(r)
			c[i] = l
			add(c)
		}
	}
	for i := 1; i < len(r); i++ {
		for l := 'a'; l <= 'z'; l++ {
			add(slices.Concat(r[:i], []rune{l}, r[i:]))
		}
	}
	return out
}

// respellTypos adds to fix, for each plain query word in need (unknown to
// the corpus) that fix leaves alone and the glossary does not translate,
// the word one typo from it that the English text holds; never for a
// question whose words another language's text holds more than the
// English text (typedLanguages, ranklang.go).
func (ix *Index) respellTypos(als []string, qts []queryTerm, need []bool, fix map[string]string) error {
	en := analyzerFor(defaultLang)
	checked := false
	for i, qt := range qts {
		if !need[i] || fix[qt.raw] != "" || ix.glossed(en, qt) {
			continue
		}
		if _, ok := informalWords()[qt.raw]; ok {
			continue
		}
		if !checked {
			// A question typed in another language ("il cda farà
			// pagare il rincaro della corrente") is not respelt to an
			// English word ("currente", read as "current").
			if ix.typedLanguages(als, qts) != nil {
				return nil
			}
			checked = true
		}
		w, err := ix.typoTerm(en, qt)
		if err != nil {
			return err
		}
		if w != "" {
			fix[qt.raw] = w
		}
	}
	return nil
}
