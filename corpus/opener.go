package corpus

import (
	"strings"
	"sync"
)

// The subject a pronoun means. "Hours before the envoys arrived, Putin
// had sharpened his tone towards the Europeans, whom he accused of …":
// the sentence is about Putin, and "he" inside it is Putin, not whoever
// was quoted last. Likewise "Putin had used a speech to lash out at
// European governments. Russia was not planning to fight Europe, he
// said": "he" is the subject of the sentence before.

// maxIntroWords bounds the introductory phrase skipped before a
// sentence's subject ("Hours before receiving the American envoys,").
const maxIntroWords = 8

// noteSubject remembers the known person a sentence is about (noteOpener),
// also when an introductory phrase set off by a comma comes before them.
func (x *extractor) noteSubject(s string) {
	if x.definiteTitle(s) {
		return // "The deputy head of the regional administration, 47, spoke …"
	}
	defer x.titleLeadRole() // "The chancellor was upbeat. Merz said …" (titlelead.go)
	if x.bracketOpener(s) {
		return // "Julia Sosnowska (premier) otworzyła wyliczanką." (bracketopener.go)
	}
	x.noteOpener(s)
	if x.openedAt == x.sentenceNo && x.openedBy != nil {
		return
	}
	x.noteTitleLead(s)
	if x.lexiconOpener(s) {
		return // "Lavrov went further, he said …": a surname the lexicon knows
	}
	if x.titledOpener(s) {
		return // "Italiens Regierungschefin Meloni hält …; …, sagte sie"
	}
	i := strings.Index(s[:min(len(s), maxIntroLen+2)], ", ")
	if i <= 0 {
		return
	}
	rest := s[i+2:]
	w, _ := nextWord(rest, 0)
	if w == "" || !isCapital(w) || !x.knownWord(w) && !x.knownFullOpener(rest) {
		return // only a name the document or the lexicon knows opens the sentence after the intro
	}
	if containsAny(s[:i], "“”\"«»„:;") || strings.Count(s[:i], " ") >= maxIntroWords {
		return // a quotation or a clause, not an introductory phrase
	}
	x.noteOpener(rest)
	if x.openedAt != x.sentenceNo {
		x.lexiconOpener(rest)
	}
}

// knownWord reports whether a word is a name the document has used or a
// person the lexicon knows, looked up without allocating.
func (x *extractor) knownWord(w string) bool {
	if len(w) > 32 {
		return false
	}
	var lb [64]byte // the look-up key on the stack
	k := appendLower(lb[:0], w)
	if _, ok := x.short[string(k)]; ok {
		return true
	}
	_, ok := x.lx.people[string(k)]
	return ok
}

// maxIntroLen bounds, in bytes, the introductory phrase noteSubject skips.
const maxIntroLen = 80

// lexiconOpener remembers a sentence's first word as its subject when it
// is a known person's one-word name ("Lavrov", "Peskov") that the
// document has not yet used (noteOpener knows the names it has seen).
func (x *extractor) lexiconOpener(s string) bool {
	w, _ := nextWord(s, 0)
	if w == "" || !isCapital(w) || len(w) > 32 {
		return false
	}
	var lb [64]byte // the look-up key on the stack
	key := appendLower(lb[:0], w)
	if _, ok := x.lx.people[string(key)]; !ok && !nameOpeners()[string(key)] {
		return false // neither a name nor the first word of one
	}
	var wb [maxLexiconNameWords]string // the name's words, copied out only when found
	wb[0] = w
	n := 1
	for rest := s[len(w):]; ; {
		if _, ok := x.lx.people[string(key)]; ok {
			break
		}
		// "Von der Leyen was vaguer": a name of several words
		nw, next := nextWord(rest, 0)
		if nw == "" || n >= maxLexiconNameWords || next > len(nw)+1 || len(key)+1+len(nw) > len(lb) {
			return false // (a name the document has used is noteOpener's)
		}
		key = appendLower(append(key, ' '), nw)
		wb[n], n, rest = nw, n+1, rest[next:]
	}
	if sp := x.person(append([]string(nil), wb[:n]...), ""); sp != nil && sp.kind == kindPerson {
		x.openedBy, x.openedAt = sp, x.sentenceNo
		return true
	}
	return false
}

// maxLexiconNameWords is the most words of a lexicon name lexiconOpener
// reads ("von der Leyen").
const maxLexiconNameWords = 3

// pronounInSentence is who "he" or "she" means inside the sentence being
// read, after its subject: the known person the sentence opened with, if
// the pronoun's gender fits. nil when the pronoun opens the sentence or
// the sentence opened with nobody known.
func (x *extractor) pronounInSentence(want string, sentenceStart bool) *speaker {
	if sentenceStart || x.openedBy == nil || x.openedAt != x.sentenceNo || x.openedBy.kind != kindPerson {
		return nil
	}
	if sp := x.openedBy; sp.gender == "" || want == "" || sp.gender == want {
		return learnGender(sp, want)
	}
	return nil
}

// maxTitleWords bounds a title read from a definite description.
const maxTitleWords = 10

// definiteTitle reads a sentence that opens with a definite description
// set off by a comma right after a sentence about a person who has no
// title yet: "Serhiy Hnatiuk has spent the war fixing things. The deputy
// head of the regional administration, 47, spoke to us …". The
// description is that person's title, and the sentence is about them.
func (x *extractor) definiteTitle(s string) bool {
	sp := x.openedBy
	if sp == nil || x.openedAt != x.sentenceNo-1 || sp.kind != kindPerson || sp.role != "" {
		return false
	}
	w, next := nextWord(s, 0)
	if w == "" || !isCapital(w) || !lowerIn(definiteSingular, w) {
		return false
	}
	c := strings.Index(s, ", ")
	if c <= next || containsAny(s[:c], "\"“”«»„:;") {
		return false
	}
	words := strings.Fields(s[next:c])
	if len(words) == 0 || len(words) > maxTitleWords || !x.roleLike(words) || !x.lx.isRole(lowerString(words[0])) && (len(words) < 2 || !x.lx.isRole(lowerString(words[1]))) {
		return false // (the title opens the description: "The deputy head of …", "The former minister")
	}
	sp.role = cleanRole(s[next:c])
	x.people[sp.name] = sp
	x.openedBy, x.openedAt = sp, x.sentenceNo
	return true
}

// nameOpeners are the first words, lower-cased, of the lexicon's names of
// several words ("von" of "von der Leyen"), worked out once.
var nameOpeners = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for key := range lexiconData().people {
		if first, _, ok := strings.Cut(key, " "); ok {
			out[first] = true
		}
	}
	return out
})

// maxTitledOpenerWords bounds the title words titledOpener reads before
// the name ("Italiens Regierungschefin", "Italy's prime minister").
const maxTitledOpenerWords = 4

// titledOpener remembers as the sentence's subject a known person named
// after a title that opens it: "Italiens Regierungschefin Meloni hält
// Gegenvorschläge nicht für sinnvoll; man solle am US-Text weiterarbeiten,
// sagte sie." The pronoun of the trailing attribution is that person, not
// whoever spoke before (the sentence went to the last speaker as her
// Konjunktiv going on). The title opens the sentence, after at most one
// possessive ("Italiens", "Italy's"); the capitals after it end with a
// name the document or the lexicon knows, the capitals before that name
// ("Глава РФПИ Кирилл Дмитриев") belonging to the title.
func (x *extractor) titledOpener(s string) bool {
	titled, i := false, 0
	for n := 0; n <= maxTitledOpenerWords; n++ {
		w, next := nextWord(s, i)
		if w == "" || containsAny(w, ",;:.\"“”«»„()") {
			return false
		}
		if x.lx.isRole(lowerString(w)) {
			titled, i = true, next
			continue
		}
		if titled {
			break
		}
		if n > 0 || !isCapital(w) || !(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return false // "While President Zelensky …": no title opens it
		}
		i = next
	}
	if !titled {
		return false
	}
	var at []int // where each capitalised word after the title starts
	var caps []string
	for j := i; len(caps) < 4; {
		w, next := nextWord(s, j)
		if w == "" || !isCapital(w) || x.lx.isRole(lowerString(w)) {
			break
		}
		start := j + strings.Index(s[j:], w)
		caps, at = append(caps, strings.TrimRight(w, ",;:.")), append(at, start)
		if containsAny(w, ",;:.") {
			break
		}
		j = next
	}
	for k := range caps {
		l := lowerString(strings.Join(caps[k:], " "))
		_, person := x.lx.people[l]
		_, short := x.short[l]
		if !person && !short {
			continue
		}
		sp := x.person(caps[k:], "")
		if sp == nil || sp.kind != kindPerson {
			return false
		}
		if sp.role == "" && k == 0 {
			// the title right before the name is the person's role (a
			// role the document gave before stays; capitals between title
			// and name, "Mluvčí Kremlu Dmitrij Peskov", leave it to
			// the readers of titles)
			sp.role = cleanRole(strings.TrimSpace(s[:at[k]]))
			x.people[sp.name] = sp
		}
		x.openedBy, x.openedAt = sp, x.sentenceNo
		return true
	}
	return false
}
