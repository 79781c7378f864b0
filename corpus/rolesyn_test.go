package corpus

import "testing"

// TestRoleSynonyms checks a back-reference by another word for the
// person's title (data/rolesynonyms.json): "глава государства" for a
// president, "la premier" for the presidente del Consiglio,
// "парламентарка" for a deputy, "der Staatschef" for a president.
func TestRoleSynonyms(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru глава государства", "---\ntitle: t\nlang: ru\n---\n\nПрезидент Олег Дробышев выступил перед журналистами.\n\n«Окончательных формулировок нет», — отметил глава государства.", "Дробышев", "Окончательных формулировок нет"},
		{"it la premier", "---\ntitle: t\nlang: it\n---\n\nLa presidente del Consiglio Giulia Ferrandi ha parlato a Johannesburg. «Meglio lavorare su quello che c'è», ha aggiunto la premier.", "Ferrandi", "Meglio lavorare su quello che c'è"},
		{"uk парламентарка", "---\ntitle: t\nlang: uk\n---\n\nНародна депутатка Ірина Стахович висловила сподівання, що закон ухвалять. «Усе вирішиться на рівні президентів», — вважає парламентарка.", "Стахович", "Усе вирішиться на рівні президентів"},
		{"de Staatschef", "---\ntitle: t\nlang: de\n---\n\nDer französische Präsident Marc Delorme sprach in Paris. „Wir bleiben an der Seite Kiews“, sagte der Staatschef.", "Delorme", "Wir bleiben an der Seite Kiews"},
	})
}
