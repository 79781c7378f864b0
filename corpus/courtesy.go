package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/courtesy.json
var courtesyJSON []byte

// courtesyLex is data/courtesy.json: the formulas, and the words that may
// follow one ("for having me").
type courtesyLex struct {
	formulas []string
	fillers  []string
}

var courtesyData = sync.OnceValue(func() courtesyLex {
	var d struct {
		Formulas []string `json:"formulas"`
		Fillers  []string `json:"fillers"`
	}
	mustDecodeJSON("data/courtesy.json", courtesyJSON, &d)
	return courtesyLex{formulas: d.Formulas, fillers: d.Fillers}
})

// courtesyOnly reports whether a statement's text is only a formula of
// thanks or greeting: "Thank you, Helen.", "Thanks for having me.",
// "Merci à vous.", "Дякую.". A transcript's guest ends the interview so;
// the turn is a label's like any other but says nothing about the plan.
// The formula may be followed by a filler ("for having me") and by a
// vocative of at most two capitalised words ("Helen", "Frau Weber").
func courtesyOnly(text string) bool {
	low := strings.ToLower(strings.TrimSpace(text))
	if len(low) > 60 {
		return false
	}
	low = strings.TrimRight(low, ".!… ")
	lx := courtesyData()
	best := -1 // the longest formula the text opens with, as a whole word
	for i, f := range lx.formulas {
		if r, ok := strings.CutPrefix(low, f); ok && (r == "" || !unicode.IsLetter(firstRune(r))) && (best < 0 || len(f) > len(lx.formulas[best])) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	rest := low[len(lx.formulas[best]):]
	rest = strings.TrimLeft(rest, " ,")
	for _, f := range lx.fillers {
		if r, ok := strings.CutPrefix(rest, f); ok {
			rest = strings.TrimLeft(r, " ,")
			break
		}
	}
	// what is left may only be a vocative: a name of one or two words
	return len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ",;:")
}
