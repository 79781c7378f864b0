package corpus

import (
	"strings"
	"testing"
)

// dashedFollowUpCases are dashed interviews in which the interviewer once
// prompts without a question mark; the prompt is nobody's statement and
// the line after it is still the guest's answer.
var dashedFollowUpCases = []struct{ name, text, prompt, guest, answer string }{
	{"uk", "---\ntitle: \"Олег Бондар: «Мир без гарантій — це лише пауза»\"\nlang: uk\n---\n\n— Пане Олегу, що в плані найважливіше?\n\n— Гарантії безпеки. Без них жоден підпис нічого не вартий, і ми це бачили вже не раз.\n\n— А тепер про кордони.\n\n— Кордони — найважча тема. Ніхто в Києві не погодиться віддати землю, яку армія досі тримає.\n\n— Чи вірите ви в домовленість до весни?\n\n— Вірю обережно. Переговори тривають, але темп поки що задає Москва, а не ми.",
		"А тепер про кордони", "Олег Бондар", "Кордони — найважча тема"},
	{"ru", "---\ntitle: \"Игорь Савин: «Без гарантий это перемирие на год»\"\nlang: ru\n---\n\n— Игорь, что в документе главное?\n\n— Гарантии. Без них любая подпись ничего не стоит, мы это уже видели много раз.\n\n— Остаётся вопрос армии.\n\n— Потолок численности — самое опасное место. Сократить армию во время войны значит пригласить новое наступление.\n\n— Верите ли вы в договорённость до весны?\n\n— Осторожно верю. Переговоры идут, но темп задаёт Москва.",
		"Остаётся вопрос армии", "Игорь Савин", "Потолок численности"},
	{"pl", "---\ntitle: \"Adam Wrona: „Bez gwarancji to tylko przerwa”\"\nlang: pl\n---\n\n— Panie ambasadorze, co w planie jest najważniejsze?\n\n— Gwarancje bezpieczeństwa. Bez nich żaden podpis nic nie znaczy, widzieliśmy to już wiele razy.\n\n— Zostaje jeszcze sprawa armii.\n\n— Limit liczebności to najgroźniejszy punkt. Zmniejszenie armii w czasie wojny zaprasza kolejną ofensywę.\n\n— Czy wierzy pan w porozumienie do wiosny?\n\n— Ostrożnie wierzę. Rozmowy trwają, ale tempo wciąż narzuca Moskwa.",
		"Zostaje jeszcze sprawa armii", "Adam Wrona", "Limit liczebności"},
}

// TestDashedFollowUp checks in Ukrainian, Russian and Polish that an
// interviewer's prompt without a question mark is not the guest's
// statement, that the answer after it stays the guest's, and that the
// prompt is given to the guest with the reading disabled.
func TestDashedFollowUp(t *testing.T) {
	check := func(off bool) {
		dashedFollowUpOff = off
		defer func() { dashedFollowUpOff = false }()
		for _, c := range dashedFollowUpCases {
			prompt, answer := false, false
			for _, s := range statementsOf(t, c.text) {
				prompt = prompt || strings.Contains(s.Text, c.prompt)
				answer = answer || strings.Contains(s.Text, c.answer) && s.Speaker == c.guest
			}
			switch {
			case !off && prompt:
				t.Errorf("%s: the prompt %q is a statement", c.name, c.prompt)
			case !off && !answer:
				t.Errorf("%s: the answer %q is not %s's", c.name, c.answer, c.guest)
			case off && !prompt:
				t.Errorf("%s: the prompt is no statement without the reading; the case tests nothing", c.name)
			}
		}
	}
	check(false)
	check(true)
}
