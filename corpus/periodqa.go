// Period labels: Spanish papers print a press conference or an interview
// with the speaker's name or the turn's kind in capitals and a full stop,
// not a colon: "PREGUNTA. ¿Qué queda por resolver?" then "RUBIO. Quedan
// algunas cuestiones." (also "P." and "R."). A document is read so when
// at least two paragraphs open that way and one of them is a question's
// label, so a paragraph that merely opens with an acronym ("OTAN. La
// alianza …") is not taken for a turn.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// periodLabel splits "RUBIO. Creo que …" into its label and text: one to
// three words in capitals (letters only, two or more in all but a one
// letter turn label) before ". ".
func periodLabel(p string) (label, text string, ok bool) {
	i := strings.Index(p, ". ")
	if i <= 0 || i > 40 {
		return "", "", false
	}
	label = strings.Trim(p[:i], "* ")
	// checked letter by letter, without splitting: most paragraphs have
	// a full stop and a space early and are no label
	words, inWord := 0, false
	for _, r := range label {
		switch {
		case r == ' ':
			inWord = false
		case unicode.IsUpper(r) || r == '-' && inWord:
			if !inWord {
				words++
				inWord = true
			}
		default:
			return "", "", false
		}
	}
	if words == 0 || words > 3 {
		return "", "", false
	}
	if words == 1 && utf8.RuneCountInString(label) == 1 && !lowerIn(questionLabels, label) && !lowerIn(answerLabels, label) {
		return "", "", false // "A. Point one": a list's letter
	}
	text = strings.TrimSpace(strings.TrimLeft(p[i+1:], "* "))
	return label, text, text != ""
}

// periodInterview reports, once per document, whether its turns are
// period labels.
func (x *extractor) periodInterview() bool {
	if x.periodRead != 0 {
		return x.periodRead > 0
	}
	x.periodRead = -1
	turns, asked := 0, false
	for _, p := range x.paras {
		if p.kind != paraText {
			continue
		}
		if l, _, ok := periodLabel(p.text); ok {
			turns++
			asked = asked || lowerIn(questionLabels, l)
		}
	}
	if turns >= 2 && asked {
		x.periodRead = 1
		x.transcript = true
	}
	return x.periodRead > 0
}

// periodTurn reads a period-labelled turn: the question is the
// publication's and says nothing; an answer's label becomes a colon
// label, for the label reading after it ("RUBIO: …", "R: …"). It reports
// whether p is done with.
func (x *extractor) periodTurn(p *paragraph) bool {
	if !x.periodInterview() {
		return false
	}
	l, text, ok := periodLabel(p.text)
	if !ok {
		return false
	}
	if lowerIn(questionLabels, l) {
		x.lastLabel = -1
		x.askedAt = p.index
		return true
	}
	if lowerIn(answerLabels, l) {
		// "R. …": the interview's guest answers
		if sp := x.interviewee(); sp != nil {
			x.emit(sp, text, true, p.index)
			x.lastLabel, x.lastLabelPara = len(x.out)-1, p.index
		}
		return true
	}
	p.text = l + ": " + text
	return false
}
