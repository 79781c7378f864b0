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

// askedOpeners are data/askedaside.json's openers, lower case.
var askedOpeners = sync.OnceValue(func() map[string]bool {
	var d struct {
		Openers []string `json:"openers"`
	}
	mustDecodeJSON("data/askedaside.json", askedAsideJSON, &d)
	return setOf(d.Openers)
})

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
	if !askedOpeners()[lowerString(strings.Trim(firstWord(label[j+2:]), ","))] {
		return -1
	}
	return j
}
