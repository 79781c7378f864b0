// Point notes on prose terms: an agency story that recalls a term in prose
// closes it with the point's number in brackets, in either order of word
// and number ("… признаются российскими (21-й пункт).", "… à 600 000
// hommes (point 6)", "… w ciągu 100 dni (pkt 25)"). A rule that reads the
// sentence as the document's term ("проект предусматривал, что …") gives
// it no number; the note does.

package corpus

import "strings"

// notePoint is the point number a bracketed note closing text gives: "(21-й
// пункт)", "(point 6)", "[punto 4]"; 0 when text ends otherwise or the
// brackets hold more than a reference.
func notePoint(text string) int {
	s := trimSentenceEnd(text)
	if s == "" || s[len(s)-1] != ')' && s[len(s)-1] != ']' {
		return 0
	}
	open := byte('(')
	if s[len(s)-1] == ']' {
		open = '['
	}
	at := strings.LastIndexByte(s, open)
	if at < 0 {
		return 0
	}
	inner := strings.TrimSpace(s[at+1 : len(s)-1])
	if n, end, ok := pointRefEnd(inner); ok && strings.TrimSpace(inner[end:]) == "" {
		return n // "(point 6)", "(Punkt 21)"
	}
	ws := strings.Fields(inner)
	if len(ws) != 2 || !pointRefSet().has(ws[1]) {
		return 0
	}
	lx := lexiconData()
	if n := numericOrdinal(ws[0]); n > 0 {
		return n // "(21-й пункт)", "(13th point)"
	}
	return lx.ordinals[strings.ToLower(ws[0])] // "(седьмой пункт)"
}

// noteNumbers gives each unnumbered provision of out the number of the
// point note closing its text.
func noteNumbers(out []Provision) []Provision {
	for i := range out {
		p := &out[i]
		if p.Number != 0 || p.Plan == "" || p.Plan == unnamedPlan {
			continue
		}
		if n := notePoint(p.Text); n > 0 && n <= 40 {
			p.Number = n
		}
	}
	return out
}
