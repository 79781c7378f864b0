// Section point notes: a factbox heads each theme with the point it
// covers in brackets ("**EJÉRCITO (punto 6)**", "## Army (point 6)",
// "ARMEE (Punkt 6)"), then sets out what each version says of it in the
// paragraphs below without the number again. An unnumbered provision under
// such a heading is that point. A heading naming two points ("(puntos 7 y
// 8)") does not tell which of them a paragraph speaks of, and numbers
// nothing.

package corpus

import (
	"strconv"
	"strings"
)

// sectionPoints numbers the unnumbered provisions of out, extracted from
// ps, by the point note of the heading they stand under.
func sectionPoints(ps []paragraph, out []Provision) []Provision {
	for i := range out {
		p := &out[i]
		if p.Number != 0 || p.Position <= 0 || p.Position > len(ps) {
			continue
		}
		for k := p.Position - 1; k >= 0; k-- {
			if ps[k].kind == paraHeading {
				p.Number = headingPointNote(ps[k].text)
				break
			}
		}
	}
	return out
}

// headingPointNote is the number of the single point a heading's closing
// bracket names ("EJÉRCITO (punto 6)", "Army [point 6]"), 0 for any other
// heading.
func headingPointNote(h string) int {
	h = strings.TrimRight(strings.TrimSpace(h), "*_:. ")
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "]") {
		return 0
	}
	open := strings.LastIndexAny(h, "([")
	if open < 0 {
		return 0
	}
	words := strings.Fields(h[open+1 : len(h)-1])
	if len(words) != 2 {
		return 0
	}
	lx := lexiconData()
	w := lowerString(words[0])
	if !lx.pointWords[w] && !lx.pointRefs[w] && !lx.pointAbbrs[w] {
		return 0
	}
	n, err := strconv.Atoi(words[1])
	if err != nil || n <= 0 || n > 999 {
		return 0
	}
	return n
}
