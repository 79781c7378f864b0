package corpus

import "testing"

// TestChannelOpenerSpeaker: a sentence that opens with the channel of the
// words ("in an interview", "in his evening address", "dans une
// interview") and no comma before the speaker reads the name after the
// phrase as the speaker; an outlet or a platform right after the channel
// is where it was said, and the name after that speaks.
func TestChannelOpenerSpeaker(t *testing.T) {
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"en", "In an interview Zelensky said Ukraine would not trade its land for a ceasefire.", "Volodymyr Zelensky", "Ukraine would not trade its land for a ceasefire"},
		{"en", "In his New Year address Zelensky said the framework was nearly finished.", "Volodymyr Zelensky", "the framework was nearly finished"},
		{"en", "In a speech Kallas said the Union would keep funding Kyiv.", "Kaja Kallas", "the Union would keep funding Kyiv"},
		{"en", "In an interview with Reuters Zelensky said Ukraine would not trade its land for a ceasefire.", "Volodymyr Zelensky", "Ukraine would not trade its land for a ceasefire"},
		{"en", "In a post on X Zelensky wrote that the meeting had been useful.", "Volodymyr Zelensky", "the meeting had been useful"},
		{"it", "Nel suo discorso Tajani ha detto che l'Italia non invierà soldati.", "Antonio Tajani", "l'Italia non invierà soldati"},
		{"it", "In una intervista al Corriere della Sera Tajani ha detto che l'Italia non invierà soldati.", "Antonio Tajani", "l'Italia non invierà soldati"},
		{"fr", "Dans une interview Macron a déclaré que la garantie devait être solide.", "Emmanuel Macron", "la garantie devait être solide"},
		{"es", "En una entrevista Sánchez dijo que España apoyará la reconstrucción.", "Pedro Sánchez", "España apoyará la reconstrucción"},
		{"ru", "В интервью Песков заявил, что Кремль пока не видел нового текста.", "Dmitry Peskov", "Кремль пока не видел нового текста"},
		{"ru", "В интервью ТАСС Ушаков заявил, что новая встреча возможна.", "Yuri Ushakov", "новая встреча возможна"},
		{"uk", "У вечірньому зверненні Зеленський сказав, що робота над документом триває.", "Volodymyr Zelensky", "робота над документом триває"},
		{"pl", "W wywiadzie Tusk powiedział, że Polska nie wyśle żołnierzy.", "Donald Tusk", "Polska nie wyśle żołnierzy"},
		// a place opens the sentence, then a title and the name
		{"ru", "В Москве пресс-секретарь Кремля Дмитрий Песков заявил, что ответа пока нет.", "Dmitry Peskov", "ответа пока нет"},
		{"uk", "У Москві речник Кремля Дмитро Пєсков сказав, що відповіді поки немає.", "Dmitry Peskov", "відповіді поки немає"},
		{"ru", "В Москве Песков заявил, что ответа пока нет.", "Dmitry Peskov", "ответа пока нет"},
		// unchanged: a comma after the phrase, a verb-second German
		// sentence, a place before the name, a speaker before the channel
		{"en", "In an interview, Zelensky said Ukraine would not trade its land for a ceasefire.", "Volodymyr Zelensky", "Ukraine would not trade its land for a ceasefire"},
		{"de", "In einem Interview sagte Merz, Europa müsse mehr tun.", "Friedrich Merz", "Europa müsse mehr tun"},
		{"en", "In Kyiv Zelensky said Ukraine would not trade its land for a ceasefire.", "Volodymyr Zelensky", "Ukraine would not trade its land for a ceasefire"},
		{"ru", "Лавров в интервью РИА Новости заявил, что Москва изучает документ.", "Sergei Lavrov", "Москва изучает документ"},
		{"en", "In a statement NATO said the allies would meet again next week.", "NATO", "the allies would meet again next week"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}

// TestChannelOpenerNoOutletSpeaker: an outlet or a magazine after the
// phrase, or a name that is itself the magazine, is no person speaking.
func TestChannelOpenerNoOutletSpeaker(t *testing.T) {
	tests := []struct{ lang, sentence string }{
		{"en", "In an interview Interfax said the Kremlin was studying the text."},
		{"en", "Interview Magazine said the actor would not attend the premiere."},
		{"en", "In an interview the BBC said the talks would resume."},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.sentence)
		if len(d.Statements) != 0 {
			t.Errorf("%q: got %+v, want no statement", tc.sentence, d.Statements)
		}
	}
}
