package corpus

import (
	_ "embed"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Interviews printed as questions and answers label each turn, and every
// language has its own labels: "Q:"/"A:", "Frage:"/"Antwort:",
// "Question :"/"Réponse :" (French puts a space before the colon),
// "Вопрос:"/"Ответ:", and their one-letter forms. They are data
// (data/turnlabels.json): a language is a list entry. An answer is the
// interviewee speaking; a question is the interviewer.
var questionLabels, answerLabels = turnLabelSets()

//go:embed data/turnlabels.json
var turnLabelsJSON []byte

// turnLabelSets reads data/turnlabels.json.
func turnLabelSets() (questions, answers map[string]bool) {
	var d struct {
		Questions []string `json:"questions"`
		Answers   []string `json:"answers"`
	}
	if err := json.Unmarshal(turnLabelsJSON, &d); err != nil {
		panic("corpus: data/turnlabels.json: " + err.Error()) // embedded data, checked by the tests
	}
	return labelSet(d.Questions...), labelSet(d.Answers...)
}

func labelSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// turnLabel splits an interview turn's label from its text: "A: It is
// not" gives ("a", "It is not"). ok is false when p does not open with a
// short label followed by a colon.
func turnLabel(p string) (label, text string, ok bool) {
	p = dropLabelContext(p) // "Вопрос (газета): …", "Q (Reuters): …": who asks is no part of the label
	i := strings.IndexByte(p, ':')
	if i <= 0 || i > 24 {
		return "", "", false
	}
	head := strings.TrimRight(p[:i], " \u00a0\u202f")
	if head == "" || containsAny(head, " \t") || utf8.RuneCountInString(head) > 12 {
		return "", "", false
	}
	rest := p[i+1:]
	if rest == "" || (rest[0] != ' ' && !strings.HasPrefix(rest, "\u00a0")) {
		return "", "", false
	}
	return lowerString(head), strings.TrimSpace(rest), true
}

// cutAnswer returns the text of an interview answer ("A: …", "Réponse : …").
func cutAnswer(p string) (string, bool) {
	l, text, ok := turnLabel(p)
	if !ok || !answerLabels[l] || text == "" {
		return "", false
	}
	return text, true
}

// isQuestion reports whether p is an interviewer's question ("Q: …",
// "Frage: …").
func isQuestion(p string) bool {
	l, _, ok := turnLabel(p)
	return ok && questionLabels[l]
}

// dashedQuestion reports whether p is an interviewer's question printed as
// a line of dialogue: a dashed line that ends with a question mark
// ("**— Пане Тарасе, ви вірите в цей прогрес?**").
func dashedQuestion(p paragraph) bool {
	if !strings.HasSuffix(strings.TrimRight(p.text, " *"), "?") {
		return false
	}
	if p.kind == paraItem {
		return p.dash && p.number == 0
	}
	// in bold, the dash stays in the text: "**— …?**"
	return p.kind == paraText && (strings.HasPrefix(p.text, "— ") || strings.HasPrefix(p.text, "– "))
}

// dashedInterview reports whether a document prints an interview as lines
// of dialogue, as Ukrainian, Russian and Polish papers do: at least two
// dashed questions, each answered by a dashed line that asks nothing.
func dashedInterview(ps []paragraph) bool {
	pairs := 0
	for i := 0; i+1 < len(ps); i++ {
		if dashedQuestion(ps[i]) && ps[i+1].kind == paraItem && ps[i+1].dash && !dashedQuestion(ps[i+1]) {
			pairs++
		}
	}
	return pairs >= 2
}

// dashedTurn reads one line of a dashed interview: a question is the
// interviewer's, the lines after it until the next question are the
// interviewee's answer. It reports false for a line it leaves to the
// dialogue rules (an answer with no known interviewee).
func (x *extractor) dashedTurn(p paragraph) bool {
	if dashedQuestion(p) || x.dashedFollowUp(p) || x.dashedRelayPrompt(p) { // (a follow-up without "?": dashedfollowup.go, interviewintro.go)
		x.askedAt, x.lastLabel = p.index, -1
		x.questionReports(strings.TrimLeft(p.text, "—– ")) // "— X сказав, що … Це дипломатична формула?"
		return true
	}
	if x.askedAt < 0 {
		return false
	}
	for k := x.askedAt + 1; k < p.index; k++ {
		if q := x.paras[k]; q.kind != paraItem || !q.dash {
			return false // the answer ended before this line
		}
	}
	sp := x.dashedGuest()
	if sp == nil {
		return false
	}
	x.emit(sp, p.text, true, p.index)
	label := len(x.out) - 1
	x.relayedInAnswer(p.text, sp, p.index) // "Ушаков … сказав, що …" inside the answer (answerrelay.go)
	x.lastLabel, x.lastLabelPara = label, p.index
	return true
}

// dashedGuest is who answers a dashed interview: the guest the title names
// ("Тарас Мельничук: «…»", "… : entretien avec Claire Vasseur"), else the
// interviewee the other rules find. A dashed interview has no answer
// labels that would name them, so the title is the surest witness.
func (x *extractor) dashedGuest() *speaker {
	if x.answerer != nil {
		return x.answerer
	}
	if sp := x.guestInTitle(); sp != nil {
		x.answerer = sp
		return sp
	}
	if label, _, ok := strings.Cut(x.src.Title, ": "); ok && strings.Count(label, " ") <= 2 {
		toks := tokenize(label)
		if len(toks) >= 2 && !anyLower(toks) {
			if sp := x.classify(toks, false); sp != nil && sp.kind == kindPerson {
				x.answerer = sp
				return sp
			}
		}
	}
	return x.interviewee()
}

// anyLower reports whether a word of ts opens in lower case.
func anyLower(ts []tok) bool {
	for _, t := range ts {
		if r, _ := utf8.DecodeRuneInString(t.word); unicode.IsLower(r) {
			return true
		}
	}
	return false
}
