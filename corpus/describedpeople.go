// Ordinary people as speakers: community texts (blogs, club newsletters,
// parish letters, focus-group reports, client memos) quote people the
// writer does not name by a relation or an ordinary condition: "A friend
// in Kyiv told Dev that …", "One listener in Norfolk, who prefers not to
// be named, told the room …", "Un collega di Leopoli ha aggiunto che …",
// "Респондентка з Харкова (Р3, 52 роки) сказала: …", "Контрагент в
// Стамбуле сообщил нам, что …". They are unnamed sources (unnamed.go) whose
// noun is no wire-copy noun (official, source, diplomat), so the noun
// counts only when the phrase shows it describes one person: an indefinite
// or a possessive before it, or, in the languages without articles, a
// capitalised place after it. A post of the writer's own side after a
// possessive ("Our head steward says …", "Unser Küster erinnerte …") is a
// role-only speaker: the description is the speaker (possessivesource.go).

package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/describedpeople.json
var describedPeopleJSON []byte

// describedPeople holds data/describedpeople.json's lists.
var describedPeople = sync.OnceValue(func() (l struct{ persons, posts, possessives, tailPreps map[string]bool }) {
	var d struct {
		Persons     []string `json:"personNouns"`
		Posts       []string `json:"postNouns"`
		Possessives []string `json:"possessives"`
		TailPreps   []string `json:"tailPreps"`
	}
	mustDecodeJSON("data/describedpeople.json", describedPeopleJSON, &d)
	l.persons, l.posts, l.possessives, l.tailPreps = set(d.Persons), set(d.Posts), set(d.Possessives), set(d.TailPreps)
	return l
})

// maxDescribedModifiers is how many words may stand between the opening
// word and the person noun: "one mother", "a Gulf banker", "Молодий
// чоловік", "un operador" (the words after the noun are the place).
const maxDescribedModifiers = 2

// describedPersonNoun is the index of the person noun of a description
// opening at from, -1 when there is none. The noun must be one of
// personNouns, at most maxDescribedModifiers lower-case or capitalised
// words after an indefinite ("A Gulf banker", "One mother from Kherson
// region"), or opening the phrase itself or after lower-case adjectives
// with a capitalised place after a tail preposition ("Молодий чоловік з
// Дніпра", "Контрагент в Стамбуле"). An English noun followed by "of" is
// no description ("a friend of the court", a brief), nor a noun with a
// name in apposition after it ("A reader, Tomas from Vilnius,").
func (x *extractor) describedPersonNoun(toks []tok, from int) int {
	lp := describedPeople()
	indef := x.lx.indefinites[lowerWord(toks[from])] || oneOfOpener(x, toks[from:])
	start := from
	if indef {
		start = from + 1
	}
	for n := start; n < len(toks)-1 && n <= start+maxDescribedModifiers; n++ {
		if n > start && toks[n-1].trail != "" {
			return -1 // the phrase is over before the noun
		}
		l := lowerWord(toks[n])
		if lp.persons[l] {
			if toks[n].trail == "" && toks[n+1].low == "of" || toks[n].trail == "," && isCapital(toks[n+1].word) {
				return -1 // "a friend of the court"; "A reader, Tomas from Vilnius,": named
			}
			if indef || placeAfter(toks, n) {
				return n
			}
			return -1
		}
		if !indef && (isCapital(toks[n].word) && n > start || hasDigit(toks[n].word)) || x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return -1 // a name, a count or the verb before any noun
		}
	}
	return -1
}

// placeAfter reports whether a tail preposition and a capitalised place
// follow the noun at n: "з Харкова", "в Стамбуле", "in Odesa".
func placeAfter(toks []tok, n int) bool {
	return n+2 < len(toks) && toks[n].trail == "" && toks[n+1].trail == "" &&
		describedPeople().tailPreps[lowerWord(toks[n+1])] && isCapital(toks[n+2].word)
}
