package index

import "testing"

// TestTruceFrench: French "trêve" is the ceasefire sense's French word
// beside "cessez-le-feu" (synonyms.txt, stop 62): a French question about a
// truce finds a report that says "cessez-le-feu", "Waffenruhe" or
// "ceasefire", and questions in other languages find a French report that
// says "trêve". The reports are named by towns the English text names
// too, so each ranks first only when the truce word matches; everyday
// questions with the word (the French winter moratorium on evictions, a
// lull in a sports league) answer nothing. The documents are invented.
func TestTruceFrench(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: fr\n---\n\nÀ Nantes, le préfet a dit que la trêve devait commencer avant l'hiver.\n\nÀ Dijon, le maire a proposé un mécanisme de contrôle du cessez-le-feu.\n",
		"---\nlang: de\n---\n\nIn Kassel fordert der Bürgermeister eine Waffenruhe vor Ostern.\n",
		"---\nlang: en\n---\n\nReporters from Nantes, Dijon, Kassel and Tampere met at a hotel.\n\nIn Tampere the governor said a ceasefire must be monitored.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"dijon contrôle de la trêve", "cessez-le-feu"},
		{"kassel trêve pâques", "Waffenruhe"},
		{"tampere qui surveille la trêve", "ceasefire"},
		{"nantes ceasefire before winter", "trêve"},
		{"nantes waffenruhe vor dem winter", "trêve"},
		{"trêve hivernale expulsions locataires", ""},
		{"trêve des confiseurs programme télé", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestHostilities: the war's fighting as news text names it, "hostilities"
// and "боевые действия" / "бойові дії" / "hostilidades" / "Kampfhandlungen"
// (translations-crossvocab.txt, stop 62), is found by a question that says
// "fighting" in another language, and the other way round. Reports are
// named by towns, as in TestCrossVocabulary; everyday questions with a
// fight or a hostile word answer nothing. The documents are invented.
func TestHostilities(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nВ Самаре губернатор сказал, что боевые действия прекратятся весной.\n",
		"---\nlang: uk\n---\n\nУ Вінниці мер заявив, що бойові дії тривають.\n",
		"---\nlang: es\n---\n\nEn Málaga el alcalde dijo que las hostilidades acabarían en mayo.\n",
		"---\nlang: en\n---\n\nReporters from Samara, Vinnytsia, Malaga and Graz met at a hotel.\n\nIn Graz the mayor said hostilities would end by summer.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"samara when does the fighting stop", "боевые действия"},
		{"vinnytsia fighting continues", "бойові дії"},
		{"malaga fighting ends in may", "hostilidades"},
		{"graz боевые действия", "hostilities"},
		{"fight club film tickets", ""},
		{"hostile takeover of a football club", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
