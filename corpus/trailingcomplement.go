package corpus

import "unicode/utf8"

// trailingComplement reports whether toks[k], a lower-case word after an
// inverted speech verb, belongs to the complement of a title read just
// before it on the way to the name: "…, предупредил министр иностранных
// дел Сергей Лавров.", "…, a déclaré le ministre des affaires étrangères
// Jean Barrot." The title word stands within the three words before k,
// only lower-case words lie between, and a capitalised word (the name or
// the rest of the complement) follows within three words, with no
// punctuation on the way, as roleComplement reads a title before the verb.
func (x *extractor) trailingComplement(toks []tok, from, k int) bool {
	if isCapital(toks[k].word) || toks[k].trail != "" {
		return false
	}
	titled := false
	for m := k - 1; m >= from && m >= k-3; m-- {
		if toks[m].trail != "" || isCapital(toks[m].word) {
			return false
		}
		if x.lx.isRole(lowerWord(toks[m])) {
			titled = true
			break
		}
	}
	if !titled {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		if isCapital(toks[m].word) {
			return true
		}
		if toks[m].trail != "" {
			return false
		}
	}
	return false
}

// innerQuoteComma reports whether t closes a quoted phrase inside the
// sentence with the comma before an inverted attribution: "Кремль не
// намерен вести переговоры «через мегафон», сообщил …", "Il governo ha
// parlato di «una base», ha detto …". A sentence that opens with its
// quotation is the quotation readers' (leadingQuote), not this.
func innerQuoteComma(s string, t tok) bool {
	if t.trail != "»," {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !isOpenQuote(r)
}
