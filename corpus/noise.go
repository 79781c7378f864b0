package corpus

import "strings"

// What reads like speech but is none: a site's "ALSO READ | …" link line,
// and a relative clause whose verb of hoping or saying has its object moved
// before it ("a sprint that Washington hopes will turn the draft into …":
// what Washington hopes is the sprint, and "will turn …" has no subject).

// linkLine reports whether a paragraph is a link to another article set
// off by a bar or a colon: "ALSO READ | What the revised plan says: …",
// "Read more – …".
func linkLine(p string) bool {
	i := strings.IndexAny(p[:min(len(p), maxLinkMark)], "|:–—")
	if i <= 0 || i > 24 {
		return false
	}
	head := lowerString(strings.Trim(p[:i], " *_"))
	return linkMarks[head]
}

// maxLinkMark bounds, in bytes, the mark that opens a link line.
const maxLinkMark = 30

// linkMarks open a link line, in the corpus's languages.
var linkMarks = grammarSet("linkMarks")

// subjectless reports whether reported text opens with an auxiliary or
// modal verb, so it has no subject of its own: the speech verb before it
// sits in a relative clause ("that Washington hopes will turn …"), and
// what follows is no statement.
func subjectless(text string) bool {
	w, _ := nextWord(text, 0)
	return w != "" && clauseModals[w]
}

// clauseModals are the English auxiliaries and modals that never open a
// reported clause.
var clauseModals = grammarSet("clauseModals")

// determinerThat reports whether the "that" at toks[k] is a determiner,
// not the start of a reported clause: after a preposition ("deadlines of
// that kind", "in that case").
func determinerThat(toks []tok, k int) bool {
	return k > 0 && toks[k-1].trail == "" && thatPreps[toks[k-1].low]
}

// thatPreps before "that" make it a determiner.
var thatPreps = grammarSet("thatPrepositions")

// demonstrativeThat reports whether the English "that" at toks[k], right
// after a speech verb, is the subject or the determiner of what was said,
// not the word that opens it (thatLeadsNoClause).
func demonstrativeThat(toks []tok, k int) bool {
	if toks[k].raw != "that" || toks[k].trail != "" || k+2 >= len(toks) {
		return false
	}
	return thatLeadsNoClause(toks[k+1].raw, toks[k+1].trail == "", toks[k+2].raw)
}

// thatLeadsNoClause reports whether "that" followed by the words next and
// after is a pronoun or a determiner: before a verb no reported clause
// opens with (coordthat.go's demonstrativeThatVerbs: "said that is fine",
// "said that was a mistake"), or before a singular count noun with no
// article, which a reported clause cannot open with ("said that clause had
// been reworked", "said that account was not accurate"; sets O, ZJ and ZZC
// gave "is fine", "clause had been …", "account was not …"). "had",
// "should" and "were" before a pronoun or a name open an inverted
// condition ("said that had he known …"), and a noun before a number is a
// label ("said that point 7 was …"). bare is false when punctuation
// follows next. The nouns are data/grammar.json's thatCountNouns.
func thatLeadsNoClause(next string, bare bool, after string) bool {
	l := lowerString(next)
	switch {
	case demonstrativeThatVerbs[l]: // (not "'s": "that Ukraine's army …" is a clause)
		return !thatInverting[l] || !isCapital(after) && !ownClauseSubjects[lowerString(after)]
	case thatCountNouns[next]:
		return bare && !isDigits(strings.Trim(after, ".,;:"))
	}
	return false
}

var (
	thatInverting  = set([]string{"had", "should", "were"}) // "that had he known"
	thatCountNouns = grammarSet("thatCountNouns")           // "that clause", "that account"
)

// thatTextDemonstrative is thatLeadsNoClause for the text after a "that ":
// "account was not accurate" keeps its "that".
func thatTextDemonstrative(rest string) bool {
	next, tail := cutWord(rest)
	after, _ := cutWord(strings.TrimLeft(tail, " "))
	return next != "" && thatLeadsNoClause(next, tail == "" || tail[0] == ' ', after)
}
