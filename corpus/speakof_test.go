package corpus

import "testing"

func TestSpokeOfQuotation(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"it parlato di with a quotation", doc("it", "Il negoziatore Kirill Dmitriev aveva parlato di incontri «costruttivi»."), "Dmitriev", "costruttivi"},
		{"it parlato di, then a participle", doc("it", "A Ginevra il ministro Carlo Benvenuti ha parlato di «enormi progressi», pur ammettendo che restava lavoro da fare."), "Benvenuti", "enormi progressi"},
		{"de sprach von after an aside", doc("de", "Emmanuel Macron sprach am Rande des Treffens von einem „Moment der Wahrheit“."), "Macron", "Moment der Wahrheit"},
		{"en spoke of", doc("en", "Senator Ann Reyes spoke of a \"historic mistake\" in the Senate."), "Reyes", "historic mistake"},
	})
}

func TestSpokeOfWithoutQuotationIsNoStatement(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: it\n---\n\nL'ex ambasciatore Carlo Vendri ha parlato a lungo di un momento difficile per l'Europa.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 0 {
		t.Errorf("got %+v, want no statement", d.Statements)
	}
}
