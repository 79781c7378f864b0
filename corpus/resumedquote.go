package corpus

import "strings"

// resumeQuoteMarks open the second half of a quotation interrupted by its
// attribution, in every language's quotation marks: “…,” he said, “…”;
// «…», ha detto, «…»; „…“, sagte er, „…“.
const resumeQuoteMarks = "“\"«„‹"

// resumedQuote reports whether the words after the speech verb at toks[vi]
// are only the quotation resumed after a comma: "«…», ha detto, «…».",
// "«…», dijo, «…»". The verb's subject is then left out, as after a
// closing verb ("«…», añadió."), and the speaker is who the dropped
// subject stands for; without this, the whole sentence gave nothing in the
// languages that drop the pronoun.
func resumedQuote(rest string, toks []tok, vi int) bool {
	if vi+1 >= len(toks) || !strings.HasPrefix(toks[vi].trail, ",") {
		return false
	}
	_, ok := wholeQuote(strings.TrimSpace(rest[toks[vi+1].start:]))
	return ok
}

// resumedSpeaker is who the left-out subject of a resumed quotation stands
// for: the person the sentence before was about, or one who spoke in this
// paragraph. It is stricter than droppedSubject, which also takes a
// speaker of the paragraph before: a quotation split in two is printed
// right after its speaker is introduced, and a speaker two paragraphs up
// is more often someone the new paragraph only cites.
func (x *extractor) resumedSpeaker(verb string) *speaker {
	sp := x.droppedSubject(verb)
	if sp == nil || sp.kind != kindPerson {
		return sp
	}
	if b := x.subjectBefore1(); b != nil && b.name == sp.name || x.recent(sp, 0) {
		return sp
	}
	return nil
}
