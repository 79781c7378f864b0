package corpus

import (
	"strings"
	"sync"
)

// A person the writer describes by their own relation to them, then names:
// "Our violinist Ruth Anstey asked …", "Our standards editor Hannah Odum
// says …", "Наш фиксер в Дубае Карим Хаддад предупреждает …", "My old
// tutor, Dr Simon Achterberg, told me …", "Антон Гуров, наш завхоз,
// считает …". Club notes, newsletters, speeches and briefings introduce
// their own people so, and the description is the person's role (the
// gold sets write "our violinist", "наш завхоз"). The role memory read a
// title before a name only as far as roles.json's title words go, so such a
// person got no role ("violinist", "завхоз" are no titles) or only the
// last word ("editor" of "Our standards editor").
//
// A first-person possessive (the writer's own side: "our", "my", "наш",
// "notre", "unser", …) makes the lower-case words after it a description
// of someone whatever the noun, where "his rival Donald Trump" or "її
// колега" would not be a role of the one named; so third-person
// possessives (relations.json's) open none.

// maxPossessiveRoleWords is the most lower-case words a possessive
// description may hold before the name: "our P&I correspondent", "my old
// tutor".
const maxPossessiveRoleWords = 4

// firstPersonPossessives are the possessive words of speakers.json's
// possessiveSources and describedpeople.json's possessives that are not
// relations.json's third-person ones.
var firstPersonPossessives = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, m := range []map[string]bool{possessiveLexicon().openers, describedPeople().possessives} {
		for w := range m {
			if _, third := relationData().possessives[w]; !third {
				out[w] = true
			}
		}
	}
	return out
})

// possessiveRoles learns a first-person possessive description before a
// name ("Our violinist Ruth Anstey", "My old tutor, Dr Simon Achterberg,")
// or set off after one ("Антон Гуров, наш завхоз,"): the possessive and
// one to maxPossessiveRoleWords lower-case words, perhaps with a place
// after a tail preposition ("Наш фиксер в Дубае"). The description must
// open its clause (the sentence or after punctuation) before a name, and
// be closed by a comma or the sentence's end after one; it holds no
// speech verb.
func (x *extractor) possessiveRoles(toks []tok) {
	ps := firstPersonPossessives()
	for i := 0; i+2 < len(toks); i++ {
		if !ps[lowerWord(toks[i])] || toks[i].trail != "" {
			continue
		}
		m := i + 1
		for m < len(toks) && m-i <= maxPossessiveRoleWords && !isCapital(toks[m].word) && !x.lx.sayVerbs[lowerWord(toks[m])] && !x.lx.thatWords[lowerWord(toks[m])] && !x.lx.honorifics[lowerWord(toks[m])] {
			m++
			if toks[m-1].trail != "" {
				break
			}
		}
		if m == i+1 || m >= len(toks) || x.lx.sayVerbs[lowerWord(toks[m-1])] { // (an honorific ends the description: "наш капелан отець Петро Ярема")
			continue
		}
		if toks[m-1].trail == "" && describedPeople().tailPreps[lowerWord(toks[m-1])] && m+2 < len(toks) && toks[m].trail == "" && isCapital(toks[m+1].word) && isCapital(toks[m+2].word) {
			m++ // "Наш фиксер в Дубае Карим Хаддад": the place, then the name
		}
		role := strings.Join(tokWords(toks[i:m]), " ")
		// after a name: "Антон Гуров, наш завхоз,"
		if i >= 2 && toks[i-1].trail == "," && toks[i-2].trail == "" && isCapital(toks[i-1].word) && isCapital(toks[i-2].word) {
			if t := toks[m-1].trail; (t == "," || m == len(toks)) && x.nameLike(toks[i-2:i]) {
				x.learnApposRole(tokWords(toks[i-2:i]), role)
			}
			continue
		}
		// before a name, opening the clause
		if i > 0 && toks[i-1].trail == "" || toks[m-1].trail != "" && toks[m-1].trail != "," {
			continue
		}
		n := m
		if n < len(toks) && x.lx.honorifics[lowerWord(toks[n])] {
			n++ // "My old tutor, Dr Simon Achterberg,"
		}
		c := n
		for c < len(toks) && c-n < 3 && isCapital(toks[c].word) && (c == n || toks[c-1].trail == "") {
			c++
		}
		if c-n < 2 || !x.nameLike(toks[n:c]) {
			continue // one capitalised word is not sure to be a name ("Our team Monday")
		}
		x.learnApposRole(tokWords(toks[n:c]), role)
		i = c - 1
	}
}

// possessiveAppos reads "Name, our DESCRIPTION," before a speech verb: the
// person the head names, with the first-person possessive description as
// their role when they have none ("Пётр Ларин, наш завхоз, считает").
// Without it a description whose noun is no title or known person noun
// left the sentence with no speaker.
func (x *extractor) possessiveAppos(head string, htoks, atoks []tok) *speaker {
	if len(atoks) < 2 || len(atoks) > maxPossessiveRoleWords+1 || !firstPersonPossessives()[lowerWord(atoks[0])] {
		return nil
	}
	for _, t := range atoks[1:] {
		if isCapital(t.word) || x.lx.sayVerbs[lowerWord(t)] {
			return nil
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" {
		sp.role = cleanRole(strings.Join(tokWords(atoks), " "))
		x.people[sp.name] = sp
	}
	return sp
}
