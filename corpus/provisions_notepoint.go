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
	return bracketPoint(strings.TrimSpace(s[at+1 : len(s)-1]))
}

// bracketPoint is the point number a bracket's inner text names and
// nothing more: "point 6", "Punkt 21", "21-й пункт", "седьмой пункт",
// and the point word before its ordinal, as Polish writes the note
// ("punkt piąty", "punkt dziewiętnasty"; sets F, N, Q, R, S, ZA, ZI and
// ZO write the point so, zo12 in brackets) and Russian and Ukrainian may
// ("пункт седьмой"); 0 for anything else.
func bracketPoint(inner string) int {
	if n, end, ok := pointRefEnd(inner); ok && strings.TrimSpace(inner[end:]) == "" {
		return n // "(point 6)", "(Punkt 21)"
	}
	w0, w1, ok := strings.Cut(inner, " ")
	if !ok || strings.IndexByte(w1, ' ') >= 0 || w1 == "" {
		return 0 // two words exactly (no allocation for the rest)
	}
	lx := lexiconData()
	if pointRefSet().has(w0) {
		if n := lowerIn(lx.ordinals, w1); n > 0 {
			return n // "(punkt piąty)"
		}
		return lowerIn(lx.labelCardinals, w1) // "(point four)", "(punto siete)": the cardinal a point label may carry (zzi06, zzl09, zzj03)
	}
	if !pointRefSet().has(w1) {
		return 0
	}
	if n := numericOrdinal(w0); n > 0 {
		return n // "(21-й пункт)", "(13th point)"
	}
	return lowerIn(lx.ordinals, w0) // "(седьмой пункт)"
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
		} else if n, at := bareNote(p.Text); n > 0 && numberedNeighbour(out, i) {
			p.Number, p.Text = n, strings.TrimSpace(p.Text[:at]) // "- Amnestie für alle Kriegsparteien (26)" among "(Punkt N)" items
		}
	}
	return out
}

// bareNote is the number of a bracketed bare number closing text ("…
// Kriegsparteien (26)") and where its bracket opens; 0 when text ends
// otherwise or the number is no point's (past 40, or not a whole number).
func bareNote(text string) (n, at int) {
	s := strings.TrimRight(text, " .")
	if len(s) < 4 || s[len(s)-1] != ')' {
		return 0, 0
	}
	at = strings.LastIndexByte(s, '(')
	inner := s[at+1 : len(s)-1]
	if at < 1 || s[at-1] != ' ' || inner == "" || len(inner) > 2 {
		return 0, 0
	}
	for k := 0; k < len(inner); k++ {
		if !isDigit(inner[k]) {
			return 0, 0
		}
		n = n*10 + int(inner[k]-'0')
	}
	if n == 0 || n > 40 {
		return 0, 0
	}
	return n, at
}

// numberedNeighbour reports whether the provision before or after out[i]
// is a numbered point of the same version in the next paragraph: a list
// whose items close on "(Punkt N)" and a writer who once left out the
// point word. A bare number in brackets anywhere else may be a footnote,
// a count or a page, and stays text.
func numberedNeighbour(out []Provision, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(out) {
			continue
		}
		o := out[k]
		if o.Number > 0 && o.Plan == out[i].Plan && o.SourceID == out[i].SourceID && (o.Position == out[i].Position+1 || o.Position == out[i].Position-1) {
			return true
		}
	}
	return false
}
