package corpus

import "testing"

// TestEvePhraseIsNoName: a time phrase heading the sentence ("Напередодні
// Різдва", "Накануне Рождества", "Am Vorabend des Gipfels", "À la veille
// du sommet", "On the eve of Christmas") is never the name of the
// speaker a later pronoun refers back to: the subject after it is.
func TestEvePhraseIsNoName(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk", reportDoc("uk", "Напередодні Різдва президент Володимир Зеленський оприлюднив новий документ. Він пояснив, що це базовий текст для переговорів."), "Zelensky", "це базовий текст"},
		{"uk direct", reportDoc("uk", "Напередодні Різдва президент Володимир Зеленський заявив, що це базовий текст для переговорів."), "Zelensky", "це базовий текст"},
		{"uk no title", reportDoc("uk", "Напередодні Нового року Андрій Сибіга провів нараду. Він заявив, що хід тепер за Москвою."), "Sybiha", "хід тепер за Москвою"},
		{"ru", reportDoc("ru", "Накануне Рождества представитель Кремля Дмитрий Песков провёл брифинг. Он заявил, что Москва изучит документ."), "Peskov", "Москва изучит документ"},
		{"de", reportDoc("de", "Am Vorabend des Gipfels traf Bundeskanzler Friedrich Merz den ukrainischen Präsidenten. Er sagte, Europa müsse mit am Tisch sitzen."), "Merz", "Europa müsse mit am Tisch sitzen"},
		{"fr", reportDoc("fr", "À la veille du sommet, le président Emmanuel Macron a reçu son homologue ukrainien. Il a déclaré que l'Europe devait être associée."), "Macron", "l'Europe devait être associée"},
		{"en", reportDoc("en", "On the eve of Christmas, President Volodymyr Zelensky released the framework document. He said it was a basis for talks with Moscow."), "Zelensky", "a basis for talks"},
	})
}

// TestInstitutionToldUs: an institution named with "in" and a verb of
// telling with "us" beside it ("В Офісі президента нам повідомили", "В
// Кремле нам сообщили") or German "hieß es" is an unnamed source of that
// institution; without the pronoun the body speaks for itself.
func TestInstitutionToldUs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk", reportDoc("uk", "В Офісі президента нам повідомили, що наступний раунд консультацій може відбутися в січні."), "unnamed source", "наступний раунд консультацій"},
		{"ru", reportDoc("ru", "В Кремле нам сообщили, что ответ будет дан после изучения документа."), "unnamed source", "ответ будет дан"},
		{"ru body", reportDoc("ru", "В Кремле сообщили, что ответ будет дан после изучения документа."), "Кремль", "ответ будет дан"},
		{"de Kanzleramt", reportDoc("de", "Im Kanzleramt hieß es, die Gespräche würden im Januar fortgesetzt."), "unnamed source", "die Gespräche würden im Januar fortgesetzt"},
		{"de Amt", reportDoc("de", "Im Auswärtigen Amt hieß es, man prüfe den Text noch."), "unnamed source", "man prüfe den Text noch"},
	})
}

// TestEvePhraseNotInRole: the complement of an eve phrase ("Різдва",
// "Рождества") is no part of the title after it, whether the sentence
// speaks or a later pronoun does.
func TestEvePhraseNotInRole(t *testing.T) {
	for _, c := range []struct{ lang, text, role string }{
		{"uk", "Напередодні Різдва президент Володимир Зеленський оприлюднив новий документ. Він пояснив, що це базовий текст для переговорів.", "президент"},
		{"uk", "Напередодні Різдва президент Володимир Зеленський заявив, що це базовий текст для переговорів.", "президент"},
		{"ru", "Накануне Рождества представитель Кремля Дмитрий Песков провёл брифинг. Он заявил, что Москва изучит документ.", "представитель Кремля"},
	} {
		d, err := Parse([]byte(reportDoc(c.lang, c.text)), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements) != 1 || d.Statements[0].Role != c.role {
			t.Errorf("%s: want one statement with role %q; got %+v", c.text, c.role, d.Statements)
		}
	}
}
