package corpus

import "strings"

// bothSubject reports whether a sentence's subject is both versions at
// once ("Ambos textos recogen …", "Both drafts provide …", "Les deux
// textes prévoient …"): a word of bothWords among its first three, a
// document noun right after it.
func bothSubject(lx *lexicon, s string) bool {
	words := strings.Fields(firstWords(s, 5))
	for k, w := range words {
		if k > 2 {
			break
		}
		if !lowerIn(lx.bothWords, w) {
			continue
		}
		for _, n := range words[k+1 : min(len(words), k+3)] {
			n = strings.Trim(n, ",;:")
			if lx.isProseNoun(n) || lowerIn(proseNouns, n) || lowerIn(lx.termNouns, n) {
				return true
			}
		}
	}
	return false
}

// otherVersionAbove is the version other than plan named nearest above
// paragraph i, or in the title: the second of the two that "both texts"
// speaks of. "" when the document names no other.
func otherVersionAbove(ps []paragraph, i int, src Source, plan string) string {
	lx := lexiconData()
	for k := i; k >= 0 && k > i-planLookBack; k-- {
		if o := versionOtherThan(lx, lowerString(ps[k].text), plan); o != "" {
			return o
		}
	}
	return versionOtherThan(lx, lowerString(src.Title), plan)
}

// versionOtherThan is the first rule's version other than plan that low
// names.
func versionOtherThan(lx *lexicon, low, plan string) string {
	for _, r := range lx.plans {
		if r.Plan == plan {
			continue
		}
		for _, p := range r.Phrases {
			if strings.Contains(low, p) {
				return r.Plan
			}
		}
	}
	return ""
}
