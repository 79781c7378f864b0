package corpus

import "testing"

// TestDashedInterview checks an interview printed as lines of dialogue:
// the questions are dashed lines that end with a question mark (often in
// bold), the answers dashed lines after them, given to the guest the title
// names; reported speech inside a question stays its speaker's.
func TestDashedInterview(t *testing.T) {
	uk := "---\ntitle: \"Олег Ткачук: «Ми не поступимося землею»\"\nlang: uk\n---\n\n" +
		"Розмова відбулася у Києві після повернення делегації з Женеви.\n\n" +
		"**— Пане Олеже, чи є прогрес?**\n\n— Прогрес є в гуманітарних питаннях. Щодо землі нічого не змінилося.\n\n" +
		"**— Президент Володимир Зеленський сказав, що сторони зблизилися. Це так?**\n\n— Частково так, але червоні лінії ті самі.\n"
	ru := "---\ntitle: \"Анна Соколова: «Переговоры будут долгими»\"\nlang: ru\n---\n\n" +
		"Мы поговорили с экспертом после встречи в Абу-Даби.\n\n" +
		"— Чего ждать от следующего раунда?\n\n— Ничего быстрого. Стороны спорят о каждом слове.\n\n" +
		"— А как же сроки?\n\n— Сроки всегда сдвигаются.\n"
	checkStatements(t, []statementCase{
		{"uk first answer", uk, "Ткачук", "Прогрес є в гуманітарних питаннях"},
		{"uk second answer", uk, "Ткачук", "червоні лінії ті самі"},
		{"uk speech inside a question", uk, "Zelensky", "сторони зблизилися"},
		{"ru answers", ru, "Соколова", "Сроки всегда сдвигаются"},
	})
	for _, doc := range []string{uk, ru} {
		for _, s := range statementsOf(t, doc) {
			if s.Text == "Чего ждать от следующего раунда?" || s.Text == "Пане Олеже, чи є прогрес?" {
				t.Errorf("a question given to %s", s.Speaker)
			}
		}
	}
}
