package index

import (
	"testing"
)

// TestInformativeFirst: of two paragraphs matching as many words of a
// question, the one matching the words few records hold comes first, even
// when only their rarity makes it relevant, as long as it says more than
// the paragraph the rule finds relevant by its domain words (see
// informative.go). Documents: testdata/informative.
func TestInformativeFirst(t *testing.T) {
	ix := openFixtures(t, "testdata/informative/*.md")
	for _, c := range []struct{ query, want string }{
		{"snapback escrow sanctions compliance", "Snapback and escrow"},
		{"rückabwicklung treuhandkonto sanktionen ausfuhren", "Rückabwicklung und Treuhandkonto"},
		// Words of the domain alone: the rule's own hit.
		{"sanctions compliance", "Sanctions compliance teams"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestInformativeness: the summed idf of the matched words, the verbs of
// saying left out; and when rarity gives way.
func TestInformativeness(t *testing.T) {
	f := wordFreq{df: []uint64{1, 50, 0, 2}, records: 100}
	say := []termClass{0, 0, classFrame | classSay, 0}
	for _, c := range []struct {
		name    string
		matched []bool
		cls     []termClass
		more    []bool // matched words of a second hit that must weigh less
	}{
		{"rare beats common", []bool{true, false, false, false}, say, []bool{false, true, false, false}},
		{"two rare beat rare and common", []bool{true, false, false, true}, say, []bool{true, true, false, false}},
		{"a verb of saying adds nothing", []bool{true, false, false, false}, say, []bool{false, false, true, false}},
	} {
		a := informativeness(markResult{matched: c.matched}, c.cls, f)
		b := informativeness(markResult{matched: c.more}, c.cls, f)
		if a <= b {
			t.Errorf("%s: informativeness %d, want more than %d", c.name, a, b)
		}
	}
	for _, c := range []struct {
		rare, plain rankKey
		want        bool
	}{
		{rankKey{2, 900}, rankKey{2, 500}, true},
		{rankKey{2, 500}, rankKey{2, 900}, false},
		{rankKey{2, 500}, rankKey{2, 500}, false},
		{rankKey{3, 100}, rankKey{2, 900}, true},
		{rankKey{}, rankKey{2, 900}, false},
	} {
		if got := rareOutweighs(c.rare, c.plain); got != c.want {
			t.Errorf("rareOutweighs(%v, %v) = %v, want %v", c.rare, c.plain, got, c.want)
		}
	}
}
