// A point's term set off between commas before a quoted comment: "le
// point 24, celui de l'échange de tous les prisonniers, est « la seule
// bonne nouvelle du texte »", "Punkt 27, wonach die Vereinbarung rechtlich
// bindend sei, sei „der Schlussstein“", "point 19, which restarts the
// plant under IAEA watch, is 'the one thing that works'". The quotation
// a sentence gives beside a point is usually the point's own words ("В
// пункте 11 говорится: «…»"), which is why the numbered-reference rule
// keeps it; but when an aside after the point's number says what the point
// sets out and the quotation comes only after the aside has closed, the
// quotation is the predicate, someone's verdict on the point, and the
// aside is the term.

package corpus

import "strings"

// pointAsideTerm is the aside between commas right after the point
// reference of s, when the quotation quoted stands after it closes: the
// point's term, with the quotation a comment on it. ok is false otherwise.
func pointAsideTerm(s, quoted string) (term string, ok bool) {
	_, end, found := pointRefEnd(s)
	if !found || quoted == "" {
		return "", false
	}
	rest := s[end:]
	if !strings.HasPrefix(rest, ", ") {
		return "", false // "В пункте 11 говорится: «…»": the quotation is the point's
	}
	rest = rest[2:]
	closeAt := strings.Index(rest, ", ")
	q := strings.Index(rest, quoted)
	if closeAt < 0 || q < 0 || q < closeAt {
		return "", false // the quotation stands inside the aside, or there is none
	}
	aside := strings.TrimSpace(rest[:closeAt])
	if len(strings.Fields(aside)) < 4 || containsAny(aside, "«»\"“”„") {
		return "", false // a name or a date, not a term
	}
	return aside, true
}

// pointHeadTerm is the noun phrase that opens s and ends on its point
// reference, when a quotation stands after it: "Le plafond de 600 000
// hommes fixé au point 6 lui paraît « douloureux mais pas absurde »", "The
// 600,000 ceiling set in point 6 strikes him as 'painful but not
// absurd'". The phrase names the point by its term, and the quotation
// after it is someone's verdict, as after an aside (pointAsideTerm). The
// catalogue must read a term in the phrase, so that a reference opening on
// a preposition ("Under point 14, «…»", "В пункте 11 говорится: «…»")
// keeps its quotation. ok is false otherwise.
func pointHeadTerm(s, quoted string) (term string, ok bool) {
	_, end, found := pointRefEnd(s)
	if !found || quoted == "" {
		return "", false
	}
	if q := strings.Index(s, quoted); q < end {
		return "", false // the quotation is the point's own words, or stands before it
	}
	head := strings.TrimSpace(s[:end])
	if len(strings.Fields(head)) < 5 || containsAny(head, "«»\"“”„") || strings.Contains(head, ", ") {
		return "", false // (a clause before it: "Selon lui, …"; "600,000" is one word)
	}
	c := planTermsData()
	var sc termScan
	if len(c.matchTerms(&sc, lowerString(head))) == 0 {
		return "", false
	}
	return head, true
}
