package corpus

import (
	"strings"
	"unicode"
)

// A numbered digest of the day ("1. President Trump said Kyiv had until
// Thursday to answer.", "2. Selenskyj warnte, …") sits under a lead-in
// that names the plan as often as the plan's own points do, and the list
// rules take it for them. What tells such an item from a point is who
// opens it: a point binds parties ("Ukraine agrees that …", "NATO will
// …"), a digest line reports a person. The statement pass reads the
// words of people inside every point (pointSpeech, persons only); an
// item whose whole text after a short attribution is one person's
// statement is that statement, and no point of the plan.

// maxAttributionWords is the most words before what a person said in a
// digest line: a title, a name and a verb ("Foreign Minister Radosław
// Sikorski told reporters").
const maxAttributionWords = 8

// withoutSpokenItems drops the numbered provisions whose text is a
// person's statement read at the same position, opened by its
// attribution and running to the item's end. Only an item taken as a
// point under its own printed number is dropped: a term the prose rules
// found inside what was said ("the Group notes that … the sixth capped
// its armed forces at 600,000") keeps the number they gave it.
func withoutSpokenItems(provs []Provision, stmts []Statement, ps []paragraph) []Provision {
	if len(stmts) == 0 {
		return provs
	}
	var out []Provision // nil until a provision is dropped
	for k, p := range provs {
		if p.Number > 0 && p.Position >= 0 && p.Position < len(ps) && ps[p.Position].kind == paraItem && ps[p.Position].number == p.Number && spokenItem(p.Text, p.Position, stmts) {
			if out == nil {
				out = append(make([]Provision, 0, len(provs)-1), provs[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return provs
	}
	return out
}

// spokenItem reports whether an item's text at position pos is one of
// the statements read there: what was said follows a short attribution
// and runs to the end of the item, but for closing punctuation.
func spokenItem(text string, pos int, stmts []Statement) bool {
	end := strings.TrimRightFunc(text, punctOrSpace)
	for _, st := range stmts {
		if st.Position != pos {
			continue
		}
		s := strings.TrimRightFunc(st.Text, punctOrSpace)
		if s == "" || !strings.HasSuffix(end, s) {
			continue
		}
		if lead := end[:len(end)-len(s)]; len(strings.Fields(lead)) <= maxAttributionWords {
			return true
		}
	}
	return false
}

// punctOrSpace reports whether r is punctuation or space: what may close
// an item after the words said.
func punctOrSpace(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }
