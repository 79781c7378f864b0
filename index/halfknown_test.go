package index

import (
	"context"
	"testing"
)

// TestHalfKnown: a question half of whose words, two or more, the corpus
// has never seen is no question about it, though a paragraph shares the
// other half through general topic words ("oil", "deadline", "Frist"); one
// unknown word ("oil bitcoin") and questions the corpus knows are judged
// as before. In English and German ("oil price forecast 2031" and
// "Ölpreis Sanktionen Prognose 2031" are answered without the limit).
func TestHalfKnown(t *testing.T) {
	docs := parseRelevanceDocs(t, "testdata/halfknown/*.md", 2)
	ix, err := Open(context.Background(), Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for _, c := range []struct{ query, want string }{
		{"oil price forecast 2031", ""},
		{"nhl trade deadline rumours", ""},
		{"Frist Antwort Steuererklärung Finanzamt", ""},
		{"Ölpreis Sanktionen Prognose 2031", ""},
		{"oil prices sanctions", "Oil prices barely moved"},
		{"oil bitcoin", "Oil prices barely moved"},
		{"deadline answer kyiv", "deadline for an answer"},
		{"Frist Antwort Kyjiw", "die Frist für eine Antwort"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
