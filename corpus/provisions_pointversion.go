// The version of a point a sentence names beside other versions: "No
// plano americano, o ponto 2 previa … — e a contraproposta mantém-no",
// "the most underrated line in the American draft is point 27, which
// would …", "El punto 6 del plan estadounidense, que la contrapropuesta
// eleva …". A sentence that compares names two versions; the point is
// the one named nearest it, not the one whose rule comes first in
// plans.json (planFor's order, which decides a heading's version), nor,
// when the point is read from a relative clause, the version named in the
// paragraphs above.

package corpus

// pointVersion is the version named in s nearest the point reference s
// makes (by number or ordinal), "" when s names none. With no point word
// in s, the first version named is given, as planFor would.
func pointVersion(lx *lexicon, s string) string {
	if v := adjectivePointVersion(lx, s); v != "" {
		return v // "the European seventh point" (provisions_pointadjective.go)
	}
	low := lowerString(s)
	named := namedVersions(low)
	at := -1
	_, end, numbered := pointRefEnd(s)
	if !numbered {
		_, end, numbered = ordinalPointSpan(lx, s) // "The 26th point grants full amnesty …; the European text removes it"
	}
	if numbered {
		at = end
		if c := laterContrastAt(s, end); c >= 0 {
			// "Il punto 26 prevedeva …, nella controproposta europea
			// non c'è più": the later clause's version is not the
			// point's (provisions_pointclause.go)
			kept := named[:0:0]
			for _, v := range named {
				if v.start < c {
					kept = append(kept, v)
				}
			}
			named = kept
			if c <= len(low) {
				low = low[:c]
			}
		}
		if len(named) == 0 {
			return sentenceVersion(low, at) // "Європейський варіант у пункті 12 …"
		}
	}
	if len(named) == 0 {
		return ""
	}
	if len(named) == 1 {
		return named[0].plan
	}
	if at < 0 {
		if ws := lx.pointWordsIn(s); len(ws) > 0 {
			at = ws[0].end
		}
	}
	if at < 0 {
		return versionIn(s)
	}
	best, bestDist := "", -1
	for _, v := range named {
		d := 0
		switch {
		case v.end <= at:
			d = at - v.end
		case v.start >= at:
			d = v.start - at
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = v.plan, d
		}
	}
	return best
}

// pointVersionOr is pointVersion, else the version above (read only then).
func pointVersionOr(lx *lexicon, s string, above func() string) string {
	if v := pointVersion(lx, s); v != "" {
		return v
	}
	return contrastedPlan(s, above()) // a point the version above drops is its partner's: "Sparisce … il terzo punto, secondo cui …" (provisions_droppedpoint.go)
}
