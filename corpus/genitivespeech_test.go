package corpus

import "testing"

// TestGenitiveSpeech: a Slavic noun of speech with its owner in the
// genitive gives the owner's words (ZR zr11 "навів слова Зеленського про
// те, що …, і заяву Рустема Умєрова, що …"; ZT zt12 "przypomniał wypowiedź
// premiera Donalda Tuska, że …").
func TestGenitiveSpeech(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk слова про те, що", xindDoc("uk", "Делегації зустрілися у вівторок у Женеві. Тарас Мельничук навів слова Зеленського про те, що переговори в Абу-Дабі були конструктивними."),
			"Volodymyr Zelensky", "переговори в Абу-Дабі були конструктивними"},
		{"uk заяву, що (second)", xindDoc("uk", "Делегації зустрілися у вівторок у Женеві. Тарас Мельничук навів слова Зеленського про те, що переговори були конструктивними, і заяву Рустема Умєрова, що розмови були змістовними."),
			"Rustem Umerov", "розмови були змістовними"},
		{"pl wypowiedź, że", xindDoc("pl", "Delegacje spotkały się we wtorek w Genewie. Igor Mazurek przypomniał wypowiedź premiera Donalda Tuska, że Polska nie wyśle żołnierzy na Ukrainę."),
			"Donald Tusk", "Polska nie wyśle żołnierzy na Ukrainę"},
		{"ru заявление о том, что", xindDoc("ru", "Делегации встретились во вторник в Женеве. Журналисты обсуждали заявление Дмитрия Пескова о том, что быстрых результатов ждать не стоит."),
			"Dmitry Peskov", "быстрых результатов ждать не стоит"},
	})
}

// TestGenitiveSpeechNot: a speech noun with no owner, with an owner but no
// that-word, or a plain genitive after a verb gives the owner nothing.
func TestGenitiveSpeechNot(t *testing.T) {
	cases := []struct{ name, doc, notSpeaker string }{
		{"ru слова без что", xindDoc("ru", "Делегации встретились во вторник в Женеве. Журналисты обсуждали слова Дмитрия Пескова на брифинге."), "Dmitry Peskov"},
		{"pl wypowiedź bez że", xindDoc("pl", "Delegacje spotkały się we wtorek w Genewie. Wypowiedź premiera Donalda Tuska była krótka."), "Donald Tusk"},
		{"uk заява без власника", xindDoc("uk", "Делегації зустрілися у вівторок у Женеві. Спільна заява, що її ухвалили вчора, була короткою."), "unnamed source"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.doc) {
				if s.Speaker == c.notSpeaker {
					t.Errorf("got %q by %q", s.Text, s.Speaker)
				}
			}
		})
	}
}
