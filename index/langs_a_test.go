package index

import "testing"

// TestLangsAVocabulary: the general words of translations-langs-a.txt let
// an English question find a report in Dutch, Portuguese, Romanian,
// Turkish, Hungarian, Greek, Bulgarian, Czech or Slovak that says it in its
// own words and shares no word with the question, ahead of an English text
// that shares one; a question of such general words about something none
// of the texts is about still answers nothing.
func TestLangsAVocabulary(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: tr\n---\n\nÜç heyet ilk kez aynı odada oturdu ve görüşme yapıcı bir havada geçti.\n",
		"---\nlang: cs\n---\n\nStarostka slíbila, že nemocnice v okresním městě dostane nové topení do zimy.\n",
		"---\nlang: el\n---\n\nΟ δήμαρχος ζήτησε βοήθεια για τα σχολεία της πόλης μετά τη χιονόπτωση.\n",
		"---\nlang: bg\n---\n\nШофьорите на камиони чакат на пристанището вече три дни.\n",
		"---\nlang: hu\n---\n\nA polgármester szerint a fűtés a kórházban továbbra is működik.\n",
		"---\nlang: ro\n---\n\nFermierii se plâng de prețul îngrășămintelor și de lipsa de personal.\n",
		"---\nlang: nl\n---\n\nDe burgemeester vroeg toestemming om de school na de winter weer te openen.\n",
		"---\nlang: pt\n---\n\nA seguradora aumentou os prémios para os petroleiros que entram no porto.\n",
		"---\nlang: sk\n---\n\nPrimátor povedal, že poškodený most cez rieku bude opravený do jari.\n",
		"---\nlang: en\n---\n\nThe ministers met in Vienna to discuss prices.\n\nThe volunteers arrived on Monday.\n\nThe school year began in September.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"three delegations same room", "aynı odada"},
		{"constructive atmosphere", "yapıcı"},
		{"hospital heating before winter promised", "nemocnice"},
		{"mayor asked for help for schools after snowfall", "δήμαρχος"},
		{"truck drivers waiting at the port", "камиони"},
		{"heating in the hospital still working", "kórházban"},
		{"farmers complain about fertiliser prices", "Fermierii"},
		{"mayor asked permission to reopen the school", "burgemeester"},
		{"insurer premiums for tankers", "seguradora"},
		{"mayor says damaged bridge repaired by spring", "Primátor"},
		{"football results tomorrow", ""},
		{"bread recipe", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
