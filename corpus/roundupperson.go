// A round-up's entry heading of a name and a title ("**Friedrich Merz,
// Bundeskanzler**", "**Dick Schoof, minister-president**") names the
// person of the section under it, as a heading of a name alone does
// (headingperson.go): "Der Kanzler sprach …", "De Britse premier zei …",
// "…, sagte er" are that person. headingName reads a name alone only,
// since a comma in a heading is as often a topic's ("Trump, the deal and
// the deadline"); the round-up reader (roundup.go) has already read the
// heading as its entry, with the title checked as one, on a document
// with two entries or more, so its person is the section's.

package corpus

import (
	"strings"
	"unicode"
)

// noteRoundupPerson makes the person of the round-up entry heading p the
// section's person (x.headPerson) when the heading is more than a name,
// so headingName gave no one. Bodies and groups ("**NATO:**") stay out:
// a title alone under them is no member of theirs.
func (x *extractor) noteRoundupPerson(p paragraph) {
	sp := x.roundup.sp
	if x.noRoundupPerson || x.headPerson != nil || sp == nil || sp.kind != kindPerson {
		return
	}
	x.headPerson, x.headFromPost, x.postAnonymous, x.headAt = sp, false, false, p.index
	x.roundupHead = sp
}

// forgetRoundupPerson forgets the section's person noteRoundupPerson set
// before the next entry heading is read: "## THE KREMLIN:" read as a
// title alone would otherwise be the entry above's minister.
func (x *extractor) forgetRoundupPerson() {
	if x.roundupHead != nil && x.headPerson == x.roundupHead {
		x.headPerson = nil
	}
	x.roundupHead = nil
}

// maxAbbrevLetters bounds an abbreviation's letters: "a.", "D.", "Dr.".
const maxAbbrevLetters = 3

// abbrevTitle takes a title written with abbreviations off the front of a
// round-up heading's name and puts it before the heading's role:
// "Oberst a. D. Gregor Lindemann-Szabo" with "Sicherheitsberater" is
// "Gregor Lindemann-Szabo" with "Oberst a. D., Sicherheitsberater". The
// title is the name's words up to its last abbreviation (isAbbrev); at
// least two words must be left for the name. Unchanged with the switch
// off or when the name has no abbreviation.
func (x *extractor) abbrevTitle(name, role string) (string, string) {
	if x.noRoundupPerson || !strings.Contains(name, ".") {
		return name, role
	}
	words := strings.Fields(name)
	last := -1
	for i, w := range words {
		if isAbbrev(w, i == len(words)-1) {
			last = i
		}
	}
	if last < 0 || len(words)-last-1 < 2 {
		return name, role
	}
	title := strings.Join(words[:last+1], " ")
	if role != "" {
		title += ", " + role
	}
	return strings.Join(words[last+1:], " "), title
}

// isAbbrev reports whether a name's word is an abbreviation of a title:
// one to maxAbbrevLetters letters and a full stop, never the name's last
// word (a sentence's end) and never holding a second stop ("U.S.").
func isAbbrev(w string, last bool) bool {
	core, ok := strings.CutSuffix(w, ".")
	if !ok || last || core == "" || len([]rune(core)) > maxAbbrevLetters || strings.ContainsAny(core, ".") {
		return false
	}
	for _, r := range core {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
