package corpus

import "strings"

// nameBracketOff disables the bracket and emphasis readings below, for
// the test that checks they are what gives its cases their speaker.
var nameBracketOff bool

// nameBracket reads a bracket standing between a name and its verb:
// "Anna Huber (Freie Wähler) sagte", "Priya Lamb (Labour Party) said",
// "Anna Wrona (Lewica Razem) powiedziała". A party, a constituency or
// an acronym in brackets is what the person is, not part of the
// subject phrase; a bracket of several words defeated the subject
// reading, which stops at the first word with punctuation. j is the
// token before the verb; the result is the subject read before the
// bracket, with the bracket's words as its role when it has none, and
// ok false when toks[j] closes no bracket.
func (x *extractor) nameBracket(s string, toks []tok, j int) (*speaker, int, bool) {
	if nameBracketOff || j < 1 || !strings.HasSuffix(strings.TrimRight(toks[j].raw, "*_"), ")") {
		return nil, 0, false
	}
	open := -1
	for m := j; m >= 1 && m >= j-4; m-- {
		if strings.HasPrefix(toks[m].raw, "(") {
			open = m
			break
		}
		if m < j && toks[m].trail != "" {
			return nil, 0, false // "(…, …)": a clause in brackets, not a label
		}
	}
	if open < 1 || toks[open-1].trail != "" || !isCapital(toks[open-1].word) {
		return nil, 0, false
	}
	inner := strings.TrimSpace(s[toks[open].start : toks[j].start+len(toks[j].raw)])
	inner = strings.TrimSpace(strings.Trim(inner, "()*_ "))
	if inner == "" || containsAny(inner, ",;:") {
		return nil, 0, false
	}
	sp, k := x.subjectSpan(s, toks[:open+1], open)
	if sp != nil && sp.kind == kindPerson && sp.role == "" && open-k >= 2 {
		sp.role = inner
		x.people[sp.name] = sp
	}
	return sp, k, true
}

// plainLead drops the emphasis marks around the words that open a
// sentence: "*Priya Lamb (Labour)* said …", "_Anna Huber (SPD)_ sagte …".
// A recap prints each speaker's name in italics or bold; the marks glued
// to the name hid it from the subject reading, so the sentence went to
// the previous speaker.
func plainLead(s string) string {
	if nameBracketOff || len(s) < 4 {
		return s
	}
	mark := ""
	for _, m := range []string{"**", "__", "*", "_"} {
		if strings.HasPrefix(s, m) {
			mark = m
			break
		}
	}
	if mark == "" {
		return s
	}
	rest := s[len(mark):]
	end := strings.Index(rest, mark)
	if end <= 0 || end > 80 || !isCapital(firstWord(rest)) || containsAny(rest[:end], ".:;!?\n") {
		return s
	}
	after := rest[end+len(mark):]
	if !strings.HasPrefix(after, " ") {
		return s // "*Name*:" is a label, read elsewhere
	}
	return rest[:end] + after
}
