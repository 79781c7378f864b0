// Versions told by a point's own number: the plan's versions number the
// same terms differently (the Zaporizhzhia plant is point 19 of the US
// draft and point 12 of the December 20-point framework, the all-for-all
// exchange 24 and 17, the Peace Council 27 and 19), so a point the text
// numbers and whose terms the catalogue (data/planterms.json) numbers so in
// one version only is that version's, whatever version the context gave
// it: "Point 12 — the Zaporizhzhia plant, with the US proposing joint
// operation" under a factbox that names no version, "punkt 17: wymiana
// jeńców „wszystkich za wszystkich”" under a lead the scan read as Geneva's.
// The number is the document's and is never changed; only the version
// moves. A point whose terms its version numbers so, or whose text names a
// version, keeps its version. When two versions agree with the number
// (the counter-proposal and Geneva both number the 800,000 army 6, Geneva
// and the 20-point text the Article 5 guarantee 5), a document from after
// the 20-point framework was presented takes it, else the version stays.
// A list whose numbered points move so, two or more and none kept by its
// own terms, moves whole, its unnumbered items too ("a także pakt o
// nieagresji …" closing a list of the framework's points). A point of a
// late document that names no version ("Punkt 19 sieht einen Friedensrat
// unter Vorsitz von Trump vor" in a report of 27 December) is the 20-point
// framework's when its terms are numbered so there; before that date, or
// at another version's number only, it is left to the caller's plan.

package corpus

import (
	"slices"
	"strings"
)

// twentyPointPresented is the date the 20-point framework was read out
// (23-24 December 2025): a document published from then on that numbers a
// point as both the 20-point text and an earlier version do speaks of the
// later text.
const twentyPointPresented = "2025-12-23"

// twentyPoint is the 20-point framework's version name (data/plans.json).
const twentyPoint = "20-point framework"

// twentyPointLast is the 20-point framework's last point: "the final point"
// of its text, where the US draft's and the counter-proposal's is 28
// (pointrefs.json lastPoint).
const twentyPointLast = 20

// numberVersions moves each numbered provision of out to the version whose
// catalogue numbers agree with its number, as above, and drops a
// provision the move makes a copy of another. src gives the document's
// date; ps the paragraphs, whose before/after labels name a version the
// number does not overrule ("Vorher (28 Punkte): … (Punkt 19)"). lows are
// out's texts in lower case, one for each (dropTermlessTalk lowered them).
func numberVersions(out []Provision, lows []string, ps []paragraph, src Source) []Provision {
	c := planTermsData()
	var sc termScan
	late := src.Published >= twentyPointPresented
	moved := make([]string, len(out)) // the version each provision moved to, "" if none
	kept := make([]bool, len(out))    // provisions their own terms keep in their version
	named := make([]bool, len(out))   // kept ones kept because their own text names their version
	shared := make([]bool, len(out))  // kept ones whose number and terms the 20-point text shares (provisions_sharedpoint.go)
	any := false
	labels := labelledVersions(ps)
	for i := range out {
		p := &out[i]
		low := lows[i]     // one lowered text for the readers below
		var nv []versionAt // the versions low names, read once for the readers below
		nvRead := false
		if v := labelAt(labels, p.Position); v != "" && p.Plan != "" {
			nv, nvRead = namedVersions(low), true
			if len(nv) == 0 {
				p.Plan, kept[i] = v, true // its line's label names its version: the number is that version's (comparelabels.go)
				continue
			}
		}
		if p.Number <= 0 || p.Plan == "" || p.Plan == unnamedPlan && !late {
			continue // a document naming no version, before the 20-point text, is left to the caller's plan
		}
		if p.Plan == twentyPoint && p.Number == lastOrdinalData().point && namesLastPoint(p.Text) {
			p.Number = twentyPointLast // "The final point provides that a ceasefire …" of the 20-point text: its 20th
		}
		if p.Number == lastOrdinalData().point && lastPointStated(p.Text) == twentyPointLast {
			p.Number, p.Plan = twentyPointLast, twentyPoint // "its final point, number 20", "Останній, двадцятий пункт": only the 20-point text ends at 20 (provisions_sharedpoint.go)
		}
		if !nvRead {
			nv = namedVersions(low)
		}
		w, keep := numberVersion(c, &sc, p, low, nv, late)
		kept[i] = keep
		named[i] = keep && w == "" && len(nv) > 0
		if w != "" {
			moved[i], any = w, true
		}
		if late && w == "" && len(nv) == 0 && (keep || len(c.matchTerms(&sc, low)) == 0) && sharesTwentyPointNumber(c, &sc, p, low) {
			shared[i], any = true, true // provisions_sharedpoint.go
		}
	}
	if !any {
		return out
	}
	moveLists(out, moved, kept, named)
	changed := make([]bool, len(out))
	for i, w := range moved {
		if w != "" && w != out[i].Plan {
			out[i].Plan, changed[i] = w, true
		}
	}
	sharedPointsWithNeighbours(out, shared, changed)
	return dropChangedCopies(out, changed)
}

// numberVersion is the version p's number and terms give it in place of
// its own ("" to leave it), and whether its terms confirm its own version
// at its number. low is p.Text in lower case, named the versions it names
// (namedVersions(low)).
func numberVersion(c *termCatalogue, sc *termScan, p *Provision, low string, named []versionAt, late bool) (string, bool) {
	for _, v := range named {
		if v.plan == p.Plan {
			return "", true // "the US draft's point 19 …": named here
		}
	}
	hits := c.matchTerms(sc, low)
	if len(hits) == 0 {
		return "", false
	}
	n := p.Number
	var cands []string // versions numbering every numbered term n (p's own included when it may)
	numbered := false
	confirmed := false  // a term p's own version numbers n
	unnumbered := false // a term its version holds but does not number: only the 20-point text, in late coverage, takes it
	atN := false        // a term some version numbers n: then terms numbered only otherwise are the same point's words read as another's
	for _, h := range hits {
		atN = atN || c.terms[h.term].numbers(n)
	}
	for _, h := range hits {
		t := &c.terms[h.term]
		if len(t.Points) == 0 || atN && !t.numbers(n) {
			continue // ("la centrale de Zaporijjia … exploitation conjointe": the 20-point text's 12, not the US draft's plant at 19)
		}
		numbered = true
		var these []string
		for plan, k := range t.Points {
			if k == n && t.allows(plan) && plan != p.Plan {
				these = append(these, plan)
			}
		}
		switch own, ok := ownNumber(t, p.Plan); {
		case p.Plan == unnamedPlan:
			unnumbered = true // a point of a late document that names no version: only the 20-point text takes it
		case ok && own == n:
			these, confirmed = append(these, p.Plan), true // its own version numbers the term so
		case ok || !t.allows(p.Plan):
			// its version numbers the term otherwise, or does not hold it
			// (the full amnesty under the 20-point text): the number is
			// another version's
		case !late:
			these = append(these, p.Plan) // its version's number for the term is not known: no disagreement
		default:
			unnumbered = true
		}
		if cands == nil {
			cands = these
		} else {
			cands = intersect(cands, these)
		}
		if len(cands) == 0 {
			return "", false // the terms number it otherwise, or disagree among themselves
		}
	}
	if !numbered || len(cands) == 0 {
		return "", false
	}
	if slices.Contains(cands, p.Plan) {
		return "", confirmed // "point 2, a non-aggression agreement …" of the US draft stays, unless a term only another version holds says otherwise ("… with monitoring of the contact line from space")
	}
	if len(named) > 0 {
		// "✅ Стало (20 пунктів): … 800 тисяч військових (п. 4)" given the
		// US draft: a version the text names itself, if it numbers the
		// terms so, else none
		for _, v := range named {
			if slices.Contains(cands, v.plan) {
				return v.plan, false
			}
		}
		return "", true
	}
	if len(cands) == 1 && (cands[0] == twentyPoint || !unnumbered) {
		return cands[0], false
	}
	for _, w := range cands {
		if w == twentyPoint && late {
			return w, false
		}
	}
	return "", false
}

// ownNumber is the number version plan gives term t, and whether it is
// known: the counter-proposal kept the US draft's numbering (its points
// are the draft's points rewritten), so a term the catalogue numbers only
// in the draft has that number in the counter-proposal too.
func ownNumber(t *planTerm, plan string) (int, bool) {
	if k, ok := t.Points[plan]; ok {
		return k, true
	}
	if plan == counterProposal {
		k, ok := t.Points[usDraft]
		return k, ok
	}
	return 0, false
}

// namesLastPoint reports whether text names its point as the last ("the
// final point provides …", "в последнем пункте") and not by the number 28.
func namesLastPoint(text string) bool {
	if strings.Contains(text, "28") {
		return false
	}
	for i := 0; i < len(text); {
		w, next := nextWord(text, i)
		if w == "" {
			break
		}
		i = next
		if lastOrdinal(w) > 0 {
			return true
		}
	}
	return false
}

// intersect is the names in both a and b, in a's order.
func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// moveLists extends the moves of moved to whole lists: a run of provisions
// of one version at neighbouring positions (a list's items) in which at
// least minListTermAgreement moved to the same version and none was kept
// by its own terms moves whole, unnumbered items included. A provision
// kept because its own text names its version (named) neither votes nor
// stops the run, and stays: "Для порівняння: у 28 пунктах була загальна
// амністія (п. 26)" right after a list of the 20-point text's points
// speaks of the other version by name and says nothing of the list's.
func moveLists(out []Provision, moved []string, kept, named []bool) {
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].Plan == out[i].Plan && out[j].Position-out[j-1].Position <= 2 && out[j].Position > out[j-1].Position {
			j++
		}
		to, votes, stop := "", 0, false
		for k := i; k < j && !stop; k++ {
			switch {
			case kept[k] && named[k]:
			case kept[k]:
				stop = true
			case moved[k] == "":
			case to == "" || moved[k] == to:
				to, votes = moved[k], votes+1
			default:
				stop = true
			}
		}
		if !stop && votes >= minListTermAgreement {
			for k := i; k < j; k++ {
				if moved[k] == "" && !kept[k] && !strings.EqualFold(out[k].Plan, to) {
					moved[k] = to
				}
			}
		}
		i = j
	}
}
