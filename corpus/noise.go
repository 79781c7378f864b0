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
