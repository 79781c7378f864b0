package corpus

import "testing"

func TestParentheticalAttribution(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en role noun between commas, clause after", doc("en", "Emmanuel Macron met Zelensky in Paris. Only Kyiv could decide on territory, the French president said, and Europe would have to have its say on assets."), "Macron", "Only Kyiv could decide on territory"},
		{"en pronoun and addressee between commas", doc("en", "Mykola Derkach, an opposition lawmaker, was less upbeat. Any deal would have to go to a referendum, he told reporters, and he doubted it could win one."), "Derkach", "Any deal would have to go to a referendum"},
		{"en name, addressee and time between commas", doc("en", "The draft is not final, Marco Rubio told reporters on Monday, and more talks would follow in Geneva."), "Rubio", "more talks would follow"},
	})
}

func TestInvertedAfterOneWord(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"ru pronoun after a title and name that opened the sentence before", doc("ru", "Пресс-секретарь Кремля Дмитрий Песков отказался от подробностей. Работа, сказал он, будет продолжена в тишине."), "Peskov", "будет продолжена в тишине"},
		{"pl name after one word", doc("pl", "Rozmowy, powiedział Donald Tusk, będą kontynuowane w przyszłym tygodniu."), "Tusk", "będą kontynuowane"},
	})
}

func TestParticipleWithoutThat(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en saying, then a pronoun", doc("en", "Volodymyr Zelensky wrapped up two days of talks in Berlin, saying he was willing to give up the goal of joining NATO."), "Zelensky", "he was willing to give up"},
		{"en adding, then a name", doc("en", "Chancellor Friedrich Merz left the summit early, adding Europe would hold its own meeting on Friday."), "Merz", "Europe would hold its own meeting"},
	})
}
