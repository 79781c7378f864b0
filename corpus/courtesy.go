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
	joins    []string // "and", "y": the word joining two formulas
}

var courtesyData = sync.OnceValue(func() courtesyLex {
	var d struct {
		Formulas []string `json:"formulas"`
		Fillers  []string `json:"fillers"`
		Joins    []string `json:"joins"`
	}
	mustDecodeJSON("data/courtesy.json", courtesyJSON, &d)
	return courtesyLex{formulas: d.Formulas, fillers: d.Fillers, joins: d.Joins}
})

// courtesyOnly reports whether a statement's text is only a formula of
// thanks or greeting: "Thank you, Helen.", "Thanks for having me.",
// "Merci à vous.", "Дякую.". A transcript's guest ends the interview so;
// the turn is a label's like any other but says nothing about the plan.
// The formula may be followed by a filler ("for having me") and by a
// vocative of at most two capitalised words ("Helen", "Frau Weber").
func courtesyOnly(text string) bool {
	low := lowerString(strings.TrimSpace(text))
	if len(low) > 60 {
		return false
	}
	low = strings.TrimRight(low, ".!… ")
	// "Buenos días, Lucía, y buenos días a los oyentes": formulas joined
	// by commas and "and", with vocatives between them; the first part is
	// a formula
	for i, part := range courtesyParts(low) {
		if courtesyFormula(part) {
			continue
		}
		// what is left may only be a vocative: a name of one or two words
		if i == 0 || len(strings.Fields(part)) > 2 {
			return false
		}
	}
	return true
}

// courtesyParts cuts a lower-case courtesy line at its commas and at the
// word joining two formulas ("and", "y", "und").
func courtesyParts(low string) []string {
	var parts []string
	for p := range strings.SplitSeq(low, ",") {
		p = strings.TrimSpace(p)
		for _, j := range courtesyData().joins {
			if r, ok := strings.CutPrefix(p, j+" "); ok {
				p = r
				break
			}
		}
		if p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// courtesyFormula reports whether a part of a courtesy line is a formula,
// as a whole word, and at most a filler ("for having me", "a los oyentes")
// and a vocative after it.
func courtesyFormula(part string) bool {
	lx := courtesyData()
	best := -1 // the longest formula the part opens with, as a whole word
	for i, f := range lx.formulas {
		if r, ok := strings.CutPrefix(part, f); ok && (r == "" || !unicode.IsLetter(firstRune(r))) && (best < 0 || len(f) > len(lx.formulas[best])) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	rest := strings.TrimLeft(part[len(lx.formulas[best]):], " ")
	for _, f := range lx.fillers {
		if r, ok := strings.CutPrefix(rest, f); ok {
			rest = strings.TrimLeft(r, " ")
			break
		}
	}
	return len(strings.Fields(rest)) <= 2 && !containsAny(rest, ";:")
}
