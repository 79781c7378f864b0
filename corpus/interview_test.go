package corpus

import "testing"

func TestInterviewTurnLabels(t *testing.T) {
	for _, c := range []struct {
		p        string
		answer   string
		isAnswer bool
		question bool
	}{
		{"Q: Is the amnesty clause still in?", "", false, true},
		{"A: It is not among the 19 points now.", "It is not among the 19 points now.", true, false},
		{"Question : Le plan respecte-t-il la souveraineté ?", "", false, true},
		{"Réponse : Sur le papier oui.", "Sur le papier oui.", true, false},
		{"Frage: Wie geht es weiter?", "", false, true},
		{"Antwort: Das entscheiden die Präsidenten.", "Das entscheiden die Präsidenten.", true, false},
		{"Domanda: Cosa succede ora?", "", false, true},
		{"Risposta: Si tratta ancora.", "Si tratta ancora.", true, false},
		{"Вопрос: Что дальше?", "", false, true},
		{"Ответ: Мы ждём текст.", "Мы ждём текст.", true, false},
		{"Питання: Що далі?", "", false, true},
		{"Відповідь: Переговори тривають.", "Переговори тривають.", true, false},
		{"A:", "", false, false},                                   // no text
		{"Update: talks resume", "", false, false},                 // not an interview label
		{"Zelensky: we will not betray Ukraine", "", false, false}, // a speaker label, not an answer
		{"A senior official: no comment", "", false, false},        // label of several words
		{"10:40 A: talks", "", false, false},
		{"Antwort:kein Abstand", "", false, false},
	} {
		got, ok := cutAnswer(c.p)
		if ok != c.isAnswer || got != c.answer {
			t.Errorf("cutAnswer(%q) = %q, %v; want %q, %v", c.p, got, ok, c.answer, c.isAnswer)
		}
		if q := isQuestion(c.p); q != c.question {
			t.Errorf("isQuestion(%q) = %v, want %v", c.p, q, c.question)
		}
	}
}

// TestInterviewAnswersInOtherLanguages checks that the answers of a
// question-and-answer interview are the interviewee's statements whatever
// the language of its labels, and the questions are nobody's.
func TestInterviewAnswersInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		name, lang, doc, speaker, answer string
	}{
		{"fr", "fr", "Marc Lefèvre, chercheur spécialiste de la Russie, répond à nos questions.\n\nQuestion : Le plan est-il acceptable ?\n\nRéponse : Pas en l'état, la souveraineté de l'Ukraine serait réduite.\n\nQuestion : Et ensuite ?\n\nRéponse : Les négociations continueront à Genève.\n",
			"Marc Lefèvre", "Pas en l'état"},
		{"de", "de", "Jonas Albrecht, Politologe an einer Berliner Universität, im Gespräch.\n\nFrage: Ist der Plan tragfähig?\n\nAntwort: Nur mit echten Sicherheitsgarantien für die Ukraine.\n\nFrage: Was passiert jetzt?\n\nAntwort: Die Europäer müssen eigene Vorschläge machen.\n",
			"Jonas Albrecht", "Nur mit echten Sicherheitsgarantien"},
		{"it", "it", "Giulia Ferraro, analista di politica estera, risponde alle nostre domande.\n\nDomanda: Il piano può funzionare?\n\nRisposta: Solo se Kiev conserva il proprio esercito.\n\nDomanda: E l'Europa?\n\nRisposta: Deve sedersi al tavolo.\n",
			"Giulia Ferraro", "Solo se Kiev"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse([]byte("---\ntitle: Interview\nlang: "+c.lang+"\n---\n"+c.doc), ParseOptions{Name: c.name + ".md"})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Statements) != 2 {
				t.Fatalf("statements = %+v, want the 2 answers", doc.Statements)
			}
			for _, st := range doc.Statements {
				if st.Speaker != c.speaker {
					t.Errorf("answer %q attributed to %q, want %q", st.Text, st.Speaker, c.speaker)
				}
			}
			if got := doc.Statements[0].Text; len(got) < len(c.answer) || got[:len(c.answer)] != c.answer {
				t.Errorf("first answer = %q, want it to start %q", got, c.answer)
			}
		})
	}
}

// TestInterviewerLabelledWithOutlet checks an interview whose questions
// are labelled with the publication's name: the outlet never speaks, and
// its question ends the answer before it.
func TestInterviewerLabelledWithOutlet(t *testing.T) {
	gazette := "---\nurl: https://www.lagazettedelest.fr/monde/entretien\n---\n" +
		"Pierre Delacour, ancien ambassadeur de France à Kiev, a répondu à nos questions.\n\n" +
		"La Gazette de l'Est : Le plan peut-il aboutir ?\n\n" +
		"Pierre Delacour : Il peut servir de base.\n\n" +
		"Il devra être remanié.\n\n" +
		"La Gazette de l'Est : Et l'Europe ?\n\n" +
		"Pierre Delacour : Elle est au centre.\n"
	// a known outlet, its name all in capitals as a speaker's would be
	reuters := "Pierre Delacour, a former French ambassador to Kyiv, spoke to us.\n\n" +
		"Reuters: Can the plan work?\n\n" +
		"Pierre Delacour: Il peut servir de base.\n\n" +
		"Il devra être remanié.\n\n" +
		"Reuters: And Europe?\n\n" +
		"Pierre Delacour: Elle est au centre.\n"
	// answers printed without a label
	unlabelled := "---\nurl: https://www.lagazettedelest.fr/monde/entretien\n---\n" +
		"Pierre Delacour, ancien ambassadeur de France à Kiev, a répondu à nos questions.\n\n" +
		"La Gazette de l'Est : Le plan peut-il aboutir ?\n\n" +
		"Il peut servir de base.\n\n" +
		"Il devra être remanié.\n\n" +
		"La Gazette de l'Est : Et l'Europe ?\n\n" +
		"Elle est au centre.\n"
	for name, doc := range map[string]string{"gazette.md": gazette, "reuters.md": reuters, "unlabelled.md": unlabelled} {
		t.Run(name, func(t *testing.T) { checkOutletInterview(t, name, doc) })
	}
}

func checkOutletInterview(t *testing.T, name, doc string) {
	d, err := Parse([]byte(doc), ParseOptions{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements {
		if st.Speaker != "Pierre Delacour" {
			t.Errorf("statement %q attributed to %q", st.Text, st.Speaker)
		}
		got = append(got, st.Text)
	}
	want := []string{"Il peut servir de base.\nIl devra être remanié.", "Elle est au centre."}
	if len(got) != len(want) {
		t.Fatalf("statements = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("statement %d = %q, want %q", i, got[i], want[i])
		}
	}
}
