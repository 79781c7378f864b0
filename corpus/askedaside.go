// Asked asides: a speaker label whose comma opens what the person was
// asked, before the colon that gives their answer ("Trump, asked whether
// it was his final offer: no, …", "Trump, preguntado si era su última
// oferta: no, …", "Merz, gefragt, ob …: Nein, …"). The label is the name
// before the comma; the question is never the statement, the words after
// the colon are (colonLabel in labels.go).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/askedaside.json
var askedAsideJSON []byte

// askedLex is data/askedaside.json as look-ups.
type askedLex struct {
	openers map[string]bool // first words of an asked aside
	fronts  [][]string      // question fronts, word by word
}

var askedData = sync.OnceValue(func() *askedLex {
	var d struct {
		Openers []string `json:"openers"`
		Fronts  []string `json:"questionFronts"`
	}
	mustDecodeJSON("data/askedaside.json", askedAsideJSON, &d)
	a := &askedLex{openers: setOf(d.Openers)}
	for _, f := range d.Fronts {
		a.fronts = append(a.fronts, strings.Fields(f))
	}
	return a
})

// askedOpeners are data/askedaside.json's openers, lower case.
func askedOpeners() map[string]bool { return askedData().openers }

// maxQuestionClause bounds the words of a fronted question clause.
const maxQuestionClause = 30

// questionFrontVerb returns, when toks open with a question front whose
// clause runs to a comma right before a speech verb ("Auf die Frage, ob
// der Plan endgültig sei, sagte …"), the index of that verb; 0 otherwise.
func (x *extractor) questionFrontVerb(toks []tok) int {
	for _, f := range askedData().fronts {
		if len(toks) <= len(f)+2 {
			continue
		}
		same := true
		for i, w := range f {
			if lowerWord(toks[i]) != w || i < len(f)-1 && toks[i].trail != "" {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		for k := len(f); k < len(toks)-1 && k < len(f)+maxQuestionClause; k++ {
			if toks[k].trail == "," && x.lx.sayVerbs[lowerWord(toks[k+1])] {
				return k + 1
			}
		}
	}
	return 0
}

// maxAskedLabel is the longest label, in bytes, an asked aside may make:
// the question takes more room than a name's usual 60.
const maxAskedLabel = 220

// askedAsideAt returns where the comma before an asked aside stands in a
// label ("Trump, asked whether …" gives 5), or -1 when the label has none.
// Only the first comma counts: the name stands before it.
func askedAsideAt(label string) int {
	j := strings.Index(label, ", ")
	if j <= 0 || strings.Count(label[:j], " ") > 4 {
		return -1
	}
	if !lowerIn(askedOpeners(), strings.Trim(firstWord(label[j+2:]), ",")) {
		return -1
	}
	return j
}
