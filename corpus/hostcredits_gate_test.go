// Tests of creditAt's first-word gate: it must never refuse a word at
// which the credits, tried one by one, would match.

package corpus

import (
	"math/rand"
	"strings"
	"testing"
)

func creditWords(p string) (words, lowered []string) {
	words = strings.Fields(creditSpacer.Replace(p))
	for _, w := range words {
		lowered = append(lowered, lowerString(w))
	}
	return words, lowered
}

func TestCreditAtGate(t *testing.T) {
	cases := []struct {
		text string
		at   int // word index
		want int
	}{
		{"Host: Dana Whitcombe", 0, 1},
		{"HOSTED BY: Dana Whitcombe", 0, 2},
		{"Conduce : Giulia Rossetti · Ospite: Paolo Zanardi", 0, 2},
		{"Moderiert von: Jana Roth", 0, 2},
		{"Présenté par : Claire Dubois", 0, 3},
		{"Ведущий: Иван Петров", 0, 1},
		{"Prowadzi: Anna Nowak", 0, 1},
		{"A cura di: Marco Bianchi", 0, 3},
		{"Recorded in Kyiv. Presenter: Tamsin Orrell", 3, 1},
		// negatives
		{"the host of the show said", 1, 0},      // not after a field's punctuation
		{"Ospite: Paolo Zanardi", 0, 0},          // a guest's credit
		{"Hostile: nothing here", 0, 0},          // a longer word
		{"Gość: Jan Kowalski", 0, 0},             // a guest, Polish
		{"Moderiert am Montag: Jana Roth", 0, 0}, // first word alone is no credit
		{"Présenté hier: Claire Dubois", 0, 0},   // likewise
	}
	for _, c := range cases {
		words, lowered := creditWords(c.text)
		if got := creditAt(words, lowered, c.at); got != c.want {
			t.Errorf("creditAt(%q, %d) = %d, want %d", c.text, c.at, got, c.want)
		}
	}
	// The gate is a necessary condition: on texts pieced from credit words,
	// colons, capitals and punctuation, gated and ungated agree everywhere.
	var pieces []string
	for _, c := range hostCredits() {
		pieces = append(pieces, c...)
		pieces = append(pieces, strings.ToUpper(c[0]), c[0]+":", strings.ToUpper(c[len(c)-1])+":")
	}
	pieces = append(pieces, ":", ".", "·", "|", "Dana", "Whitcombe,", "and", "the", "ospite:", "*")
	r := rand.New(rand.NewSource(53))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(8) + 1; k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		words, lowered := creditWords(b.String())
		for i := range words {
			if g, u := creditAt(words, lowered, i), creditTried(words, lowered, i); g != u {
				t.Fatalf("%q word %d: gated %d, ungated %d", b.String(), i, g, u)
			}
		}
	}
}
