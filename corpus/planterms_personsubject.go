// A known person as the subject of a sentence that matches a plan's term
// names no version and no point: "Emmanuel Macron habló de garantías
// «robustas».", "At the Berlin talks Volodymyr Zelensky offered to give up
// the bid for NATO membership in return for Western security guarantees.",
// "Zełenski zaproponował w Berlinie, że …". The sentence tells what the
// person said, offered or promised, a statement (the statement rules read
// it), not what a version of the plan provides: released sets ZP, ZR, ZS
// and ZV each had such a sentence read as a point (a leader's "robust"
// guarantees as point 5 of the US draft, an offer to give up NATO
// membership as the 20-point text's). A version's own subject ("The plan
// promises Ukraine strong security guarantees") is no person, and a
// person named inside the term ("a Board of Peace chaired by Donald
// Trump") comes after the term's start, so both stay.

package corpus

import (
	"unicode"
	"unicode/utf8"
)

// personSubject reports whether sentence s (original case) names a known
// person, in lang's spellings, before byte offset before, followed by a
// space and a lower-case word: the person is the subject of a verb ahead
// of the term the sentence matches ("President Macron spoke of …"), not a
// genitive ("Trump's plan") nor a name in a list.
func personSubject(s, lang string, before int) bool {
	if before > len(s) {
		before = len(s)
	}
	for i := 0; i < before; {
		w, next := nextWord(s, i)
		if w == "" || next > before {
			break
		}
		i = next
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || next+1 >= len(s) || s[next] != ' ' {
			continue
		}
		n, _ := utf8.DecodeRuneInString(s[next+1:])
		if !unicode.IsLower(n) {
			continue
		}
		if KnownPersonOf(w, lang) != "" {
			return true
		}
	}
	return false
}

// personBeforeTerms reports whether a known person is the subject of
// sentence s ahead of every term hit: own is s lower-cased, sl the text
// the hits index (own, or the sentence before and own).
func personBeforeTerms(s, own, sl, lang string, hits []termHit) bool {
	if len(s) != len(own) {
		return false // lower-casing changed the length: offsets do not carry over
	}
	shift := len(sl) - len(own)
	first := len(s)
	for _, h := range hits {
		if at := h.start - shift; at < first {
			first = at
		}
	}
	if first <= 0 {
		return false // the term opens the sentence, or starts in the one before
	}
	return personSubject(s, lang, first)
}
