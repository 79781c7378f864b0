package index

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCompoundAnswers: a question that writes as one word what a report
// hyphenates ("counterdraft", "natobeitritt") is answered first by the
// paragraph that holds the hyphenated word, not by a shorter one that
// holds only the question's other words; a word that joins no two indexed
// words is left alone (see compound.go). Documents: testdata/compound.
func TestCompoundAnswers(t *testing.T) {
	ix := openFixtures(t, "testdata/compound/*.md")
	for _, c := range []struct{ query, want string }{
		{"counterdraft nato membership", "counter-draft"},
		{"natobeitritt ukraine entscheidet später", "Über einen NATO-Beitritt"},
		{"nato membership", "NATO membership stays"},
		{"golfcourse membership fees", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestCompoundTerm: the cut of a typed word into two indexed words, in
// each language the index holds; none for a word that is one indexed word
// or joins words no text holds.
func TestCompoundTerm(t *testing.T) {
	paths, _ := filepath.Glob("testdata/compound/*.md")
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	ix := openTexts(t, texts...)
	als := ix.analyzersInUse()
	for _, c := range []struct{ raw, want string }{
		{"counterdraft", "counter-draft"},
		{"natobeitritt", "nato-beitritt"},
		{"membership", ""},   // one word
		{"bitcoinprice", ""}, // words no text holds
		{"natos", ""},        // too short to be two words
	} {
		got, err := ix.compoundTerm(t.Context(), als, c.raw)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("compoundTerm(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
}
