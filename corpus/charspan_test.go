package corpus

import "testing"

// TestCharacteriseKeepsVerb: what a characterising verb gives keeps the
// verb and its auxiliaries (charspan.go). Each fails without
// characteriseSpan.
func TestCharacteriseKeepsVerb(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en called that", doc("en", "A ministry spokeswoman, Jane Porter, called that report entirely wrong."), "Porter", "called that report entirely wrong"},
		{"it ha definito", doc("it", "Il ministro Carlo Benvenuti ha definito utile il vertice di Vienna."), "Benvenuti", "ha definito utile il vertice"},
		{"nl noemde", doc("nl", "Minister Pieter Dekkers noemde het akkoord voorbarig en onduidelijk."), "Dekkers", "noemde het akkoord voorbarig"},
	})
}
