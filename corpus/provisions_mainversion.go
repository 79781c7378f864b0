// A point no rule can give a version ("Point 12 sees a package for
// rebuilding Ukraine" in a circular whose paragraphs above name none, a
// section under a heading that names none) was labelled "unnamed plan".
// But a document that names versions at all is about one of them: an
// encyclopedia entry on the 28-point plan, a fact check that quotes the US
// draft throughout. Its unqualified points are that version's. The
// document's main version is the one its front matter names, else its
// title, else its first heading (the headline), else the one its text
// names most often (ties: the one named first). The counter-proposal is
// not counted: it is a reply and is named as one ("Avrupa tarafının karşı
// önerisi ise aynı maddeye …"), so "the plan" of a text that names only the
// reply is the plan it answers, the US draft. A document that names no
// version keeps "unnamed plan": nothing tells which it is.

package corpus

// The versions the main-version rule treats apart, as plans.json names them.
const (
	counterProposal = "European counter-proposal"
	usDraft         = "US 28-point draft"
)

// mainVersion is the version a document is about, "" when it names none.
func mainVersion(ps []paragraph, src Source) string {
	if src.Plan != "" {
		return src.Plan
	}
	if v := firstNamedVersion(src.Title); v != "" {
		return v
	}
	for _, p := range ps {
		if p.kind == paraHeading {
			if v := firstNamedVersion(p.text); v != "" {
				return v
			}
			break // the headline only: later headings are sections
		}
	}
	count := map[string]int{}
	var order []string // versions in the order first named
	for _, p := range ps {
		for _, v := range namedVersions(lowerString(p.text)) {
			if count[v.plan] == 0 {
				order = append(order, v.plan)
			}
			count[v.plan]++
		}
	}
	best := ""
	for _, v := range order {
		if v != counterProposal && count[v] > count[best] {
			best = v
		}
	}
	if best == "" && count[counterProposal] > 0 {
		// a reply is named as one ("the European counter-proposal
		// changes point 23"); "the plan" beside it is the plan it answers
		best = usDraft
	}
	return best
}

// mainVersionForUnnamed gives the provisions no rule could give a version
// the document's main version, when it has one.
func mainVersionForUnnamed(out []Provision, ps []paragraph, src Source) []Provision {
	main := ""
	asked := false
	for i := range out {
		if out[i].Plan != unnamedPlan {
			continue
		}
		if !asked {
			main, asked = mainVersion(ps, src), true
		}
		if main == "" {
			return out
		}
		out[i].Plan = main
	}
	return out
}
