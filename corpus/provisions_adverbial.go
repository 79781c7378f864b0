package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// contrastTerm reads the clause a sentence opens with to set one version
// against another: "Se il piano di Washington fissava un tetto di 600
// mila uomini, la controproposta …", "While the US draft capped the army
// at 600,000, the European text …". It returns the clause without its
// opener, the version it names, and the main clause, its first letter
// raised, to be read on its own; ok is false for any other sentence, and
// for a clause that names no version (a time, a condition).
func contrastTerm(lx *lexicon, s string) (clause, other, rest string, ok bool) {
	c := strings.Index(s, ", ")
	if c <= 0 || c > 200 || len(s) < c+12 {
		return "", "", "", false
	}
	head := s[:c]
	for _, o := range lx.contrasts {
		if len(head) <= len(o) || head[len(o)] != ' ' || !strings.EqualFold(head[:len(o)], o) {
			continue
		}
		if other = versionIn(head); other == "" || strings.Count(head, " ") < 4 {
			return "", "", "", false
		}
		rest = s[c+2:]
		if r, n := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			rest = string(unicode.ToUpper(r)) + rest[n:]
		}
		return strings.TrimSpace(head[len(o):]), other, rest, true
	}
	return "", "", "", false
}
