package index

import (
	"testing"
)

// TestRareWordAnswers: a question naming its subject by a word few
// records hold (a town the glossary does not list) and matching another
// word of the text is answered, while a question whose other words the
// corpus never holds, or that shares only the rare word with it, is not
// (see rareword.go). Documents: testdata/rareword/docs.
func TestRareWordAnswers(t *testing.T) {
	ix := openFixtures(t, "testdata/rareword/docs/*.md")
	for _, c := range []struct{ query, want string }{
		{"how many people left in kramatorsk", "Kramatorsk"},
		{"belgorod mother missing son", "Belgorod"},
		{"weather in kramatorsk tomorrow", ""},
		{"kramatorsk people bitcoin", ""},
		{"belgorod football club", ""},
		// A hit relevant only through a rare word ranks after one relevant
		// by the rule itself: "ceasefire" is a domain word.
		{"kramatorsk people ceasefire holds", "ceasefire holds"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
