// Contrast tails: one sentence often states a term of one version and, in
// a closing phrase, the other version's figure for it: "l'armée serait
// plafonnée à 800 000 militaires, contre 600 000 dans la version
// américaine", "800 tysięcy, zamiast 600 tys. z wersji amerykańskiej",
// "the cap rises to 800,000, against 600,000 in the US draft". The tail is
// a term of the version it names; the sentence before it is not that
// version's. splitContrastTails cuts such a provision in two: the head
// keeps its version unless that was the tail's (then its own terms decide,
// termVersions), and the tail becomes a provision of the version it names,
// numbered from the catalogue. The opening words of a tail ("contre",
// "zamiast", "gegenüber") are data: plans.json's contrastTails.

package corpus

import (
	"strings"
	"sync"
	"unsafe"
)

// contrastTailWords is plans.json's contrastTails, lower case.
var contrastTailWords = sync.OnceValue(func() []string {
	var f struct {
		Tails []string `json:"contrastTails"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestContrastTails reads it
	return f.Tails
})

// contrastTail finds the closing contrast phrase of a provision's text:
// where it starts (at its opening word, after ", ", " — " or a space:
// "800 tys. … zamiast 600 tys. z wersji amerykańskiej"), and the version it
// names. ok is false when there is none, when the tail names no version or
// holds no figure, or when the head is too short to be a term on its own.
func contrastTail(text string) (at int, plan string, ok bool) {
	if !mayHoldContrastTail(text) {
		return 0, "", false // (most texts: no contrast word at all)
	}
	low := lowerString(text)
	for _, sep := range []string{", ", " — ", " – ", " "} {
		for from := 0; ; {
			i := strings.Index(low[from:], sep)
			if i < 0 {
				break
			}
			i += from
			from = i + len(sep)
			rest := low[i+len(sep):]
			for _, w := range contrastTailsAt(rest) {
				if !hasWordPrefix(rest, w) {
					continue
				}
				tail := text[i+len(sep):]
				if !figureIn(tail) || strings.Count(text[:i], " ") < 4 {
					continue
				}
				if name := versionIn(tail); name != "" {
					return i + len(sep), name, true
				}
			}
		}
	}
	return 0, "", false
}

// splitContrastTails cuts each provision of out with a contrast tail into
// its head and its tail, as above. A head whose version was the tail's
// takes the version the paragraph and the context above name for it
// (planBefore), and when that is the tail's too, its own terms decide.
func splitContrastTails(ps []paragraph, src Source, fallback string, planFor func(string) (string, bool), out []Provision) []Provision {
	var res []Provision
	c := planTermsData()
	var sc termScan
	for k, p := range out {
		at, tailPlan, ok := contrastTail(p.Text)
		if !ok || tailPlan == p.Plan && versionIn(p.Text[:at]) != "" {
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+1), out[:k]...)
		}
		head, tail := cutProvision(p, at, ",—– ")
		if head.Plan == tailPlan {
			head.Plan = headVersion(ps, src, fallback, planFor, head, tailPlan)
		}
		tail.Plan = tailPlan
		tail.Number = 0
		for _, h := range c.matchTerms(&sc, lowerString(tail.Text)) {
			if n := c.terms[h.term].Points[tailPlan]; n > 0 {
				tail.Number = n
				break
			}
		}
		if tail.Number == 0 {
			for _, h := range c.matchTerms(&sc, lowerString(p.Text)) {
				// "…, contre 600 000 dans la version américaine": the
				// figure alone, its term's other words in the head
				if n := c.terms[h.term].Points[tailPlan]; n > 0 && c.terms[h.term].allows(tailPlan) {
					tail.Number = n
					break
				}
			}
		}
		if head.Number == 0 && tail.Number > 0 && head.Plan != "" && head.Plan != unnamedPlan && termNumber(c, &sc, head.Plan, head.Text) == tail.Number {
			// "Le contre-projet européen … Il propose aussi que l'armée
			// soit plafonnée à 800 000 …, contre 600 000 dans la version
			// américaine": the two sides of a contrast are one point, and
			// the head's own terms number it so in its version too
			head.Number = tail.Number
		}
		res = append(res, head, tail)
	}
	if res == nil {
		return out
	}
	return renumber(res)
}

// headVersion is the version of a contrast's head whose version was taken
// from the tail's name: the one named before its sentence, in its
// paragraph or above (planBefore), else none, for its terms to decide
// (termVersions).
func headVersion(ps []paragraph, src Source, fallback string, planFor func(string) (string, bool), head Provision, tailPlan string) string {
	if head.Position < 0 || head.Position >= len(ps) {
		return unnamedPlan
	}
	ss := sentences(ps[head.Position].text)
	probe := head.Text[:min(len(head.Text), 40)]
	for k, s := range ss {
		if !strings.Contains(s, probe) {
			continue
		}
		if plan := planBefore(ps, head.Position, ss[:k], src, fallback, planFor); plan != tailPlan {
			return plan
		}
		break
	}
	return unnamedPlan
}

// figureIn reports whether s holds a figure of three digits or more
// ("600,000", "600 tys.", "100 days"), which a version's name ("the
// 28-point plan") does not.
func figureIn(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayHoldContrastTail reports whether the lower case of text holds a
// contrast tail word with its space, or whether the tails cannot be
// looked for that way (contrastTailSet nil). The lower case is made on
// the stack for most texts, which hold none.
func mayHoldContrastTail(text string) bool {
	set := contrastTailSet()
	if set == nil {
		return true
	}
	var buf [512]byte
	b := appendLower(buf[:0], text)
	return set.in(unsafe.String(unsafe.SliceData(b), len(b)))
}
