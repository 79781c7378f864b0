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
	if looksLabelled(p.text) {
		return false
	}
	n := len(x.out)
	sp := x.lastSpeaker
	if n == 0 || sp == nil || x.out[n-1].Position != prev.index || x.out[n-1].Speaker != sp.name || x.lastStmtSentence != x.sentenceNo {
		// the colon closed no statement: a list's or a table's lead,
		// unless it opens someone's answer ("Her reply, lightly edited:"),
		// which is theirs whatever words it reports
		if sp = x.replyOf(prev.text); sp == nil {
			return false
		}
	} else if x.hasSpeechCue(p.text) {
		return false // the paragraph attributes words by itself
	}
	x.emit(sp, p.text, true, p.index)
	return true
}

// replyOf is the person whose answer a paragraph's last sentence
// announces ("I asked Dr. Jana Novak what she made of it. Her reply:"):
// the first person named in the sentences before it; nil when the last
// sentence opens no answer.
func (x *extractor) replyOf(para string) *speaker {
	ss := sentences(para)
	if len(ss) < 2 {
		return nil
	}
	last := lowerString(strings.TrimSpace(ss[len(ss)-1]))
	lead := false
	for _, l := range floorData().replyLeads {
		if strings.HasPrefix(last, l) && (len(last) == len(l) || last[len(l)] == ',' || last[len(l)] == ' ' || last[len(l)] == ':') {
			lead = true
			break
		}
	}
	if !lead {
		return nil
	}
	for k := len(ss) - 2; k >= 0; k-- {
		toks := tokenize(ss[k])
		for i := 1; i < len(toks); i++ {
			j := i
			for j < len(toks) && j < i+3 && isCapital(toks[j].word) {
				j++
				if toks[j-1].trail != "" && toks[j-1].trail != "." {
					break
				}
			}
			if j-i >= 2 {
				if sp := x.classify(toks[i:j], false); sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker {
					return sp
				}
			}
			if j > i {
				i = j - 1
			}
		}
	}
	return nil
}
