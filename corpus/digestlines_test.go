package corpus

import "testing"

// TestDigestLines: a digest's line "Name in context: what was said",
// opened by a pictograph or with the context in Portuguese or Romanian,
// and a delegate phrase whose state follows a preposition and an article
// ("Le représentant de la France", "Представителят на Франция").
func TestDigestLines(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru speech balloon before the label",
			reportDoc("ru", "💬 Олег Сомов на брифинге: правительство не подпишет никакого соглашения без Киева."),
			"Олег Сомов", "правительство не подпишет никакого соглашения"},
		{"ru speaking head before a sentence",
			reportDoc("ru", "🗣 Наш источник в министерстве говорит, что переговоры зашли в тупик."),
			"unnamed source", "переговоры зашли в тупик"},
		{"pt context with em",
			reportDoc("pt", "Rui Tavares em conferência de imprensa: o Governo não assinará nenhum acordo sem Kiev."),
			"Rui Tavares", "o Governo não assinará nenhum acordo"},
		{"fr delegate with de la",
			reportDoc("fr", "Le représentant de la Norvège a déclaré que la trêve devait être surveillée."),
			"représentant de la Norvège", "la trêve devait être surveillée"},
		{"bg delegate with на",
			reportDoc("bg", "Представителят на Норвегия заяви, че примирието трябва да се наблюдава."),
			"Представителят на Норвегия", "примирието трябва да се наблюдава"},
	})
}
