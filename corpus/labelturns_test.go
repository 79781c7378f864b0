package corpus

import (
	"strings"
	"testing"
)

// TestBracketedQuestionLabel checks a briefing transcript whose questions
// name the asking medium in brackets ("Q (wire agency):", "Frage
// (Zeitung):", "Вопрос (газета):"): the question is the interviewer's turn,
// never part of the answer before it, in English, German and Russian.
func TestBracketedQuestionLabel(t *testing.T) {
	docs := map[string]string{
		"en": "---\nlang: en\n---\n# Briefing transcript\n\n*Answers of press secretary Hal Brennick to reporters.*\n\n" +
			"**Q (wire agency):** Has the White House seen the new text?\n\n" +
			"**Brennick:** We have seen it. We are studying it.\n\n" +
			"**Q (television):** Will the president sign it this week?\n\n" +
			"**Brennick:** There is no date for that.\n",
		"de": "---\nlang: de\n---\n# Protokoll der Pressekonferenz\n\n*Antworten von Regierungssprecherin Hanna Vollrath.*\n\n" +
			"**Frage (Nachrichtenagentur):** Hat Berlin den Text erhalten?\n\n" +
			"**Vollrath:** Wir haben ihn gesehen. Wir prüfen ihn.\n\n" +
			"**Frage (Zeitung):** Wann gibt es eine Antwort?\n\n" +
			"**Vollrath:** Dazu gibt es keinen Termin.\n",
		"ru": "---\nlang: ru\n---\n# Стенограмма брифинга\n\n*На вопросы отвечал пресс-секретарь мэрии Олег Варнавин.*\n\n" +
			"**Вопрос (информагентство):** Получила ли мэрия текст?\n\n" +
			"**Варнавин:** Мы его видели. Мы его изучаем.\n\n" +
			"**Вопрос (газета):** Когда будет ответ?\n\n" +
			"**Варнавин:** Сроков пока нет.\n",
	}
	for lang, doc := range docs {
		t.Run(lang, func(t *testing.T) {
			got := statementsOf(t, doc)
			if len(got) == 0 {
				t.Fatal("no statement read")
			}
			for _, s := range got {
				if strings.ContainsAny(s.Text, "?") || strings.Contains(s.Text, "(") {
					t.Errorf("a question read into %s's answer: %q", s.Speaker, s.Text)
				}
			}
		})
	}
}

// TestQALabelsFromData checks interview turns labelled in Dutch, Swedish
// and Portuguese (data/turnlabels.json): the answer is the interviewee's,
// the question never a statement nor part of an answer.
func TestQALabelsFromData(t *testing.T) {
	docs := map[string]struct{ doc, guest, answer string }{
		"nl": {"---\nlang: nl\n---\n# Interview over het plan\n\nLotte Verbeek, onderzoeker bij het Noordzee Instituut, sprak met ons.\n\n" +
			"**Vraag:** Is het plan haalbaar?\n\n**Antwoord:** Alleen met Europese garanties.\n\n**Vraag:** En de grenzen?\n\n**Antwoord:** Daarover beslissen de presidenten.\n",
			"Lotte Verbeek", "Alleen met Europese garanties"},
		"sv": {"---\nlang: sv\n---\n# Intervju om planen\n\nNils Åkerlund, forskare vid Östersjöinstitutet, talade med oss.\n\n" +
			"**Fråga:** Är planen genomförbar?\n\n**Svar:** Bara med europeiska garantier.\n\n**Fråga:** Och gränserna?\n\n**Svar:** Det avgör presidenterna.\n",
			"Nils Åkerlund", "Bara med europeiska garantier"},
		"pt": {"---\nlang: pt\n---\n# Entrevista sobre o plano\n\nInês Carvalhal, investigadora do Instituto Atlântico, falou connosco.\n\n" +
			"**Pergunta:** O plano é viável?\n\n**Resposta:** Só com garantias europeias.\n\n**Pergunta:** E as fronteiras?\n\n**Resposta:** Isso decidem os presidentes.\n",
			"Inês Carvalhal", "Só com garantias europeias"},
	}
	for lang, c := range docs {
		t.Run(lang, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.doc) {
				if strings.Contains(s.Text, "?") {
					t.Errorf("a question read as %s's statement: %q", s.Speaker, s.Text)
				}
				found = found || strings.Contains(s.Speaker, c.guest) && strings.Contains(s.Text, c.answer)
			}
			if !found {
				t.Errorf("no answer of %s with %q", c.guest, c.answer)
			}
		})
	}
}
