package corpus

import "testing"

// TestParticipleList checks that a sentence listing people each with a
// speech participle gives every one of them their own words, after a
// verb, "as", a colon or a list separator, and that a participle of the
// sentence's own speaker ("…, adding that …") or one after a list of
// places is read as before.
func TestParticipleList(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	footage := doc("en", "The film shows Dmitry Peskov telling reporters that the Kremlin was studying the document, Volodymyr Zelensky saying in his address that the agreement was nearly ready, and Donald Trump telling reporters he was disappointed after the call.")
	board := doc("en", "The notices removed were: Emmanuel Macron calling the guarantees agreed in Paris \"robust\"; Keir Starmer saying that Britain would set up military hubs; and Steve Witkoff telling reporters the protocols were largely finished.")
	checkStatements(t, []statementCase{
		{"first after verb", footage, "Dmitry Peskov", "the Kremlin was studying the document"},
		{"second after comma", footage, "Volodymyr Zelensky", "the agreement was nearly ready"},
		{"third after and", footage, "Donald Trump", "he was disappointed after the call"},
		{"after colon", board, "Emmanuel Macron", "the guarantees agreed in Paris"},
		{"after quote and semicolon", board, "Keir Starmer", "Britain would set up military hubs"},
		{"semicolon and", board, "Steve Witkoff", "the protocols were largely finished"},
		{"as saying", doc("en", "The note quotes Chancellor Merz as saying any deal must have the Europeans at the table, and Kaja Kallas insisting the Ukrainians have to be on board."), "Kaja Kallas", "the Ukrainians have to be on board"},
		{"body", doc("en", "He noted Witkoff saying in Paris that the protocols were largely finished, and the Kremlin saying it would not comment through the media."), "Kremlin", "it would not comment through the media"},
		{"own participle stays", doc("en", "Marco Rubio said the talks went well, adding that more meetings were planned."), "Marco Rubio", "more meetings were planned"},
	})
	d, err := Parse([]byte(doc("en", "Maria Lowell spoke for an hour, saying the deal was close, and Peter Brooks listened.")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if s.Speaker != "Maria Lowell" {
			t.Errorf("a participle of the sentence's own speaker gave words to %q: %q", s.Speaker, s.Text)
		}
	}
}
