package index

import "testing"

// TestGlossaryAccented: a glossary word typed without its accents, in a
// language the index holds no text of, still takes the query to the
// English text, as the word typed with them does; an unknown plain word
// that folds to no glossary word still answers nothing. Without
// respellGlossary the unaccented queries find nothing: the index has no
// word they fold to.
func TestGlossaryAccented(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nA ceasefire would start as soon as both sides sign.\n",
		"---\nlang: en\n---\n\nWashington would give Kyiv security guarantees modelled on the alliance's defence clause.\n",
		"---\nlang: en\n---\n\nMartial law was extended for another ninety days.\n",
		"---\nlang: en\n---\n\nThe football final in Madrid drew a record crowd on Saturday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"tűzszünet", "ceasefire"},
		{"tuzszunet", "ceasefire"},                     // Hungarian
		{"bezpecnostni zaruky", "security guarantees"}, // Czech
		{"garantii de securitate", "security guarantees"},
		{"sikiyonetim", "Martial law"}, // Turkish "sıkıyönetim"
		{"zzqxvbnm", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
