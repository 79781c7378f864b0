package index

import "testing"

// TestSilentGloss: an English question on a German, Italian, French,
// Spanish, Russian or Ukrainian report finds it only when the everyday
// word it turns on is translated (translations-silent-gloss.txt, stop 67):
// heaters and generators ("обігрівачі й генератори"), a subsidiary in Lviv
// ("Tochtergesellschaft in Lwiw"), Lviv in Spanish ("Leópolis"), a crisis
// protocol ("protocollo di crisi"), a breakfast ("petit-déjeuner"), web
// traffic ("трафик"), a chart ("gráfico"), rent in hryvnias ("грн"). Each
// report is named by a town an English text names too, so it ranks first
// only when the word in question matches; everyday questions that share
// one of the words answer nothing. The documents are invented.
func TestSilentGloss(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nIn Rostock will die Firma erst nach dem Krieg eine Tochtergesellschaft in Lwiw gründen.\n",
		"---\nlang: uk\n---\n\nУ Полтаві волонтери розвезли обігрівачі й генератори.\n\nУ Сумах оренда квартири коштує 15 000 грн на місяць.\n",
		"---\nlang: es\n---\n\nEn Cádiz el gráfico muestra tres borradores.\n\nDesde Bilbao sale cada semana un autobús a Leópolis.\n",
		"---\nlang: ru\n---\n\nВ Казани трафик новостного сайта вырос за декабрь на треть.\n",
		"---\nlang: fr\n---\n\nÀ Lyon, le petit-déjeuner des élus aura lieu mardi.\n",
		"---\nlang: it\n---\n\nA Bari il protocollo di crisi è stato aggiornato.\n",
		"---\nlang: en\n---\n\nReporters from Rostock, Poltava, Sumy, Cadiz, Bilbao, Kazan, Lyon and Bari met at a hotel.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rostock firm subsidiary lviv", "Tochtergesellschaft"},
		{"poltava volunteers heaters generators", "обігрівачі"},
		{"sumy flat uah", "грн"},
		{"cadiz chart", "gráfico"},
		{"bilbao bus to lviv", "Leópolis"},
		{"kazan traffic", "трафик"},
		{"lyon breakfast", "petit-déjeuner"},
		{"bari crisis protocol", "protocollo"},
		{"breakfast recipes with eggs", ""},
		{"mobile phone repair shop", ""},
		{"chart topping songs this week", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
