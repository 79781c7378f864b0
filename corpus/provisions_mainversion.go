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

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/timecues.json
var timeCuesJSON []byte

// timeCue is one version's time cues (data/timecues.json), lower case.
type timeCue struct {
	Plan    string   `json:"plan"`
	Phrases []string `json:"phrases"`
}

// timeCues is data/timecues.json's cues.
var timeCues = sync.OnceValue(func() []timeCue {
	var f struct {
		Cues []timeCue `json:"cues"`
	}
	mustDecodeJSON("data/timecues.json", timeCuesJSON, &f)
	for i := range f.Cues {
		for k, w := range f.Cues[i].Phrases {
			f.Cues[i].Phrases[k] = lowerString(w)
		}
	}
	return f.Cues
})

// timeVersion is the version text's time cues point to ("the plan
// presented in December" → the 20-point framework, "the leaked text" →
// the US draft), "" when it holds none or cues of two versions.
func timeVersion(text string) string {
	low := lowerString(text)
	found := ""
	for _, c := range timeCues() {
		for _, w := range c.Phrases {
			if i := strings.Index(low, w); i >= 0 && phraseStartsWord(low, i) {
				if found != "" && found != c.Plan {
					return ""
				}
				found = c.Plan
				break
			}
		}
	}
	return found
}

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
	late := lateDocument(src)
	for _, p := range ps {
		low := lowerString(p.text)
		vs := namedVersions(low)
		if len(vs) == 0 && late {
			if v := lateVersionLow(low); v != "" {
				vs = []versionAt{{plan: v}} // "the framework document" in a late report (lateframework.go)
			}
		}
		for _, v := range vs {
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
// the document's main version, when it has one; in a document that names
// none, the version the time cues of the point's sentence or paragraph
// point to (timeVersion), when they point to one.
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
		if main != "" {
			out[i].Plan = main
			continue
		}
		// a document that names no version: the time its sentence, else
		// its paragraph, speaks of, as a last resort
		if v := timeVersion(out[i].Text); v != "" {
			out[i].Plan = v
		} else if para := paragraphAt(ps, out[i].Position); para != "" {
			if v := timeVersion(para); v != "" {
				out[i].Plan = v
			}
		}
	}
	return out
}

// paragraphAt is the text of the paragraph at position (a paragraph's
// index), "" when none is.
func paragraphAt(ps []paragraph, position int) string {
	for _, p := range ps {
		if p.index == position {
			return p.text
		}
	}
	return ""
}
