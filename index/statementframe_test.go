package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestStatementFrame: the frame is the paragraph's words next to the
// quote, never the quote, bounded on each side; none when the quote is
// the whole paragraph or is not found in it as such.
func TestStatementFrame(t *testing.T) {
	for _, c := range []struct{ paragraph, quote, want string }{
		{`Trump told Fox News Radio that Thursday was "an appropriate time".`, `Thursday was "an appropriate time"`, `Trump told Fox News Radio that .`},
		{`Peskow sagte der Zeitung Iswestija: "Die Gespräche gehen weiter."`, `Die Gespräche gehen weiter.`, `Peskow sagte der Zeitung Iswestija: " "`},
		{"The talks will continue.", "The talks will continue.", ""},
		{"He said the talks would go on.", "the talks will continue", ""},
		{"", "x", ""},
	} {
		if got := statementFrame(c.paragraph, c.quote, nil); got != c.want {
			t.Errorf("statementFrame(%q, %q) = %q, want %q", c.paragraph, c.quote, got, c.want)
		}
	}
	two := `Peskov said "we were not briefed" and Ushakov added, on Rossiya TV, that "no date is set", and left.`
	if got, want := statementFrame(two, "no date is set", []string{"we were not briefed", "no date is set"}), `" and Ushakov added, on Rossiya TV, that " ", and left.`; got != want {
		t.Errorf("second quote's frame = %q, want %q", got, want)
	}
	if got, want := statementFrame(two, "we were not briefed", []string{"we were not briefed", "no date is set"}), `Peskov said " " and Ushakov added, on Rossiya TV, that "`; got != want {
		t.Errorf("first quote's frame = %q, want %q", got, want)
	}
	long := "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix QUOTE a b c d e f g h i j k l m n o p q"
	if got, want := statementFrame(long, "QUOTE", nil), "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix a b c d e f g h i j k l m n o"; got != want {
		t.Errorf("long frame = %q, want %q", got, want)
	}
}

// TestStatementFrameRanks: two reports, in English and in German, carry
// the same quote by the same speaker, one given to a newspaper, one said
// on state television. A question naming the outlet or the medium is
// answered first by the statement of the report that names it; without
// the frame both statements hold the same words and one order serves
// both questions. An off-topic question naming the newspaper still
// answers nothing.
func TestStatementFrameRanks(t *testing.T) {
	docs := parseRelevanceDocs(t, "testdata/statementframe/*.md", 4)
	ix, err := Open(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for _, c := range []struct{ query, want string }{
		{"peskov izvestia talks continue", "Izvestia"},
		{"peskov state television talks continue", "state television"},
		{"peskow iswestija gespräche fortgesetzt", "Iswestija"},
		{"peskow staatsfernsehen gespräche fortgesetzt", "Staatsfernsehen"},
	} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: c.query, Kind: corpus.KindStatement, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Errorf("%q: no statement", c.query)
			continue
		}
		if p := paragraphOf(docs, res.Hits[0]); !strings.Contains(p, c.want) {
			t.Errorf("%q: first %q (paragraph %q), want the one from the paragraph naming %q", c.query, res.Hits[0].Text, p, c.want)
		}
	}
	wantFirst(t, ix, "izvestia crossword answers", "")
}
