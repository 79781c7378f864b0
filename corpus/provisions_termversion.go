// Versions told by a term: a provision whose version came from no name
// (an unnamed plan), or from a version named somewhere above it that does
// not hold the term the provision states, is the term's version, when
// that version's text is fixed (planterms.json fixedVersions). The
// catalogue (data/planterms.json) knows which versions hold a distinctive
// term: the army capped at 600,000 is the US draft's, at 800,000 the
// European counter-proposal's, elections within 100 days the US draft's.
// "Il punto 25 chiede elezioni entro 100 giorni" under a caption that last
// named the counter-proposal is still the US draft's point, and a photo
// gallery that names no version at all has its points' versions all the
// same. A provision whose own text names a version keeps it.

package corpus

import "strings"

// termVersions corrects the version of each provision in out, extracted
// from the paragraphs ps, by the terms its text states, as above, and
// drops a provision the correction makes a copy of another.
func termVersions(out []Provision, ps []paragraph) []Provision {
	c := planTermsData()
	var sc termScan
	var changed []bool
	names := -1 // whether the document names a version anywhere: read once, when asked
	namesVersion := func() bool {
		if names < 0 {
			names = 0
			for _, q := range ps {
				if len(namedVersions(lowerString(q.text))) > 0 {
					names = 1
					break
				}
			}
		}
		return names == 1
	}
	for i := range out {
		p := &out[i]
		if lowerIn(c.revisable, p.Plan) && speaksOfRevision(c, ps, p.Position) {
			continue // "the original point 5 …, the Berlin text adds …": a revision's term under the old name
		}
		if plan := termVersion(c, &sc, p, namesVersion); plan != "" {
			p.Plan = plan
			if changed == nil {
				changed = make([]bool, len(out))
			}
			changed[i] = true
		}
	}
	if changed == nil {
		return out
	}
	return dropChangedCopies(out, changed)
}

// dropChangedCopies returns out without the provisions that, once a pass
// moved one of the two to another version (changed), copy another
// (copyOf): the version rules may make two readings of one point the same
// provision, and it is kept once.
func dropChangedCopies(out []Provision, changed []bool) []Provision {
	kept := make([]Provision, 0, len(out))
	for i, p := range out {
		dup := false
		for j, q := range out {
			if j != i && (changed[i] || changed[j]) && copyOf(q, p, j > i) {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, p)
		}
	}
	return kept
}

// termVersion is the version p's terms give it in place of its own, or ""
// to keep it.
func termVersion(c *termCatalogue, sc *termScan, p *Provision, namesVersion func() bool) string {
	fixed := lowerIn(c.fixed, p.Plan) || lowerIn(c.revisable, p.Plan)
	if p.Plan != unnamedPlan && !fixed {
		return "" // a version whose text is not fixed is never corrected (below): its terms need not be read
	}
	low := lowerText(p.Text)
	if len(namedVersions(low)) > 0 {
		return "" // "contre 600 000 dans la version américaine": named here
	}
	hits := c.matchTerms(sc, low)
	if len(hits) == 0 {
		return ""
	}
	first := &c.terms[hits[0].term]
	if p.Plan == unnamedPlan {
		for _, h := range hits {
			if t := &c.terms[h.term]; len(t.Plans) > 0 {
				first = t // "back in the world economy, sanctions lifted in stages": the first term that tells a version
				break
			}
		}
		if len(first.Plans) == 0 || !namesVersion() {
			// a term every version may hold ("Russia back in the G8")
			// tells none, and a document that names no version leaves
			// its plan to the caller
			return ""
		}
		return first.Plan
	}
	if !fixed || len(first.Plans) == 0 || first.allows(p.Plan) {
		return ""
	}
	for _, h := range hits[1:] {
		if c.terms[h.term].allows(p.Plan) {
			return "" // another term the text states is the version's own
		}
	}
	return numberedTarget(first, p.Number)
}

// numberedTarget is the version a term moves a provision numbered n to:
// the term's own version for an unnumbered one, and for a numbered one
// the one version that numbers the term n ("the fourth point says the
// army would number 800,000" is the 20-point framework's 4, not the
// counter-proposal's 6). It is "" to keep the provision where it is when
// no version of the term has that number: a numbered item is the
// version's own point, and the term is then a sentence run into it
// ("п. 28: … Европейский вариант … предлагает …"). It is "" too when two
// versions number it n (the Article-5 guarantee is point 5 of the Geneva
// and the 20-point texts): the term does not tell which, and a revision
// of the US draft under its old name adds it to the old number ("the
// Berlin text adds that the guarantees will mirror Article 5").
func numberedTarget(t *planTerm, n int) string {
	if n == 0 || t.Points[t.Plan] == n {
		return t.Plan // the version the term first belonged to ("800,000" as the counter-proposal's 6, not Geneva's)
	}
	target := ""
	for _, v := range t.Plans {
		if t.Points[v] != n {
			continue
		}
		if target != "" {
			return "" // two versions number the term n
		}
		target = v
	}
	return target
}

// speaksOfRevision reports whether the paragraph at body position pos
// speaks of a version as the first of several texts ("the original point
// 5", "первоначальный проект"): one of the catalogue's revisionWords at a
// word start.
func speaksOfRevision(c *termCatalogue, ps []paragraph, pos int) bool {
	for i := range ps {
		if ps[i].index == pos {
			return stemIn(lowerText(ps[i].text), c.revisionWords)
		}
	}
	return false
}

// copyOf reports whether p repeats q: the same version, q's text holding
// p's, and q numbered as p or p unnumbered. Of two alike, only the later
// (later true for q) is the copy.
func copyOf(q, p Provision, later bool) bool {
	if q.Plan != p.Plan || !strings.Contains(q.Text, p.Text) || p.Number != 0 && q.Number != p.Number {
		return false
	}
	if q.Text == p.Text && q.Number == p.Number {
		return !later
	}
	return true
}
