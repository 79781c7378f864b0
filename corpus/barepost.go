package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// barePost reads "Aldo Pedretti, socio dal 1978, ha detto", "Jean-Claude
// Rouxel, porte-drapeau depuis 31 ans, a reçu", "Dario Zanchi, gestore
// del rifugio, conferma", "Oleh Kravets, Feuerwehroffizier aus Pidhirne,":
// a person's name, then a post written bare, with no article, and a
// place, a field or a time after it. definitePerson reads a bare post
// only when it stands alone and a list holds it; club bulletins and
// local reports describe the people they quote in posts no list holds
// (a standard-bearer, a member since 1978, a hut keeper), so the speaker
// was found with no role, or, when the sentence was no speech, the role
// was lost for the person's later words. The aside's first word is the
// post: lower case (a German noun with an agent ending may be capital),
// no adverb, article, gerund, time noun, speech or other verb of the
// lexicons (finiteVerbWord) or word of data/barepost.json's not_posts;
// its second word is a preposition of place, field or time. A time
// phrase ("dal 1978") is cut from the role; the post's field or place
// ("del rifugio") is kept.
func (x *extractor) barePost(head string, htoks, atoks []tok) *speaker {
	if x.noBarePost || len(htoks) < 2 || len(htoks) > 4 || len(atoks) < 3 || len(atoks) > maxDescribedAside || strings.Contains(head, ", ") {
		return nil
	}
	first := atoks[0]
	if first.word == "" || first.trail != "" || !x.barePostNoun(first) {
		return nil
	}
	w := barePostWords()
	prep := lowerWord(atoks[1])
	since := w.since[prep]
	if isCapital(atoks[1].word) || !since && !w.fieldPreps[prep] && !describedPeople().tailPreps[prep] {
		return nil
	}
	for _, t := range atoks {
		if l := lowerWord(t); containsAny(t.raw, "“”\"«»„") || x.lx.sayVerbs[t.low] || x.finiteVerbWord(l) || x.lx.thatWords[l] || x.lx.relPronouns[l] {
			return nil
		}
	}
	for _, t := range htoks {
		if !isCapital(t.word) || t.trail != "" && t.trail != "." {
			return nil
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" {
		sp.role = barePostText(atoks, since)
		x.people[sp.name] = sp
	}
	return sp
}

// barePostText is the role a bare post's aside gives: the post with its
// field or place ("gestore del rifugio"), without a time phrase ("socio
// dal 1978": the time is no part of the post).
func barePostText(atoks []tok, since bool) string {
	if since {
		atoks = atoks[:1]
	}
	return cleanRole(tokensText(atoks))
}

// barePostRole is the role an apposition after a person's first full
// mention gives when it is a bare post (barePost's shape), for a sentence
// that is no speech: "Jean-Claude Rouxel, porte-drapeau depuis 31 ans, a
// reçu la médaille" gives the role of his words quoted later
// (namefirstrole.go). "" when seg is no such post.
func (x *extractor) barePostRole(seg string) string {
	atoks := tokenize(seg)
	if x.noBarePost || len(atoks) < 3 || len(atoks) > maxDescribedAside || atoks[0].trail != "" || !x.barePostNoun(atoks[0]) {
		return ""
	}
	w := barePostWords()
	prep := lowerWord(atoks[1])
	since := w.since[prep]
	if isCapital(atoks[1].word) || !since && !w.fieldPreps[prep] && !describedPeople().tailPreps[prep] {
		return ""
	}
	for _, t := range atoks {
		if l := lowerWord(t); containsAny(t.raw, "“”\"«»„") || x.finiteVerbWord(l) || x.lx.thatWords[l] || x.lx.relPronouns[l] {
			return "" // "states in her covering letter that": a clause
		}
	}
	return barePostText(atoks, since)
}

// barePostNoun tells whether t may be a post written bare at the head of
// an aside: a lower-case word, or a capital one with an agent ending
// (German nouns: "Feuerwehroffizier"), that no lexicon reads as another
// part of speech.
func (x *extractor) barePostNoun(t tok) bool {
	w := lowerWord(t)
	if isCapital(t.word) && !hasAgentSuffix(w, apposDefiniteWords().suffixes) {
		return false
	}
	if x.src.Lang == "de" && !isCapital(t.word) {
		return false // a German noun is written capital: "sitzt in Kiew" is a verb
	}
	if isAge(t.word) || x.lx.adverbs[w] || x.lx.sayVerbs[w] || apposDefiniteWords().articles[w] ||
		apposDefiniteWords().notPeople[w] || apposNounWords().articles[w] || apposNounWords().timeNouns[w] || isGerund(w) ||
		barePostWords().notPosts[w] || x.lx.relPronouns[w] || x.lx.thatWords[w] || x.lx.conjunctions[w] || x.lx.asides[w] ||
		describedPeople().possessives[w] || describedPeople().tailPreps[w] {
		return false
	}
	for _, e := range barePostWords().participles {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return false // "arrivata da Charkiv": where the person came from (circumstance.go)
		}
	}
	return !x.finiteVerbWord(w)
}

// finiteVerbWord tells whether w is a verb form of the lexicons: a speech,
// opinion, telling or action verb, an auxiliary, a verb introducing
// speech, in any of the corpus's languages. A role holding one is a
// clause ("who chairs", "zwraca uwagę", "was"), not what someone is.
func (x *extractor) finiteVerbWord(w string) bool {
	l := x.lx
	return l.sayVerbs[w] || l.thatVerbs[w] || l.recountVerbs[w] || l.actVerbs[w] || l.auxiliaries[w] ||
		l.introVerbs[w] || l.actionVerbs[w] || l.proseVerbs[w] || l.proseSays[w]
}

//go:embed data/barepost.json
var barePostJSON []byte

// barePostWords are data/barepost.json's lists.
var barePostWords = sync.OnceValue(func() (l struct {
	since, fieldPreps, notPosts map[string]bool
	participles                 []string
}) {
	var d struct {
		Since       []string `json:"since"`
		FieldPreps  []string `json:"field_preps"`
		NotPosts    []string `json:"not_posts"`
		Participles []string `json:"participle_endings"`
	}
	mustDecodeJSON("data/barepost.json", barePostJSON, &d)
	l.since, l.fieldPreps, l.notPosts, l.participles = set(d.Since), set(d.FieldPreps), set(d.NotPosts), d.Participles
	return l
})
