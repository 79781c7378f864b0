// A contrast clause that names no version but states a term only one
// version holds: "Là où Washington prévoyait 600 000 hommes, le texte
// européen écrit …", "Wo Kiew bisher 600.000 Soldaten zugestanden
// bekam, …". The catalogue (data/planterms.json) tells whose term it is
// (the army capped at 600,000 is the US draft's alone), so the clause is
// that version's term, as if it had named it. When the clause's term and
// the main clause's term are the same point in their two versions (600,000
// and 800,000 are both point 6), the clause takes that number: the
// sentence sets one point's two wordings side by side.

package corpus

// termOnlyVersion is the version of the first term of clause the catalogue
// gives to some versions only, or "".
func termOnlyVersion(clause string) string {
	c := planTermsData()
	var sc termScan
	for _, h := range c.matchTerms(&sc, lowerString(clause)) {
		if t := &c.terms[h.term]; len(t.Plans) > 0 {
			return t.Plan
		}
	}
	return ""
}

// contrastNumber is the number clause's terms give it in version other
// when main's terms give the same number in version plan; 0 otherwise.
func contrastNumber(other, clause, plan, main string) int {
	c := planTermsData()
	var sc termScan
	n := termNumber(c, &sc, other, clause)
	if n == 0 || termNumber(c, &sc, plan, main) != n {
		return 0
	}
	return n
}
