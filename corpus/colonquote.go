// Introduced quotations: a paragraph whose last sentence attributes and
// ends with a colon introduces the quotation printed as the paragraph
// after it, often as a block quote: "Speaking to reporters, he said
// Ukraine was ready to drop its bid …:" then "> From the very beginning,
// …". The quotation is the introducing speaker's own words.

package corpus

import "strings"

// introducedQuote emits p as the direct words of the speaker whose
// statement closed the paragraph before it with a colon, and reports
// whether it did.
func (x *extractor) introducedQuote(p *paragraph) bool {
	i := p.index
	if i == 0 || i > len(x.paras) {
		return false
	}
	prev := x.paras[i-1]
	if prev.index != i-1 || prev.kind != paraText || !strings.HasSuffix(strings.TrimRight(prev.text, " *"), ":") {
		return false
	}
	n := len(x.out)
	sp := x.lastSpeaker
	if n == 0 || sp == nil || x.out[n-1].Position != prev.index || x.out[n-1].Speaker != sp.name || x.lastStmtSentence != x.sentenceNo {
		return false // the colon closed no statement: a list's or a table's lead
	}
	if looksLabelled(p.text) || x.hasSpeechCue(p.text) {
		return false // the paragraph attributes words by itself
	}
	x.emit(sp, p.text, true, p.index)
	return true
}
