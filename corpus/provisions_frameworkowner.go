// "The framework" as a point's owner. Coverage that calls the US text "the
// plan" or "the draft" and the counter-proposal "the Europeans' text" calls
// the text Kyiv and Washington negotiated from mid-December "the
// framework", with its article and no other word for it: "El punto 12 del
// marco aborda su gestión", "punt 14 van het nieuwe kader", "Au douzième
// point, le cadre traite de la centrale", "The framework now being
// negotiated by Kyiv and Washington speaks in point 9 of several funds".
// The readers above gave such a point the version of the context (the US
// draft a paragraph before, the counter-proposal of the sentence before),
// so the 20-point framework's point went missing and another version's
// appeared (stop 70, zprov: sets ZN, ZZF, ZZG, ZZI, ZZK). A provision whose
// own text holds such a name (data/plans.json frameworkOwners), outside an
// idiom in which the noun names no text ("in the framework of", "en el
// marco de", "dans le cadre de", "im Rahmen", "în cadrul"), and that names
// no other version, is the framework's: the 20-point framework in a
// document from the day it was read out, or one that has given a point to
// it already; the Geneva framework in an earlier one that gave points only
// to Geneva's text; else it stays as it was. Bare "framework" without its
// article names any of the three texts ("a 28-point framework",
// "Washington's framework") and is not read.

package corpus

import (
	"strings"
	"sync"
)

// genevaFramework is the Geneva revision's version name (data/plans.json).
const genevaFramework = "Geneva framework"

// frameworkOwnerWords is plans.json's frameworkOwners: the names of "the
// framework" and the idioms in which the noun names no text, every
// language's together, lower case; names a lookSet for the cheap first
// look at a provision's text.
type frameworkOwnerWords struct {
	names  []string
	idioms []string
	set    *lookSet
}

var frameworkOwnerData = sync.OnceValue(func() frameworkOwnerWords {
	var f struct {
		Owners map[string]struct {
			Names  []string `json:"names"`
			Idioms []string `json:"idioms"`
		} `json:"frameworkOwners"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestFrameworkOwner reads it
	var w frameworkOwnerWords
	for _, l := range f.Owners {
		for _, n := range l.Names {
			w.names = append(w.names, lowerString(n))
		}
		for _, n := range l.Idioms {
			w.idioms = append(w.idioms, lowerString(n))
		}
	}
	w.set = newLookSet(w.names)
	return w
})

// namesFramework reports whether low (lower case) holds a name of "the
// framework" that starts and ends a word and stands in no idiom.
func namesFramework(low string) bool {
	w := frameworkOwnerData()
	if !w.set.in(low) {
		return false
	}
	for _, n := range w.names {
		for from := 0; ; {
			i := strings.Index(low[from:], n)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n)
			from = end
			if !phraseStartsWord(low, i) || end < len(low) && isWordByte(low[end]) && isWordByte(low[end-1]) {
				continue
			}
			if !inIdiom(w.idioms, low, i, end) {
				return true
			}
		}
	}
	return false
}

// inIdiom reports whether low[i:end] lies inside one of idioms' words in
// low.
func inIdiom(idioms []string, low string, i, end int) bool {
	for _, id := range idioms {
		lo := i - len(id)
		if lo < 0 {
			lo = 0
		}
		hi := end + len(id)
		if hi > len(low) {
			hi = len(low)
		}
		for from := lo; ; {
			k := strings.Index(low[from:hi], id)
			if k < 0 {
				break
			}
			k += from
			if k <= i && k+len(id) >= end && phraseStartsWord(low, k) {
				return true
			}
			from = k + 1
		}
	}
	return false
}

// frameworkVersion is the version "the framework" names in the document
// whose provisions are out: the 20-point framework in a late document or
// one that gave it a point; Geneva's when only Geneva's text has points;
// "" when the document gave the name no text.
func frameworkVersion(out []Provision, src Source) string {
	geneva := false
	for _, p := range out {
		if p.Plan == twentyPoint {
			return twentyPoint
		}
		geneva = geneva || p.Plan == genevaFramework
	}
	if src.Published >= twentyPointPresented {
		return twentyPoint
	}
	if geneva {
		return genevaFramework
	}
	return ""
}

// frameworkOwners gives each provision of out whose own text names "the
// framework" and no other version the framework's version, as above, and
// drops one the move makes a copy of another.
func frameworkOwners(out []Provision, src Source) []Provision {
	var changed []bool
	target := ""
	for i := range out {
		p := &out[i]
		if p.Plan == twentyPoint || p.Plan == genevaFramework {
			continue
		}
		low := lowerString(p.Text)
		if !namesFramework(low) {
			continue
		}
		if target == "" {
			if target = frameworkVersion(out, src); target == "" {
				return out
			}
		}
		if target == p.Plan || target == twentyPoint && p.Number > twentyPointLast || namesOther(namedVersions(low), target) {
			continue // (a number past the framework's last is another version's point: "Under point 21 Crimea … The framework's point 14 …")
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

// namesOther reports whether named holds a version other than plan.
func namesOther(named []versionAt, plan string) bool {
	for _, v := range named {
		if v.plan != plan {
			return true
		}
	}
	return false
}
