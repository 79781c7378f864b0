package corpus

import (
	"slices"
	"testing"
)

// TestRelayDropKeepsAuthorMarks: dropRelayOnly runs between authorTexts,
// which marks a signed text's statements by their place in x.out, and
// dropUntitledAuthors, which drops the marked ones with no title. A
// relay-only answer dropped before an author's statement must not move
// the mark onto the statement after it, nor leave the author's unmarked.
func TestRelayDropKeepsAuthorMarks(t *testing.T) {
	x := &extractor{lx: lexiconData(), src: Source{Lang: "en"}}
	x.out = []Statement{
		{Speaker: "Marta Quellhorst", Role: "", Text: "Moscow, she said, told us nothing new", Position: 1, Direct: true},
		{Speaker: "Hanne Odegaard", Role: "", Text: "We wrote to the council twice about the buses", Position: 4},
		{Speaker: "Ilse Brandvold", Role: "mayor", Text: "The ferry will run on Sundays again", Position: 5},
	}
	x.relayOnly = map[relayKey]bool{{1, "Moscow, she said, told us nothing new"}: true}
	x.authored = map[int]bool{1: true} // Hanne Odegaard's signed text, no title
	x.dropRelayOnly()
	x.dropUntitledAuthors()
	var got []string
	for _, st := range x.out {
		got = append(got, st.Speaker)
	}
	if want := []string{"Ilse Brandvold"}; !slices.Equal(got, want) {
		t.Fatalf("after the relay-only drop and the untitled authors' drop: %q, want %q", got, want)
	}
}
