package corpus

import "strings"

// planWordBeforeTerm reports whether the sentence low[from:] (lower case;
// low may begin with the sentence before it) names a plan word (a point,
// the text, a clause, "papier", "bode") before the first term hit inside
// it: the term is the document's ("the same point would turn …", "o ponto
// seguinte acrescenta que …", "in dem Papier heißt es, …", "el plan,
// recordó, dedica …"), whoever reports it, and termProvisions's speaker
// gate lets it through (stop 62, zgate). A person's words with no plan
// word before the term ("He warned that borders could not be changed by
// force", "… Sicherheitsgarantien und nicht nur Versprechen auf Papier")
// stay a person's view.
func (c *termCatalogue) planWordBeforeTerm(low string, from int, hits []termHit) bool {
	to := len(low)
	for _, h := range hits {
		if h.start >= from && h.start < to {
			to = h.start
		}
	}
	if to == len(low) {
		return false // no hit inside the sentence itself
	}
	return stemIn(low[from:to], c.planStems)
}

// ownTextVersion is the version of the authors the sentence before names,
// when low (a sentence, lower case) speaks of their text by a plural
// possessive and a text noun anywhere in it ("Someone asked what the
// Europeans offer. She explained: in their version, …", "у їхній версії —
// …"): pronounAuthorsVersion's reading of "Their text …" at a subject's
// start, for a possessive inside the sentence (stop 62, zgate). "" when low
// has no such pair or prev names no authors.
func ownTextVersion(low, prev string) string {
	nouns := ownVersionPronounNouns()
	for _, w := range ownVersionPronouns() {
		for from := 0; from < len(low); {
			k := strings.Index(low[from:], w+" ")
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(w) + 1
			if at > 0 && low[at-1] != ' ' {
				continue // inside a word
			}
			if noun, _ := nextWord(low, from); nouns[noun] {
				return lastAuthors(prev)
			}
		}
	}
	return ""
}
