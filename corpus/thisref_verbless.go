package corpus

// Back-references that name the speaker after what was said.
//
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
	return x.emitPreviousQuoted(sp, pos)
}

// emitPreviousQuoted is emitPrevious for a sentence before that may be a
// whole quotation ("«…». Così Meloni."): the quotation is given as direct
// speech, without its marks.
func (x *extractor) emitPreviousQuoted(sp *speaker, pos int) bool {
	if q, ok := wholeQuote(trimSentenceEnd(x.prevSentence)); ok {
		q = trimSentenceEnd(q)
		if n := len(x.out); n > 0 && x.out[n-1].Position >= x.prevSentencePara && x.out[n-1].Text == q {
			return true // the quotation is already someone's
		}
		x.emit(sp, q, true, pos)
		return true
	}
	return x.emitPrevious(sp, pos)
}

// maxSaidThisTail bounds the circumstance after "said this" ("in his
// evening video address to the nation").
const maxSaidThisTail = 10

// circumstanceTail reports whether ts is a phrase opened by a time or place
// word, with no comma inside, no speech verb and no that-word: the
// circumstance of the speaking, not what was said.
func (x *extractor) circumstanceTail(ts []tok) bool {
	if len(ts) == 0 || len(ts) > maxSaidThisTail || !gapOpener(ts[0]) {
		return false
	}
	for i, t := range ts {
		if i < len(ts)-1 && t.trail != "" || x.lx.sayVerbs[t.low] || x.lx.thatWords[t.low] || x.lx.auxiliaries[t.low] {
			return false
		}
	}
	return true
}

// saidThis reads a speaker whose speech verb takes a word pointing back as
// its object, and nothing after it but a circumstance: "Zelensky said this
// in his evening video address.", "Kallas said so on Monday." — the way
// English wire copy, translated copy above all, attributes the paragraph
// before. The sentence before is what was said (emitPrevious); read as
// any sentence, "this in his evening address" was the statement.
func (x *extractor) saidThis(s string, toks []tok, pos int) bool {
	objs := predicateData().saidThis[x.src.Lang]
	if objs == nil || x.prevSentence == "" || x.prevSentencePara < pos-1 {
		return false
	}
	for vi := 1; vi+1 < len(toks); vi++ {
		if !objs[toks[vi+1].low] || toks[vi].trail != "" || !x.lx.sayVerbs[toks[vi].low] {
			continue
		}
		if o := toks[vi+1]; vi+2 < len(toks) && (o.trail != "" || !x.circumstanceTail(toks[vi+2:])) {
			return false // "said this was a step forward": what was said
		}
		if x.hasSpeechCue(x.prevSentence) {
			return false // the sentence before has its own attribution: "this" is no pointer to it
		}
		sp, start := x.subjectSpan(s, toks, vi)
		if sp == nil || start != 0 || sp.kind != kindPerson && sp.kind != kindBody {
			return false
		}
		return x.emitPreviousQuoted(sp, pos)
	}
	return false
}
