// A title standing alone for its holder inside a transcript's turn. A
// spokesperson answering at a briefing, and a journalist or a member
// asking, speak of the head of their government by title only: "Der
// Kanzler hat gesagt, dass …", "The President told reporters that …",
// "Накануне Президент сказал, что …". The document never names the
// holder (everyone in the room knows who), so no earlier mention resolves
// the title and the words were lost, or stayed the spokesperson's. Inside
// such a turn the title is the speaker, as the record writes them.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAloneOff turns the reading off, for tests that show what it
// changes.
var titleAloneOff = false

// titleAlone is the speaker a title of one or two title words stands for
// when nothing before resolved it, in an answer relayed from a
// transcript's turn or in a question turn: the title as written, without
// its article, with itself as the role. A generic noun that points back
// ("the official") is left to the readers of unnamed sources.
func (x *extractor) titleAlone(words, lows []string) *speaker {
	if titleAloneOff || x.answering == nil && !x.inQuestion {
		return nil
	}
	if len(lows) > 1 && roleArticles[lows[0]] {
		words, lows = words[1:], lows[1:] // "Der Kanzler"
	}
	if len(lows) == 0 || len(lows) > 2 {
		return nil
	}
	for _, l := range lows {
		if !x.lx.isRole(l) || x.isBackRef(l) || x.lx.unnamed[l] || x.lx.bodyWords[l] || x.lx.bodies[l] != "" {
			return nil // ("Kremlin" is a body, read as one)
		}
	}
	if !x.reportsClause() {
		return nil // "the President believes it is a deal …": the answerer's own reading
	}
	return x.titleSpeaker(words)
}

// titleSpeaker is the speaker a bare title names ("the governor",
// "Der Kanzler"): one per title in a document, so a title that spoke
// before gets its earlier words' speaker back; nil when nothing of the
// title is left once cleaned.
func (x *extractor) titleSpeaker(words []string) *speaker {
	t := cleanRole(strings.Join(words, " "))
	if t == "" {
		return nil
	}
	r, size := utf8.DecodeRuneInString(t)
	name := string(unicode.ToUpper(r)) + t[size:]
	if sp, ok := x.people[name]; ok && sp.kind == kindPerson {
		return sp // the same title spoke before
	}
	sp := &speaker{name: name, role: t, kind: kindPerson}
	x.people[name] = sp
	return sp
}

// reportsClause reports whether the sentence being read reports what was
// said in a clause of its own ("that", "dass", "что"): "The President
// told reporters that …" reports him, "The President believes it is a
// deal" is the spokesperson's reading of him.
func (x *extractor) reportsClause() bool {
	for w := range strings.FieldsSeq(lowerString(x.lookFor)) {
		if x.lx.thatWords[strings.Trim(w, ",.;:«»„“”\"")] {
			return true
		}
	}
	return false
}
