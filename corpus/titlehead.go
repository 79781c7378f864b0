package corpus

import (
	"strings"
	"sync"
)

// titleHeads reports whether the lower-case title ref ("президент", "the
// president") names the holder of role rather than only its complement:
// "Помощник президента" and "aide to the president" hold the word
// "president", but their holder is the aide, and "сказал президент" after
// the aide and the president have both spoken means the president. The
// title is the role's head when no other title word stands before it in
// the role ("Ukrainian President", "Kremlin spokesman" keep theirs: an
// adjective or a place is no title).
func (x *extractor) titleHeads(role, ref string) bool {
	low := lowerString(role)
	at := strings.Index(low, ref)
	if at < 0 {
		return false
	}
	for _, w := range strings.Fields(low[:at]) {
		w = strings.Trim(w, ",.;:()")
		if titleQualifierData().former[w] {
			continue // "ex ambasciatore", "former ambassador": a former holder, the title is still the head
		}
		if x.lx.isRole(w) || x.isBackRef(w) {
			return false // the ref stands in the complement of another title
		}
	}
	return true
}

// officeWords is data/offices.json read the other way round: a person's
// canonical name to every word of the titles of their office, in every
// language ("президент", "president", "présidente", "kremlin", …).
var officeWords = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for title, person := range officeTitles() {
		if _, phrase, ok := strings.Cut(title, "\x00"); ok {
			title = phrase
		}
		if m[person] == nil {
			m[person] = map[string]bool{}
		}
		for _, w := range strings.Fields(title) {
			m[person][w] = true
		}
	}
	return m
})

// justSpokeTitled returns the person who made the statement of the
// sentence before when the bare title word l ("президент", "the
// president") is a word of their office's title (data/offices.json):
// "Путин заявил, что … «…», — сказал президент." A bare title is too
// vague to stand for an office on its own ("президент" of which country?),
// but right after its holder spoke it can only be them; another title
// ("the minister" after the president) is another person and is left to
// the other rules.
func (x *extractor) justSpokeTitled(l string) *speaker {
	sp := x.lastSpeaker
	if sp == nil || sp.kind != kindPerson || x.lastStmtSentence != x.sentenceNo-1 || x.spokeAt[sp.name] != x.pos {
		return nil
	}
	if !officeWords()[sp.name][l] {
		return nil
	}
	return sp
}
