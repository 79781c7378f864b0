package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// describedPerson reads "Olena Hollis, a councillor, said", "Tom Brandt,
// 54, said", "Anke Roth, eine Lehrerin aus Celle, sagte": a person's
// name, then what the report says the person is, with an indefinite
// article or an age. Local and wire coverage describes the people it
// quotes in words no title list holds (a schoolteacher, a retired
// engineer, a volunteer at the shelter); read only through the role
// lexicon, such a sentence gave no statement at all. The name must read
// as a person on its own, and the description must be short and hold no
// speech verb or quotation, so a clause ("a day after he met Rubio") or
// a quoted aside is not taken for what the person is. An age or a time
// phrase ("a day after the vote") is not what the person is: this reading
// gives them no role.
func (x *extractor) describedPerson(head string, htoks, atoks []tok) *speaker {
	if len(htoks) < 2 || len(htoks) > 4 || strings.Contains(head, ", ") || len(atoks) == 0 || len(atoks) > maxDescribedAside {
		return nil
	}
	for _, t := range htoks {
		if !isCapital(t.word) || t.trail != "" && t.trail != "." {
			return nil
		}
	}
	age := isAge(atoks[0].word)
	words := apposNounWords()
	if !age && (len(atoks) < 2 || !words.articles[atoks[0].low]) {
		return nil
	}
	when := !age && words.timeNouns[lowerWord(atoks[1])] // "a day after the vote": when, not what the person is
	if age && len(atoks) > 1 {
		return nil // "Tom Brandt, 54 years after …": only the age alone
	}
	for _, t := range atoks {
		if x.lx.sayVerbs[t.low] || containsAny(t.raw, "“”\"«»„") {
			return nil
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if !age && !when && sp.role == "" {
		sp.role = cleanRole(tokensText(atoks))
		x.people[sp.name] = sp
	}
	return sp
}

// maxDescribedAside is the longest description describedPerson reads:
// "a retired engineer from the eastern suburbs" is eight words; what runs
// longer is more often a clause than what someone is.
const maxDescribedAside = 8

//go:embed data/apposnoun.json
var apposNounJSON []byte

// apposNounWords are data/apposnoun.json's word lists: the indefinite
// articles that open a person's description, the time nouns that make
// the aside a time phrase instead, and the words around an age aside.
var apposNounWords = sync.OnceValue(func() apposNounLists {
	var d struct {
		Articles  []string `json:"articles"`
		TimeNouns []string `json:"time_nouns"`
		AgeUnits  []string `json:"age_units"`
		AgeLeads  []string `json:"age_leads"`
	}
	mustDecodeJSON("data/apposnoun.json", apposNounJSON, &d)
	return apposNounLists{set(d.Articles), set(d.TimeNouns), set(d.AgeUnits), set(d.AgeLeads)}
})

// apposNounLists holds apposNounWords' look-sets.
type apposNounLists struct{ articles, timeNouns, ageUnits, ageLeads map[string]bool }

// isAge reports whether w is a person's age as reports give it after a
// name: one to three digits, no more than 110.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n >= 14 && n <= 110
}

// tokensText is the words of ts joined by spaces.
func tokensText(ts []tok) string {
	return strings.Join(tokWords(ts), " ")
}
