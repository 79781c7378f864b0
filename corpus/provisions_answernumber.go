// Points asked about, terms answered: an interview names the point in the
// question ("One last thing, the money. Point 14 of the American
// draft...") and the answer states its term without a number ("A hundred
// billion dollars of frozen Russian assets would go into US-led
// reconstruction …"). The question's reference alone is no provision (it
// states nothing), and the answer's term takes the number the question
// named when the catalogue numbers that term so in the answer's version.

package corpus

import "strings"

// answerNumbers gives each unnumbered provision of out whose paragraph
// answers one asking about a single point the number of that point, when
// the catalogue agrees (termNumber), and drops provisions that are only a
// point's reference (bareReference).
func answerNumbers(out []Provision, ps []paragraph) []Provision {
	var c *termCatalogue
	var sc termScan
	// kept stays nil until a provision is dropped, then holds the ones
	// before it: most documents drop none, and their provisions are
	// numbered in place without a copy of the slice
	var kept []Provision
	for i := range out {
		p := out[i]
		if bareReference(p.Text) {
			if kept == nil {
				kept = make([]Provision, i, len(out))
				copy(kept, out[:i])
			}
			continue
		}
		if p.Number == 0 && p.Plan != "" && p.Plan != unnamedPlan && p.Position > 0 && p.Position < len(ps) {
			prev := ps[p.Position-1].text
			if !asks(prev) {
				// (most provisions: the paragraph before asks nothing)
			} else if n, end, ok := pointRefEnd(prev); ok && !hasPointRef(prev[end:]) {
				if c == nil {
					c = planTermsData()
				}
				if termNumber(c, &sc, p.Plan, p.Text) == n {
					p.Number = n
				}
			}
		}
		if kept != nil {
			kept = append(kept, p)
		} else {
			out[i] = p
		}
	}
	if kept == nil {
		return out
	}
	return kept
}

// asks reports whether a paragraph is a question, or an interviewer's
// words trailing off for the guest to take up ("Point 14 of the American
// draft..."): what follows answers it. A plain paragraph before is not
// (a version's rewrite after "Under point 6, …" is read by the rules for
// rewrites).
func asks(p string) bool {
	p = strings.TrimRight(p, " *_»”\"")
	return strings.HasSuffix(p, "?") || strings.HasSuffix(p, "...") || strings.HasSuffix(p, "…")
}

// bareReference reports whether a provision's text is only a point's
// reference, with at most its version's name and short words around it
// ("Point 14 of the American draft", "Il punto 21 del piano americano"):
// the topic of a question, no term.
func bareReference(text string) bool {
	_, end, ok := pointRefEnd(text)
	if !ok || strings.Count(strings.TrimSpace(text[:end]), " ") > 2 {
		return false
	}
	low := lowerString(text[end:])
	for _, v := range namedVersions(low) {
		if v.start >= 0 && v.end <= len(low) {
			low = low[:v.start] + strings.Repeat(" ", v.end-v.start) + low[v.end:]
		}
	}
	for _, w := range strings.Fields(strings.Trim(low, " .…,;:!?")) {
		if len([]rune(strings.Trim(w, ".…,;:!?"))) > 3 {
			return false
		}
	}
	return true
}
