package index

import "testing"

// TestLightStemSearch: a question typed with other case forms than a
// report's finds the report in each language with a light stemmer, and
// Serbian typed in Latin letters finds a report written in Cyrillic.
// Analysed as English, none of these questions shared a term with its
// report.
func TestLightStemSearch(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: cs\n---\n\nStarosta včera otevřel nový most přes řeku.\n",
		"---\nlang: sk\n---\n\nPrimátorka včera otvorila nový park pri rieke.\n",
		"---\nlang: sl\n---\n\nŽupan je včeraj odprl novo knjižnico v mestu.\n",
		"---\nlang: bg\n---\n\nКметът откри вчера новата библиотека в града.\n",
		"---\nlang: el\n---\n\nΟ δήμαρχος εγκαίνισε χθες τη βιβλιοθήκη της πόλης.\n",
		"---\nlang: lt\n---\n\nMeras vakar atidarė naują biblioteką mieste.\n",
		"---\nlang: lv\n---\n\nMērs vakar atklāja jauno bibliotēku pilsētā.\n",
		"---\nlang: et\n---\n\nLinnapea avas eile raamatukogu kesklinnas.\n",
		"---\nlang: sr\n---\n\nГрадоначелник је јуче отворио нову библиотеку у граду.\n",
		"---\nlang: en\n---\n\nThe weather in the capital was cold and wet on Monday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"novém mostě", "most přes"},
		{"novom parku", "nový park"},
		{"nove knjižnice", "novo knjižnico"},
		{"нови библиотеки", "новата библиотека"},
		{"δημάρχου βιβλιοθήκες", "δήμαρχος"},
		{"naujos bibliotekos", "naują biblioteką"},
		{"jaunā bibliotēka", "jauno bibliotēku"},
		{"linnapeaga raamatukogus", "Linnapea"},
		{"nova biblioteka", "библиотеку"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
