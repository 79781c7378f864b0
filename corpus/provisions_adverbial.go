package corpus

import "strings"

// docAdverbialTerm reads a sentence of a verb-second language that gives
// a document's terms through an adverbial naming the document, with no
// comma after it: "Laut dem Entwurf soll die Ukraine ihre Armee
// begrenzen", "Die Vermögenswerte sollen laut dem Entwurf blockiert
// bleiben", "Enligt planen ska Ukraina …", "Volgens het plan moet
// Oekraïne …". The adverbial is a preposition of docAdverbials followed,
// within four words, by a document noun; the sentence must hold a modal
// or future verb of reportModals, by which these languages set out what a
// text provides, and report nobody's speech. It returns the adverbial, to
// name the version by.
func docAdverbialTerm(lx *lexicon, s string) (adverbial string, ok bool) {
	prepAt, prepWord := -1, -1
	modal := false
	words := 0
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		var buf [32]byte
		low := appendLower(buf[:0], w)
		if lx.reportModals[string(low)] {
			modal = true
		}
		switch {
		case adverbial != "":
		case lx.docAdverbials[string(low)]:
			prepAt, prepWord = next-len(w), words
		case prepAt >= 0 && words-prepWord <= 4 && lx.isProseNoun(w):
			adverbial = s[prepAt:next]
		}
		words++
	}
	if adverbial == "" || !modal || words < 6 || strings.HasSuffix(strings.TrimSpace(s), "?") || reportsSpeech(lx, s) {
		return "", false
	}
	return adverbial, true
}

// hasDocAdverbial is the paragraph-wide look for docAdverbialTerm: a
// preposition of docAdverbials anywhere, found without lower-casing words
// that cannot be one.
func hasDocAdverbial(lx *lexicon, p string) bool {
	for i := 0; i < len(p); {
		w, next := nextWord(p, i)
		if w == "" {
			return false
		}
		i = next
		if len(w) > 12 {
			continue
		}
		var buf [32]byte
		if lx.docAdverbials[string(appendLower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// docAdverbialTermIf is docAdverbialTerm for a paragraph that holds an
// adverbial preposition at all (hasDocAdverbial): other paragraphs' sentences
// are not scanned.
func docAdverbialTermIf(has bool, lx *lexicon, s string) (string, bool) {
	if !has {
		return "", false
	}
	return docAdverbialTerm(lx, s)
}
