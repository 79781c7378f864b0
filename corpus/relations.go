// Relation references: a report names a person and goes on with someone
// who stands in a relation to them, without a name: "His spokesman said",
// "Il suo consigliere ha detto", "Sein Sprecher sagte", "Его помощник
// заявил", "Putin's aide said", "Помощник Путина заявил", "the adviser to
// Zelensky said". The speaker is never the person the relation is to (a
// back-reference by title would give Putin his spokesman's words): it is
// the person data/relations.json knows in that relation, when the
// document names them or the relation is one only one person has (a
// president's press secretary), and otherwise an unnamed speaker with the
// phrase as the role.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/relations.json
var relationsJSON []byte

// relationLex is data/relations.json as look-ups.
type relationLex struct {
	possessives map[string]string          // possessive word → the possessor's gender ("" unknown)
	links       map[string]bool            // "to", "di": noun → whose name
	nouns       map[string]bool            // relation nouns and phrases, lower case
	maxWords    int                        // the longest relation phrase, in words
	of          map[string][]relationEntry // the related person + "\x00" + noun → who
}

// relationEntry is one person known in a relation.
type relationEntry struct {
	person string
	sole   bool
}

var relationData = sync.OnceValue(func() *relationLex {
	var d struct {
		Possessives map[string]string `json:"possessives"`
		Links       []string          `json:"links"`
		Nouns       []string          `json:"nouns"`
		Relations   []struct {
			Person string   `json:"person"`
			Of     string   `json:"of"`
			Sole   bool     `json:"sole"`
			Nouns  []string `json:"nouns"`
		} `json:"relations"`
	}
	mustDecodeJSON("data/relations.json", relationsJSON, &d)
	r := &relationLex{possessives: d.Possessives, links: setOf(d.Links), nouns: map[string]bool{}, of: map[string][]relationEntry{}}
	add := func(n string) {
		r.nouns[n] = true
		if c := fieldCount(n); c > r.maxWords {
			r.maxWords = c
		}
	}
	for _, n := range d.Nouns {
		add(strings.ToLower(n))
	}
	for _, e := range d.Relations {
		for _, n := range e.Nouns {
			n = strings.ToLower(n)
			add(n)
			k := e.Of + "\x00" + n
			r.of[k] = append(r.of[k], relationEntry{person: e.Person, sole: e.Sole})
		}
	}
	return r
})

// relationOff turns the reading off, for tests that show what it changes.
var relationOff = false

// relationNounEnd returns how many of the last words of lows, at most
// maxWords, form a relation noun (the longest such), or 0.
func relationNounEnd(lows []string) int {
	r := relationData()
	for n := min(r.maxWords, len(lows)); n >= 1; n-- {
		if r.nouns[strings.Join(lows[len(lows)-n:], " ")] {
			return n
		}
	}
	return 0
}

// relationNounStart returns how many of the first words of lows form a
// relation noun (the longest), or 0.
func relationNounStart(lows []string) int {
	r := relationData()
	for n := min(r.maxWords, len(lows)); n >= 1; n-- {
		if r.nouns[strings.Join(lows[:n], " ")] {
			return n
		}
	}
	return 0
}

// possessiveRelation reports whether toks[k] is a possessive word that
// opens a relation phrase ending at toks[j] ("… and his spokesman said",
// "il suo consigliere ha detto"): the subject reader keeps it, so the
// phrase is read as a relation, not as the bare title.
func possessiveRelation(toks []tok, k, j int) bool {
	if relationOff || k >= j || j-k > 4 || toks[k].trail != "" {
		return false
	}
	if _, ok := relationData().possessives[toks[k].low]; !ok {
		return false
	}
	lows := make([]string, 0, 4)
	for _, t := range toks[k+1 : j+1] {
		lows = append(lows, lowerWord(t))
	}
	return relationNounEnd(lows) > 0
}

// byRelation reads a subject phrase (words, and lows in lower case, with
// no article before) as a relation reference; nil when it is none.
func (x *extractor) byRelation(words, lows []string) *speaker {
	if relationOff || len(lows) < 2 || len(lows) > 7 {
		return nil
	}
	r := relationData()
	// "his spokesman", "il suo consigliere", "его пресс-секретарь"
	if g, ok := r.possessives[lows[0]]; ok {
		n := relationNounEnd(lows[1:])
		if n == 0 || len(lows)-1-n > 2 || anyCapitalWord(words[1:len(words)-n]) {
			return nil // ("His adviser Yuri Ushakov": the name says who)
		}
		noun := strings.Join(lows[len(lows)-n:], " ")
		unnamed := &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
		anchor := x.possessor(g)
		if anchor == nil {
			return unnamed
		}
		if sp := x.relatedPerson(anchor.name, noun, lows[len(lows)-1], cleanRole(strings.Join(words[1:], " "))); sp != nil {
			return sp
		}
		return unnamed
	}
	// "Putin's aide", "Vladimir Putin's spokesman", "the Kremlin's spokesman"
	for i := 0; i < 2 && i < len(lows)-1; i++ {
		w := lows[i]
		base, ok := strings.CutSuffix(w, "'s")
		if !ok {
			base, ok = strings.CutSuffix(w, "’s")
		}
		if !ok {
			continue
		}
		n := relationNounEnd(lows[i+1:])
		if n == 0 || len(lows)-(i+1)-n > 2 {
			return nil
		}
		noun := strings.Join(lows[len(lows)-n:], " ")
		role := cleanRole(strings.Join(words, " "))
		nameWords := append(append([]string(nil), words[:i]...), words[i][:len(base)])
		if b, isBody := x.lx.bodies[strings.ToLower(strings.Join(nameWords, " "))]; isBody {
			// "the Kremlin's spokesman": who speaks for the body
			// (relations.json), else the office the body and the noun
			// name (offices.json's "kremlin spokesman")
			if sp := x.relatedPerson(b, noun, lows[len(lows)-1], role); sp != nil {
				return sp
			}
			if name, ok := officeTitles()[strings.ToLower(strings.Join(nameWords, " "))+" "+noun]; ok && x.documentNames(name) {
				return x.person(strings.Fields(name), role)
			}
			return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}
		}
		anchor, _ := x.anchorName(nameWords)
		if anchor == "" {
			return nil
		}
		if sp := x.relatedPerson(anchor, noun, lows[len(lows)-1], role); sp != nil {
			return sp
		}
		return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}
	}
	// "Помощник Путина", "adviser to Zelensky", "portavoce di Putin",
	// "Sprecher Putins": the noun, a link or none, and a known name
	n := relationNounStart(lows)
	if n == 0 || n >= len(lows) {
		return nil
	}
	rest := words[n:]
	linked := r.links[lows[n]]
	if linked {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 2 {
		return nil
	}
	for _, w := range rest {
		if !isCapital(w) {
			return nil
		}
	}
	anchor, oblique := x.anchorName(rest)
	if anchor == "" || !linked && !oblique {
		return nil // "Spokesman Dmitry Peskov", "Речник Дмитро Пєсков": the title and the name of who speaks
	}
	role := cleanRole(strings.Join(words, " "))
	noun := strings.Join(lows[:n], " ")
	if sp := x.relatedPerson(anchor, noun, lows[n-1], role); sp != nil {
		return sp
	}
	return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}
}

// relatedPerson is the person relations.json knows as the noun (or, for
// a phrase the data does not hold, its last word head) of the person
// called anchor: the one the document names, else the sole holder of
// the relation; nil when none or two fit.
func (x *extractor) relatedPerson(anchor, noun, head, role string) *speaker {
	r := relationData()
	es := r.of[anchor+"\x00"+noun]
	if len(es) == 0 && head != noun {
		es = r.of[anchor+"\x00"+head] // "top foreign-policy aide": an aide
	}
	found, sole := "", ""
	for _, e := range es {
		if e.person == anchor {
			continue
		}
		if x.documentNames(e.person) {
			if found != "" && found != e.person {
				return nil // two envoys named: which one is not said
			}
			found = e.person
		} else if e.sole {
			sole = e.person
		}
	}
	if found == "" {
		found = sole
	}
	if found == "" {
		return nil
	}
	return x.person(strings.Fields(found), role)
}

// possessor is the person a possessive opening a sentence's subject
// refers to: the known person the sentence before opened with, the one
// person it named, or the person who has just spoken; g is the gender
// the possessive implies ("" when it does not tell).
func (x *extractor) possessor(g string) *speaker {
	fits := func(sp *speaker) bool {
		return sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker && (g == "" || sp.gender == "" || sp.gender == g)
	}
	if sp := x.subjectBefore1(); fits(sp) {
		return sp
	}
	if g != "" {
		if sp := x.mentionedJustBefore(g); fits(sp) {
			return sp
		}
	}
	if n := len(x.speakers); n > 0 && fits(x.speakers[n-1]) && x.recent(x.speakers[n-1], 1) {
		return x.speakers[n-1]
	}
	return nil
}

// anchorName is the canonical name of a known person written as words,
// and whether they were written in a case form other than the name's own
// ("Путина", "Putins"), which makes them whose, not who; "" when the
// words name no one the document or the lexicon knows.
func (x *extractor) anchorName(words []string) (string, bool) {
	low := strings.ToLower(strings.Join(words, " "))
	if full, ok := x.short[low]; ok {
		return full, false
	}
	if p, ok := x.lx.people[low]; ok {
		return p.Name, false
	}
	if full := x.inflectedName(words); full != "" {
		return full, true
	}
	if g, ok := strings.CutSuffix(low, "s"); ok && len(words) == 1 {
		// "Putins Sprecher", "Sprecher Selenskyjs": the German genitive
		if full, ok := x.short[g]; ok {
			return full, true
		}
		if p, ok := x.lx.people[g]; ok {
			return p.Name, true
		}
	}
	if full := x.keyedPerson(words); full != "" {
		return full, false
	}
	return "", false
}
