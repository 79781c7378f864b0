package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutBefore reports whether a without-word of the catalogue
// ("senza", "statt", "instead of", "без") starts a word of low between
// from and the term hit's end and governs the term: the term is what the
// text leaves out ("senza la scadenza dei cento giorni", "800 000 statt
// 600 000"). A without-word governs another word, and leaves the term as
// it is, when a clause mark stands between it and the term ("ohne Nummer:
// eine freie Wirtschaftszone im Donbas"), when a pronoun of
// withoutAnaphors follows it ("європейська версія замість цього
// пропонувала починати переговори …": instead, the text offers the term),
// or when it is a prefix the apostrophe joins to its word ("без'ядерний
// статус", non-nuclear).
func (c *termCatalogue) withoutBefore(low string, from int, h termHit) bool {
	prevLetter := false
	for i := from; i < h.end; {
		r, n := utf8.DecodeRuneInString(low[i:])
		letter := unicode.IsLetter(r)
		if letter && !prevLetter {
			if e, ok := stemAt(low[:h.end], i, c.without); ok && c.withoutGoverns(low, e, h.start) {
				return true
			}
		}
		prevLetter = letter
		i += n
	}
	return false
}

// withoutGoverns reports whether the without-word of low ending at e
// governs the words from start (see withoutBefore).
func (c *termCatalogue) withoutGoverns(low string, e, start int) bool {
	if rest := low[e:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "\u2019") || strings.HasPrefix(rest, "\u02bc") {
		return false // "без'ядерний": a prefix, not the preposition
	}
	if e < start && strings.ContainsAny(low[e:start], ":;!?—–") {
		return false
	}
	if w, next := nextWord(low, e); w != "" && next <= start {
		if end, ok := stemAt(low, next-len(w), c.anaphors); ok && end == next {
			return false // "instead of this, …": the pronoun is what is left out
		}
	}
	return true
}
