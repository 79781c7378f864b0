package corpus

// "Under point 13, Russia would be welcomed back into the Group of Eight,
// while point 24 set up a humanitarian committee to swap all prisoners.
// The European draft keeps the prisoner exchange but says sanctions should
// be eased only step by step." A bare point followed in its paragraph by a
// rewrite note (noteAfter: a sentence that names a version at its head,
// no point of its own, and refers back to the point before) is the point
// the note rewrites: the other version's. The context readers (planBefore,
// planAbove) look only above a sentence and may find the note's version
// there, from a paragraph on the rewrites higher up, and give it to the
// point the note answers.

// noteBaseVersions gives each numbered provision of out that names no
// version in its own sentence, and whose next sentence in its paragraph is
// a rewrite note naming the provision's version, the other version of the
// pair (otherVersion).
func noteBaseVersions(out []Provision, ps []paragraph) []Provision {
	for i := range out {
		p := &out[i]
		other := otherVersion(p.Plan)
		if p.Number <= 0 || other == "" || p.Position < 0 || p.Position >= len(ps) || ps[p.Position].kind != paraText {
			continue
		}
		ss := sentences(ps[p.Position].text)
		k := sentenceHolding(ss, p.Text) // (provisions_rewrite.go)
		if k < 0 || k+1 >= len(ss) {
			continue
		}
		s, next := ss[k], ss[k+1]
		if versionIn(s) != "" || adjectivePointVersion(lexiconData(), s) != "" || versionIn(next) != p.Plan {
			continue
		}
		if noteAfter(s, next) || answersPoint(s, next, p.Number) {
			p.Plan = other
		}
	}
	return out
}

// answersPoint reports whether next, the sentence after point sentence s,
// is a note on point n of it when s names several points ("Under point
// 13, …, while point 24 …. The European draft keeps the prisoner exchange
// but …"), which noteAfter, reading s's first point, does not weigh: next
// names a version at its head and no point of its own, and states a term
// the catalogue numbers n.
func answersPoint(s, next string, n int) bool {
	lx := lexiconData()
	if countPointRefs(s) < 2 || !versionAtHead(next) {
		return false
	}
	if _, ok := pointRefNumber(lx, next); ok {
		return false
	}
	c := planTermsData()
	var sc termScan
	for _, h := range c.matchTerms(&sc, lowerString(next)) {
		for _, k := range c.terms[h.term].Points {
			if k == n {
				return true
			}
		}
	}
	return false
}
