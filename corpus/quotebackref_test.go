package corpus

import "testing"

func TestQuoteBackRef(t *testing.T) {
	checkSwitchedCases(t, "noQuoteBackRef", func(off bool) ParseOptions { return ParseOptions{noQuoteBackRef: off} }, []switchedCase{
		{"it ha detto la chirurga", "it", "Ha parlato Giulia Ferrante, chirurga pediatrica a Leopoli dal 2022.\n\nIl presidente Marco Belli ha aperto la serata.\n\n«Un bambino deportato è una ferita che non si rimargina da sola», ha detto la chirurga.",
			"Un bambino deportato è una ferita", "Giulia Ferrante", false},
		{"es contó la bailaora", "es", "La sorpresa fue Oksana Kovalchuk, bailaora nacida en Odesa que lleva tres años en Sevilla. Antes de bailar habló un momento al público.\n\n«En mi ciudad también se canta cuando duele y se baila cuando se puede», contó la bailaora.",
			"En mi ciudad también se canta cuando duele", "Oksana Kovalchuk", false},
	})
}

func TestNounIntro(t *testing.T) {
	checkSwitchedCases(t, "noNounIntro", func(off bool) ParseOptions { return ParseOptions{noNounIntro: off} }, []switchedCase{
		{"en the geophysicist", "en", "Our lecturer was Dr Priya Ramaswamy, who spent thirty years as a geophysicist and now lives in the village.\n\nThe geophysicist said that the plan was weak in many places.",
			"the plan was weak in many places", "Priya Ramaswamy", false},
		{"uk гостя after Гостею", "uk", "Гостею клубу стала журналістка Ірина Гнатюк, яка читала вголос рамковий документ.\n\nГостя пояснила, що папір нічого не гарантує, гарантують люди.",
			"папір нічого не гарантує", "Ірина Гнатюк", false},
	})
}
