package corpus

import "testing"

// TestBareTitleAfterItsHolder: a bare title ("the president",
// "президент") right after its holder spoke is that holder, not an aide
// whose own title only holds the word in its complement ("помощник
// президента", "aide to the president").
func TestBareTitleAfterItsHolder(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"ru aide then president", doc("ru", "Помощник президента Юрий Ушаков сообщил, что беседа длилась три часа.\n\nНа форуме Владимир Путин заявил, что Россия ни на кого не нападает. «Мы открыты для разговора», — сказал президент.\n"),
			"Vladimir Putin", "Мы открыты для разговора"},
		{"uk aide then president", doc("uk", "Радник президента Михайло Подоляк заявив, що розмова була довгою.\n\nУвечері Володимир Зеленський сказав, що Україна готова до зустрічі. «Ми не зупинимося», — наголосив президент.\n"),
			"Volodymyr Zelensky", "Ми не зупинимося"},
		{"en aide then president", doc("en", "Yuri Ushakov, an aide to the president, told reporters the talks had lasted three hours.\n\nLater Vladimir Putin said Russia had no plans to attack anyone. \"We are open to talks,\" the president said.\n"),
			"Vladimir Putin", "We are open to talks"},
	})
}
