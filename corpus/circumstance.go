package corpus

import (
	"strings"
	"sync"
)

// An aside between a speaker and the speech verb may say where the
// speaker was or came from rather than what the speaker is: "Steve
// Witkoff, présent à l'Elysée avec Jared Kushner, a déclaré que …",
// "Witkoff, arrivato all'Eliseo, ha detto che …", "Umerov, fresh from
// Miami, told reporters …", "Merz, zurück aus Brüssel, sagte …". Such an
// aside opens with a lower-case word that is no title (a participle or an
// adjective of presence or movement) and a preposition after it; it names
// no role, and another person named in it ("avec Jared Kushner") is not
// the speaker. The head before it speaks, as with a gerund clause
// ("Putin, speaking in Bishkek, said"), which appositive reads the same
// way. It is read only when no affiliation was found in the aside, so
// "X, chercheuse à l'IRIS," keeps its title.

// circumstanceAppos returns the speaker of head when atoks, the aside
// after it, is a circumstance; nil otherwise.
func (x *extractor) circumstanceAppos(head string, htoks, atoks []tok) *speaker {
	if !x.circumstance(atoks) {
		return nil
	}
	if sp := x.barePost(head, htoks, atoks); sp != nil {
		return sp // "Aldo Pedretti, socio dal 1978,": a post, then since when (barepost.go)
	}
	if strings.Contains(head, ", ") {
		// "Kirill Dmitriev, head of the RDIF, fresh from Miami, said":
		// the name and its title before the circumstance
		if sp := x.appositive(head); sp != nil {
			return sp
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// circumstance reports whether an aside opens with a lower-case word that
// is no title, no body and no speech verb, followed by a preposition that
// opens a time or place phrase ("présent à", "arrivato all'", "fresh
// from", "zurück aus"), and holds no speech verb anywhere: words said
// inside the aside make it a clause of its own.
func (x *extractor) circumstance(atoks []tok) bool {
	if len(atoks) < 2 || len(atoks) > maxCircumstanceAside || len(atoks) == 2 && !strings.Contains(atoks[1].word, "'") {
		return false // two words hold a phrase only when the second is elided ("arrivato all'Eliseo")
	}
	a := atoks[0]
	if a.trail != "" || isCapital(a.word) || x.lx.isRole(a.low) || x.lx.bodyWords[a.low] || x.lx.indefinites[a.low] || !circumstanceOpener(atoks[1]) {
		return false
	}
	for _, t := range atoks {
		if x.lx.sayVerbs[t.low] {
			return false
		}
	}
	return true
}

// circumstanceOpener reports whether t is a preposition of
// morphology.json's circumstanceOpeners, or starts with one of its elided
// forms ("all'Eliseo", "d'Ukraine").
func circumstanceOpener(t tok) bool {
	if isCapital(t.word) {
		return false
	}
	c := circumstanceOpeners()
	l := lowerWord(t)
	if c.words[l] {
		return true
	}
	for _, e := range c.elided {
		if strings.HasPrefix(l, e) && len(l) > len(e) {
			return true
		}
	}
	return false
}

// circumstanceWords is morphology.json's circumstanceOpeners, whole words
// and elided forms apart.
type circumstanceWords struct {
	words  map[string]bool
	elided []string
}

// circumstanceOpeners loads circumstanceWords once.
var circumstanceOpeners = sync.OnceValue(func() circumstanceWords {
	var md struct {
		Openers map[string][]string `json:"circumstanceOpeners"`
	}
	mustUnmarshalMorphology(&md)
	c := circumstanceWords{words: map[string]bool{}}
	for _, words := range md.Openers {
		for _, w := range words {
			if strings.HasSuffix(w, "'") {
				c.elided = append(c.elided, w)
				continue
			}
			c.words[w] = true
		}
	}
	return c
})

// maxCircumstanceAside is the most words a circumstance aside holds: more is a
// clause of its own.
const maxCircumstanceAside = 12
