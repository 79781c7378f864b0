package index

import "testing"

// TestFreshGloss: an English question on a German, Italian, Spanish,
// French, Russian or Ukrainian report finds it only when the word it turns
// on is translated (translations-fresh-gloss.txt, stop 68): assets held
// "auf unbestimmte Zeit" (indefinitely), a bank's "иск" (lawsuit), a mayor
// who "ha escluso" (excluded), "la autora" (the author), a
// "фінансовий директор" (CFO), a "політологиня" (political scientist,
// on the analyst line), a mayor who "craint" (feared), "перед Новым
// годом" (before the new year). Each report is named by a town an English
// text names too, so it ranks first only when the word in question
// matches; everyday questions that share one of the words answer
// nothing. The documents are invented.
func TestFreshGloss(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Rostock bleiben die Konten der Reederei auf unbestimmte Zeit gesperrt.\n",
		"---\nlang: ru\n---\n\nВ Казани банк подал иск против биржи.\n",
		"---\nlang: ru\n---\n\nВ Самаре ярмарку откроют перед Новым годом.\n",
		"---\nlang: it\n---\n\nA Bari il sindaco ha escluso la chiusura del porto.\n",
		"---\nlang: es\n---\n\nEn Cádiz la autora responde a los lectores.\n",
		"---\nlang: uk\n---\n\nУ Сумах фінансовий директор заводу подав у відставку.\n\nУ Полтаві політологиня прочитала лекцію.\n",
		"---\nlang: fr\n---\n\nÀ Lyon, le maire craint une grève.\n",
		"---\nlang: en\n---\n\nReporters from Rostock, Kazan, Samara, Bari, Cadiz, Sumy, Poltava and Lyon met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rostock indefinitely", "unbestimmte"},
		{"kazan bank lawsuit", "иск"},
		{"bari mayor excluded", "escluso"},
		{"cadiz author", "autora"},
		{"sumy cfo", "фінансовий директор"},
		{"poltava political scientist", "політологиня"},
		{"lyon mayor feared", "craint"},
		{"samara new year", "Новым годом"},
		{"sue and john wedding photos", ""},
		{"author of harry potter books", ""},
		{"players excluded from the football team", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
