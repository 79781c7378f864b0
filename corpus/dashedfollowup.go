package corpus

import "strings"

// dashedFollowUpOff disables dashedFollowUp, for the test that checks it
// is what keeps its cases' questions from the guest.
var dashedFollowUpOff bool

// dashedFollowUp reports whether a dashed line of a dashed interview is
// the interviewer's next turn though it asks without a question mark
// ("— А армія? Обмеження багатьох налякало.", "— Reste le point sur
// l'OTAN."): a new dash opens a new turn, and a short line standing
// between an answer to the question just before it and another dashed
// line that asks nothing is the interviewer's, not more of the answer
// (an answer that runs on is printed without a dash).
func (x *extractor) dashedFollowUp(p paragraph) bool {
	if dashedFollowUpOff || !x.dashedQA || p.kind != paraItem || !p.dash {
		return false
	}
	i := p.index
	if x.askedAt < 0 || x.askedAt != i-2 || x.lastLabel < 0 || x.lastLabelPara != i-1 {
		return false
	}
	if i+1 >= len(x.paras) || i < 1 {
		return false
	}
	prev, next := x.paras[i-1], x.paras[i+1]
	if prev.kind != paraItem || !prev.dash || next.kind != paraItem || !next.dash || dashedQuestion(next) {
		return false
	}
	text := strings.TrimSpace(p.text)
	// short beside the answers around it: a prompt, not an answer
	return len(text) <= 160 && len(text)*2 <= len(strings.TrimSpace(next.text))
}
