package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// stmt is the part of a Statement these tests check; text is a prefix.
type stmt struct {
	speaker, role string
	direct        bool
	text          string
}

func (s stmt) String() string {
	return fmt.Sprintf("{%s | %s | direct=%v | %s}", s.speaker, s.role, s.direct, s.text)
}

func statementsOf(t *testing.T, body string) []Statement {
	t.Helper()
	d, err := Parse([]byte(body), ParseOptions{Name: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	return d.Statements
}

func TestStatementPatterns(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []stmt
	}{
		{"said that, role stripped",
			"US Secretary of State Marco Rubio said that the talks were useful.",
			[]stmt{{"Marco Rubio", "US Secretary of State", false, "the talks were useful"}}},
		{"told an audience that",
			"Ukrainian President Volodymyr Zelensky told Swedish lawmakers that this is a critical moment.",
			[]stmt{{"Volodymyr Zelensky", "Ukrainian President", false, "this is a critical moment"}}},
		{"short name resolves to the full name",
			"Kremlin spokesman Dmitry Peskov said Russia was not briefed. Later Peskov added that Moscow would wait.",
			[]stmt{{"Dmitry Peskov", "Kremlin spokesman", false, "Russia was not briefed"}, {"Dmitry Peskov", "Kremlin spokesman", false, "Moscow would wait"}}},
		{"spelling variants are one speaker",
			"Zelenskyy said the army will not shrink. Zelenskiy warned that winter is coming. Volodymyr Zelensky insisted that talks continue.",
			[]stmt{{"Volodymyr Zelensky", "", false, "the army"}, {"Volodymyr Zelensky", "", false, "winter"}, {"Volodymyr Zelensky", "", false, "talks continue"}}},
		{"he resolves to the last person",
			"Anton Reyes, the chief negotiator, said the text was ready. He added that signatures could follow.",
			[]stmt{{"Anton Reyes", "chief negotiator", false, "the text"}, {"Anton Reyes", "chief negotiator", false, "signatures"}}},
		{"she skips a male speaker",
			"Kaja Kallas said Europe must be involved. Then Marco Rubio said the draft was American. She stressed that Europe would not be bypassed.",
			[]stmt{{"Kaja Kallas", "", false, "Europe must"}, {"Marco Rubio", "", false, "the draft"}, {"Kaja Kallas", "", false, "Europe would not"}}},
		{"they resolves to the last group",
			"European leaders stressed that issues remain. They also insisted that Europe must have a role.",
			[]stmt{{"European leaders", "", false, "issues remain"}, {"European leaders", "", false, "Europe must"}}},
		{"group with members",
			"Nordic leaders, including Finland’s President Alexander Stubb and Sweden's Prime Minister Ulf Kristersson, welcomed the talks.",
			[]stmt{{"Nordic leaders", "including Alexander Stubb (Finland’s President), Ulf Kristersson (Sweden's Prime Minister)", false, "welcomed the talks"}}},
		{"body",
			"The State Department reiterated that the plan was written in Washington.",
			[]stmt{{"State Department", "", false, "the plan was written"}}},
		{"it resolves to the last body",
			"The Kremlin said it had seen no text. It added that it would not comment further.",
			[]stmt{{"Kremlin", "", false, "it had seen"}, {"Kremlin", "", false, "it would not"}}},
		{"according to, leading",
			"According to Dmitry Peskov, no meeting is planned.",
			[]stmt{{"Dmitry Peskov", "", false, "no meeting is planned"}}},
		{"according to, trailing",
			"No meeting is planned this week, according to the Kremlin.",
			[]stmt{{"Kremlin", "", false, "No meeting is planned this week"}}},
		{"anonymous source is not a speaker",
			"According to a senior official, talks will resume.",
			nil},
		{"direct quote then attribution",
			"“We made progress,” Rubio said.",
			[]stmt{{"Marco Rubio", "", true, "We made progress"}}},
		{"inverted attribution with appositive",
			"\"We have not been briefed,\" said Dmitry Peskov, the Kremlin spokesman.",
			[]stmt{{"Dmitry Peskov", "Kremlin spokesman", true, "We have not been briefed"}}},
		{"colon then quote",
			"Lena Ortiz, a spokeswoman for the delegation, said: “The door remains open.”",
			[]stmt{{"Lena Ortiz", "spokeswoman for the delegation", true, "The door remains open"}}},
		{"quote continues in the next sentence",
			"“Nothing is agreed,” said Marta Kovalenko. “Our red lines stand.”",
			[]stmt{{"Marta Kovalenko", "", true, "Nothing is agreed"}, {"Marta Kovalenko", "", true, "Our red lines stand"}}},
		{"adding that after a quote",
			"“We wait,” Peskov said, adding that Moscow would study the text.",
			[]stmt{{"Dmitry Peskov", "", true, "We wait"}, {"Dmitry Peskov", "", false, "Moscow would study"}}},
		{"verbs that keep their object",
			"Trump previously pressured Ukraine to accept the deal, but later clarified that it was not final.",
			[]stmt{{"Donald Trump", "", false, "pressured Ukraine to accept the deal, but later clarified"}}},
		{"denial inside a subordinate clause",
			"Reports suggest a second draft exists, though US Secretary Rubio denied knowledge of it.",
			[]stmt{{"Marco Rubio", "US Secretary", false, "Reports suggest a second draft exists, though US Secretary Rubio denied knowledge of it"}}},
		{"compound parties and a joint statement",
			"The United States and Ukraine announced on Sunday that a framework was ready. According to a joint statement, the talks were productive.",
			[]stmt{{"United States and Ukraine", "", false, "a framework was ready"}, {"United States and Ukraine", "joint statement", false, "the talks were productive"}}},
		{"participle clause",
			"Vladimir Putin, speaking in Bishkek, said the text could be a basis for a settlement.",
			[]stmt{{"Vladimir Putin", "", false, "the text could be a basis"}}},
		{"role, then name",
			"The EU's top diplomat, Kaja Kallas, said Europe must be at the table.",
			[]stmt{{"Kaja Kallas", "EU's top diplomat", false, "Europe must be"}}},
		{"colon after an adverbial",
			"Russian Foreign Minister Sergei Lavrov said on Monday: “We have seen no text.”",
			[]stmt{{"Sergei Lavrov", "Russian Foreign Minister", true, "We have seen no text"}}},
		{"both is not part of the name",
			"Both Rubio and Yermak said the meeting was useful.",
			[]stmt{{"Marco Rubio and Andriy Yermak", "", false, "the meeting was useful"}}},
		{"attribution at the end",
			"The talks will continue on Monday, Peskov said.",
			[]stmt{{"Dmitry Peskov", "", false, "The talks will continue on Monday"}}},
		{"inverted attribution at the end",
			"The talks will continue, said Dmitry Peskov, the Kremlin spokesman.",
			[]stmt{{"Dmitry Peskov", "Kremlin spokesman", false, "The talks will continue"}}},
		{"unnamed official at the end",
			"The talks will continue, the official said.",
			nil},
		{"the role stands for the person",
			"Ukrainian President Volodymyr Zelensky said the talks were hard. “We will not betray Ukraine,” the president said. Then the spokesman said nothing.",
			[]stmt{{"Volodymyr Zelensky", "Ukrainian President", false, "the talks"}, {"Volodymyr Zelensky", "Ukrainian President", true, "We will not betray Ukraine"}}},
		{"quote interrupted by its attribution",
			"“We are ready,” he said, “but not at any price.” Ilse Marr said so.",
			nil},
		{"quote interrupted by its attribution, resolved",
			"Ilse Marr, a negotiator, said the talks were hard. “We are ready,” she said, “but not at any price.”",
			[]stmt{{"Ilse Marr", "negotiator", false, "the talks"}, {"Ilse Marr", "negotiator", true, "We are ready but not at any price"}}},
		{"it is not a document",
			"The Kremlin said it had seen no text.\nThe draft was leaked on Thursday. It said Ukraine would cede land.",
			[]stmt{{"Kremlin", "", false, "it had seen"}}},
		{"he too far back",
			"Marco Rubio said talks went well.\nA.\nB.\nC.\nD.\nE.\nHe said the plan was ready.",
			[]stmt{{"Marco Rubio", "", false, "talks went well"}}},
		{"transcript label",
			"SECRETARY RUBIO: We are closer than ever.\nQ: When will you sign?\nRUBIO: Soon.",
			[]stmt{{"Marco Rubio", "Secretary", true, "We are closer"}, {"Marco Rubio", "Secretary", true, "Soon"}}},
		{"dateline with a colon is not a speaker",
			"KYIV: The city was quiet on Monday.",
			nil},
		{"headline with a colon is not a quote",
			"Zelensky: A Critical Moment for Ukraine\nThe talks went on.",
			nil},
		{"reports and analysts are not speakers",
			"Reports suggested that a deal is near. Analysts said the plan favours Moscow.",
			nil},
		{"lone unknown word is not a name",
			"Several European states said the plan leaned towards Russia.",
			nil},
		{"unrelated verbs are not speech",
			"Russia would be expected not to invade neighbouring countries.",
			nil},
		// issue 12: role nouns, pronouns, continuations
		{"role noun refers back",
			"Daniel Whitcombe, the US ambassador to the OSCE, said talks had moved on. The official clarified that nothing would be published.",
			[]stmt{{"Daniel Whitcombe", "US ambassador to the OSCE", false, "talks had moved on"}, {"Daniel Whitcombe", "US ambassador to the OSCE", false, "nothing would be published"}}},
		{"pronoun and according to her",
			"Ilze Kalnina, Latvia's ambassador to NATO, said the alliance was not consulted.\n\nShe emphasized that the flank would be exposed.\n\nAccording to her, the plan is a serious attempt.",
			[]stmt{{"Ilze Kalnina", "Latvia's ambassador to NATO", false, "the alliance was not consulted"}, {"Ilze Kalnina", "Latvia's ambassador to NATO", false, "the flank would be exposed"}, {"Ilze Kalnina", "Latvia's ambassador to NATO", false, "the plan is a serious attempt"}}},
		{"continued that, surname named in full elsewhere",
			"Mykola Daniliuk sat down with us.\n\nDaniliuk continued that parliament would ratify any deal.",
			[]stmt{{"Mykola Daniliuk", "", false, "parliament would ratify any deal"}}},
		{"quotation over two paragraphs",
			"\"We will not trade territory,\" Rustem Umerov said. \"That line has not moved.\n\n\"What can move is the sequence.\"",
			// one quotation over two paragraphs is one statement (runon.go)
			[]stmt{{"Rustem Umerov", "", true, "We will not trade territory"}, {"Rustem Umerov", "", true, "That line has not moved.\nWhat can move is the sequence"}}},
		// outlets are where it was reported
		{"quoted by an outlet",
			"Senator Rachel Oduya was quoted by The Washington Post as saying that the framework rewards aggression.",
			[]stmt{{"Rachel Oduya", "Senator", false, "the framework rewards aggression"}}},
		{"an outlet reporting is not a speaker",
			"The Wall Street Journal reported that the envoys had shortened the document.", nil},
		// channels
		{"in a post on Telegram",
			"In a post on Telegram, Andriy Yermak wrote that the delegation would report in the evening.",
			[]stmt{{"Andriy Yermak", "", false, "the delegation would report in the evening"}}},
		{"expressed being",
			"Dutch foreign minister Pieter van Leeuwen expressed being \"very optimistic\" about the next round.",
			[]stmt{{"Pieter van Leeuwen", "Dutch foreign minister", false, "expressed being"}}},
		// quotation marks of other languages, name variants
		{"guillemets and Cyrillic name",
			"«Мы видели лишь сообщения в прессе», - сказал Песков.",
			[]stmt{{"Dmitry Peskov", "", true, "Мы видели лишь сообщения в прессе"}}},
		{"German quotation marks and variant",
			"„Wir werden ruhig arbeiten“, sagte Selenskyj.",
			[]stmt{{"Volodymyr Zelensky", "", true, "Wir werden ruhig arbeiten"}}},
		{"French inverted attribution",
			"« Rien sans l'Ukraine », a déclaré le chancelier allemand Friedrich Merz.",
			[]stmt{{"Friedrich Merz", "chancelier allemand", true, "Rien sans l'Ukraine"}}},
		{"headline quote",
			"Zelensky: \"There are signals that the team is hearing us.\"",
			[]stmt{{"Volodymyr Zelensky", "", true, "There are signals"}}},
		{"according to him, in Ukrainian",
			"Андрій Єрмак повідомив, що делегація прибула.\n\nЗа його словами, зустріч запланована на неділю.",
			[]stmt{{"Andriy Yermak", "", false, "делегація прибула"}, {"Andriy Yermak", "", false, "зустріч запланована на неділю"}}},
		// unnamed sources
		{"unnamed official with a relative clause",
			"A Ukrainian official close to the talks, who asked not to be named, said territory was left to the presidents.",
			[]stmt{{"unnamed source", "Ukrainian official close to the talks", false, "territory was left to the presidents"}}},
		{"trailing unnamed attribution",
			"The talks will resume on Monday, a senior official said.",
			[]stmt{{"unnamed source", "senior official", false, "The talks will resume on Monday"}}},
		{"quotation by an unnamed official",
			"\"We are ready,\" a Kremlin official told reporters.",
			[]stmt{{"unnamed source", "Kremlin official", true, "We are ready"}}},
		{"a spokesperson for a body, trailing",
			"The government has not received the text, a spokesperson for the Foreign Office told TASS.",
			[]stmt{{"Foreign Office", "spokesperson", false, "The government has not received the text"}}},
		{"inverted verb, addressee, title and Cyrillic name",
			"Москва не получила текст, заявил журналистам пресс-секретарь президента Дмитрий Песков.",
			[]stmt{{"Dmitry Peskov", "пресс-секретарь президента", false, "Москва не получила текст"}}},
		{"opinion verb, then a pronoun after a quote",
			"Политолог Игорь Белозёров считает, что текст готовили наспех. «Сроков там нет», — сказал он.",
			[]stmt{{"Игорь Белозёров", "Политолог", false, "текст готовили наспех"}, {"Игорь Белозёров", "Политолог", true, "Сроков там нет"}}},
		{"Italian act verb, then a dropped subject behind an adverb",
			"Il consigliere del ministro Franco Deltri ha definito l'incontro utile. Ha però precisato che nessun accordo è vicino.",
			[]stmt{{"Franco Deltri", "consigliere del ministro", false, "ha definito l'incontro utile"}, {"Franco Deltri", "consigliere del ministro", false, "nessun accordo è vicino"}}},
		{"Polish: a title's lower-case complement, a feminine verb the lexicon lists only as masculine",
			"Wiceminister rolnictwa Ewa Karpiel zwróciła uwagę, że zboże musi płynąć.",
			[]stmt{{"Ewa Karpiel", "Wiceminister rolnictwa", false, "zboże musi płynąć"}}},
		{"trailing attribution: addressee and a long place phrase are not what was said",
			"The text could be a basis for talks, President Ivo Tamm told reporters at the end of his visit to the port city.",
			[]stmt{{"Ivo Tamm", "President", false, "The text could be a basis for talks"}}},
		{"unnamed sources: one of them, then he, and a second one",
			"Делегації змінили кілька положень. Про це розповіли два співрозмовники, обізнані з переговорами. За словами одного з них, ліміт зняли. «Це можна обговорювати», — сказав він. Другий співрозмовник повідомив, що дату не визначили.",
			[]stmt{{"unnamed source", "два співрозмовники обізнані з переговорами", false, "Делегації змінили"}, {"unnamed source", "два співрозмовники обізнані з переговорами", false, "ліміт зняли"}, {"unnamed source", "два співрозмовники обізнані з переговорами", true, "Це можна обговорювати"}, {"unnamed source", "Другий співрозмовник", false, "дату не визначили"}}},
		{"according to a pronoun with no comma after it",
			"Ekspertka Maria Dąb powiedziała, że plan jest zły. Według niej o Ukrainie nie można decydować bez Europy.",
			[]stmt{{"Maria Dąb", "Ekspertka", false, "plan jest zły"}, {"Maria Dąb", "Ekspertka", false, "o Ukrainie nie można decydować bez Europy"}}},
		{"a spokesperson not named, opening a sentence without an article",
			"Rzecznik rządu zapowiedział, że premier zadzwoni w niedzielę.",
			[]stmt{{"unnamed source", "Rzecznik rządu", false, "premier zadzwoni w niedzielę"}}},
		{"a role given in a sentence saying who someone is",
			"Jeanne Marest a été ambassadrice de France en Lettonie puis conseillère à Bruxelles. Elle suit le dossier.\n\nJeanne Marest : Beaucoup de bruit, peu de texte.",
			[]stmt{{"Jeanne Marest", "ambassadrice de France en Lettonie", true, "Beaucoup de bruit"}}},
		{"no role from a description without a title",
			"Karl Mendt was in Geneva all week. Karl Mendt said the text was short.",
			[]stmt{{"Karl Mendt", "", false, "the text was short"}}},
		{"German: an unnamed spokesman, and indirect speech going on in the Konjunktiv",
			"Ein Sprecher des Innenministeriums sagte am Montag, man prüfe den Entwurf. Eine Entscheidung werde erst nach Ostern fallen. Das Wetter bleibt kalt.",
			[]stmt{{"unnamed source", "Sprecher des Innenministeriums", false, "man prüfe den Entwurf"}, {"unnamed source", "Sprecher des Innenministeriums", false, "Eine Entscheidung werde erst nach Ostern fallen"}}},
		{"an inverted attribution followed by a colon and more of what was said",
			"Der Abgeordnete Tom Rieger sprach lange. Der Plan sei schwach, sagte Rieger: Niemand könne ihn so unterschreiben.",
			[]stmt{{"Tom Rieger", "Abgeordnete", false, "Der Plan sei schwach, sagte Rieger: Niemand könne ihn so unterschreiben"}}},
		{"a group somewhere, a title with its own prepositions, an outlet as addressee",
			"Western officials in Vienna said they expected delays. The plan is moving, Special Envoy for Trade and Energy Lena Okafor told TASS on Monday.",
			[]stmt{{"Western officials", "", false, "they expected delays"}, {"Lena Okafor", "Special Envoy for Trade and Energy", false, "The plan is moving"}}},
		{"back-reference nouns and whose view a sentence gives",
			"Spokeswoman Daria Lenk wrote that the talks were over. The diplomat noted that nothing was signed. In her view, the text needs work.",
			[]stmt{{"Daria Lenk", "Spokeswoman", false, "the talks were over"}, {"Daria Lenk", "Spokeswoman", false, "nothing was signed"}, {"Daria Lenk", "Spokeswoman", false, "the text needs work"}}},
		{"a body with a parenthetical, reporting",
			"The Defence Ministry, meanwhile, reported the capture of a village.",
			[]stmt{{"Defence Ministry", "", false, "reported the capture of a village"}}},
		{"live blog: time stamps, a label with a channel and a quote followed by more, a title with its complement referring back",
			"**ore 14:02** – Peskov: «Non abbiamo ricevuto alcun testo». Il portavoce del Cremlino ha aggiunto che Mosca non commenterà.\n\n**ore 15:40** – Zelensky su Telegram: «Nessuno tradirà gli interessi dell'Ucraina».",
			[]stmt{{"Dmitry Peskov", "portavoce del Cremlino", true, "Non abbiamo ricevuto alcun testo"}, {"Dmitry Peskov", "portavoce del Cremlino", false, "Mosca non commenterà"}, {"Volodymyr Zelensky", "", true, "Nessuno tradirà"}}},
		{"participle clauses in other languages, present-tense speech verbs",
			"La premier Carla Ventri, parlando a margine del vertice, ha detto che il piano va cambiato. Il nostro inviato, Marco Lenti, racconta che i toni sono distesi.",
			[]stmt{{"Carla Ventri", "premier", false, "il piano va cambiato"}, {"Marco Lenti", "nostro inviato", false, "i toni sono distesi"}}},
		{"a person before their institution, in three languages; a title's own 'of'",
			"L'analista Giulia Ferri dell'Istituto di Studi Adriatici osserva che il testo è corto. Anna Weber vom Institut für Sicherheit sagte, der Plan sei schwach. Nina Hald of the Nordic Institute said the plan was weak. Prime Minister of Poland Donald Tusk said the text was new.",
			[]stmt{{"Giulia Ferri", "analista", false, "il testo è corto"}, {"Anna Weber", "Institut für Sicherheit", false, "der Plan sei schwach"}, {"Nina Hald", "of the Nordic Institute", false, "the plan was weak"}, {"Donald Tusk", "Prime Minister of Poland", false, "the text was new"}}},
		{"an interview printed as bare questions, its guest introduced by who they are",
			"Claire Vanel est chercheuse à l'Institut de Lyon. Elle revient pour nous sur le plan.\n\nQue retenez-vous du plan ?\n\nIl fige la ligne de front.\n\nEt la suite ?\n\nJe ne crois pas à un accord avant Noël.",
			[]stmt{{"Claire Vanel", "chercheuse à l'Institut de Lyon", true, "Il fige la ligne de front"}, {"Claire Vanel", "chercheuse à l'Institut de Lyon", true, "Je ne crois pas"}}},
		{"a lone rhetorical question is not an interview",
			"Will the plan hold?\n\nNobody in Kyiv knows yet.",
			nil},
		{"an interview's guest named in the title",
			"---\ntitle: \"Entretien avec Paul Ardent\"\n---\nLe plan divise les Européens.\n\nQue pensez-vous du texte ?\n\nIl est trop vague.\n\nEt Moscou ?\n\nMoscou attend.",
			[]stmt{{"Paul Ardent", "", true, "Il est trop vague"}, {"Paul Ardent", "", true, "Moscou attend"}}},
		{"Polish dialogue: a quote over several sentences after a dash, its attribution after the closing dash",
			"Premier Jan Kowal powiedział, że plan jest zły. Jak zaznaczył, Polska nie będzie przeszkadzać. – Nie chodzi o prestiż. Chodzi o region – dodał.",
			[]stmt{{"Jan Kowal", "Premier", false, "plan jest zły"}, {"Jan Kowal", "Premier", false, "Polska nie będzie przeszkadzać"}, {"Jan Kowal", "Premier", true, "Nie chodzi o prestiż. Chodzi o region"}}},
		// according.go: the addressee is the whole phrase between the verb
		// and the comma; this once indexed an empty subject and panicked
		{"an 'as' clause with only an addressee: the speaker before goes on, in three languages",
			"Пресс-секретарь Кремля Дмитрий Песков заявил, что переговоры идут. Как сообщил журналистам, встреча пройдет в Москве.\n\nСекретар РНБО Рустем Умєров повідомив, що делегація прибула. Як повідомив журналістам, переговори триватимуть два дні.\n\nPremier Jan Kowal powiedział, że plan jest zły. Jak powiedział dziennikarzom, rozmowy potrwają tydzień.",
			[]stmt{{"Dmitry Peskov", "Пресс-секретарь Кремля", false, "переговоры идут"}, {"Dmitry Peskov", "Пресс-секретарь Кремля", false, "встреча пройдет в Москве"}, {"Rustem Umerov", "Секретар РНБО", false, "делегація прибула"}, {"Rustem Umerov", "Секретар РНБО", false, "переговори триватимуть два дні"}, {"Jan Kowal", "Premier", false, "plan jest zły"}, {"Jan Kowal", "Premier", false, "rozmowy potrwają tydzień"}}},
		{"a person named with a title, later found by the title alone",
			"W konferencji uczestniczył wiceminister obrony narodowej Adam Rek. Wiceminister poinformował, że resort przygotowuje analizę.",
			[]stmt{{"Adam Rek", "wiceminister obrony narodowej", false, "resort przygotowuje analizę"}}},
		{"a verb or pronoun with no subject refers to the person the sentence before was about",
			"Lucía Arrieta, investigadora del Centro de Valencia, cree que el plan fallará. Arrieta no espera un acuerdo rápido. «Es el principio de la negociación», advierte.\n\nSecurity Council Secretary Rustem Umerov, who led the delegation, did not comment on details. In his post he wrote that the delegations reached an understanding.",
			[]stmt{{"Lucía Arrieta", "investigadora del Centro de Valencia", false, "el plan fallará"}, {"Lucía Arrieta", "investigadora del Centro de Valencia", true, "Es el principio"}, {"Rustem Umerov", "Security Council Secretary", false, "the delegations reached an understanding"}}},
		{"Spanish: a view phrase with articles, a summary verb with a colon, a reflexive before an auxiliary",
			"La analista Marta Gil dijo que el texto es corto. A juicio de la analista, Washington cederá. La jefa de la diplomacia europea, Kaja Kallas, lo resumió así ante los ministros: hacen falta los europeos. Su portavoz, Dmitri Peskov, se limitó a decir que Moscú no ha recibido nada.",
			[]stmt{{"Marta Gil", "analista", false, "el texto es corto"}, {"Marta Gil", "analista", false, "Washington cederá"}, {"Kaja Kallas", "jefa de la diplomacia europea", false, "hacen falta los europeos"}, {"Dmitry Peskov", "Su portavoz", false, "Moscú no ha recibido nada"}}},
		{"Ukrinform style: the statement first, then who said it with the speaker before the verb; a relative clause; a source going on",
			"Позиції можна зблизити. Про це Президент України Володимир Зеленський заявив у вечірньому зверненні.\n\nСекретар РНБО Рустем Умєров, який очолював делегацію, повідомив, що сторони погодили текст.\n\nДжерело в Офісі Президента розповіло, що можлива поїздка. Водночас співрозмовник застеріг, що дата ще не визначена.",
			[]stmt{{"Volodymyr Zelensky", "Президент України", false, "Позиції можна зблизити"}, {"Rustem Umerov", "Секретар РНБО", false, "сторони погодили текст"}, {"unnamed source", "Джерело в Офісі Президента", false, "можлива поїздка"}, {"unnamed source", "Джерело в Офісі Президента", false, "дата ще не визначена"}}},
		{"an appositive, then a channel with an outlet, before the verb",
			"Народна депутатка Ірина Кравець, членкиня комітету, у коментарі Укрінформу зазначила, що текст слабкий.",
			[]stmt{{"Ірина Кравець", "Народна депутатка, членкиня комітету", false, "текст слабкий"}}},
		{"a Telegram digest: a time on its own line, a label, a title in another case, a view phrase inside the sentence",
			"10:12\nПесков: «Официально мы никакого текста пока не получали». По словам пресс-секретаря президента, Кремль не будет комментировать утечки.\n\n11:30\nПомощник президента Юрий Ушаков заявил, что часть положений приемлема. Европейский вариант, по его словам, «совершенно неконструктивный».",
			[]stmt{{"Dmitry Peskov", "пресс-секретарь президента", true, "Официально мы никакого текста"}, {"Dmitry Peskov", "пресс-секретарь президента", false, "Кремль не будет комментировать утечки"}, {"Yuri Ushakov", "Помощник президента", false, "часть положений приемлема"}, {"Yuri Ushakov", "Помощник президента", false, "Европейский вариант, по его словам, «совершенно неконструктивный»"}}},
		// the correspondent is the broadcaster's own: her turn is no
		// statement, what she relays is its speaker's (floor.go)
		{"a TV transcript: name and title labels, a clip marker, others quoted inside a correspondent's turn",
			"HOST: Good evening.\n\nMARCO RUBIO, SECRETARY OF STATE (clip): We have made tremendous progress.\n\nDANA WHITFIELD, CORRESPONDENT: Silence, mostly. The Kremlin says it has received nothing official.\n\nHOST: Thank you.",
			[]stmt{{"Marco Rubio", "Secretary of State", true, "We have made tremendous progress"}, {"Kremlin", "", false, "it has received nothing official"}}},
		// labels.go: a title in capitals keeps its abbreviations ("U.S.",
		// not "U.s.") and its small words in lower case
		{"a transcript label's capitalised title with an abbreviation",
			"JOANNA VEIRA, U.S. SPECIAL ENVOY FOR UKRAINE: We are not there yet.",
			[]stmt{{"Joanna Veira", "U.S. Special Envoy for Ukraine", true, "We are not there yet"}}},
		{"a 'that' inside what was said is not its start",
			"President Ivo Tamm said Ukraine would not accept anything that rewards the aggressor.",
			[]stmt{{"Ivo Tamm", "President", false, "Ukraine would not accept anything that rewards the aggressor"}}},
		{"a headline quote in the front matter's title, unless the body repeats it; an explainer's label is no speaker",
			"---\ntitle: 'Zelensky: \"Ukraine may face a hard choice\" and what the plan says'\n---\nPoint 7 of the U.S. draft: Ukraine writes into its constitution that it will not join NATO.",
			[]stmt{{"Volodymyr Zelensky", "", true, "Ukraine may face a hard choice"}}},
		{"an explainer's questions and answers are the publication's own, and what it quotes keeps its speakers",
			"What does the plan say?\n\nDonald Trump told reporters that Thursday was an appropriate deadline.\n\nIs it a done deal?\n\nFar from it, says Maria Kaso, a senior fellow at the Centre for Studies.",
			[]stmt{{"Donald Trump", "", false, "Thursday was an appropriate deadline"}, {"Maria Kaso", "senior fellow at the Centre for Studies", false, "Far from it"}}},
		{"a title for the person the sentence before was about; a name, a title and a relative clause",
			"Marco Rubio has pushed back at claims about the plan. The secretary of state said the document was written by the United States.\n\nKirill Dmitriev, head of the Russian Direct Investment Fund, who sat in on the talks, wrote on Telegram that the meeting had been productive.",
			[]stmt{{"Marco Rubio", "secretary of state", false, "the document was written by the United States"}, {"Kirill Dmitriev", "head of the Russian Direct Investment Fund", false, "the meeting had been productive"}}},
		{"Spanish sources going on: one of them, a view with no pronoun, a dropped subject after a quote",
			"Dos fuentes conocedoras aseguraron que el texto cambió. Una de ellas precisó que el borrador es más corto. Otro diplomático europeo reconoció que hay que ganar tiempo. «Nadie quiere romper con Trump», resumió.",
			[]stmt{{"unnamed source", "Dos fuentes conocedoras", false, "el texto cambió"}, {"unnamed source", "Dos fuentes conocedoras", false, "el borrador es más corto"}, {"unnamed source", "Otro diplomático europeo", false, "hay que ganar tiempo"}, {"unnamed source", "Otro diplomático europeo", true, "Nadie quiere romper con Trump"}}},
		{"links to other articles, photo credits and captions are not the article's statements",
			"Read more: Zelensky: \"We will not give up land\"\n\nЧитайте также: Песков: «Кремль не будет обсуждать план»\n\n© РИА Новости / Илья Петров\nПомощник президента Юрий Ушаков. Архивное фото\n\nDmitry Peskov said the talks would go on.",
			[]stmt{{"Dmitry Peskov", "", false, "the talks would go on"}}},
		{"the person 'with' whom the speaker met is not the speaker",
			"Помощник президента России Юрий Ушаков по итогам встречи со спецпосланником президента США Стивеном Уиткоффом заявил журналистам, что компромисс пока не найден.",
			[]stmt{{"Yuri Ushakov", "Помощник президента России", false, "компромисс пока не найден"}}},
		{"the journalist an interview's introduction names asks, and does not speak",
			"Gościem był dr Adam Lis. Rozmawiała Ewa Mróz.\n\nEwa Mróz: Czy plan jest dobry?\n\nAdam Lis: Nie, bo pisano go bez Europy.",
			[]stmt{{"Adam Lis", "", true, "Nie, bo pisano go bez Europy"}}},
		{"a news ticker's entry with a headline quote; an inverted attribution ending with whom it was told",
			"+++ 22:41 Selenskyj: „Weniger Punkte, aber die schwersten bleiben“ +++\n\nZwischen Washington und Kiew seien nur noch „eine Handvoll offene Fragen“ übrig, sagt Regierungssprecherin Karoline Leavitt dem Sender Fox News.",
			[]stmt{{"Volodymyr Zelensky", "", true, "Weniger Punkte, aber die schwersten bleiben"}, {"Karoline Leavitt", "Regierungssprecherin", false, "Zwischen Washington und Kiew seien nur noch „eine Handvoll offene Fragen“ übrig"}}},
		{"a dropped subject with an adverbial after the verb; a title and an adjective right after the person spoke",
			"Kaja Kallas insistió en que el plan necesita a Europa. «Tiene que contar con Europa», declaró a su llegada a una reunión.\n\nEmmanuel Macron reconoció que el texto contiene elementos útiles. El presidente francés subrayó que los activos los decidirán los europeos.",
			[]stmt{{"Kaja Kallas", "", false, "el plan necesita a Europa"}, {"Kaja Kallas", "", true, "Tiene que contar con Europa"}, {"Emmanuel Macron", "presidente francés", false, "el texto contiene elementos útiles"}, {"Emmanuel Macron", "presidente francés", false, "los activos los decidirán los europeos"}}},
		{"a quote with the publication's translation in brackets; a title with an elided article after the verb",
			"Opposition MP Serhiy Matviy was blunter. «Армія у 600 тисяч — це запрошення» [An army of 600,000 is an invitation], Matviy wrote on Telegram.\n\nL'ex ambasciatore Carlo Vendri ha parlato a lungo. «Il punto 3 chiede troppo», ha detto l'ambasciatore.",
			[]stmt{{"Serhiy Matviy", "Opposition MP", true, "Армія у 600 тисяч — це запрошення [An army of 600,000 is an invitation]"}, {"Carlo Vendri", "ex ambasciatore", true, "Il punto 3 chiede troppo"}}},
		{"inverted verb, unnamed source",
			"Переговоры продолжатся во вторник, сообщил источник, знакомый с ходом встречи.",
			[]stmt{{"unnamed source", "источник знакомый с ходом встречи", false, "Переговоры продолжатся во вторник"}}},
		{"named and unnamed in one sentence",
			"Marco Rubio told reporters that the meeting was productive, while a senior European diplomat said privately that questions were open.",
			[]stmt{{"Marco Rubio", "", false, "the meeting was productive"}, {"unnamed source", "senior European diplomat", false, "questions were open"}}},
		{"Spanish: según closing the sentence, a role noun referring back",
			"La portavoz del Ministerio, Carmen Olmedo, declaró que España no firmará nada sin Kiev. Los socios preparan un texto común, según Olmedo. «Queremos garantías», añadió la portavoz.",
			[]stmt{{"Carmen Olmedo", "portavoz del Ministerio", false, "España no firmará nada sin Kiev"}, {"Carmen Olmedo", "portavoz del Ministerio", false, "Los socios preparan un texto común"}, {"Carmen Olmedo", "portavoz del Ministerio", true, "Queremos garantías"}}},
		{"Spanish: a given name and two surnames after a title",
			"El diputado Javier Ruiz Cortés dijo que el Congreso debatirá el plan.",
			[]stmt{{"Javier Ruiz Cortés", "diputado", false, "el Congreso debatirá el plan"}}},
		{"Polish: case forms of a surname are one speaker, według without a comma",
			"Wiceminister Tomasz Zieliński powiedział we wtorek, że Polska chce udziału Europy. Zdaniem Zielińskiego, dokument wymaga zmian. Według Zielińskiego Polska poprze rozmowy.",
			[]stmt{{"Tomasz Zieliński", "Wiceminister", false, "Polska chce udziału Europy"}, {"Tomasz Zieliński", "Wiceminister", false, "dokument wymaga zmian"}, {"Tomasz Zieliński", "Wiceminister", false, "Polska poprze rozmowy"}}},
		{"Russian: as-clause and a sentence pointing back",
			"Как заявил замминистра Олег Баранов, Москва изучит предложения. Российская сторона не спешит. Об этом сообщил журналистам сенатор Виктор Лыков.",
			[]stmt{{"Олег Баранов", "замминистра", false, "Москва изучит предложения"}, {"Виктор Лыков", "сенатор", false, "Российская сторона не спешит"}}},
		{"Russian: an unnamed source opening with an adjective, a case form of a name",
			"Высокопоставленный чиновник, пожелавший остаться неназванным, сказал, что встреча пройдет в Абу-Даби. Депутат Игорь Семёнов заявил, что ждет текста. По словам Семёнова, контакты продолжатся.",
			[]stmt{{"unnamed source", "Высокопоставленный чиновник", false, "встреча пройдет в Абу-Даби"}, {"Игорь Семёнов", "Депутат", false, "ждет текста"}, {"Игорь Семёнов", "Депутат", false, "контакты продолжатся"}}},
		{"Italian: unnamed sources in the plural, come ha spiegato",
			"Fonti di Palazzo Chigi hanno riferito che la premier seguirà i colloqui. Il ministro Paolo Ranieri ha detto che l'Italia è pronta. Come ha spiegato Ranieri, nessun soldato partirà senza un voto.",
			[]stmt{{"unnamed source", "Fonti di Palazzo Chigi", false, "la premier seguirà i colloqui"}, {"Paolo Ranieri", "ministro", false, "l'Italia è pronta"}, {"Paolo Ranieri", "ministro", false, "nessun soldato partirà"}}},
		{"Ukrainian: sources by data, a genitive surname",
			"Речник МЗС Олег Коваленко заявив, що Київ готовий. За словами Коваленка, делегації зустрінуться в Женеві. За даними джерел, раунд відбудеться у грудні.",
			[]stmt{{"Олег Коваленко", "Речник МЗС", false, "Київ готовий"}, {"Олег Коваленко", "Речник МЗС", false, "делегації зустрінуться в Женеві"}, {"unnamed source", "джерел", false, "раунд відбудеться у грудні"}}},
		{"Italian: an auxiliary opens the inverted attribution",
			"L'incontro si terrà a Ginevra, ha riferito una fonte diplomatica. La riunione è fissata per lunedì, ha detto il ministro Paolo Ranieri.",
			[]stmt{{"unnamed source", "fonte diplomatica", false, "L'incontro si terrà a Ginevra"}, {"Paolo Ranieri", "ministro", false, "La riunione è fissata per lunedì"}}},
		{"Spanish: a title, then the name closing the sentence",
			"«Seguiremos trabajando», ha asegurado la ministra de Defensa, Margarita Robles.",
			[]stmt{{"Margarita Robles", "ministra de Defensa", true, "Seguiremos trabajando"}}},
		{"Russian: the outlet of an interview is no speaker",
			"Секретарь Совбеза Сергей Шойгу в интервью РИА Новости заявил, что Россия готова.",
			[]stmt{{"Сергей Шойгу", "Секретарь Совбеза", false, "Россия готова"}}},
		{"Ukrainian and Polish: a neuter source",
			"Делегації зустрінуться в суботу, повідомило джерело в Офісі президента. Spotkanie odbędzie się w sobotę, poinformowało źródło w rządzie.",
			[]stmt{{"unnamed source", "джерело в Офісі президента", false, "Делегації зустрінуться в суботу"}, {"unnamed source", "źródło w rządzie", false, "Spotkanie odbędzie się w sobotę"}}},
		{"the subject left out or a pronoun after the verb",
			"Wiceminister Tomasz Zieliński powiedział, że Polska chce udziału Europy. „Nie zaakceptujemy dyktatu” – dodał. Dodał też, że rozmowy potrwają tygodniami.",
			[]stmt{{"Tomasz Zieliński", "Wiceminister", false, "Polska chce udziału Europy"}, {"Tomasz Zieliński", "Wiceminister", true, "Nie zaakceptujemy dyktatu"}, {"Tomasz Zieliński", "Wiceminister", false, "rozmowy potrwają tygodniami"}}},
		{"Russian: a pronoun after the verb, an adverb before a pronoun",
			"Депутат Игорь Семёнов заявил, что Москва ждет текста. «Спешить некуда», — добавил он. Также он отметил, что контакты продолжатся.",
			[]stmt{{"Игорь Семёнов", "Депутат", false, "Москва ждет текста"}, {"Игорь Семёнов", "Депутат", true, "Спешить некуда"}, {"Игорь Семёнов", "Депутат", false, "контакты продолжатся"}}},
		{"a woman's verb does not go to the man who spoke last",
			"Депутат Игорь Семёнов заявил, что Москва ждет текста. «Спешить некуда», — добавила.",
			[]stmt{{"Игорь Семёнов", "Депутат", false, "Москва ждет текста"}}},
		{"the gender a verb shows guides a later pronoun",
			"Депутат Игорь Семёнов заявил, что Москва ждет текста. Представитель МИД Анна Климова заявила, что текст не получен. «Спешить некуда», — добавил он.",
			[]stmt{{"Игорь Семёнов", "Депутат", false, "Москва ждет текста"}, {"Анна Климова", "Представитель МИД", false, "текст не получен"}, {"Игорь Семёнов", "Депутат", true, "Спешить некуда"}}},
		{"Spanish dialogue dash",
			"El ministro Paolo Ranieri dijo que Italia está lista.\n\n—Estamos preparados —dijo el ministro Ranieri.",
			[]stmt{{"Paolo Ranieri", "ministro", false, "Italia está lista"}, {"Paolo Ranieri", "ministro", true, "Estamos preparados"}}},
		{"Russian dialogue line read as a bullet",
			"Депутат Игорь Семёнов заявил, что Москва ждет текста.\n\n— Мы готовы к диалогу, — сказал Семёнов.\n\n— Переговоры продолжатся\n",
			[]stmt{{"Игорь Семёнов", "Депутат", false, "Москва ждет текста"}, {"Игорь Семёнов", "Депутат", true, "Мы готовы к диалогу"}}},
		{"case forms of a known name in full",
			"Według Wołodymyra Zełenskiego Ukraina nie odda ziemi. За словами Володимира Зеленського, Україна не відступить.",
			[]stmt{{"Volodymyr Zelensky", "", false, "Ukraina nie odda ziemi"}, {"Volodymyr Zelensky", "", false, "Україна не відступить"}}},
		{"a channel phrase between speaker and verb",
			"Президент Зеленский в вечернем обращении заявил, что Украина не предаст своих интересов. Зеленський у вечірньому зверненні заявив, що Україна не зрадить своїх інтересів.",
			[]stmt{{"Volodymyr Zelensky", "Президент", false, "Украина не предаст своих интересов"}, {"Volodymyr Zelensky", "Президент", false, "Україна не зрадить своїх інтересів"}}},
		{"a channel after an inverted name, a long according phrase",
			"\"Lavoriamo giorno e notte\", ha scritto Zelensky su Telegram. Secondo quanto ha riferito una fonte vicina al dossier, i colloqui riprenderanno domenica.",
			[]stmt{{"Volodymyr Zelensky", "", true, "Lavoriamo giorno e notte"}, {"unnamed source", "quanto ha riferito una fonte vicina al dossier", false, "i colloqui riprenderanno domenica"}}},
		{"an inverted attribution inside what was said",
			"Per il Cremlino, ha spiegato il portavoce Dmitry Peskov, il piano è una buona base per negoziare.",
			[]stmt{{"Dmitry Peskov", "portavoce", false, "Per il Cremlino, ha spiegato il portavoce Dmitry Peskov, il piano è una buona base per negoziare"}}},
		{"a relative clause after an inverted name is not what was said",
			"The talks will continue next week, said Dmitry Peskov, who spoke to reporters in Moscow on Monday.",
			[]stmt{{"Dmitry Peskov", "", false, "The talks will continue next week"}}},
		{"a reply verb taking only questions says nothing",
			"Pierre Delacour, ancien ambassadeur de France, a répondu à nos questions sur le plan.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := statementsOf(t, tt.body)
			var got []stmt
			for _, s := range sts {
				got = append(got, stmt{s.Speaker, s.Role, s.Direct, s.Text})
			}
			ok := len(got) == len(tt.want)
			for i := 0; ok && i < len(got); i++ {
				w := tt.want[i]
				g := got[i]
				ok = g.speaker == w.speaker && g.role == w.role && g.direct == w.direct && strings.HasPrefix(g.text, w.text)
			}
			if !ok {
				t.Errorf("statements:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestSeedRequirements checks, beyond the golden file, what the issue says
// the seed must yield: the seven leaked points and the listed statements.
func TestSeedRequirements(t *testing.T) {
	d := Seed()[0]
	if len(d.Provisions) != 7 {
		t.Errorf("seed has %d provisions, want the 7 leaked points", len(d.Provisions))
	}
	for _, p := range d.Provisions {
		if p.Plan != "US 28-point draft" {
			t.Errorf("provision %s plan %q", p.ID, p.Plan)
		}
	}
	want := []struct{ speaker, text string }{
		{"United States and Ukraine", "highly productive"},
		{"Marco Rubio", "tremendous amount of progress"},
		{"Marco Rubio", "optimistic"},
		{"Marco Rubio", "denied knowledge"},
		{"Dmitry Peskov", "not yet been briefed"},
		{"Volodymyr Zelensky", "critical moment"},
		{"Volodymyr Zelensky", "recognition of territories"},
		{"Volodymyr Zelensky", "POWs"},
		{"Volodymyr Zelensky", "signals"},
		{"Donald Trump", "pressured Ukraine"},
		{"Donald Trump", "not a final offer"},
		{"European leaders", "major issues remain unresolved"},
		{"European leaders", "decisive role"},
		{"State Department", "created by the US"},
	}
	for _, w := range want {
		found := false
		for _, s := range d.Statements {
			if s.Speaker == w.speaker && strings.Contains(s.Text, w.text) {
				found = true
				if s.Date != "2025-11-23" {
					t.Errorf("%s: date %q", s.ID, s.Date)
				}
			}
		}
		if !found {
			t.Errorf("no statement by %s containing %q", w.speaker, w.text)
		}
	}
	for _, s := range d.Statements {
		if s.Speaker == "European leaders" {
			for _, m := range []string{"Alexander Stubb", "Johann Wadephul", "Keir Starmer"} {
				if !strings.Contains(s.Role, m) {
					t.Errorf("European leaders statement %s: role %q does not list %s", s.ID, s.Role, m)
				}
			}
		}
		if s.Speaker == "Marco Rubio" && s.Role != "US Secretary of State" {
			t.Errorf("%s: Rubio role %q", s.ID, s.Role)
		}
	}
}

// TestReportedBy checks that the outlet a speaker talked to is kept as
// where the words were reported, and never becomes the speaker.
func TestReportedBy(t *testing.T) {
	tests := []struct{ body, speaker, outlet string }{
		{"Representative Glen Marsh told the Financial Times that he backed the economic provisions.", "Glen Marsh", "Financial Times"},
		{"Senator Rachel Oduya was quoted by The Washington Post as saying that the plan rewards aggression.", "Rachel Oduya", "The Washington Post"},
		{"Rustem Umerov said in an interview with Deutsche Welle that talks would go on.", "Rustem Umerov", "Deutsche Welle"},
		{"Rustem Umerov told reporters that talks would go on.", "Rustem Umerov", ""},
		{"Секретарь Совбеза Сергей Шойгу в интервью РИА Новости заявил, что Россия готова.", "Сергей Шойгу", "RIA Novosti"},
		{"Rustem Umerov im Interview mit Deutsche Welle sagte, die Gespräche gingen weiter.", "Rustem Umerov", "Deutsche Welle"},
	}
	for _, tt := range tests {
		sts := statementsOf(t, tt.body)
		if len(sts) != 1 || sts[0].Speaker != tt.speaker || sts[0].ReportedBy != tt.outlet {
			t.Errorf("%q: got %+v, want speaker %q reported by %q", tt.body, sts, tt.speaker, tt.outlet)
		}
	}
}

// TestStatementCategories covers the categories of failure read from the
// blind sets heldout-d to -f (issue 12), each in sentences of its own and,
// where the pattern exists in several, in more than one language.
func TestStatementCategories(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []stmt
	}{
		{"German: name after the verb, then the outlet in the dative",
			"Die SPD-Abgeordnete Ines Hartmann kritisiert den Entwurf. „Das ist ein Diktat und kein Frieden“, sagt Hartmann der „Nordpost“.",
			[]stmt{{"Ines Hartmann", "SPD-Abgeordnete", false, "kritisiert den Entwurf"}, {"Ines Hartmann", "SPD-Abgeordnete", true, "Das ist ein Diktat"}}}, // (an act in the present, as "criticised the draft": stop 47, predicate.go)
		{"German: the speaker and the addressee both after the verb",
			"„Wir prüfen jede Zeile“, sagte Sprecherin Lena Vogt dem Sender Arte.",
			[]stmt{{"Lena Vogt", "Sprecherin", true, "Wir prüfen jede Zeile"}}},
		{"German: a compound title before the name",
			"Bundesverteidigungsminister Karl Sommer betont, die Bundeswehr werde keine Truppen schicken.",
			[]stmt{{"Karl Sommer", "Bundesverteidigungsminister", false, "die Bundeswehr werde keine Truppen schicken"}}},
		{"German: an article and a capitalised title refer back",
			"Außenministerin Petra Lindner reiste am Morgen nach Brüssel. „Über Europa entscheidet Europa“, sagte die Ministerin in Brüssel.",
			[]stmt{{"Petra Lindner", "Außenministerin", true, "Über Europa entscheidet Europa"}}},
		{"German: a separable particle before what was said",
			"Der Abgeordnete Jonas Weber warnte vor Eile. Er fügte hinzu, der Bundestag müsse jeden Punkt prüfen.",
			[]stmt{{"Jonas Weber", "Abgeordnete", false, "warnte vor Eile"}, {"Jonas Weber", "Abgeordnete", false, "der Bundestag müsse jeden Punkt prüfen"}}},
		{"German: an unnamed compound source and an outlet in the dative",
			"Ein polnischer Regierungsvertreter, der anonym bleiben wollte, sagte der Nachrichtenagentur Reuters, der Text sei noch nicht fertig.",
			[]stmt{{"unnamed source", "polnischer Regierungsvertreter", false, "der Text sei noch nicht fertig"}}},
		{"English: a compound after a hyphen is not guessed from a closed word",
			"The text was under review, a spokesperson for the Foreign Office told TASS.",
			[]stmt{{"Foreign Office", "spokesperson", false, "The text was under review"}}},
		{"French: a pronoun inverted with the verb after a view opener",
			"Pour Sophie Marchal, politologue à l'université de Lyon, le texte est adroit. « Il copie la forme pour changer le fond », observe-t-elle.",
			[]stmt{{"Sophie Marchal", "politologue à l'université de Lyon", true, "Il copie la forme pour changer le fond"}}},
		{"Russian and Polish: an active participle clause between the speaker and the verb",
			"Помощник президента Олег Савин, участвовавший во встрече, заявил журналистам, что разговор был полезным. Wiceminister Jan Kowalski, uczestniczący w rozmowach, powiedział, że rozmowa była trudna.",
			[]stmt{{"Олег Савин", "Помощник президента", false, "разговор был полезным"}, {"Jan Kowalski", "Wiceminister", false, "rozmowa była trudna"}}},
		{"transcript: a cast line gives the label its title",
			"Department Press Briefing\n\nDaniel Okafor, Principal Deputy Spokesperson\n\nMR OKAFOR: The delegations left Geneva with an updated text.\n\nQUESTION: Is the army cap still there?\n\nMR OKAFOR: I will not go point by point through a document that is still moving.",
			[]stmt{{"Daniel Okafor", "Principal Deputy Spokesperson", true, "The delegations left Geneva"}, {"Daniel Okafor", "Principal Deputy Spokesperson", true, "I will not go point by point"}}},
		{"German transcript: a cast line with a one-word title",
			"Pressekonferenz im Kanzleramt\n\nMarkus Feldhoff, Regierungssprecher\n\nFELDHOFF: Wir kommentieren keine Entwürfe, die wir nur aus der Presse kennen.",
			[]stmt{{"Markus Feldhoff", "Regierungssprecher", true, "Wir kommentieren keine Entwürfe"}}},
		{"English and German transcripts: a cast line in a header block of short lines gives the label its title",
			"Department Press Briefing\n\nDaniel Okafor, Principal Deputy Spokesperson\nWashington, D.C.\n1:05 p.m. EST\n\nMR OKAFOR: The delegations left Geneva with an updated text.\n\nQUESTION: Is the army cap still there?\n\nMR OKAFOR: I will not go point by point.\n\n---\n\nPressekonferenz im Kanzleramt\n\nMarkus Feldhoff, Regierungssprecher\nBerlin, Bundespressekonferenz\n11:30 Uhr\n\nFELDHOFF: Wir kommentieren keine Entwürfe.",
			[]stmt{{"Daniel Okafor", "Principal Deputy Spokesperson", true, "The delegations left Geneva"}, {"Daniel Okafor", "Principal Deputy Spokesperson", true, "I will not go point by point"}, {"Markus Feldhoff", "Regierungssprecher", true, "Wir kommentieren keine Entwürfe"}}},
		{"English and German transcripts: a label starts its own turn without a blank line before it",
			"Daniel Okafor, Principal Deputy Spokesperson\n\nQUESTION: Is the army cap still there?\nMR OKAFOR: I will not go point by point.\n\nMarkus Feldhoff, Regierungssprecher\n\n**FRAGE:** Gibt es einen neuen Text?\n**FELDHOFF:** Wir kommentieren keine Entwürfe.",
			[]stmt{{"Daniel Okafor", "Principal Deputy Spokesperson", true, "I will not go point by point"}, {"Markus Feldhoff", "Regierungssprecher", true, "Wir kommentieren keine Entwürfe"}}},
		{"Spanish and English: what a document presented by someone sets out is not their statement",
			"Según el documento presentado por Carlos Vidal, el ejército tendrá 800.000 efectivos. Vidal afirmó que el texto es justo.\n\nAccording to the draft seen by Anna Kerr, the army would be capped at 600,000. Kerr said the text was unfair.",
			[]stmt{{"Carlos Vidal", "", false, "el texto es justo"}, {"Anna Kerr", "", false, "the text was unfair"}}},
		{"Spanish and Italian: a title, then the name set off by commas, in a sentence with no speech",
			"El presidente de Ucrania, Volodímir Zelenski, leyó el texto ante la prensa. Zelenski aseguró que habrá un referéndum.\n\nIl ministro degli Esteri, Paolo Greco, ha incontrato i colleghi. Greco ha detto che l'Italia è pronta.",
			[]stmt{{"Volodymyr Zelensky", "presidente de Ucrania", false, "habrá un referéndum"}, {"Paolo Greco", "ministro degli Esteri", false, "l'Italia è pronta"}}},
		{"German and Polish: a first name spelled another way before a known surname is the known person",
			"Wolodimir Selenskyj sagte, der Text sei kürzer geworden.\n\nWołodimir Zełenski powiedział, że tekst jest krótszy.",
			[]stmt{{"Volodymyr Zelensky", "", false, "der Text sei kürzer geworden"}, {"Volodymyr Zelensky", "", false, "tekst jest krótszy"}}},
		{"Ukrainian and Russian: a pronoun after the dash, then the outlet in quotation marks it spoke to",
			"Нардепка Галина Бондар вважає, що парламент має побачити текст. «Ми не можемо голосувати за документ», — зазначила вона в коментарі «Правді Київській».\n\nДепутат Анна Лисова считает, что текст слабый. «Мы не будем голосовать», — сказала она в интервью «Вестям».",
			[]stmt{{"Галина Бондар", "Нардепка", false, "парламент має побачити текст"}, {"Галина Бондар", "Нардепка", true, "Ми не можемо голосувати"}, {"Анна Лисова", "Депутат", false, "текст слабый"}, {"Анна Лисова", "Депутат", true, "Мы не будем голосовать"}}},
		{"English, German and French: unnamed people in a clause of their own, then a named speaker after the conjunction",
			"Negotiators in Geneva reportedly cut it to 19 points on Sunday, and Kremlin spokesman Dmitry Peskov said on Monday that the Kremlin had not been told.\n\nDiplomaten trafen sich am Freitag, und Außenministerin Anna Kern sagte, der Text sei fertig.\n\nDes diplomates se sont réunis vendredi, et le ministre Paul Girard a déclaré que le texte était prêt.",
			[]stmt{{"Dmitry Peskov", "Kremlin spokesman", false, "the Kremlin had not been told"}, {"Anna Kern", "Außenministerin", false, "der Text sei fertig"}, {"Paul Girard", "ministre", false, "le texte était prêt"}}},
		{"Spanish, English, German and Italian: a place after the title's preposition is no part of the name",
			"Por su parte, el exembajador español en Kiev Álvaro Sendín explicó que el referéndum es un arma de doble filo.\n\nFormer US ambassador to Kyiv John Tefft said the plan was weak.\n\nBotschafter in Kiew Hans Vogel sagte, der Plan sei schwach.\n\nL'ex ambasciatore a Mosca Marco Bassi ha detto che il piano è debole.",
			[]stmt{{"Álvaro Sendín", "exembajador español en Kiev", false, "el referéndum"}, {"John Tefft", "Former US ambassador to Kyiv", false, "the plan was weak"}, {"Hans Vogel", "Botschafter in Kiew", false, "der Plan sei schwach"}, {"Marco Bassi", "ex ambasciatore a Mosca", false, "il piano è debole"}}},
		{"Spanish, Polish and Ukrainian: verbs of qualifying and supposing, the same sources again, a dropped subject",
			"Fuentes diplomáticas europeas señalaron que el borrador fue revisado. Las mismas fuentes precisaron que Bruselas no ha dado su visto bueno.\n\nRozmówca PAP w ministerstwie przekazał, że dyplomaci byli informowani. Zastrzegł jednocześnie, że Polska nie uczestniczyła w rozmowach.\n\nІнший співрозмовник, знайомий з ходом консультацій, припустив, що кількість пунктів скоротиться.",
			[]stmt{{"unnamed source", "Fuentes diplomáticas europeas", false, "el borrador fue revisado"}, {"unnamed source", "Fuentes diplomáticas europeas", false, "Bruselas no ha dado"}, {"unnamed source", "Rozmówca PAP w ministerstwie", false, "dyplomaci byli informowani"}, {"unnamed source", "Rozmówca PAP w ministerstwie", false, "Polska nie uczestniczyła"}, {"unnamed source", "Інший співрозмовник", false, "кількість пунктів скоротиться"}}},
		{"Russian and Spanish: in the opinion of a person named before",
			"Политолог Глеб Ларионов обратил внимание на визит. По мнению Ларионова, следующая встреча может пройти в Абу-Даби.\n\nLa analista Rosa Gil, de la Universidad de Murcia, estudió el texto. En opinión de Gil, el acuerdo es frágil.",
			[]stmt{{"Глеб Ларионов", "Политолог", false, "следующая встреча может пройти"}, {"Rosa Gil", "analista", false, "el acuerdo es frágil"}}},
		{"Russian and Ukrainian: a pronoun after the dash, then the outlet in quotation marks with no preposition",
			"Депутат Госдумы Виктор Сизов считает, что позиция Москвы ясна. «Любой вариант обречен», — заявил он «Интерфаксу».\n\nНардеп Остап Гнатюк вважає, що текст слабкий. «Це приниження», — сказав він «Вечірньому Києву».",
			[]stmt{{"Виктор Сизов", "Депутат Госдумы", false, "позиция Москвы ясна"}, {"Виктор Сизов", "Депутат Госдумы", true, "Любой вариант обречен"}, {"Остап Гнатюк", "Нардеп", false, "текст слабкий"}, {"Остап Гнатюк", "Нардеп", true, "Це приниження"}}},
		{"French and Spanish: members of parliament and of the European Parliament are titles",
			"Le député européen Arnaud Vexin, membre de la commission des affaires étrangères, juge qu'il serait imprudent de rejeter le texte.\n\nLa eurodiputada Marta Ruiz afirmó que el texto es débil.",
			[]stmt{{"Arnaud Vexin", "député européen, membre de la commission des affaires étrangères", false, "il serait imprudent"}, {"Marta Ruiz", "eurodiputada", false, "el texto es débil"}}},
		{"Polish and Russian: a long title in the genitive before the name, part of it read as a title of its own",
			"Przewodniczący sejmowej komisji spraw zagranicznych Tadeusz Gawlik zapowiedział, że komisja zwróci się do MSZ.\n\nWiceprzewodnicząca senackiej komisji spraw zagranicznych Anna Kos powiedziała, że rząd milczy.\n\nЗаместитель председателя комитета по международным делам Олег Петров заявил, что текст изменен.",
			[]stmt{{"Tadeusz Gawlik", "Przewodniczący sejmowej komisji spraw zagranicznych", false, "komisja zwróci się"}, {"Anna Kos", "Wiceprzewodnicząca senackiej komisji spraw zagranicznych", false, "rząd milczy"}, {"Олег Петров", "Заместитель председателя комитета по международным делам", false, "текст изменен"}}},
		{"French and Polish: a place before an unnamed adviser and the clause of their anonymity; an English article is no place",
			"À Kiev, un conseiller de la présidence, qui a requis l'anonymat, affirme que l'Ukraine ne signera rien.\n\nW Kijowie, jeden z doradców prezydenta, który prosił o anonimowość, powiedział, że Ukraina nic nie podpisze.\n\nA White House official, speaking on condition of anonymity, said the deal was near.",
			[]stmt{{"unnamed source", "conseiller de la présidence", false, "l'Ukraine ne signera rien"}, {"unnamed source", "jeden z doradców prezydenta", false, "Ukraina nic nie podpisze"}, {"unnamed source", "White House official", false, "the deal was near"}}},
		{"Italian, Ukrainian and English: thanking someone is what was said, the verb kept (stop 47, predicate.go)",
			"Il presidente Zelensky ha ringraziato i partner europei per il sostegno.\n\nПрезидент Володимир Зеленський у вечірньому зверненні подякував команді.\n\nPresident Zelensky thanked the negotiating team for its work.",
			[]stmt{{"Volodymyr Zelensky", "presidente", false, "ha ringraziato i partner europei per il sostegno"}, {"Volodymyr Zelensky", "Президент", false, "подякував команді"}, {"Volodymyr Zelensky", "President", false, "thanked the negotiating team for its work"}}},
		{"Ukrainian and Russian: \"about this X wrote\" after X's own statement only says where",
			"Секретар РНБО Рустем Умєров заявив, що переговори завершилися значним прогресом.\n\nПро це Умєров написав у Telegram у неділю ввечері.\n\nПомощник президента Юрий Ушаков заявил, что встреча была полезной. Об этом Ушаков сообщил журналистам в Кремле.",
			[]stmt{{"Rustem Umerov", "Секретар РНБО", false, "переговори завершилися значним прогресом"}, {"Yuri Ushakov", "Помощник президента", false, "встреча была полезной"}}},
		{"English and French: a member of a body the report does not name is an unnamed source, and she refers back to them",
			"A Ukrainian member of the delegation, who insisted on anonymity, described the mood as tense. \"It is,\" she said, \"a real step away from the paper.\"\n\nUn membre de la délégation ukrainienne a affirmé que le texte avait changé.",
			[]stmt{{"unnamed source", "Ukrainian member of the delegation", false, "described the mood as tense"}, {"unnamed source", "Ukrainian member of the delegation", true, "It is a real step away from the paper"}, {"unnamed source", "membre de la délégation ukrainienne", false, "le texte avait changé"}}},
		{"Russian and Ukrainian: unnamed sources with the outlet in quotation marks, then the same source after the dash",
			"Источник, знакомый с ходом встречи, рассказал «Интерфаксу», что американская сторона передала новые формулировки. «Наибольшие расхождения остаются по Донбассу», — сообщил собеседник агентства.\n\nДжерело «Правди Київської» в українській делегації розповіло, що найбільше суперечок викликали пункти про територію. «Про територію ніхто не домовиться», — сказав співрозмовник видання.",
			[]stmt{{"unnamed source", "Источник", false, "американская сторона передала"}, {"unnamed source", "Источник", true, "Наибольшие расхождения"}, {"unnamed source", "Джерело «Правди Київської» в українській делегації", false, "найбільше суперечок"}, {"unnamed source", "Джерело «Правди Київської» в українській делегації", true, "Про територію ніхто не домовиться"}}},
		{"English and Spanish: a relative clause after the title in apposition is no part of it",
			"Kirill Dmitriev, the Kremlin's investment envoy who helped shape the text, told Axios that Moscow felt heard.\n\nMaría López, la ministra que dirigió las negociaciones, afirmó que el texto es justo.",
			[]stmt{{"Kirill Dmitriev", "Kremlin's investment envoy", false, "Moscow felt heard"}, {"María López", "ministra", false, "el texto es justo"}}},
		{"English and French: a pronoun's first verb, a comma, then the speech verb coordinated with it",
			"Secretary of State Marco Rubio spoke to reporters. He declined to set a new deadline, and said only that Washington wanted to finish soon.\n\nLa ministre Sophie Marchal a déclaré que le texte était faible. Elle a refusé de commenter les détails, et a dit seulement que Paris attendrait.",
			[]stmt{{"Marco Rubio", "Secretary of State", false, "Washington wanted to finish soon"}, {"Sophie Marchal", "ministre", false, "le texte était faible"}, {"Sophie Marchal", "ministre", false, "Paris attendrait"}}},
		{"Ukrainian and English: a colleague named in a sentence with no speech, then a title after the quotation refers back to them",
			"Її колега з опозиційної фракції Остап Гнатюк був різкішим. «Це не компроміс, а приниження», — заявив депутат. За словами Гнатюка, опозиція готова підтримати позицію.\n\nHis colleague Ostap Hnatiuk was blunter. \"This is humiliation,\" the lawmaker said.",
			[]stmt{{"Остап Гнатюк", "Її колега з опозиційної фракції", true, "Це не компроміс"}, {"Остап Гнатюк", "Її колега з опозиційної фракції", false, "опозиція готова"}, {"Ostap Hnatiuk", "His colleague", true, "This is humiliation"}}},
		{"Italian and Spanish: a predicate, the name and its title, then a colon with a view or a quotation",
			"Più cauto Stefano Oddone, ex ambasciatore a Varsavia: a suo giudizio il testo va letto come «una base negoziale». Oddone ha aggiunto che l'Europa avrà spazio.\n\nMás duro fue Álvaro Sendín, exembajador en Kiev: «El texto es una rendición».",
			[]stmt{{"Stefano Oddone", "ex ambasciatore a Varsavia", false, "il testo va letto come «una base negoziale»"}, {"Stefano Oddone", "ex ambasciatore a Varsavia", false, "l'Europa avrà spazio"}, {"Álvaro Sendín", "exembajador en Kiev", true, "El texto es una rendición"}}},
		{"Ukrainian and Polish: a place after its preposition is not who spoke",
			"У Києві прокоментували зміни до мирного плану.\n\nW Kijowie skomentowali zmiany w planie pokojowym.",
			nil},
		{"German: a speaker who objected or spoke of something, then reported speech in the Konjunktiv; an addressee after a possessive",
			"Kremlsprecher Dmitri Peskow widersprach. Moskau habe keinen Text erhalten.\n\nAußenminister Johann Wadephul sprach von einem gefährlichen Entwurf. Europa müsse mitreden.\n\nDie Abgeordnete Olena Marchuk sagte unserem Korrespondenten, das Geld gehöre den Opfern.",
			[]stmt{{"Dmitry Peskov", "Kremlsprecher", false, "Moskau habe keinen Text erhalten"}, {"Johann Wadephul", "Außenminister", false, "Europa müsse mitreden"}, {"Olena Marchuk", "Abgeordnete", false, "das Geld gehöre den Opfern"}}},
		{"German: what someone is said to have said or advised (\"soll … gesagt haben\", \"sollen … geraten haben\")",
			"Präsident Donald Trump soll den Europäern gesagt haben, der Plan sei endgültig.\n\nDie Senatorin Anna Kerr soll Selenskyj geraten haben, den Plan anzunehmen.",
			[]stmt{{"Donald Trump", "Präsident", false, "der Plan sei endgültig"}, {"Anna Kerr", "Senatorin", false, "den Plan anzunehmen"}}},
		{"German magazine interview: the guest labelled by initials, named in the introduction, the magazine by its own; the closing credit is nobody's answer",
			"---\ntitle: \"Interview: Der Plan ist ein Diktat\"\noutlet: Hanse-Magazin\n---\n\nAnna Beispiel ist Abgeordnete der Werchowna Rada.\n\n**HM:** Frau Beispiel, ist das ein Erfolg?\n\n**AB:** Es ist vor allem ein anderer Text.\n\n**HM:** Und die Armee?\n\n**AB:** Mit keiner Zahl, die uns ein anderer Staat diktiert.\n\n**HM:** Vielen Dank für das Gespräch.\n\nDas Interview führte Jan Muster.\n",
			[]stmt{{"Anna Beispiel", "Abgeordnete", true, "Es ist vor allem ein anderer Text."}, {"Anna Beispiel", "Abgeordnete", true, "Mit keiner Zahl"}}},
		{"English magazine interview: the guest labelled by initials, the magazine by its own",
			"---\ntitle: \"Q&A: the plan and Europe\"\noutlet: Harbour Times\n---\n\nWe spoke to Tom Hale about the plan.\n\n**HT:** Mr Hale, what is wrong with the plan?\n\n**TH:** Almost everything. It was written without the Europeans.\n\n**HT:** Will it pass?\n\n**TH:** No.\n",
			[]stmt{{"Tom Hale", "", true, "Almost everything."}, {"Tom Hale", "", true, "No."}}},
		{"German: the guest's title before the name in an interview's title goes to the guest's labels",
			"---\ntitle: \"Interview mit der Rada-Abgeordneten Iryna Sawtschuk\"\noutlet: Hanse-Magazin\n---\n\nIryna Sawtschuk, 44, sitzt in Kiew.\n\nHM: Ist das ein Erfolg?\n\nSawtschuk: Es ist vor allem ein anderer Text.\n\nHM: Und die Armee?\n\nSawtschuk: Mit keiner Zahl.\n",
			[]stmt{{"Iryna Sawtschuk", "Rada-Abgeordneten", true, "Es ist vor allem"}, {"Iryna Sawtschuk", "Rada-Abgeordneten", true, "Mit keiner Zahl"}}},
		{"English: the guest's title before the name in an interview's title goes to the guest's labels",
			"---\ntitle: \"Interview with the former ambassador Tom Hale\"\noutlet: Harbour Times\n---\n\nTom Hale spoke to us in London.\n\nHarbour Times: Will the plan pass?\n\nHale: No.\n\nHarbour Times: Why not?\n\nHale: Nobody asked Europe.\n",
			[]stmt{{"Tom Hale", "former ambassador", true, "No."}, {"Tom Hale", "former ambassador", true, "Nobody asked Europe."}}},
		{"Russian, Ukrainian and Polish: what someone spoke about is no statement; what they said about it is",
			"Помощник президента Юрий Ушаков рассказал о позиции Москвы по американскому плану.\n\nСекретар РНБО Рустем Умєров розповів про хід переговорів у Женеві.\n\nMinister Anna Kowal mówiła o planie pokojowym w Sejmie.\n\nПомощник президента Олег Миронов рассказал о том, что встреча была полезной.",
			[]stmt{{"Олег Миронов", "Помощник президента", false, "встреча была полезной"}}},
		{"Ukrainian and Russian: an institution's name in quotation marks inside a title before the name",
			"Експерт Центру безпекових студій «Дніпровий міст» Денис Ковальчук звернув увагу на участь європейців. «Те, що радники сидять у Женеві, змінює баланс переговорів», — сказав аналітик.\n\nЭксперт фонда «Открытая политика» Олег Смирнов заявил, что текст слабый.",
			[]stmt{{"Денис Ковальчук", "Експерт Центру безпекових студій Дніпровий міст", true, "Те, що радники"}, {"Олег Смирнов", "Эксперт фонда Открытая политика", false, "текст слабый"}}},
		{"transcript: an official on background speaks unnamed",
			"QUESTION: Who is briefing today?\n\nSENIOR ADMINISTRATION OFFICIAL: The Ukrainians came with precise edits, line by line.",
			[]stmt{{"unnamed source", "senior administration official", true, "The Ukrainians came with precise edits"}}},
		{"Italian: a view opener, then the pronoun",
			"Per Marco Bassi, docente all'Università di Padova, la bozza è fragile. «Nessuno la firmerà così», ha detto lui.",
			[]stmt{{"Marco Bassi", "docente all'Università di Padova", true, "Nessuno la firmerà così"}}},
		{"Italian: a title alone refers back to a person named in a sentence with a cue word",
			"Severo il giudizio dell'ex ambasciatore Franco Rinaldi, a lungo a Bruxelles. «Il testo ignora l'Europa», ha detto l'ambasciatore.",
			[]stmt{{"Franco Rinaldi", "ex ambasciatore", true, "Il testo ignora l'Europa"}}},
		{"English: the subject after an introductory phrase, then he",
			"Asked about the leak, Danish government spokeswoman Mette Holm declined to comment on its wording. \"We will not negotiate through the press,\" she told reporters.",
			[]stmt{{"Mette Holm", "Danish government spokeswoman", true, "We will not negotiate through the press"}}},
		{"French: the subject after an introductory phrase, a title with a capitalised complement",
			"Interrogé sur la radio publique, le ministre des Affaires étrangères Paul Girard a jugé que l'accord était prématuré.",
			[]stmt{{"Paul Girard", "ministre des Affaires étrangères", false, "l'accord était prématuré"}}},
		{"Spanish: a title with a capitalised complement",
			"La ministra de Asuntos Exteriores Carmen Ruiz afirmó que España apoya a Kiev.",
			[]stmt{{"Carmen Ruiz", "ministra de Asuntos Exteriores", false, "España apoya a Kiev"}}},
		{"Spanish: an according aside inside the sentence, unnamed sources",
			"Son dos cláusulas que, según varios negociadores, serán difíciles de aceptar en Bruselas.",
			[]stmt{{"unnamed source", "varios negociadores", false, "Son dos cláusulas que serán difíciles"}}},
		{"Russian: an according aside inside the sentence, a named person",
			"Советник Кремля Олег Миронов провел встречу. Новый раунд, по словам Миронова, может пройти в декабре.",
			[]stmt{{"Олег Миронов", "Советник Кремля", false, "Новый раунд может пройти в декабре"}}},
		{"Spanish: a title and a name set off by commas, a predicate, a colon and a quotation",
			"La ministra lituana, Rasa Dauksiene, fue más clara: «Nadie negociará nuestra frontera sin nosotros».",
			[]stmt{{"Rasa Dauksiene", "ministra lituana", true, "Nadie negociará nuestra frontera"}}},
		{"English: a name, a short predicate, a colon and a quotation; a sentence with no person is no one's",
			"Senator Ann Reyes was blunter: \"Nobody will sign this.\" The message was clear: \"Wait for Europe.\"",
			[]stmt{{"Ann Reyes", "Senator", true, "Nobody will sign this"}}},
		{"English: a name with its title in apposition, a sentence that quotes nobody, then she; a quotation with its translation in brackets is one statement",
			"Halyna Moroz, a member of the defence committee, spoke outside parliament. «Ми не віддамо Херсон» [We will not give up Kherson], she said.",
			[]stmt{{"Halyna Moroz", "member of the defence committee", true, "Ми не віддамо Херсон [We will not give up Kherson]"}}},
		{"English: a two-letter title before the name",
			"Opposition MP Taras Lysenko was blunter. «Це капітуляція» [This is capitulation], Lysenko wrote on Telegram.",
			[]stmt{{"Taras Lysenko", "Opposition MP", true, "Це капітуляція [This is capitulation]"}}},
		{"Italian and Spanish: an expert's title alone refers back",
			"«Il testo è sbilanciato», osserva Laura Conti, ricercatrice dell'Università di Pavia. La studiosa aggiunge che le garanzie restano vaghe. La politóloga Inés Vidal, de la Universidad de Sevilla, lo ve distinto. La politóloga añade que el texto es ambiguo.",
			[]stmt{{"Laura Conti", "ricercatrice dell'Università di Pavia", true, "Il testo è sbilanciato"}, {"Laura Conti", "ricercatrice dell'Università di Pavia", false, "le garanzie restano vaghe"}, {"Inés Vidal", "politóloga", false, "el texto es ambiguo"}}},
		{"Polish and English: an interview guest's title in apposition carries to the label",
			"Gościem audycji był dr Adam Nowicki, analityk Instytutu Wschodniego.\n\n**Ewa Kos:** Czy plan jest dobry?\n\n**Adam Nowicki:** Nie, bo pomija Europę.\n",
			[]stmt{{"Adam Nowicki", "analityk Instytutu Wschodniego", true, "Nie, bo pomija Europę."}}},
		{"Italian and English: a title referring back gives the speaker a title",
			"Peskov: «Non abbiamo visto nulla». Il portavoce del Cremlino ha aggiunto che Mosca aspetterà.\n\nSergei Lavrov said Russia had seen no text. The minister added that Moscow would wait.\n",
			[]stmt{{"Dmitry Peskov", "portavoce del Cremlino", true, "Non abbiamo visto nulla"}, {"Dmitry Peskov", "portavoce del Cremlino", false, "Mosca aspetterà"}, {"Sergei Lavrov", "minister", false, "Russia had seen no text"}, {"Sergei Lavrov", "minister", false, "Moscow would wait"}}},
		{"Italian and English: the same sources speak again",
			"Secondo fonti diplomatiche, il vertice è rinviato. Le stesse fonti riferiscono che Parigi insiste. Two officials said the text was final. The same officials said talks would resume.",
			[]stmt{{"unnamed source", "fonti diplomatiche", false, "il vertice è rinviato"}, {"unnamed source", "fonti diplomatiche", false, "Parigi insiste"}, {"unnamed source", "Two officials", false, "the text was final"}, {"unnamed source", "Two officials", false, "talks would resume"}}},
		{"English, Italian and Polish: what the subject said in a participle clause after a verb that is no speech",
			"Committee chair Olga Brandt opened the meeting. She declined to confirm the reports, saying only that \"several drafts exist.\"\n\nIl ministro Guido Ferri ha evitato di commentare il testo, aggiungendo che il governo aspetterà Bruxelles.\n\nMinister Anna Kowal odmówiła komentarza, dodając, że rząd poczeka na Brukselę.\n",
			[]stmt{{"Olga Brandt", "Committee chair", true, "several drafts exist"}, {"Guido Ferri", "ministro", false, "il governo aspetterà Bruxelles"}, {"Anna Kowal", "Minister", false, "rząd poczeka na Brukselę"}}},
		{"English: an acronym in brackets after a title that refers back; capitals after its article are no name",
			"Ivan Sorokin said the talks went well. The head of the Russian Export Centre (REC) stressed that sanctions must go.",
			[]stmt{{"Ivan Sorokin", "head of the Russian Export Centre", false, "the talks went well"}, {"Ivan Sorokin", "head of the Russian Export Centre", false, "sanctions must go"}}},
		{"Italian and Spanish: an aside between commas after the speaker is no title",
			"Il premier Luca Serra, dal canto suo, ha detto ai giornalisti che la data è giusta. La analista Rosa Gil, de la Universidad de Murcia, cree que el texto es débil.",
			[]stmt{{"Luca Serra", "premier", false, "la data è giusta"}, {"Rosa Gil", "analista", false, "el texto es débil"}}},
		{"Italian and English: a speech verb coordinated with the subject's first verb",
			"Marta Vitale, nel suo intervento in aula, ha parlato di un momento difficile e ha detto che l'Italia sosterrà Kiev.\n\nChancellor Karl Weiss met the Polish premier in Warsaw and said that Europe needs its own plan.\n",
			[]stmt{{"Marta Vitale", "", false, "l'Italia sosterrà Kiev"}, {"Karl Weiss", "Chancellor", false, "Europe needs its own plan"}}},
		{"Polish, English and Italian: one of a group is an unnamed speaker; a quoted outlet after the verb is the addressee",
			"– Nikt nas nie pytał – powiedział „Gazecie Morskiej” jeden z senatorów.\n\n\"Nobody asked us,\" one of the senior diplomats told the BBC.\n\n«Nessuno ci ha consultato», ha detto uno dei negoziatori.\n",
			[]stmt{{"unnamed source", "jeden z senatorów", true, "Nikt nas nie pytał"}, {"unnamed source", "one of the senior diplomats", true, "Nobody asked us"}, {"unnamed source", "uno dei negoziatori", true, "Nessuno ci ha consultato"}}},
		{"German and English: what a question reports someone said is theirs, the question is nobody's, the answer the guest's",
			"---\ntitle: \"Interview mit Anna Berger\"\noutlet: Neue Zeitung\n---\n\nDie Abgeordnete Anna Berger sitzt im Europaausschuss. Ein Gespräch über den Plan und seine Folgen für Europa.\n\nNZ: Frau Berger, was halten Sie vom Plan aus Washington, der seit Freitag bekannt ist?\n\nBerger: Wenig. Er wurde ohne Europa geschrieben, und das merkt man an jeder Zeile.\n\nNZ: Außenminister Jonas Wendt hat gesagt, der Plan sei in dieser Form tot. Stimmt das?\n\nBerger: Nein. Er lebt, solange Washington ihn will, und das ist das Problem.\n",
			[]stmt{{"Anna Berger", "Abgeordnete", true, "Wenig."}, {"Jonas Wendt", "Außenminister", false, "der Plan sei in dieser Form tot"}, {"Anna Berger", "Abgeordnete", true, "Nein."}}},
		{"English: a question's report in a Q&A",
			"---\ntitle: \"Q&A with Tom Hale\"\noutlet: Harbour Times\n---\n\nTom Hale, a former envoy to NATO, spoke to us about the plan and what Europe should do next.\n\nHarbour Times: Mr Hale, what is wrong with the plan that was published on Friday?\n\nHale: Almost everything. It was written without the Europeans at the table.\n\nHarbour Times: Senator Ruth Cole said the plan was a good start. Do you agree with her?\n\nHale: No. A start that gives away the ending is not a start.\n",
			[]stmt{{"Tom Hale", "former envoy to NATO", true, "Almost everything."}, {"Ruth Cole", "Senator", false, "the plan was a good start"}, {"Tom Hale", "former envoy to NATO", true, "No."}}},
		{"German perfect tense with the participle",
			"Die Sprecherin Eva Roth hat betont, die Regierung prüfe den Text. Vizekanzler Olaf Brück hat gesagt, man werde nicht unterschreiben.",
			[]stmt{{"Eva Roth", "Sprecherin", false, "die Regierung prüfe den Text"}, {"Olaf Brück", "Vizekanzler", false, "man werde nicht unterschreiben"}}},
		{"French, English and Spanish: an unnamed source with a condition of anonymity",
			"« Ce texte ne passera pas », a confié un diplomate allemand sous couvert d'anonymat.\n\n\"This text will not pass,\" said a German diplomat who spoke on condition of anonymity.\n\nUn negociador alemán, que pidió el anonimato, aseguró que el texto no pasará.\n",
			[]stmt{{"unnamed source", "diplomate allemand", true, "Ce texte ne passera pas"}, {"unnamed source", "German diplomat", true, "This text will not pass"}, {"unnamed source", "negociador alemán", false, "el texto no pasará"}}},
		{"Polish, Russian, English and French: an \"as X said\" aside inside the sentence",
			"Projekt zaskoczył Warszawę, bo – jak przyznają nasi rozmówcy w ministerstwie – nikt go nie konsultował.\n\nПомощник президента Олег Миронов провел встречу. Сама встреча, как выразился кремлевский представитель, прошла конструктивно.\n\nThe text, as one diplomat put it, is a shopping list. Le texte, comme le dit un diplomate, est une liste de courses.\n",
			[]stmt{{"unnamed source", "nasi rozmówcy w ministerstwie", false, "Projekt zaskoczył Warszawę, bo nikt go nie konsultował"}, {"Олег Миронов", "Помощник президента", false, "Сама встреча прошла конструктивно"}, {"unnamed source", "one diplomat", false, "The text is a shopping list"}, {"unnamed source", "diplomate", false, "Le texte est une liste de courses"}}},
		{"Polish and Russian: according to a title in its case, with no comma after it",
			"Rzecznik rządu Adam Wolski przekazał, że premier rozmawiał z Kijowem. Według rzecznika obaj politycy zgodzili się, że pokój musi być sprawiedliwy.\n\nПредставитель МИД Олег Смирнов заявил, что Москва ждет текст. По словам представителя МИД переговоры продолжатся.\n",
			[]stmt{{"Adam Wolski", "Rzecznik rządu", false, "premier rozmawiał z Kijowem"}, {"Adam Wolski", "Rzecznik rządu", false, "obaj politycy zgodzili się, że pokój musi być sprawiedliwy"}, {"Олег Смирнов", "Представитель МИД", false, "Москва ждет текст"}, {"Олег Смирнов", "Представитель МИД", false, "переговоры продолжатся"}}},
		{"Ukrainian and Russian: according to information from sources",
			"За інформацією джерел видання, у тексті лишилося 20 пунктів. По информации источников, в тексте осталось 20 пунктов.",
			[]stmt{{"unnamed source", "джерел видання", false, "у тексті лишилося 20 пунктів"}, {"unnamed source", "источников", false, "в тексте осталось 20 пунктов"}}},
	}
	runStatementTable(t, tests)
}

// runStatementTable parses each body and compares its statements with
// want: speaker, role and directness exactly, the text by its prefix.
func runStatementTable(t *testing.T, tests []struct {
	name string
	body string
	want []stmt
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := statementsOf(t, tt.body)
			var got []stmt
			for _, s := range sts {
				got = append(got, stmt{s.Speaker, s.Role, s.Direct, s.Text})
			}
			ok := len(got) == len(tt.want)
			for i := 0; ok && i < len(got); i++ {
				w, g := tt.want[i], got[i]
				ok = g.speaker == w.speaker && g.role == w.role && g.direct == w.direct && strings.HasPrefix(g.text, w.text)
			}
			if !ok {
				t.Errorf("statements:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
