package corpus

import (
	"strings"
	"sync"
)

// relationObjects is data/relations.json's toldObjects: the object
// pronouns after a verb of telling ("had told her", "told me") that say
// whom a relative told, not what.
var relationObjects = sync.OnceValue(func() map[string]bool {
	var d struct {
		Objects []string `json:"toldObjects"`
	}
	mustDecodeJSON("data/relations.json", relationsJSON, &d)
	return set(d.Objects)
})

// A relative or friend of someone the text names, described in an
// apposition before their own verb: "Her brother, a nurse in Lviv, said
// …", "Su hermano, camionero en Polonia, dice que …", "Її син, військовий,
// каже, що …", "Son frère, mobilisé près de Kherson, écrit que …". Club
// reports, minutes and letters pass on a relative's words so. The words
// are the relative's, an unnamed source, not the person the possessive
// points to, and the apposition says what the relative is. Without this
// reading the appositive reader asked the subject reader for the head,
// got the relation's unnamed source (relations.go byRelation), and
// dropped it for not being a person, so the sentence gave no statement or
// went to the person named before.

// maxRelationAppos is the most words the apposition may hold: a short
// description ("camionero en Polonia", "who is in the Territorial
// Army"), not a clause of its own.
const maxRelationAppos = 8

// relationAppos reads pre, the words before a speech verb ending in an
// apposition, as a relation phrase and its description; nil when the head
// is no relation phrase, when it names a person data knows in that
// relation ("his spokesman, Dmitry Peskov,": the other readers name him),
// or when the apposition is a name, a clause with a verb of speech or
// longer than maxRelationAppos. A relay aside after the apposition ("Її
// син, військовий, за її словами, каже") says who passed the words on and
// is no part of the role.
func (x *extractor) relationAppos(pre string) *speaker {
	head, rest, ok := strings.Cut(pre, ", ")
	if !ok || relationOff {
		return nil
	}
	htoks := tokenize(head)
	if len(htoks) < 2 || len(htoks) > 4 {
		return nil
	}
	if _, ok := relationData().possessives[lowerWord(htoks[0])]; !ok {
		return nil // ("Putin's aide, …": byRelation's "X's" reading may name a known aide)
	}
	lows := make([]string, len(htoks))
	for i, t := range htoks {
		lows[i] = lowerWord(t)
	}
	sp, _ := x.byRelation(tokWords(htoks), lows)
	if sp == nil || sp.name != unnamedSpeaker {
		return nil
	}
	appos, more, _ := strings.Cut(rest, ", ")
	if more != "" && !grammarSet("relayAsides")[lowerString(strings.TrimSpace(more))] {
		return nil
	}
	atoks := tokenize(appos)
	if len(atoks) == 0 || len(atoks) > maxRelationAppos {
		return nil
	}
	if x.allCapitalised(atoks) {
		return nil // "Her husband, Tom, said", "Ihr Mann, Tom Weber,": a name (kinNamed), not a description
	}
	for _, t := range atoks {
		if l := lowerWord(t); x.lx.sayVerbs[l] || x.lx.report.characterise[l] {
			return nil
		}
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(head + ", " + appos), kind: kindGroup}
}

// allCapitalised reports whether every word of toks opens with a capital and
// none is an article, an indefinite or a title: a name, where a German
// description ("Soldat bei der Marine", "ein Soldat") holds a lower-case
// word or opens with an article, and a single title ("Soldat") is read as
// one by the role lexicon.
func (x *extractor) allCapitalised(toks []tok) bool {
	for _, t := range toks {
		l := lowerWord(t)
		if !isCapital(t.word) || roleArticles[l] || x.lx.indefinites[l] || x.lx.isRole(l) || describedPeople().persons[l] {
			return false
		}
	}
	return true
}

// maxRelationHead is the most words of a relation phrase a relayed
// clause may open with: the possessive, the noun (up to two words, or an
// adjective before it) and a place after a tail preposition ("her cousin",
// "su hijo en Dnipró", "її знайома з Куп'янська").
const maxRelationHead = 5

// relationNested reads what a speaker said (text, the words after their
// verb) as a relative's or friend's words they pass on: "Oana said her
// cousin had told her the drones are louder …", "Priya said her
// brother-in-law, who is in the Territorial Army, thinks nobody will …",
// "a raconté que son frère, mobilisé près de Kherson, lui écrit que « … »",
// "розповіла, що її знайома з Куп'янська, яка тепер живе в нас, каже: …".
// The words after the relative's own verb are theirs, an unnamed source
// with the relation phrase (and its apposition or relative clause) as the
// role. nestedSpeech reads a named inner speaker; a relation phrase opens
// with a lower-case possessive, which it leaves alone, and its speaker is
// unnamed, which nestedInner refuses. A belief verb counts here ("thinks",
// "crede"): a relative's view passed on is what the writer reports of them.
func (x *extractor) relationNested(text string) (*speaker, string, bool) {
	first, _ := cutWord(text)
	if relationOff {
		return nil, "", false
	}
	if _, ok := relationData().possessives[lowerString(first)]; !ok {
		return nil, "", false
	}
	var buf [48]tok
	toks := readAs(tokenizeInto(buf[:0], text), x.src.Lang)
	if len(toks) < 6 {
		return nil, "", false
	}
	// the relation phrase: the possessive, the noun, perhaps a place
	he := -1
	lows := make([]string, 0, maxRelationHead)
	for k := 0; k < len(toks) && k < maxRelationHead-2; k++ {
		lows = append(lows, lowerWord(toks[k]))
		if k > 0 && relationNounEnd(lows[1:]) == k {
			he = k
			break
		}
		if toks[k].trail != "" {
			break
		}
	}
	if he < 0 {
		return nil, "", false
	}
	sp, _ := x.byRelation(tokWords(toks[:he+1]), lows)
	if toks[he].trail == "" && he+2 < len(toks) && describedPeople().tailPreps[lowerWord(toks[he+1])] && isCapital(toks[he+2].word) {
		he += 2 // "su hijo en Dnipró", "її знайома з Ізюма": the place is the role's
	}
	if sp == nil || sp.name != unnamedSpeaker {
		return nil, "", false // a known aide: the other readings name them
	}
	role := text[:toks[he].start+len(toks[he].word)]
	v := he + 1
	if toks[he].trail == "," && he+1 < len(toks) {
		if e := x.relayAsideEnd(toks, he+1); e > 0 {
			// "Her grandmother, she told me, says …": the relayer's aside
			// between the relative and their verb, no part of the role
			v = e
		}
	}
	if toks[he].trail == "," && v == he+1 {
		// an apposition or a relative clause set off by commas
		e := -1
		if x.allCapitalised(toks[he+1 : min(len(toks), he+3)]) {
			return nil, "", false // "her cousin, Pavlo Marchenko, had told her": the name speaks
		}
		for k := he + 1; k < len(toks) && k <= he+maxRelationAppos; k++ {
			if x.lx.sayVerbs[lowerWord(toks[k])] {
				return nil, "", false // a clause of speech of its own, not a description
			}
			if toks[k].trail != "" {
				if toks[k].trail == "," {
					e = k
				}
				break
			}
		}
		if e < 0 {
			return nil, "", false
		}
		role = text[:toks[e].start+len(toks[e].word)]
		v = e + 1
	} else if toks[he].trail != "" && v == he+1 {
		return nil, "", false
	}
	// up to two auxiliaries, adverbs or object clitics before the verb
	for n := 0; n < 2 && v < len(toks)-1 && toks[v].trail == "" && (x.lx.auxiliaries[lowerWord(toks[v])] || x.lx.adverbs[lowerWord(toks[v])] || x.objectCliticAt(toks, v, v+1)); n++ {
		v++
	}
	if v >= len(toks)-2 || isCapital(toks[v].word) || !x.lx.sayVerbs[lowerWord(toks[v])] {
		return nil, "", false
	}
	from := v + 1
	if toks[v].trail == "" && x.lx.addressee[lowerWord(toks[v])] && relationObjects()[lowerWord(toks[from])] {
		from++ // "had told her the drones …": the one told
	}
	if from < len(toks) && x.lx.thatWords[lowerWord(toks[from])] && toks[from-1].trail != ":" {
		from++
	}
	if toks[v].trail != "" && toks[v].trail != ":" && toks[v].trail != "," || from >= len(toks) {
		return nil, "", false
	}
	if from == v+1 && toks[v].trail == "" && nestedNotSpeech[lowerWord(toks[v])] {
		from = v // "believes none of it until …": a view with no that-word is the verb and its object
	}
	said := trimSentenceEnd(text[toks[from].start:])
	if len(strings.Fields(said)) < 3 {
		return nil, "", false
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(role), kind: kindGroup}, said, true
}
