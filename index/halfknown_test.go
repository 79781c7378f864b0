package index

import (
	"testing"
)

// TestHalfKnown: a question half of whose subject words, two or more, the
// corpus and the project's vocabulary have never seen is no question about
// it, though a paragraph shares the other half through general topic
// words ("oil", "deadline", "Frist"); one unknown word ("oil bitcoin") and
// questions the corpus knows are judged as before. The frame of a
// question is not counted (a language's name, a word for a text, a
// question word, an unknown word naming a text's origin: "sanctions
// rotterdam german report", "sanctions rotterdam version allemande",
// "Frist Kyjiw: wann und warum", "turkish report"), nor is a word the
// translations list though no text here writes it ("imports", "Pipeline").
// In English, German and French.
func TestHalfKnown(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/halfknown/*.md", 2)
	for _, c := range []struct{ query, want string }{
		{"oil price forecast 2031", ""},
		{"nhl trade deadline rumours", ""},
		{"Frist Antwort Steuererklärung Finanzamt", ""},
		{"Ölpreis Sanktionen Prognose 2031", ""},
		{"oil prices sanctions", "Oil prices barely moved"},
		{"oil bitcoin", "Oil prices barely moved"},
		{"deadline answer kyiv", "deadline for an answer"},
		{"Frist Antwort Kyjiw", "die Frist für eine Antwort"},
		// Frame words: a language's name, a word for a text, question words.
		{"sanctions rotterdam german report", "Der Ölpreis"},
		{"Antwort Kyjiw englische Version", "deadline for an answer"},
		{"sanctions rotterdam version allemande", "Der Ölpreis"},
		{"Frist Kyjiw: wann und warum", "die Frist für eine Antwort"},
		// The outlet's origin next to a word for a text is frame too; the
		// noun of a genre is not: "podcast software" is what is asked.
		{"kyiv deadline hopeless, turkish report", "deadline for an answer"},
		{"oil sanctions podcast software", ""},
		// Words the translations list, which no text here writes.
		{"oil imports pipeline rotterdam", "Oil prices barely moved"},
		{"Sanktionen Pipeline Importe Rotterdam", "Der Ölpreis"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
