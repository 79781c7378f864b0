package corpus

import "testing"

func TestPronounAfterIntroduction(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en feature subject, then he said", doc("en", "Taras Melnychuk has spent the war repairing substations in Sumy.\n\nThe talks in Geneva are far away from his workshop.\n\n\"We say thank you every day,\" he said eventually.\n"), "Melnychuk", "We say thank you every day"},
		{"de portrait subject, then sagte er", doc("de", "Jannik Oltmanns forscht seit Jahren in Bremerhaven über Russland.\n\nAuf seinem Schreibtisch liegt der Entwurf aus Washington.\n\n„Das ist ein Katalog von Zusicherungen“, sagte er.\n"), "Oltmanns", "Das ist ein Katalog"},
	})
}
