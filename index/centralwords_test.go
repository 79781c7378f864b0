package index

import "testing"

// TestCentralEuropeanWords: an English question finds a Czech, Slovak or
// Dutch report through the plan's terms and the general news words in
// those languages (synonyms.txt, the translation files): Czech and Slovak
// text is analysed as English, so only their listed case forms carry it;
// Dutch has its own analyzer and needs a synonym source (glossaryLangs).
// The English text holds some of each query's words, so a hit in the other
// language must come from its translations, and a question on another
// subject still answers nothing.
func TestCentralEuropeanWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: cs\n---\n\nVláda v Praze podle ministra obrany nevylučuje, že po uzavření příměří pošle na Ukrajinu další munici.\n\nMaďarsko letos dovezlo ropovodem Družba více ropy než loni.\n",
		"---\nlang: sk\n---\n\nPoľsko a Slovensko podľa premiéra žiadajú bezpečnostné záruky pre Ukrajinu ešte pred voľbami.\n",
		"---\nlang: nl\n---\n\nHet kabinet wil dat de bevroren tegoeden pas na een wapenstilstand worden gebruikt voor de wederopbouw.\n\nGemeenten vrezen dat de tijdelijke bescherming van vluchtelingen eindigt zodra de oorlog stopt.\n",
		"---\nlang: en\n---\n\nThe minister spoke about Prague.\n\nHungary was mentioned in passing by the analysts.\n\nPoland held a press conference about Ukraine.\n\nThe cabinet met on Monday.\n\nThe city council discussed the refugees' housing.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"czech defence minister ammunition after a ceasefire", "munici"},
		{"hungary oil imports pipeline", "Družba"},
		{"poland slovakia security guarantees before elections", "bezpečnostné záruky"},
		{"frozen assets only after a ceasefire for reconstruction", "bevroren tegoeden"},
		{"cabinet: reconstruction after a ceasefire", "wederopbouw"},
		{"refugees when the war stops", "vluchtelingen"},
		{"football results on monday", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
