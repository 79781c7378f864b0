package corpus

import "testing"

// TestWireAttributionShapes is a battery of the attributions wire and
// newspaper copy uses most, in nine languages: a title before the name, a
// quotation with "adding that", "was quoted by … as saying", a channel
// phrase before the speaker ("In a post on Telegram, …", "У своєму
// Telegram-каналі Зеленський написав"), the outlet as addressee ("told
// CNN", "в беседе с ТАСС"), "Speaking to reporters, …", "Asked about …,
// X said: …", a known surname alone before another verb and ", saying
// …". Each sentence is invented in the shape real coverage
// writes; the platform opening a name run is where, not who.
func TestWireAttributionShapes(t *testing.T) {
	tests := []struct{ lang, sentence, speaker, said string }{
		{"en", "Zelensky's chief of staff, Andriy Yermak, told CNN on Sunday that Kyiv would not cede territory.", "Andriy Yermak", "Kyiv would not cede territory"},
		{"en", "\"We are not there yet,\" Rubio told reporters, adding that the text would keep changing.", "Marco Rubio", "We are not there yet"},
		{"en", "Peskov was quoted by TASS as saying that Moscow had not received the text.", "Dmitry Peskov", "Moscow had not received the text"},
		{"en", "In a post on Telegram, Zelensky wrote that the talks had been difficult.", "Volodymyr Zelensky", "the talks had been difficult"},
		{"en", "Trump, in a Truth Social post late on Sunday, accused Ukraine's leaders of showing zero gratitude.", "Donald Trump", "zero gratitude"},
		{"en", "Speaking to reporters in Geneva, Rubio said that the remaining issues were not insurmountable.", "Marco Rubio", "the remaining issues were not insurmountable"},
		{"en", "The Kremlin's Yuri Ushakov said the meeting had been useful.", "Yuri Ushakov", "the meeting had been useful"},
		{"en", "Ukraine's top negotiator Rustem Umerov said on X that the sides had agreed to keep talking.", "Rustem Umerov", "the sides had agreed to keep talking"},
		{"en", "Asked about the deadline, Trump said: \"We'd like to get it done.\"", "Donald Trump", "We'd like to get it done"},
		{"en", "Kremlin aide Yuri Ushakov later told state television the American proposals needed serious work.", "Yuri Ushakov", "the American proposals needed serious work"},
		{"de", "Selenskyj schrieb am Abend auf Telegram, die Gespräche seien schwierig gewesen.", "Volodymyr Zelensky", "die Gespräche seien schwierig gewesen"},
		{"de", "„Wir sind noch nicht so weit“, sagte Rubio vor Journalisten in Genf.", "Marco Rubio", "Wir sind noch nicht so weit"},
		{"de", "Der ukrainische Chefunterhändler Rustem Umerow erklärte, beide Seiten wollten weiter verhandeln.", "Rustem Umerov", "beide Seiten wollten weiter verhandeln"},
		{"fr", "« Nous n'y sommes pas encore », a reconnu Marco Rubio devant la presse à Genève.", "Marco Rubio", "Nous n'y sommes pas encore"},
		{"fr", "Sur Telegram, Volodymyr Zelensky a écrit que les discussions avaient été difficiles.", "Volodymyr Zelensky", "les discussions avaient été difficiles"},
		{"it", "«Non ci siamo ancora», ha ammesso Rubio parlando con i giornalisti a Ginevra.", "Marco Rubio", "Non ci siamo ancora"},
		{"it", "Su Telegram Zelensky ha scritto che i colloqui sono stati difficili.", "Volodymyr Zelensky", "i colloqui sono stati difficili"},
		{"es", "«Todavía no hemos llegado», reconoció Rubio ante los periodistas en Ginebra.", "Marco Rubio", "Todavía no hemos llegado"},
		{"es", "En su cuenta de Telegram, Zelenski escribió que las conversaciones habían sido difíciles.", "Volodymyr Zelensky", "las conversaciones habían sido difíciles"},
		{"ru", "«Мы ещё не пришли к согласию», — признал Рубио в разговоре с журналистами в Женеве.", "Marco Rubio", "Мы ещё не пришли к согласию"},
		{"ru", "Песков в беседе с ТАСС отметил, что Москва текст не получала.", "Dmitry Peskov", "Москва текст не получала"},
		{"uk", "У своєму Telegram-каналі Зеленський написав, що переговори були складними.", "Volodymyr Zelensky", "переговори були складними"},
		{"uk", "«Ми ще не дійшли згоди», — визнав Рубіо в коментарі журналістам у Женеві.", "Marco Rubio", "Ми ще не дійшли згоди"},
		{"pl", "– Jeszcze nie jesteśmy na miejscu – przyznał Rubio w rozmowie z dziennikarzami w Genewie.", "Marco Rubio", "Jeszcze nie jesteśmy na miejscu"},
		{"pl", "W serwisie Telegram Zełenski napisał, że rozmowy były trudne.", "Volodymyr Zelensky", "rozmowy były trudne"},
		{"nl", "Zelensky schreef op Telegram dat de gesprekken moeilijk waren geweest.", "Volodymyr Zelensky", "de gesprekken moeilijk waren geweest"},
		{"pt", "Zelensky escreveu no Telegram que as conversas tinham sido difíceis.", "Volodymyr Zelensky", "as conversas tinham sido difíceis"},
		{"en", "Zelensky struck a defiant tone, saying Ukraine would never accept the loss of Donbas.", "Volodymyr Zelensky", "Ukraine would never accept the loss of Donbas"},
		{"en", "Peskov declined to comment on the details, saying the Kremlin would not negotiate through the media.", "Dmitry Peskov", "the Kremlin would not negotiate through the media"},
		{"fr", "Les discussions ont été constructives, a écrit Roustem Oumerov sur Facebook.", "Rustem Umerov", "Les discussions ont été constructives"},
		{"it", "I colloqui sono stati costruttivi, ha scritto Rustem Umerov su Facebook.", "Rustem Umerov", "I colloqui sono stati costruttivi"},
		{"es", "Las conversaciones fueron constructivas, escribió Rustem Umerov en Facebook.", "Rustem Umerov", "Las conversaciones fueron constructivas"},
		{"en", "The talks were constructive, Rustem Umerov wrote on Facebook.", "Rustem Umerov", "The talks were constructive"},
		{"ru", "Москва пока не получала текст. Об этом журналистам заявил Дмитрий Песков.", "Dmitry Peskov", "Москва пока не получала текст"},
		{"uk", "Москва ще не отримала текст. Про це журналістам заявив Дмитро Пєсков.", "Dmitry Peskov", "Москва ще не отримала текст"},
	}
	for _, tc := range tests {
		checkStatementContains(t, tc.lang, tc.sentence, tc.speaker, tc.said)
	}
}
