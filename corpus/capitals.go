// Capitals standing for their governments: "Moscow insisted that …",
// "Selon Rome, aucun soldat …", "Киев называет это требование
// неприемлемым", "Według Kijowa …". News in every language lets a capital
// speak for its government; the test sets name such a speaker as the
// report writes the capital ("киев", "rome"). English capitals were read
// before as bodies (speakers.json); data/capitals.json gives each capital
// in the corpus's languages, its case forms beside it, so a Slavic
// according-to phrase ("По мнению Киева") names the capital in its
// nominative. Locatives are left out on purpose: "В Киеве заявили" says
// where, not who.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/capitals.json
var capitalsJSON []byte

// capitalForms are data/capitals.json read into look-ups: the nominative
// of each spelling, and each case form's nominative, keyed in lower case.
type capitalForms struct {
	nominative map[string]string // "киев" -> "Киев"
	cases      map[string]string // "киева" -> "Киев"
}

// capitalData loads data/capitals.json once.
var capitalData = sync.OnceValue(func() *capitalForms {
	var d struct {
		Capitals [][]string `json:"capitals"`
	}
	mustDecodeJSON("data/capitals.json", capitalsJSON, &d)
	cf := &capitalForms{nominative: map[string]string{}, cases: map[string]string{}}
	for _, forms := range d.Capitals {
		if len(forms) == 0 {
			continue
		}
		cf.nominative[lowerString(forms[0])] = forms[0]
		for _, f := range forms[1:] {
			cf.cases[lowerString(f)] = forms[0]
		}
	}
	return cf
})

// capitalSpeaker returns the capital a lone capitalised word names, as a
// body speaking for its government, or nil. A case form counts only where
// the caller reads a name in its case (oblique: after an according cue).
func capitalSpeaker(word string, oblique bool) *speaker {
	if !isCapital(word) {
		return nil // "rome" in lower case is no capital a report writes
	}
	cf := capitalData()
	low := lowerString(word)
	if n, ok := cf.nominative[low]; ok {
		return &speaker{name: n, kind: kindBody}
	}
	if n, ok := cf.cases[low]; ok && oblique {
		return &speaker{name: n, kind: kindBody}
	}
	return nil
}

// capitalOpeners are sentence-opening words after which a capital may
// still be the whole subject: "But Moscow insisted", "Aber Moskau
// erklärte", "Но Москва настаивает".
var capitalOpeners = map[string]bool{"but": true, "yet": true, "still": true, "now": true, "aber": true, "doch": true, "mais": true, "ma": true, "pero": true, "но": true, "однако": true, "але": true, "проте": true, "ale": true, "jednak": true}

// capitalSubject returns the capital a one-word subject phrase names, or
// nil when the capital is not the whole of its subject: the word before
// it must open the clause (nothing, a comma or colon, an according cue, a
// sentence-opening "But"). After a preposition the capital is a place
// ("Critics in Brussels note", "in Moskau geschrieben", "във Вашингтон");
// after a relative pronoun or an adjective it is inside another phrase
// ("який Вашингтон передав", "официальная Москва говорит"); a say verb
// before it is the inverted order only when the capital closes the
// sentence ("…, заявила Москва."); after "and"
// it is one of several ("Paris, Berlin et Londres ont transmis").
func (x *extractor) capitalSubject(phrase []tok, word string) *speaker {
	sp := capitalSpeaker(word, x.oblique)
	if sp == nil {
		return nil
	}
	i := -1
	for k, t := range x.toks {
		if t.start == phrase[0].start && t.raw == phrase[0].raw {
			i = k
			break
		}
	}
	if i <= 0 {
		return sp // the sentence's first word, or a phrase read apart from the sentence
	}
	prev := x.toks[i-1]
	l := lowerWord(prev)
	switch {
	case containsAny(prev.trail, ",:;") || strings.HasSuffix(prev.raw, "—") || prev.raw == "—" || prev.raw == "–":
		return sp // "…: selon Rome" is read at the cue; "…, Moscow said" at the clause's start
	case x.lx.according[l] || l == "to" && i >= 2 && x.toks[i-2].low == "according":
		return sp // "Selon Rome", "По мнению Киева", "According to Moscow"
	case i == 1 && (capitalOpeners[l] || x.lx.adverbs[l]):
		return sp // "But Moscow insisted"
	case x.lx.sayVerbs[l] && i == len(x.toks)-1:
		return sp // "…, заявила Москва.", "…, estime Paris.": the capital closes the sentence after its verb
	}
	return nil
}

// accordingAfterColon returns where an according cue opens the clause
// after a colon within a sentence's first words ("Giorgia Meloni ne change
// pas de ligne : selon Rome, aucun soldat …"), or 0. The reporter's own
// clause before the colon frames what the source holds; the cue opens the
// attribution as it would open a sentence.
func accordingAfterColon(toks []tok, according map[string]bool) int {
	for c := 0; c+2 < len(toks) && c < 12; c++ {
		if toks[c].raw != ":" && !strings.HasSuffix(toks[c].trail, ":") {
			continue
		}
		if according[lowerWord(toks[c+1])] {
			return c + 1
		}
		return 0
	}
	return 0
}

// capitalInsideSpeech reports whether a capital named in an aside ("…,
// secondo Mosca, …") stands inside speech the sentence already gives to
// someone: a say verb before the aside ("Ma ha aggiunto la frase che
// conta: …, secondo Mosca, un accordo …") makes the capital that
// speaker's frame, not a speaker of its own.
func (x *extractor) capitalInsideSpeech(sp *speaker, before []tok) bool {
	if sp.kind != kindBody || capitalSpeaker(sp.name, false) == nil {
		return false
	}
	for _, t := range before {
		if x.lx.sayVerbs[lowerWord(t)] {
			return true
		}
	}
	return false
}
