// A late name in a sentence before a point of the same paragraph: "In
// Pidhirne schaut man auf Punkt 12 des ukrainischen Rahmenplans: … . Der
// siebzehnte Punkt sieht einen Austausch aller Gefangenen vor … . Die
// aktuelle Frontlinie soll als faktische Kontaktlinie gelten (Punkt 14)."
// The readers that give a point the version named nearest before it in its
// paragraph (planBefore) ask the lexicon's version phrases, which a late
// name ("Rahmenplan", "the new text", "базовий документ": timecues.json
// lateNames, lateframework.go) is not one of: the point went back to the
// version the paragraphs above or the catalogue gave, most often the US
// draft, whose numbers go furthest (stop 72, zver: sets ZZQ, ZZK, ZZO).
// In a late document, a point of the US draft whose own sentence names no
// version, with the nearest sentence before it in its paragraph that names
// one naming the 20-point framework by a late name only, is the
// framework's point, when the framework has such a number.

package corpus

// lateBefore gives out's points their paragraph's framework, as above.
func lateBefore(out []Provision, ps []paragraph, src Source) []Provision {
	if !lateDocument(src) {
		return out
	}
	c := planTermsData()
	lx := lexiconData()
	var sc termScan
	var changed []bool
	for i := range out {
		p := &out[i]
		if p.Plan != usDraft || p.Number > twentyPointLast {
			continue
		}
		low := lowerString(p.Text)
		if len(namedVersions(low)) > 0 || authorsOwnVersion(p.Text) != "" {
			continue
		}
		ss, k := sentenceOf(p, ps)
		if k < 0 {
			continue
		}
		target, named := "", false
		for j := k; j >= 0 && !named; j-- {
			target, named = framingVersion(ss[j])
		}
		if !named && k == 0 && p.Position > 0 && ps[p.Position-1].kind == paraText {
			// "… brought the print-out of the December peace framework
			// … . ¶ The first point is that …": the paragraph that
			// introduces the reading
			above := sentences(ps[p.Position-1].text)
			for j := len(above) - 1; j >= 0 && !named; j-- {
				target, named = framingVersion(above[j])
			}
		}
		if target != twentyPoint || usNumbered(c, &sc, low, p.Number) || pointPast(lx, p.Text) {
			continue
		}
		if changed == nil {
			changed = make([]bool, len(out))
		}
		p.Plan, changed[i] = target, true
	}
	if changed == nil {
		return out
	}
	return dropChangedCopies(out, changed)
}

// framingVersion is the version sentence s names for what follows it in
// its paragraph: the 20-point framework when every version s names by the
// lexicon's phrases is the framework, or s names none and holds a late
// name; "" when it names another (or, with the framework, another too).
// named is false when s names no version at all.
func framingVersion(s string) (v string, named bool) {
	low := lowerString(s)
	vs := namedVersions(low)
	if len(vs) == 0 {
		if authorsOwnVersion(s) != "" {
			return "", true
		}
		if lateVersionLow(low) != "" {
			return twentyPoint, true
		}
		return "", false
	}
	for _, x := range vs {
		if x.plan != twentyPoint {
			return "", true
		}
	}
	return twentyPoint, true
}

// usNumbered reports whether a term of low is the US draft's point n and
// none is the framework's: the number is the draft's for these words
// ("Point 21 … Crimea, Luhansk and Donetsk" under a framework paragraph).
// A point with no number is the draft's when a term of it is the draft's
// alone.
func usNumbered(c *termCatalogue, sc *termScan, low string, n int) bool {
	us, fw := false, false
	for _, h := range c.matchTerms(sc, low) {
		t := &c.terms[h.term]
		if n == 0 {
			if !t.allows(twentyPoint) {
				us = true
			} else {
				fw = true
			}
			continue
		}
		if t.Points[usDraft] == n {
			us = true
		}
		if t.Points[twentyPoint] == n {
			fw = true
		}
	}
	return us && !fw
}

// pointPast reports whether text names a point past the framework's last
// ("как и было в 21-м пункте первого плана"): another version's point.
func pointPast(lx *lexicon, text string) bool {
	n, ok := pointRefNumber(lx, text)
	return ok && n > twentyPointLast
}
