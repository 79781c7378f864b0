package corpus

import (
	"strings"
	"testing"
)

// TestCoordinatedNameApposition checks that the second speaker of a
// coordinated sentence, named and then described in commas before the
// speech verb, gets their own words in several languages, as do the
// second speakers of Czech and Slovak "…, a X řekl …" and a Polish verb
// of suggesting.
func TestCoordinatedNameApposition(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"en envoy", doc("en", "Rustem Umerov said the negotiators had focused on the parameters, and Steve Witkoff, the American envoy, said both sides would meet again soon."), "Steve Witkoff", "both sides would meet again soon"},
		{"en first keeps own", doc("en", "Rustem Umerov said the negotiators had focused on the parameters, and Steve Witkoff, the American envoy, said both sides would meet again soon."), "Rustem Umerov", "the negotiators had focused on the parameters"},
		{"en possessive title", doc("en", "Ms Lowell said the money would last two years, and Pieter Claes, Belgium's finance minister, said the plan was too risky."), "Pieter Claes", "the plan was too risky"},
		{"es portavoz", doc("es", "El ministro Julián Arregui dijo que el plan es útil, y Marta Zubiri, la portavoz del Gobierno, advirtió que falta tiempo."), "Marta Zubiri", "falta tiempo"},
		{"fr auxiliary", doc("fr", "Le ministre Jean Dupuis a déclaré que le texte restait ouvert, et Anne Morel, la porte-parole du gouvernement, a affirmé que la France serait présente."), "Anne Morel", "la France serait présente"},
		{"it portavoce", doc("it", "Il ministro Carlo Verdi ha detto che il piano è utile, e Paola Rossi, la portavoce del governo, ha detto che serve più tempo."), "Paola Rossi", "serve più tempo"},
		{"de Sprecherin", doc("de", "Kanzler Friedrich Merz sagte, der Plan sei ein Anfang, und Anke Wollrath, die Sprecherin des Ministeriums, sagte, es brauche mehr Zeit."), "Anke Wollrath", "es brauche mehr Zeit"},
		{"cs a", doc("cs", "Ministr Jan Novák tvrdil, že Praha přehodnotí svou pozici, a prezident Petr Dvořák dodal, že jednání budou pokračovat."), "Petr Dvořák", "jednání budou pokračovat"},
		{"pl sugerował", doc("pl", "Premier Jan Kowalski mówił, że nie ma pokoju bez Europy, a minister Adam Nowak sugerował, że plan trzeba sprawdzić."), "Adam Nowak", "plan trzeba sprawdzić"},
	})
	for _, c := range []struct{ name, text, whole string }{
		{"en relative clause stays", doc("en", "Alan Brooks said the deal is not final, and Maria Lowell, who chaired the meeting, said the guarantees would hold."), "the guarantees would hold"},
		{"en list of capitals stays", doc("en", "Alan Brooks said the deal is not final, and Paris, Berlin and London said nothing."), "London said nothing"},
		{"cs a že stays", doc("cs", "Ministr Jan Novák řekl, že plán je užitečný a že jednání budou pokračovat."), "jednání budou pokračovat"},
		{"cs a places stays", doc("cs", "Ministr Jan Novák řekl, že plán je užitečný, a Praha a Brno budou jednat dál."), "Brno budou jednat dál"},
	} {
		d, err := Parse([]byte(c.text), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements) != 1 || !strings.Contains(d.Statements[0].Text, c.whole) {
			t.Errorf("%s: want one statement holding %q, got %+v", c.name, c.whole, d.Statements)
		}
	}
}
