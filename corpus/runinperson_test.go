package corpus

import "testing"

func TestRunInPersonLabel(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"ru run-in name, title alone", doc("ru", "**Иван Смирнов.** Политолог уверен, что переговоры затянутся до весны.\n\n**Ольга Петрова.** Эксперт считает, что документ сырой. По словам Смирнова, спешить некуда, а Петрова с ним согласна.\n"), "Иван Смирнов", "переговоры затянутся до весны"},
		{"en run-in name, title alone", doc("en", "**John Harwell.** The senator told reporters the plan was a trap.\n\nHarwell has opposed every draft so far.\n"), "John Harwell", "the plan was a trap"},
		{"es run-in name, title alone", doc("es", "**Lucía Ferrer.** La diputada afirmó que el texto necesita cambios.\n\nFerrer votó en contra.\n"), "Lucía Ferrer", "el texto necesita cambios"},
	})
}

func TestRunInPersonGuards(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"nl a place label", "---\ntitle: t\nlang: nl\n---\n\n**Den Haag.** De minister zei dat het kabinet bijdraagt aan de garanties.\n\nIn Den Haag is het stil.\n", "Den Haag"},
		{"en a place label", "---\ntitle: t\nlang: en\n---\n\n**Abu Dhabi.** The minister said the talks went well.\n\nAbu Dhabi hosted the talks.\n", "Abu Dhabi"},
		{"ru another person spoke first", "---\ntitle: t\nlang: ru\n---\n\n**Иван Смирнов.** Сергей Лавров заявил, что Москва готова к диалогу. Министр также сказал, что ждёт ответа.\n\nСмирнов молчал.\n", "Иван Смирнов"},
		{"en name never written alone", "---\ntitle: t\nlang: en\n---\n\n**Mary Hollis.** The senator said the plan was a trap.\n", "Mary Hollis"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if s.Speaker == c.not {
					t.Errorf("the label's name is not the speaker: %+v", s)
				}
			}
		})
	}
}
