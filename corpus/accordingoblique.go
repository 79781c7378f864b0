package corpus

import (
	"strings"
	"unicode/utf8"
)

// An unnamed source in its case after a Czech, Slovak or Polish "according
// to" that writes no comma before the clause: "Podle nejmenovaného
// diplomata z Bruselu se evropské vlády dozvěděly …", "Podle nejmenovaného
// zdroje z ministerstva zahraničí Česko podporuje …", "Według rozmówcy AIW
// europejski kontrprojekt zastępuje …". Where the source ends is read from
// the words after its noun: an unstressed word (se, by, je, się) or a
// capital that no preposition governs opens the clause, and an acronym
// (the outlet whose source it is) closes the source.

var (
	obliqueSourceCues    = grammarSet("obliqueSourceCues")
	obliqueSourceNouns   = grammarSet("obliqueSourceNouns")
	obliqueClauseOpeners = grammarSet("obliqueSourceClauseOpeners")
)

// obliqueSourceMax bounds the source's complement after its noun ("z
// ministerstva zahraničí", "blízkého ukrajinské delegaci").
const obliqueSourceMax = 5

// obliqueSourceEnd returns the index of the last word of an unnamed source
// after the cue at toks[cue], or -1 when the words after the cue are not
// one: its noun, after at most two adjectives ("nejmenovaného"), must be
// an unnamed noun in the genitive, and the clause after it must open
// within obliqueSourceMax words and run on for two words at least.
func (x *extractor) obliqueSourceEnd(toks []tok, cue int) int {
	if cue >= len(toks) || !obliqueSourceCues[lowerWord(toks[cue])] || toks[cue].trail != "" {
		return -1
	}
	n := -1
	for k := cue + 1; k < len(toks) && k <= cue+3; k++ {
		l := lowerWord(toks[k])
		if isCapital(toks[k].word) || toks[k].trail != "" && !obliqueSourceNouns[l] {
			return -1
		}
		if obliqueSourceNouns[l] || x.lx.isUnnamed(l) {
			n = k
			break
		}
	}
	if n < 0 {
		return -1
	}
	end := -1
	for j := n + 1; j < len(toks)-2 && j <= n+obliqueSourceMax; j++ {
		if toks[j-1].trail != "" {
			return -1 // a comma or a quote: the other readers'
		}
		w := toks[j].word
		l := lowerWord(toks[j])
		switch {
		case obliqueClauseOpeners[l]:
			end = j - 1
		case isAllCaps(w) && len(w) >= 2:
			end = j // "rozmówcy AIW": the outlet's source
		case isCapital(w) && j == n+1:
			return -1 // "Podle diplomata Petra Nováka …": a named source, the other readers'
		case isCapital(w) && !placeAsidePreps[lowerWord(toks[j-1])]:
			end = j - 1 // "… zahraničí Česko podporuje"
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 || end+2 >= len(toks) {
		return -1
	}
	return end
}

// obliqueInterlocutors are the sources that may point back to the person
// just quoted: "our interlocutor" right after an expert's words is that
// expert.
var obliqueInterlocutors = grammarSet("obliqueInterlocutors")

// interlocutorBack returns the named person who spoke in the sentence
// before when the source after the cue at toks[cue], ending at toks[end],
// is an interlocutor alone or with the outlet's acronym ("Według rozmówcy
// AIW …" after "… – powiedział AIW ekspert."); nil otherwise, and the
// interlocutor is a source the report does not name.
func (x *extractor) interlocutorBack(toks []tok, cue, end int) *speaker {
	if end < cue+1 || end > cue+2 || !obliqueInterlocutors[lowerWord(toks[cue+1])] {
		return nil
	}
	if end == cue+2 && !isAllCaps(toks[end].word) {
		return nil
	}
	sp := x.lastSpeaker
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || !x.recent(sp, 1) {
		return nil
	}
	return sp
}

// obliqueTitleHolder returns the last person quoted, within the last two
// sentences, when their title in the nominative is the lone title l, in
// its case after an according cue: "Zdaniem premiera Europa musi …" after
// "Premier Donald Tusk napisał …". nil when that person holds no such
// title: a title an earlier speaker holds is another's.
func (x *extractor) obliqueTitleHolder(l string) *speaker {
	for _, e := range slavicCases {
		base, ok := strings.CutSuffix(l, e)
		if !ok || utf8.RuneCountInString(base) < 4 {
			continue
		}
		if n := len(x.speakers); n > 0 {
			sp := x.speakers[n-1]
			if sp.kind == kindPerson && sp.name != unnamedSpeaker && x.recent(sp, 2) && roleHoldsWord(sp.role, base) && x.titleHeads(sp.role, base) {
				return sp
			}
		}
	}
	return nil
}

// obliqueTitleOpens reports whether toks[f], right after an according cue,
// is a title in its case with the clause opening right after it, on a
// capital or an unstressed word ("Zdaniem premiera Europa musi …",
// "Podle premiéra by se …"), not on the title's complement ("Zdaniem szefa
// rządu …", whose head alone is another person's title).
func (x *extractor) obliqueTitleOpens(toks []tok, f int) bool {
	if f+1 >= len(toks) {
		return false
	}
	if next := toks[f+1]; !isCapital(next.word) && !obliqueClauseOpeners[lowerWord(next)] {
		return false
	}
	l := lowerWord(toks[f])
	return x.caseRole(l) || x.obliqueTitleHolder(l) != nil
}
