package corpus

import (
	"strings"
	"testing"
)

// ysDoc is a document with front matter for the transcript tests below.
func ysDoc(lang, title, body string) string {
	return "---\ntitle: \"" + title + "\"\nlang: " + lang + "\n---\n\n# " + title + "\n\n" + body + "\n"
}

// TestTranscriptInterviewerBySurname checks a transcript whose
// introduction names the journalist who asks and whose labels then give
// surnames only ("Das Gespräch führte Jana Stöckl." then "Stöckl: …?"):
// the journalist's lines are questions, nobody's statements, and the
// guest, labelled by surname, is named in full from the closing note in
// italics ("*Ferdinand Hartl leitet …*") rather than by the "Herr Hartl"
// of a question. In German, Polish and English. Without
// interviewerSurname the journalist speaks; without the address words
// and the italics read by fullNameOf the guest is "Herr Hartl" or lost.
func TestTranscriptInterviewerBySurname(t *testing.T) {
	cases := []struct {
		name, doc, asker, guest, answer string
	}{
		{"de", ysDoc("de", "Ein Gespräch über Genf",
			"Das Gespräch führte Jana Stöckl.\n\nStöckl: Herr Wendel, was bleibt vom Plan übrig?\n\nWendel: Weniger, als man in Moskau erwartet hat.\n\nStöckl: Und die Armee?\n\nWendel: Die Obergrenze ist der eigentliche Streitpunkt.\n\n*Konrad Wendel forscht am Institut für Sicherheitspolitik.*"),
			"Stöckl", "Konrad Wendel", "Weniger, als man in Moskau erwartet hat"},
		{"pl", ysDoc("pl", "Rozmowa o planie",
			"Rozmawiała Agnieszka Lipowska.\n\nLipowska: Panie Kowalczyk, co zostało z planu?\n\nKowalczyk: Mniej, niż chciałaby Moskwa.\n\nLipowska: A armia?\n\nKowalczyk: Limit wojska to główny spór.\n\n*Tomasz Kowalczyk jest analitykiem ośrodka badań.*"),
			"Lipowska", "Tomasz Kowalczyk", "Mniej, niż chciałaby Moskwa"},
		{"en", ysDoc("en", "A conversation about Geneva",
			"Interview by Helen Marsh.\n\nMarsh: Mr Calloway, what is left of the plan?\n\nCalloway: Less than Moscow expected.\n\nMarsh: And the army?\n\nCalloway: The cap on troops is the real dispute.\n\n*Peter Calloway teaches security studies at Harwell College.*"),
			"Marsh", "Peter Calloway", "Less than Moscow expected"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.doc) {
				if strings.Contains(s.Speaker, c.asker) {
					t.Errorf("the interviewer speaks: %q / %q", s.Speaker, s.Text)
				}
				if s.Speaker == c.guest && strings.Contains(s.Text, c.answer) {
					found = true
				}
			}
			if !found {
				t.Errorf("no answer of %q: %+v", c.guest, statementsOf(t, c.doc))
			}
		})
	}
}

// TestDashHeadlineQuote checks a headline that opens with a quotation and
// names its speaker after a dash, with a title and a topic in lower case
// ("„…“ – Sicherheitsforscher Hartl zum Genfer Treffen"): the quotation is
// the speaker's statement, with the title as role, the surname read as
// the body names the person in full. In German, Russian and English; a
// dash followed by no name ("„…“ – was bleibt") gives nothing.
func TestDashHeadlineQuote(t *testing.T) {
	cases := []struct {
		name, doc, speaker, role, text string
	}{
		{"de", ysDoc("de", "„Europa sitzt wieder mit am Tisch“ – Sicherheitsforscher Wendel zum Genfer Treffen",
			"Konrad Wendel forscht am Institut für Sicherheitspolitik. Er verfolgt die Gespräche seit Wochen."),
			"Konrad Wendel", "Sicherheitsforscher", "Europa sitzt wieder mit am Tisch"},
		{"ru", ysDoc("ru", "«Документ написан в Москве» — политолог Дронов о плане",
			"Политолог Аркадий Дронов изучил текст плана. Он работает в Казани."),
			"Аркадий Дронов", "политолог", "Документ написан в Москве"},
		{"en", ysDoc("en", "“This is a term sheet, not a treaty” – lawyer Calloway on the draft",
			"Peter Calloway spent twenty years at the State Department. He has read every version of the text."),
			"Peter Calloway", "lawyer", "This is a term sheet, not a treaty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.doc) {
				if s.Speaker == c.speaker && s.Text == c.text {
					if !strings.EqualFold(s.Role, c.role) {
						t.Errorf("role %q, want %q", s.Role, c.role)
					}
					return
				}
			}
			t.Errorf("no headline statement of %q: %+v", c.speaker, statementsOf(t, c.doc))
		})
	}
	for _, s := range statementsOf(t, ysDoc("de", "„Europa sitzt wieder mit am Tisch“ – was vom Plan bleibt",
		"Die Gespräche in Genf dauerten bis in die Nacht.")) {
		t.Errorf("a headline with no name after the dash gave %q / %q", s.Speaker, s.Text)
	}
}

// TestHeadlineClaimAfterLead checks a headline whose "Name: «…»" claim
// follows a lead sentence ("Piano per l'Ucraina, scontro in Aula. Bordoni:
// «…»"): the claim is the named person's, in Italian, Spanish and
// English. Without lastTitleClaim the label read is the whole lead and
// the claim is lost.
func TestHeadlineClaimAfterLead(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it", ysDoc("it", "Piano per l'Ucraina, scontro in Aula. Ferrandi: «Non si firma una resa»",
			"La deputata Elena Ferrandi ha parlato per venti minuti. Il dibattito è durato tre ore."),
			"Elena Ferrandi", "Non si firma una resa"},
		{"es", ysDoc("es", "Debate sobre Ucrania en el Congreso. Arrieta: «No es un acuerdo de paz»",
			"La diputada Lucía Arrieta habló durante veinte minutos. El debate duró tres horas."),
			"Lucía Arrieta", "No es un acuerdo de paz"},
		{"en", ysDoc("en", "Ukraine plan splits the chamber. Hollis: “This is no peace deal”",
			"Senator Mara Hollis spoke for twenty minutes. The debate lasted three hours."),
			"Mara Hollis", "This is no peace deal"},
	})
}

// TestExplainerAnswersSpeakNot checks a questions-and-answers explainer
// whose answers are the publication's own ("Q: … A: …" under a byline):
// a person an answer quotes later is not the guest of the answers after
// them, and the answer is read as prose, so "“…,” says X" is X's. In
// English, German and Spanish. Without answererRead every answer after the
// first quoted person is theirs.
func TestExplainerAnswersSpeakNot(t *testing.T) {
	cases := []struct {
		name, doc, first, expert, quote string
	}{
		{"en", ysDoc("en", "The plan: your questions answered",
			"By Carla Hale\n\nQ: What does the draft say about the army?\n\nA: Point 6 caps the army at 600,000.\n\nQ: What do the presidents say?\n\nA: Vladimir Putin said the text could be a basis for a settlement.\n\nQ: And the experts?\n\nA: \"This is a term sheet, not a treaty,\" says Peter Calloway, a former State Department lawyer."),
			"Vladimir Putin", "Peter Calloway", "This is a term sheet, not a treaty"},
		{"de", ysDoc("de", "Der Plan: Ihre Fragen, unsere Antworten",
			"Von Carla Hahn\n\nFrage: Was sagt der Entwurf zur Armee?\n\nAntwort: Punkt 6 begrenzt die Armee auf 600.000 Soldaten.\n\nFrage: Was sagen die Präsidenten?\n\nAntwort: Wladimir Putin sagte, der Text könne eine Grundlage sein.\n\nFrage: Und die Fachleute?\n\nAntwort: „Das ist eine Absichtserklärung, kein Vertrag“, sagt Konrad Wendel, früher Jurist im Auswärtigen Amt."),
			"Putin", "Konrad Wendel", "Das ist eine Absichtserklärung, kein Vertrag"},
		{"es", ysDoc("es", "El plan: sus preguntas, respondidas",
			"Por Carla Hernán\n\nPregunta: ¿Qué dice el borrador del ejército?\n\nRespuesta: El punto 6 limita el ejército a 600.000 soldados.\n\nPregunta: ¿Qué dicen los presidentes?\n\nRespuesta: Vladímir Putin dijo que el texto podría ser una base.\n\nPregunta: ¿Y los expertos?\n\nRespuesta: «Es una hoja de términos, no un tratado», dice Pedro Calvo, exabogado del Departamento de Estado."),
			"Putin", "Pedro Calvo", "Es una hoja de términos, no un tratado"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.doc) {
				if strings.Contains(s.Speaker, c.first) && strings.Contains(s.Text, c.quote) {
					t.Errorf("the expert's words given to %q", s.Speaker)
				}
				if s.Speaker == c.expert && strings.Contains(s.Text, c.quote) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q: %+v", c.expert, statementsOf(t, c.doc))
			}
		})
	}
}

// TestCourtesyReplyIsNoStatement checks a guest's last turn that only
// answers the presenter's thanks ("Gern.", "De rien.", "De nada."): it
// says nothing and is no statement, in German, French and Spanish.
func TestCourtesyReplyIsNoStatement(t *testing.T) {
	for _, reply := range []string{"Gern.", "De rien.", "De nada."} {
		if !courtesyOnly(reply) {
			t.Errorf("%q read as a statement", reply)
		}
	}
	if courtesyOnly("Gern würde ich das glauben, aber der Text sagt etwas anderes.") {
		t.Error("a sentence opening with the word is no formula")
	}
}
