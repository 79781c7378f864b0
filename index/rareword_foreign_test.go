package index

import "testing"

// TestForeignRareWord: an English question about a report in another
// language ("fisherman warnemünde insurance grumbles") holds words the
// glossary cannot carry into that language and the index holds nowhere
// ("fisherman", "grumbles"). In the foreign report they are silent, not
// a subject the corpus never mentions: the report that matches half the
// question and three of its words, a rare name among them, answers, in
// Spanish and German alike. Two words in common are chance; in an
// English text the same unknown words still rule the hit out; and one
// rare word alone answers nothing.
func TestForeignRareWord(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: es\n---\n\nUn armador de Cartagena nos cuenta que las aseguradoras subieron sus tarifas tras los ataques.\n",
		"---\nlang: de\n---\n\nEin Fischer aus Warnemünde sagt, die Versicherung sei seit dem Sommer doppelt so teuer.\n",
		"---\nlang: en\n---\n\nInsurance costs rose in Dover after the attacks, the port authority said.\n\nThe talks on the peace plan continued in Geneva on Monday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"shipowner cartagena insurance attacks complaint", "Cartagena"},
		{"fisherman warnemünde insurance summer grumbles", "Warnemünde"},
		{"yacht warnemünde insurance grumbles", ""},
		{"fisherman dover insurance attacks grumbles", ""},
		{"warnemünde weather forecast sunday", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
