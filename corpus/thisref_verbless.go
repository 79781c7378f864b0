package corpus

// A verbless back-reference closes a report with the speaker alone: "«…».
// Così il presidente francese Emmanuel Macron.", "Così Zelensky durante la
// visita a Dublino.", "So Merz am Montag in Berlin." Italian and German
// wire copy write it after a quotation or a sentence of reported speech
// that names nobody; the sentence before is the speaker's, as after "Lo ha
// detto X." (thisRef). The opening word is data per language
// (predicates.json verblessBackRefs): "così" and "so" open ordinary
// sentences too, so the rest must be a speaker and at most a circumstance
// (a time or place phrase), no verb.

// maxVerblessRefWords bounds such a sentence: a title, a name and a
// circumstance.
const maxVerblessRefWords = 16

// verblessRef reads a verbless back-reference and reports whether it did.
func (x *extractor) verblessRef(toks []tok, pos int) bool {
	if len(toks) < 2 || len(toks) > maxVerblessRefWords || toks[0].trail != "" || x.prevSentence == "" || x.prevSentencePara < pos-1 {
		return false
	}
	if !predicateData().verbless[x.src.Lang][lowerWord(toks[0])] {
		return false
	}
	sp, end := x.trailingSubjectAfter(toks, 0)
	if sp == nil || sp.kind != kindPerson && sp.kind != kindBody || end < len(toks) && !x.adverbialTail(toks[end:]) {
		return false
	}
	if q, ok := wholeQuote(trimSentenceEnd(x.prevSentence)); ok {
		if n := len(x.out); n > 0 && x.out[n-1].Position >= x.prevSentencePara && x.out[n-1].Text == q {
			return true // the quotation is already someone's
		}
		x.emit(sp, q, true, pos) // "«…». Così Meloni.": a quotation, direct
		return true
	}
	return x.emitPrevious(sp, pos)
}
