package corpus

import "testing"

func TestAttributionGaps(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"ru time between speaker and verb", doc("ru", "Дмитрий Песков в среду отметил, что переговоры продолжатся."), "Peskov", "переговоры продолжатся"},
		{"en time between speaker and verb", doc("en", "Senator Ann Reyes on Tuesday said that the plan was dead."), "Reyes", "the plan was dead"},
		{"fr adverb between auxiliary and participle", doc("fr", "Le ministre Jean Castex a simplement indiqué que le texte devait être amélioré."), "Castex", "le texte devait être amélioré"},
		{"fr phrase between auxiliary and participle", doc("fr", "La ministre Odile Varenne avait pour sa part averti que la date butoir était dangereuse."), "Varenne", "la date butoir était dangereuse"},
		{"pl place between inverted verb and speaker", doc("pl", "– To nie jest plan pokojowy – mówił w Johannesburgu Donald Tusk."), "Tusk", "To nie jest plan pokojowy"},
		{"ru phrase after an inverted speaker", doc("ru", "«Это не так», — заявил журналистам помощник президента Юрий Ушаков по итогам встречи."), "Ushakov", "Это не так"},
		{"de time after an inverted speaker", doc("de", "Die Gespräche gehen weiter, sagte Kanzler Friedrich Merz am Abend in Berlin."), "Merz", "Die Gespräche gehen weiter"},
	})
}

func TestInvertedAuxiliary(t *testing.T) {
	doc := func(body string) string { return "---\ntitle: t\nlang: fr\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"a-t-elle relevé", doc("Pour Hélène Vasseur, chercheuse à Lyon, la journée marque un retour. « Reste à savoir si Moscou acceptera », a-t-elle relevé."), "Vasseur", "Reste à savoir si Moscou acceptera"},
		{"a-t-il ajouté with a source after", doc("Le ministre Iouri Lermak était à Genève. « Nous avançons vers une paix juste », a-t-il ajouté, selon son service de presse."), "Lermak", "Nous avançons vers une paix juste"},
		{"avait-elle affirmé", doc("La ministre Odile Varenne est restée prudente. « Rien n'est signé », avait-elle affirmé la veille."), "Varenne", "Rien n'est signé"},
	})
}

func TestDialogueDashThenMoreSentences(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\nWstęp.\n\n" + body + "\n"
	}
	pl := doc("pl", "– Chcemy pokoju, ale nie za każdą cenę – mówił w Brukseli premier Donald Tusk. Jak dodał, Polska oczekuje udziału w rozmowach.")
	ru := doc("ru", "— Мы готовы к диалогу, — заявил в Минске Дмитрий Песков. Как отметил Песков, встреча пройдет на следующей неделе.")
	checkStatements(t, []statementCase{
		{"pl attribution with a place, then the quote", pl, "Tusk", "Chcemy pokoju"},
		{"pl the sentence after the attribution", pl, "Tusk", "Polska oczekuje udziału"},
		{"ru attribution with a place, then the quote", ru, "Peskov", "Мы готовы к диалогу"},
		{"ru the sentence after the attribution", ru, "Peskov", "встреча пройдет"},
	})
}

func TestInvertedTitleCommaName(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"pt title with an adjective, then the name", doc("pt", "«Foi uma reunião produtiva», afirmou o secretário de Estado norte-americano, Marco Rubio, aos jornalistas."), "Marco Rubio", "Foi uma reunião produtiva"},
		{"it title with an adjective, then the name", doc("it", "«È stato un incontro utile», ha detto il segretario di Stato americano, Marco Rubio."), "Marco Rubio", "È stato un incontro utile"},
		{"fr title with a capitalised complement and an adjective", doc("fr", "« Le texte doit être amélioré », a déclaré le ministre français des Affaires étrangères, Jean-Noël Barrot."), "Jean-Noël Barrot", "Le texte doit être amélioré"},
	})
}

func TestAsideBeforeSpeakerSetOffByComma(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"ru then-word, speaker, comma, more said", doc("ru", "Если войска уйдут, боевые действия прекратятся, заявил тогда Владимир Путин, а если не уйдут — Россия добьется этого военным путем."), "Putin", "а если не уйдут"},
		{"pl then-word, speaker, comma, more said", doc("pl", "Rozmowy będą kontynuowane, mówił wtedy Donald Tusk, a kolejne rundy odbędą się w Genewie."), "Tusk", "kolejne rundy odbędą się"},
	})
}

func TestShortTimeAfterTrailingAttribution(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en early", doc("en", "The two sides left without agreement, a senior Russian official said early Wednesday."), unnamedSpeaker, "The two sides left without agreement"},
		{"en shortly after", doc("en", "The call was useful, Yuri Ushakov said shortly after midnight."), "Ushakov", "The call was useful"},
	})
}
