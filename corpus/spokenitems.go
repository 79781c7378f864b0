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
	if len(provs) == 0 || len(stmts) == 0 {
		return provs
	}
	at := make(map[int][]string, len(stmts))
	for _, s := range stmts {
		at[s.Position] = append(at[s.Position], s.Text)
	}
	out := provs[:0:0]
	for _, p := range provs {
		if p.Number > 0 && p.Position >= 0 && p.Position < len(ps) && ps[p.Position].kind == paraItem && ps[p.Position].number == p.Number && spokenItem(p.Text, at[p.Position]) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == len(provs) {
		return provs
	}
	return out
}

// spokenItem reports whether an item's text is one of said: said follows
// a short attribution and runs to the end of the item, but for closing
// punctuation.
func spokenItem(text string, said []string) bool {
	end := strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	for _, s := range said {
		s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
		if s == "" || !strings.HasSuffix(end, s) {
			continue
		}
		if lead := end[:len(end)-len(s)]; len(strings.Fields(lead)) <= maxAttributionWords {
			return true
		}
	}
	return false
}
