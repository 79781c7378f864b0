// A person's gender from their given name, so that a gendered pronoun
// ("she said", "er sagte", "вона додала") looks past a person of the other
// gender to the nearest one that fits (stop 66, zgender).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/givengenders.json
var givenGendersJSON []byte

// givenGenderData is data/givengenders.json: byName maps a lower-case
// given name to "m" or "f" (names of either gender are not in it);
// genderless holds the languages whose pronoun tells no gender.
type givenGenderData struct {
	byName     map[string]string
	genderless map[string]bool
}

// givenGenders is data/givengenders.json, read once.
var givenGenders = sync.OnceValue(func() givenGenderData {
	var d struct {
		Genderless []string `json:"genderlessPronouns"`
		Male       []string `json:"male"`
		Female     []string `json:"female"`
	}
	mustDecodeJSON("data/givengenders.json", givenGendersJSON, &d)
	m := make(map[string]string, len(d.Male)+len(d.Female))
	for _, n := range d.Male {
		m[n] = "m"
	}
	for _, n := range d.Female {
		m[n] = "f"
	}
	return givenGenderData{byName: m, genderless: set(d.Genderless)}
})

// givenNameGender is the gender the first word of the full name canon
// shows ("Marco Rubio" m, "Kaja Kallas" f), "" when the name is a single
// word, its first word is no given name or one of either gender, or the
// switch is off. A lone word is left alone: a surname read by itself
// ("Rubio", "Martin") may be someone's given name.
func (x *extractor) givenNameGender(canon string) string {
	if x.noGivenGender || givenGenders().genderless[x.src.Lang] {
		return "" // Finnish "hän" is read as "he": a woman's name would turn it away from her
	}
	first, rest, ok := strings.Cut(canon, " ")
	if !ok || rest == "" {
		return ""
	}
	if i := strings.IndexByte(first, '-'); i > 0 {
		first = first[:i] // "Jean-Marc", "Anna-Lena": the first part tells, when it is of one gender
	}
	var buf [64]byte
	if len(first) > len(buf) {
		return ""
	}
	return givenGenders().byName[string(appendLower(buf[:0], first))]
}

// givenGenderFallback is the person who made the statement just before,
// for a gendered pronoun no person fits, when that person's gender came
// from the given name alone: "Halyna Ostapchuk … told reporters that …
// Asked whether …, he said …" (a text's slip, or a name of the other
// gender in another language) still goes to her rather than to nobody.
func (x *extractor) givenGenderFallback() *speaker {
	sp := x.lastSpeaker
	if sp == nil || !sp.givenGender || sp.kind != kindPerson || x.lastStmtSentence != x.sentenceNo-1 || x.prevSentencePara != x.pos {
		return nil
	}
	if holdsGivenName(x.curSentence) {
		return nil // "Graham pointed out that …, he said": the sentence names whom the pronoun means
	}
	return sp
}

// holdsGivenName reports whether sentence s holds a capitalised given name
// (givennames.json), a person the pronoun may stand for.
func holdsGivenName(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if isCapital(w) && givenNames()[lowerString(w)] {
			return true
		}
	}
	return false
}

// namedBeforeAside is the person an "as he put it" aside stands for when
// its own sentence names one in full before it ("Our rep Neil Ormerod,
// who follows the grain markets, brought in the plan because, as he put
// it, …"): the first given name (givennames.json) followed by a capitalised
// word, if the pronoun's gender want fits them. Without it the aside went
// to the last speaker of that gender, whom a given name's gender now often
// makes fit.
func (x *extractor) namedBeforeAside(head, want string) *speaker {
	if x.noGivenGender {
		return nil
	}
	words := strings.Fields(head)
	for i := 0; i+1 < len(words); i++ {
		given := strings.TrimFunc(words[i], func(r rune) bool { return !unicode.IsLetter(r) })
		if given != words[i] || !isCapital(given) || !givenNames()[lowerString(given)] {
			continue
		}
		surname := strings.TrimRight(words[i+1], ",;:")
		if !nameWord(surname) {
			continue
		}
		if sp := x.person([]string{given, surname}, ""); personOfGender(sp, want) && (sp.gender == "" || sp.gender == want) {
			return sp
		}
		return nil
	}
	return nil
}

// newcomerFitting is the person a paragraph's opening sentence newly named
// (newcomer.go's conditions) when a gendered pronoun later in the
// paragraph fits no one else: "«…», sagt Anna Keller. Vorsichtiger ist der
// Militärhistoriker Paul Brandner. … meint er." — newcomer turns a pronoun
// from the last speaker to the newcomer, but once Anna's given name makes
// her a woman "er" resolves to no one and newcomer is never asked.
func (x *extractor) newcomerFitting(want string) *speaker {
	m, o := x.mentionTally, x.opening
	if newcomerOff || x.noGivenGender || len(x.mentioned) == 0 || m.count != 1 || m.para != x.pos || o.para != x.pos || m.sentence != o.sentence || o.pronoun || m.sentence >= x.sentenceNo {
		return nil
	}
	if nc := x.mentioned[len(x.mentioned)-1]; nc.name != unnamedSpeaker && personOfGender(nc, want) && (nc.gender == "" || nc.gender == want) {
		return nc
	}
	return nil
}
