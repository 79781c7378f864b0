package corpus

import (
	"strings"
	"unicode/utf8"
)

// Interviews printed as questions and answers label each turn, and every
// language has its own labels: "Q:"/"A:", "Frage:"/"Antwort:",
// "Domanda:"/"Risposta:", "Question :"/"Réponse :" (French puts a space
// before the colon), "Pregunta:"/"Respuesta:", "Pytanie:"/"Odpowiedź:",
// "Вопрос:"/"Ответ:", "Питання:"/"Відповідь:", and their one-letter forms.
// An answer is the interviewee speaking; a question is the interviewer.
// The Cyrillic "В" is left out: it is the question in Russian and the
// answer in Ukrainian.
var (
	questionLabels = labelSet("q", "question", "frage", "f", "domanda", "d", "pregunta", "p", "pytanie", "вопрос", "питання", "п")
	answerLabels   = labelSet("a", "answer", "antwort", "risposta", "r", "réponse", "reponse", "respuesta", "odpowiedź", "o", "ответ", "о", "відповідь")
)

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
	i := strings.IndexByte(p, ':')
	if i <= 0 || i > 24 {
		return "", "", false
	}
	head := strings.TrimRight(p[:i], " \u00a0\u202f")
	if head == "" || strings.ContainsAny(head, " \t") || utf8.RuneCountInString(head) > 12 {
		return "", "", false
	}
	rest := p[i+1:]
	if rest == "" || (rest[0] != ' ' && !strings.HasPrefix(rest, "\u00a0")) {
		return "", "", false
	}
	return strings.ToLower(head), strings.TrimSpace(rest), true
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
