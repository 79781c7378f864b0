// A host's courtesies reported as acts. A newsletter or a club's minutes
// report the chair thanking the helpers and welcoming the room ("Lowenna
// Hocking thanked the fundraisers for the record raffle", "Geoffrey Lanyon
// welcomed thirty-one members and two visitors", "Bürgermeisterin Karin
// Seidl dankte den Ehrenamtlichen", "Лариса Петрівна привітала всіх із
// Новим роком"). The act verbs of predicate.go keep such a predicate as a
// statement, which it is when the thanks go to a government or a named
// person ("thanked European leaders for their help"); thanks or a greeting
// to the room, the guests or the helpers say nothing, and are dropped.
// Over the released sets at the start of stop 71 they were extra
// statements in ZZB, ZZC, ZZO, ZZP, ZZQ and ZZR (en, de, uk). The words
// are data/courtesyacts.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/courtesyacts.json
var courtesyActsJSON []byte

// courtesyActWords is how many words after the verb may come before the
// audience noun: an article, a quantifier and a number ("rund 180 Gäste",
// "the fundraisers", "thirty-one members").
const courtesyActWords = 3

type courtesyActLex struct {
	acts      map[string][]string        // per language: "thanked", "ha ringraziato"
	audiences map[string]map[string]bool // per language: "everyone", "gäste"
}

var courtesyActData = sync.OnceValue(func() courtesyActLex {
	var d struct {
		Acts      map[string][]string `json:"acts"`
		Audiences map[string][]string `json:"audiences"`
	}
	mustDecodeJSON("data/courtesyacts.json", courtesyActsJSON, &d)
	return courtesyActLex{acts: d.Acts, audiences: langSets(d.Audiences)}
})

// courtesyAct reports whether a reported statement's text is a host's
// thanks or greeting to the room: an act verb of the document's language
// opening it and an audience noun among the next courtesyActWords words,
// with no verb of saying after it: "thanked the speaker on behalf of the
// guests and said his club would match our total" says something.
func (x *extractor) courtesyAct(text string) bool {
	lx := courtesyActData()
	acts := lx.acts[x.src.Lang]
	if len(acts) == 0 {
		return false
	}
	low := lowerString(text)
	for _, a := range acts {
		rest, ok := strings.CutPrefix(low, a+" ")
		if !ok {
			continue
		}
		n := 0
		for w := range strings.FieldsSeq(rest) {
			if lx.audiences[x.src.Lang][strings.Trim(w, ",.;:!?«»\"“”„()")] {
				return !x.saysMore(rest)
			}
			if n++; n == courtesyActWords {
				break
			}
		}
		return false
	}
	return false
}

// dropCourtesyActs drops the reported statements courtesyAct names. It
// runs once the document is read, so what the act's sentence gave the
// readers before it was dropped stays as it was: the speaker's full name
// for the clause after "and said", the quotation inside it ("welcomed
// guests … and then, \"for the benefit of the councillors\", in English")
// read as no statement of its own.
func (x *extractor) dropCourtesyActs() {
	if x.noCourtesyAct {
		return
	}
	kept := x.out[:0]
	for _, st := range x.out {
		if !st.Direct && x.courtesyAct(st.Text) {
			continue
		}
		kept = append(kept, st)
	}
	clear(x.out[len(kept):])
	x.out = kept
}

// saysMore reports whether the lower-case words after a courtesy's verb
// hold a verb of saying.
func (x *extractor) saysMore(rest string) bool {
	for w := range strings.FieldsSeq(rest) {
		if x.lx.sayVerbs[strings.Trim(w, ",.;:!?«»\"“”„()")] {
			return true
		}
	}
	return false
}
