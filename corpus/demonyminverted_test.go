package corpus

import "testing"

// TestInvertedDemonymTitle checks a sentence closed by an inverted speech
// verb whose subject is a title with an adjective of nationality and no
// name ("…, dodał amerykański prezydent.", "…, ha aggiunto il presidente
// americano."): the adjective is part of the title, before it or after
// it, and the title goes back to the person who holds it.
func TestInvertedDemonymTitle(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatementsExact(t, []statementCase{
		{"pl", doc("pl", "Trump powiedział, że jest zły. To nie jest dobry moment, dodał amerykański prezydent."), "Donald Trump", "To nie jest dobry moment"},
		{"ru", doc("ru", "Трамп заявил, что недоволен. Это не лучший момент, добавил американский президент."), "Donald Trump", "Это не лучший момент"},
		{"uk", doc("uk", "Трамп заявив, що незадоволений. Це не найкращий момент, додав американський президент."), "Donald Trump", "Це не найкращий момент"},
		{"it", doc("it", "Trump ha detto di essere arrabbiato. Non è un buon momento, ha aggiunto il presidente americano."), "Donald Trump", "Non è un buon momento"},
		{"es", doc("es", "Trump dijo que estaba enfadado. No es un buen momento, añadió el presidente estadounidense."), "Donald Trump", "No es un buen momento"},
		{"fr", doc("fr", "Trump a dit qu'il était en colère. Ce n'est pas le bon moment, a ajouté le président américain."), "Donald Trump", "Ce n'est pas le bon moment"},
		{"de", doc("de", "Trump sagte, er sei verärgert. Das sei kein guter Moment, fügte der amerikanische Präsident hinzu."), "Donald Trump", "Das sei kein guter Moment"},
		{"en", doc("en", "Trump said he was angry. It is not a good moment, added the American president."), "Donald Trump", "It is not a good moment"},
	})
}
