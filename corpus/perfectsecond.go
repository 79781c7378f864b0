package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/perfectsecond.json
var perfectSecondJSON []byte

// perfectSecondAux is data/perfectsecond.json's auxiliaries.
var perfectSecondAux = sync.OnceValue(func() map[string]bool {
	var d struct {
		Auxiliaries []string `json:"auxiliaries"`
	}
	mustDecodeJSON("data/perfectsecond.json", perfectSecondJSON, &d)
	return set(d.Auxiliaries)
})

// perfectSecond reads a verb-second sentence in the perfect: a short
// phrase of time or place first, the auxiliary second, the speaker after
// it and the speech participle last, then what was said: "Am Dienstag
// hatte Wladimir Putin auf einem Forum gesagt, dass Russland …",
// "Dezelfde middag had Vladimir Poetin op een investeringsforum gezegd
// dat …". verbSecond reads the simple past ("Am Mittwoch sagte Merz, …"),
// whose verb comes before the speaker; here the verb closes the clause.
func (x *extractor) perfectSecond(s string, toks []tok, pos int) bool {
	aux := perfectSecondAux()
	ai := -1
	for i := 1; i <= 4 && i < len(toks); i++ {
		if toks[i-1].trail != "" {
			return false // the opening phrase is set off: not a verb-second sentence
		}
		if aux[lowerWord(toks[i])] {
			ai = i
			break
		}
	}
	if ai < 0 || toks[ai].trail != "" {
		return false
	}
	for p := ai + 2; p+2 < len(toks) && p <= ai+12; p++ {
		if !x.lx.sayVerbs[lowerWord(toks[p])] {
			if toks[p].trail != "" && toks[p].trail != "," {
				return false
			}
			continue
		}
		if toks[p].trail != "" && toks[p].trail != "," || !x.lx.thatWords[lowerWord(toks[p+1])] {
			return false
		}
		sp := x.subjectAfter(toks[:p], ai+1)
		if sp == nil || sp.kind == kindPerson && sp.name == "" {
			return false
		}
		x.emit(sp, trimSentenceEnd(s[toks[p+2].start:]), false, pos)
		return true
	}
	return false
}
