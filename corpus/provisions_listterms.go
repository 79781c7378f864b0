// Versions told by a list's numbering: a numbered list whose document,
// heading and lead-in name no version (the second part of a reprint, "(segue
// dalla prima parte)", "Part two: points 15 to 28") is still the text of
// the version whose catalogue numbers agree with its own. When two of its
// items or more state a term at the very number the catalogue
// (data/planterms.json) gives it in one version ("16. Moscow will enshrine
// non-aggression in law" is point 16 of the US draft in any language), the
// list is that version's. One item agreeing may be chance; a run of them is
// the plan's numbering. Items that state no term, or a term numbered
// elsewhere, count for nothing either way.

package corpus

// minListTermAgreement is the fewest items of a list whose terms must sit
// at the catalogue's number for the list to be read as that version.
const minListTermAgreement = 2

// listTermVersions gives each run of numbered provisions of an unnamed plan
// in out the version whose catalogue numbering most of its items agree
// with, as above. out is changed in place and returned.
func listTermVersions(out []Provision) []Provision {
	for i := 0; i < len(out); {
		if out[i].Plan != unnamedPlan || out[i].Number == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(out) && out[j].Plan == unnamedPlan && out[j].Number != 0 {
			j++
		}
		if plan := agreedVersion(out[i:j]); plan != "" {
			for k := i; k < j; k++ {
				out[k].Plan = plan
			}
		}
		i = j
	}
	return out
}

// agreedVersion is the version at whose catalogue numbers at least
// minListTermAgreement of run's items state a term, the most of them if
// several; "" when none. Versions that share a numbering tie on a shared
// term; the tie goes to the version more of the agreeing terms default to
// (the catalogue's "plan"), then to the name first in order, so the answer
// never depends on a map's order.
func agreedVersion(run []Provision) string {
	if len(run) < minListTermAgreement {
		return ""
	}
	c := planTermsData()
	var sc termScan
	votes, defaults := map[string]int{}, map[string]int{}
	for _, p := range run {
		seen := map[string]bool{}
		for _, h := range c.matchTerms(&sc, lowerString(p.Text)) {
			t := &c.terms[h.term]
			for plan, n := range t.Points {
				if n != p.Number || seen[plan] {
					continue
				}
				seen[plan] = true
				votes[plan]++
				if t.Plan == plan {
					defaults[plan]++
				}
			}
		}
	}
	best := ""
	for plan, v := range votes {
		if v < minListTermAgreement {
			continue
		}
		if best == "" || v > votes[best] || v == votes[best] && (defaults[plan] > defaults[best] || defaults[plan] == defaults[best] && plan < best) {
			best = plan
		}
	}
	return best
}
