package corpus

import (
	"strings"
	"unicode/utf8"
)

// A fact check prints a claim and, on the line under it, who made it:
// "**CLAIM 3: The plan "could be used as the basis of a final peace
// settlement."**" over "*Said by: Vladimir Putin, Nov. 21.*". The claim is
// that person's statement: the quoted words when the claim quotes them,
// else the whole claim in the checker's words.

// saidByLabels are the labels of such a line, lower case, in the corpus's
// languages ("said by", "dit par", "detto da", "dicho por").
var saidByLabels = grammarSet("saidByLabels")

// maxSaidByLen bounds a said-by line: a name, a title and a date.
const maxSaidByLen = 300

// saidBy reads ps[i] as a said-by line under the claim ps[i-1] and emits
// the claim as the statement of the person it names. It reports whether
// ps[i] was a said-by line (nothing else is read from it).
func (x *extractor) saidBy(ps []paragraph, i int) bool {
	p := ps[i]
	if i == 0 || len(p.text) > maxSaidByLen || strings.IndexByte(p.text, ':') < 0 {
		return false
	}
	t := strings.Trim(strings.TrimSpace(p.text), "*_ ")
	label, rest, ok := strings.Cut(t, ":")
	if !ok || !lowerIn(saidByLabels, strings.TrimSpace(label)) {
		return false
	}
	fields := strings.Split(strings.TrimRight(strings.Trim(rest, "*_ "), ". "), ",")
	name := strings.Fields(fields[0])
	if len(name) < 2 || len(name) > 4 {
		return true // "Said by: several commentators", "Viral posts": nobody to quote
	}
	for _, w := range name {
		if !isCapital(w) || isAllCaps(w) {
			return true
		}
	}
	role := ""
	if len(fields) > 1 {
		if r := strings.Fields(strings.TrimSpace(fields[1])); len(r) > 0 && len(r) <= 7 && x.roleLike(r) {
			role = cleanRole(strings.TrimSpace(fields[1])) // "U.S. Secretary of State", "a Kyiv human-rights lawyer"
		}
	}
	sp := x.person(name, role)
	if sp == nil || sp.kind != kindPerson {
		return true
	}
	text, direct := claimText(ps[i-1].text)
	if text == "" {
		return true
	}
	x.pos = p.index
	x.emit(sp, text, direct, ps[i-1].index)
	return true
}

// claimText is what a fact check's claim line says was said: the words it
// quotes, when it quotes ("CLAIM 3: The plan "could be used …""), else the
// claim after its label ("CLAIM 5: The plan lets everyone off the hook.").
// direct reports a quotation.
func claimText(s string) (text string, direct bool) {
	s = strings.Trim(strings.TrimSpace(s), "*_# ")
	if label, rest, ok := strings.Cut(s, ":"); ok && len(strings.Fields(label)) <= 3 && !containsAny(label, "\"“”«»„") {
		s = strings.TrimSpace(rest) // "CLAIM 1", "Claim", "Affirmation n° 2"
	}
	for i, r := range s {
		if !isOpenQuote(r) {
			continue
		}
		start := i + utf8.RuneLen(r)
		for j, c := range s[start:] {
			if closesQuote(r, c) && j > 0 {
				q := s[start : start+j]
				if f := strings.Fields(q); len(f) > 0 && strings.Count(f[len(f)-1], ".") > 1 {
					return strings.TrimSpace(q), true // "… authored by the U.S.": the period is the abbreviation's
				}
				return trimQuote(q), true
			}
		}
		break
	}
	return trimSentenceEnd(s), false
}
