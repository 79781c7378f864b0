package index

import "testing"

// TestNewsWords: the common words of reporting in translations-news.txt
// (polls and shares, fraud, airspace, warehouses, transport costs,
// prejudice, breakthroughs) and the adjectival forms of place names
// ("Budapester", "женевских", "kijowskie") let an English question find a
// report in another language that says it in its own words, ahead of an
// English text that shares only one of the question's words; a question
// made only of such general words still answers nothing.
func TestNewsWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: pl\n---\n\nWedług sondażu dwie trzecie ankietowanych nie chce nowych podatków.\n",
		"---\nlang: de\n---\n\nDie Betrüger verschicken Nachrichten und verlangen Passwörter von Rentnern.\n",
		"---\nlang: ru\n---\n\nРейсы отменили: воздушное пространство над регионом закрыто до утра.\n",
		"---\nlang: uk\n---\n\nВолонтери облаштували склад у Житомирі, звідки щотижня возять ліки для армії.\n",
		"---\nlang: pt\n---\n\nOs custos de transporte baixaram e os exportadores de milho estão aliviados.\n",
		"---\nlang: de\n---\n\nIn den Schulen wachsen die Vorurteile gegenüber Zugezogenen.\n",
		"---\nlang: fr\n---\n\nLes diplomates évoquent une percée lors de la deuxième étape des pourparlers.\n",
		"---\nlang: de\n---\n\nDie Budapester Zusagen von 1994 galten damals als Garantien.\n",
		"---\nlang: ru\n---\n\nНа женевских консультациях стороны обсуждали обмен пленными.\n",
		"---\nlang: pl\n---\n\nKijowskie szpitale przyjęły w nocy kilkudziesięciu rannych.\n",
		"---\nlang: en\n---\n\nThe volunteers brought food for the army on Monday.\n\nThe consultations resumed in the spring.\n\nThe hospitals in the north were full.\n\nThe schools reopened after the holiday.\n\nThe taxes were raised again.\n\nGuarantees were discussed again.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"two thirds of respondents against new taxes", "dwie trzecie"},
		{"fraudsters ask pensioners for passwords", "Betrüger"},
		{"flights cancelled because the airspace is closed", "воздушное"},
		{"volunteers set up a warehouse for the army", "склад"},
		{"transport costs for corn exporters", "exportadores"},
		{"prejudice in schools", "Vorurteile"},
		{"breakthrough at the second stage of talks", "percée"},
		{"consultations in geneva", "женевских"},
		{"budapest guarantees", "Budapester"},
		{"kyiv hospitals", "Kijowskie"},
		{"cheap flights to paris", ""},
		{"two thirds of the cake", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
