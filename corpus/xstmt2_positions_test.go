package corpus

import (
	"strings"
	"testing"
)

// TestPositionTurns: a party's short answer and its reasons on a
// voting-advice page or in a questionnaire are the party's statement, not a
// provision of the plan the page's explanation names (positionturns.go).
// Sentences in the helper's own words.
func TestPositionTurns(t *testing.T) {
	cases := []struct {
		name, doc string
		speakers  []string // speakers whose statement holds the words after them
		words     []string
		none      bool // no statement may be read from the answer lines
	}{
		{"nl stemhulp", "---\nlang: nl\n---\n\n### Stelling 4\n**De gemeente moet Oekraïners blijven opvangen.**\n\n*Uitleg:* Het 20-puntenkader bepaalt in punt 18 dat Oekraïne verkiezingen houdt.\n\n- **Dorpsbelang Oost – Eens.** Wie hier woont en werkt, sturen we niet terug zodra er getekend is.\n- **Stadspartij Noord – Oneens.** De opvang is een taak van het Rijk en niet van de gemeente.\n",
			[]string{"Dorpsbelang Oost", "Stadspartij Noord"}, []string{"sturen we niet terug", "een taak van het Rijk"}, false},
		{"de wahl-o-mat", "---\nlang: de\n---\n\n## These 7: Die Stadt soll eine Partnerschaft mit einer ukrainischen Gemeinde eingehen.\n\nDer 20-Punkte-Rahmen sieht in Punkt 9 einen Fonds für den Wiederaufbau vor.\n\n- **Bürgerliste Nord** – stimme zu: Eine Partnerschaft kostet wenig und hilft sofort.\n- **Freie Wähler Süd** – stimme nicht zu: Außenpolitik ist Sache des Bundes, nicht der Stadt.\n",
			[]string{"Bürgerliste Nord", "Freie Wähler Süd"}, []string{"kostet wenig und hilft sofort", "Sache des Bundes"}, false},
		{"fr questionnaire", "---\nlang: fr\n---\n\n## Question 2 : la commune doit-elle jumeler avec une ville ukrainienne ?\n\n- **Liste Agir Ensemble – Oui.** Un jumelage se prépare dès maintenant, sans attendre Genève.\n- **Liste Renouveau – Non.** Ce n'est pas le rôle d'un conseil municipal de faire de la diplomatie.\n",
			[]string{"Liste Agir Ensemble", "Liste Renouveau"}, []string{"un jumelage se prépare", "faire de la diplomatie"}, false},
		{"uk anketa", "---\nlang: uk\n---\n\n## Питання 3\n\n- **Громадський рух «Світанок» – Так.** Ми підтримаємо обмін полоненими всіх на всіх.\n- **Партія Розвитку – Ні.** Місто не повинно голосувати за пункти чужих планів.\n",
			[]string{"Партія Розвитку"}, []string{"не повинно голосувати"}, false},
		// negatives: a point's title after a dash is no answer; one lone answer is no list of positions
		{"it titled points", "---\nlang: it\n---\n\n**Punto 7 – Nato.** L'Ucraina rinuncia all'ingresso nella Nato.\n\n**Punto 6 – Esercito.** Le forze armate ucraine sono limitate a 600.000 effettivi.\n",
			nil, nil, true},
		{"en lone answer", "---\nlang: en\n---\n\n**Verdict – Yes.** The plan keeps the line of contact as it stands.\n\nThe 28-point plan says in point 21 that Crimea is recognised as Russian.\n",
			nil, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Name: "p.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if c.none {
				for _, s := range d.Statements {
					t.Errorf("statement read from a non-answer: %s / %q", s.Speaker, s.Text)
				}
				return
			}
			for k, sp := range c.speakers {
				found := false
				for _, s := range d.Statements {
					if s.Speaker == sp && strings.Contains(strings.ToLower(s.Text), strings.ToLower(c.words[k])) {
						found = true
					}
				}
				if !found {
					t.Errorf("no statement of %s with %q; got %+v", sp, c.words[k], d.Statements)
				}
			}
			for _, p := range d.Provisions {
				for _, w := range c.words {
					if strings.Contains(strings.ToLower(p.Text), strings.ToLower(w)) {
						t.Errorf("answer read as a provision: %q", p.Text)
					}
				}
			}
		})
	}
}

// TestPlaceBeforeSurname: "в Москві Пєсков каже, що …" is the place and
// the surname, never the name "Москві Пєсков" (subject.go).
func TestPlaceBeforeSurname(t *testing.T) {
	cases := []struct{ lang, sentence, speaker string }{
		{"uk", "А в Москві Пєсков знову каже, що там вивчають документи.", "Dmitry Peskov"},
		{"ru", "А в Москве Песков снова говорит, что документы изучают.", "Dmitry Peskov"},
		{"nl", "In Moskou Peskov zegt dat men de documenten bestudeert.", "Dmitry Peskov"},
		{"en", "In Moscow Peskov said the documents were being studied.", "Dmitry Peskov"},
		// negatives: a full name after the place, and a name with no place, stay as they are
		{"ru", "В Москве Игорь Волков заявил, что план плохой.", "Игорь Волков"},
		{"uk", "Володимир Зеленський сказав, що документ готовий.", "Volodymyr Zelensky"},
	}
	for _, c := range cases {
		doc := "---\nlang: " + c.lang + "\n---\n\nМирний план обговорюють. " + c.sentence + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "p.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements) != 1 || d.Statements[0].Speaker != c.speaker {
			t.Errorf("%q: want one statement of %s, got %+v", c.sentence, c.speaker, d.Statements)
		}
	}
}

// TestClericalHonorific: "отець" (Father) before a priest's name is an
// honorific like "Dr": out of the name and out of the role before it
// (roles.json's honorifics).
func TestClericalHonorific(t *testing.T) {
	doc := "---\nlang: uk\n---\n\nМирний план обговорюють. Наш військовий капелан отець Петро Ярема, який зараз на Запорізькому напрямку, передав через волонтерів: «Хлопці чекають на обмін полоненими».\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "p.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 1 || d.Statements[0].Speaker != "Петро Ярема" || strings.Contains(d.Statements[0].Role, "отець") {
		t.Errorf("want one statement of Петро Ярема without 'отець' in the role, got %+v", d.Statements)
	}
}
