package corpus

import (
	"strings"
	"testing"
)

// TestComitativeCoordinate checks that the second of two people named
// after "with" ("встречи с С. Уиткоффом и Дж. Кушнером сообщил") is the
// other party, not the speaker, in Russian, Ukrainian and Polish, with
// initials and full names; and that a nominative after the conjunction
// and a clause with a speaker of its own still name theirs.
func TestComitativeCoordinate(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"ru initials, date", xspkDoc("ru", "Помощник Президента Ю. В. Ушаков по итогам встречи с С. Уиткоффом и Дж. Кушнером 2 декабря сообщил, что разговор был полезным, но компромиссный вариант по территориям пока не найден."),
			"Yuri Ushakov", "разговор был полезным, но компромиссный вариант по территориям пока не найден"},
		{"ru full names", xspkDoc("ru", "Помощник президента Юрий Ушаков после встречи с Стивом Уиткоффом и Джаредом Кушнером заявил журналистам, что компромисс по территориям пока не найден."),
			"Yuri Ushakov", "компромисс по территориям пока не найден"},
		{"uk з … і …", xspkDoc("uk", "Юрій Ушаков після зустрічі з Віткоффом і Кушнером заявив, що компроміс щодо територій поки не знайдено."),
			"Yuri Ushakov", "компроміс щодо територій поки не знайдено"},
		{"uk з … та …", xspkDoc("uk", "Радослав Сікорський після розмови з Рубіо та Віткоффом сказав, що Польща підтримує план."),
			"Radosław Sikorski", "Польща підтримує план"},
		{"pl z … i …", xspkDoc("pl", "Radosław Sikorski po rozmowie z Rubio i Witkoffem powiedział, że Polska popiera plan."),
			"Radosław Sikorski", "Polska popiera plan"},
		{"ru one name keeps its rule", xspkDoc("ru", "Юрий Ушаков по итогам встречи с Уиткоффом сообщил, что компромисс по территориям пока не найден."),
			"Yuri Ushakov", "компромисс по территориям пока не найден"},
		{"ru nominative after и speaks", xspkDoc("ru", "После встречи с Уиткоффом Ушаков и Песков заявили, что компромисс по территориям пока не найден."),
			"Dmitry Peskov", "компромисс по территориям пока не найден"},
		{"ru own clause after the comma", xspkDoc("ru", "Президент встретился с Рубио, и Уиткофф заявил, что документ готов."),
			"Steve Witkoff", "документ готов"},
	})
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"ru not Kushner", xspkDoc("ru", "Помощник Президента Ю. В. Ушаков по итогам встречи с С. Уиткоффом и Дж. Кушнером 2 декабря сообщил, что разговор был полезным."), "Jared Kushner"},
		{"pl not Witkoff", xspkDoc("pl", "Radosław Sikorski po rozmowie z Rubio i Witkoffem powiedział, że Polska popiera plan."), "Steve Witkoff"},
		{"ru not initials", xspkDoc("ru", "Помощник Президента Ю. В. Ушаков по итогам встречи с С. Уиткоффом и Дж. Кушнером сообщил, что разговор был полезным."), "Ю. В"},
	} {
		for _, s := range statementsFor(t, c.text) {
			if strings.HasPrefix(s, c.notSpeaker+" / ") {
				t.Errorf("%s: %q", c.name, s)
			}
		}
	}
}
