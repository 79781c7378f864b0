package index

import "testing"

// TestSourcelessGlossary: an English question finds a report in a
// language whose text field has no synonym source (Finnish, Turkish,
// Hungarian, Romanian) through a glossary word its stemmer changes, so
// that the word as typed in the glossary never reaches the index as
// such ("vaalit" is indexed as "vaali"). The query carries the synonyms
// the expander built with that language's analyzer (sourceless.go);
// without them each of these questions answers nothing or the English
// distractor. Off-topic questions still answer nothing.
func TestSourcelessGlossary(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: fi\n---\n\nHallituksen lähteiden mukaan vaalit voitaisiin järjestää aikaisintaan ensi syksynä.\n",
		"---\nlang: tr\n---\n\nTaslağa göre ülkenin ordusu barış döneminde önemli ölçüde küçültülecek.\n",
		"---\nlang: hu\n---\n\nA diplomaták szerint a szankciókat csak fokozatosan oldanák fel, több lépésben.\n",
		"---\nlang: ro\n---\n\nDocumentul prevede că toate părțile vor primi amnistie pentru faptele comise în timpul conflictului, au explicat oficialii.\n",
		"---\nlang: en\n---\n\nThe city marathon was moved to Sunday because of the heat.\n\nA new bridge over the river opened to traffic this week.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"elections", "vaalit"},
		{"army in peacetime", "ordusu"},
		{"sanctions", "szankciókat"},
		{"amnesty for all parties", "amnistie"},
		// off the plan: still nothing
		{"marathon results", ""},
		{"chocolate cake recipe", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
