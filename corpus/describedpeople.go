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
	"strings"
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

// maxKinAside is the most words a relative clause or a bracketed aside
// after a relative's first name may have: ", who grew up in Ohio and has
// opinions about paprika,".
const maxKinAside = 16

// kinNamed emits the statement of a relative the writer names by first
// name alone after a possessive and a person noun: "My husband Tom, who
// grew up in Ohio, says …", "My daughter Nina (she's 12) announced at
// dinner that …", "Mi vecina Halyna, profesora de instituto, lo resume
// así: …". Blogs and readers' letters name family and neighbours so; the
// first name is the speaker, the noun its role, or the aside after the name
// when it says what the person is rather than opening a relative clause. A second capitalised
// word is a full name, which the name rules read ("His mother Iryna
// Dovbnia, who helps in the tea bar, says"). The sentence opens with the
// possessive (possessiveSource checked it).
func (x *extractor) kinNamed(s string, toks []tok, pos int) bool {
	if len(toks) < 5 || !describedPeople().persons[lowerWord(toks[1])] || toks[1].trail != "" || !isCapital(toks[2].word) ||
		toks[2].trail != "" && toks[2].trail != "," || x.lx.bodies[lowerWord(toks[2])] != "" || x.lx.isRole(lowerWord(toks[2])) {
		return false
	}
	k, role := 3, toks[1].word
	switch {
	case toks[2].trail == ",":
		for k < len(toks) && k-3 < maxKinAside && toks[k].trail != "," {
			k++ // ", who grew up in Ohio and has opinions about paprika,"
		}
		if l := lowerWord(toks[3]); k < len(toks) && l != "who" && !x.lx.relPronouns[l] && !clauseOpener(toks[3]) {
			role = tokensText(toks[3 : k+1]) // "Mi vecina Halyna, profesora de instituto, lo resume así": what she is
		}
		k++
	case strings.HasPrefix(toks[3].raw, "("):
		for k < len(toks) && k-3 < maxKinAside && !strings.HasSuffix(toks[k].raw, ")") {
			k++ // "(she's 12)"
		}
		k++
	case isCapital(toks[3].word):
		return false // a full name
	}
	if k < len(toks)-2 && x.lx.auxiliaries[toks[k].low] {
		k++ // "Ma fille Léa a dit que …"
	}
	if k >= len(toks)-1 || !x.sayVerbAt(s, toks, k) {
		return false
	}
	text, direct := x.content(s, toks, k, false)
	if text == "" || !direct && subjectless(text) {
		return false
	}
	sp := &speaker{name: toks[2].word, role: cleanRole(role), kind: kindPerson}
	x.people[sp.name] = sp
	x.emit(sp, text, direct, pos)
	return true
}

// maxDescribedPostWords is the most words a post named before its holder may have:
// "Our treasurer", "the club's head steward".
const maxDescribedPostWords = 4

// describedPost reports whether toks, the words before a name set off by
// commas, are a short post or person description ending in a postNouns or
// personNouns noun: "Our treasurer, Alan Prideaux, warned", "Our patron,
// Dame Felicity Ormerod, told". The title lexicon does not hold a club's
// or a charity's posts; the holder named after them is the speaker.
func describedPost(toks []tok) bool {
	if len(toks) == 0 || len(toks) > maxDescribedPostWords {
		return false
	}
	l := lowerWord(toks[len(toks)-1])
	return describedPeople().posts[l] || describedPeople().persons[l]
}

// writerPossessive reports whether t is a possessive of the writer's side
// or of the person spoken of ("our", "nuestra", "unser", "наш"), the
// openers of possessiveSource and describedpeople.json's possessives.
func writerPossessive(t tok) bool {
	l := lowerWord(t)
	return possessiveLexicon().openers[l] || describedPeople().possessives[l]
}

// describedAsName returns an unnamed source described as sp's name says
// when a reader took a possessive and a person noun opening a sentence for
// a name ("Mein Mitbewohner aus Lwiw meint, …", "Mein Schwager in Charkiw
// schreibt …": German writes the noun with a capital): a private person the
// writer knows, not someone called "Mein Mitbewohner". sp is returned as
// it is otherwise.
func describedAsName(sp *speaker) *speaker {
	if sp == nil || sp.kind != kindPerson {
		return sp
	}
	first, rest, ok := strings.Cut(sp.name, " ")
	if !ok {
		return sp
	}
	noun, _, _ := strings.Cut(rest, " ")
	lp := describedPeople()
	if !lp.possessives[lowerString(first)] || !lp.persons[lowerString(noun)] {
		return sp
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(sp.name), kind: kindGroup}
}
