package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bracketOpener reads a sentence that opens with a person named in full
// and their title in brackets, then a verb that is no speech verb:
// "**Mówca 2, Kacper Ondrusz (wicepremier)** porównał wersje. Według
// niego … – Od tego startowaliśmy … – powiedział.", "Julia Sosnowska
// (premier) otworzyła wyliczanką.", "Anna Weber (Head of Research) began
// with the numbers. She said …". A debate's report, minutes and a
// panel's write-up introduce each speaker so; the sentence is no
// statement, but the person is who the next pronoun or bare verb means,
// and the bracket is their role. A short label before a comma ("Mówca
// 2,", "Speaker 1,") is skipped. It reports whether it read a person.
func (x *extractor) bracketOpener(s string) bool {
	i := strings.Index(s[:min(len(s), 90)], " (")
	if i <= 0 {
		return false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 {
		return false
	}
	j += i
	inner, after := s[i+2:j], strings.TrimLeft(s[j+1:], "*")
	if len(after) < 2 || after[0] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(after[1:]); !unicode.IsLower(r) {
		return false // "X (SPD): …", "X (Fraktion A) – …": a label or a list, not a sentence
	}
	head := strings.Trim(s[:i], "* ")
	if c := strings.LastIndex(head, ", "); c >= 0 {
		if strings.Count(head[:c], " ") > 2 {
			return false
		}
		head = strings.Trim(head[c+2:], "* ")
	}
	words := strings.Fields(head)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isCapital(w) || isAllCaps(w) || containsAny(w, ".,:;\"“”«»„0123456789") || x.lx.isRole(lowerString(w)) || stopCaps[lowerString(w)] {
			return false
		}
	}
	rw := strings.Fields(inner)
	if len(rw) == 0 || len(rw) > 6 || !x.roleLike(rw) {
		return false
	}
	sp := x.classify(tokenize(head), true)
	if sp == nil || sp.kind != kindPerson || !strings.Contains(sp.name, " ") || sp.name == unnamedSpeaker {
		return false
	}
	if sp.role == "" {
		sp.role = cleanRole(inner)
	}
	x.people[sp.name] = sp
	x.openedBy, x.openedAt = sp, x.sentenceNo
	x.noteMention(sp)
	return true
}
