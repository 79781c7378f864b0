package index

import "testing"

// TestCrossVocabulary: a question in one language whose answer stands in a
// report of another finds it only when the word it turns on is translated
// (translations-crossvocab.txt, stop 59): a counterplan ("контрплан"),
// Easter ("до Великодня"), joint debt ("deuda común"), an exam
// ("épreuve"), a lie ("брехнею"), a metre of pipe ("Meter Rohr"),
// protected sites ("geschützte Standorte"), municipal staff ("personale
// del comune"). Each report is named by a town an English text names too,
// so it ranks first only when the word in question matches; everyday
// questions that share one of the words answer nothing. The documents are
// invented.
func TestCrossVocabulary(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Rostock sollen die Waffen an geschützte Standorte gebracht werden.\n\nIn Bremen wird kein Meter Rohr mehr verlegt.\n",
		"---\nlang: uk\n---\n\nУ Полтаві нібито погодили обмін полоненими до Великодня.\n\nУ Сумах мер назвав це повідомлення брехнею.\n",
		"---\nlang: es\n---\n\nEn Cádiz el puerto se financiará con deuda común.\n",
		"---\nlang: ru\n---\n\nВ Казани назвали контрплан губернатора совершенно неподходящим.\n",
		"---\nlang: fr\n---\n\nÀ Lyon, la moyenne de l'épreuve orale était de 11 sur 20.\n",
		"---\nlang: it\n---\n\nA Bari la mobilitazione ha ridotto il personale del comune.\n",
		"---\nlang: en\n---\n\nReporters from Rostock, Bremen, Poltava, Sumy, Cadiz, Kazan, Lyon and Bari met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rostock weapons protected sites", "geschützte Standorte"},
		{"bremen metre of pipe", "Meter Rohr"},
		{"poltava swap before easter", "до Великодня"},
		{"sumy mayor lie", "брехнею"},
		{"cadiz joint debt", "deuda común"},
		{"kazan counterplan", "контрплан"},
		{"lyon oral exam", "épreuve"},
		{"bari municipal staff", "personale del comune"},
		{"easter egg recipes", ""},
		{"pipe organ concert tickets", ""},
		{"how to lie down on a yoga mat", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
