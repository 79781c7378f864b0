// Affiliations written with lower-case words: "Analytik Petr Novák z
// Ústavu mezinárodních vztahů uvedl", "Ondrej Kubala z bratislavského
// Inštitútu strednej Európy pre agentúru uviedol". Slavic institution
// names decline their adjectives and nouns in lower case, and an
// addressee may follow; the subject reader stopped at the first lower-case
// word and lost the speaker. The institution is found by its preposition
// after a capitalised name and a capital soon after the preposition.

package corpus

import "strings"

// affiliationReach bounds how far back from the verb an affiliation's
// preposition is looked for: a preposition, an institution of up to five
// words and a short addressee phrase ("pre agentúru").
const affiliationReach = 8

// affiliationBefore returns the index of the last word of the name that
// an affiliation follows, when toks[k] lies inside that affiliation
// ("z bratislavského Inštitútu strednej Európy pre agentúru"), else k.
// The words from the preposition to toks[j] must hold no punctuation and
// no speech verb, and the preposition must follow two capitalised words
// (a name: "nach Worten des ukrainischen Präsidenten" is a German
// genitive) and precede a capital within two words.
func (x *extractor) affiliationBefore(toks []tok, k, j int) int {
	for m := k; m >= 1 && k-m < affiliationReach; m-- {
		t := toks[m]
		if t.trail != "" && m < j || x.lx.sayVerbs[t.low] || containsAny(t.raw, "“”\"«»„") {
			return k
		}
		if !(affiliationPreps[t.low] || placePreps[t.low]) || m < 2 || toks[m-1].trail != "" || toks[m-2].trail != "" || !isCapital(toks[m-1].word) || !isCapital(toks[m-2].word) || x.lx.isRole(lowerWord(toks[m-1])) {
			continue
		}
		if affiliationPreps[t.low] && capitalWithin(toks, m+1, 2, j) || lowerPlacePhrase(toks, m, j) {
			return m - 1
		}
	}
	return k
}

// capitalWithin reports whether one of the n words from toks[from] (not
// past toks[last]) is capitalised.
func capitalWithin(toks []tok, from, n, last int) bool {
	for i := from; i < from+n && i <= last && i < len(toks); i++ {
		if isCapital(toks[i].word) {
			return true
		}
	}
	return false
}

// affiliationAfterName returns where the speaker read after a verb ends
// when an affiliation follows the name inside toks[from:k] ("sagte der
// Politologe Jens Krause von der Universität Bremen"): the preposition
// after a given name and a surname that are no titles, with a capital
// within two words after it. Else k. A name holding a particle ("Ursula
// von der Leyen", "Klara von der Heide") has a title or one word before
// the particle, and is kept whole.
func (x *extractor) affiliationAfterName(toks []tok, from, k int) int {
	for m := from + 2; m < k-1; m++ {
		if !affiliationPreps[toks[m].low] || toks[m-1].trail != "" || toks[m-2].trail != "" {
			continue
		}
		a, b := toks[m-2], toks[m-1]
		if !isCapital(a.word) || !isCapital(b.word) || x.lx.isRole(lowerWord(a)) || x.lx.isRole(lowerWord(b)) || x.articleTitle(lowerWord(a)) {
			continue
		}
		if _, known := lowerIn2(x.lx.people, strings.Join(tokWords(toks[m-2:k]), " ")); known {
			continue
		}
		if capitalWithin(toks, m+1, 2, k-1) {
			return m
		}
	}
	return k
}

// lowerPlacePhrase reports whether toks[m+1:j+1] is a short phrase of place
// or group written without a capital after the preposition toks[m]
// ("Posłanka Renata Ostrowska z sejmowej komisji obrony mówiła", "Sue
// Rigby in the office says", "Jan Novák z obecního úřadu řekl"): the name
// before the preposition is who speaks, and the subject reader must not
// stop inside the phrase or take its noun for the speaker. The words are
// lower case or numbers, at least one of them, and no more than four, so
// that a clause ("… in the office that the council rents says") is not
// crossed.
func lowerPlacePhrase(toks []tok, m, j int) bool {
	n := 0
	for i := m + 1; i <= j && i < len(toks); i++ {
		w := toks[i].word
		if isCapital(w) || i < j && toks[i].trail != "" {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}
