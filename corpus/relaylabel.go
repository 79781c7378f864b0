// Relayed words: a chat's desk member, a live blog's tick or a headline
// gives a person's words after their name and a short circumstance of
// when, where, to whom or through what they spoke, and a colon or a dash:
// "Rubio just now: …", "Starmer from Johannesburg: …", "Tusk this morning
// – wants to know …", "Zelensky to Swedish MPs: …", "Selenskyj heute in
// Berlin: …", "Meloni oggi a Bruxelles: …", "Песков сегодня в Москве: …",
// "Зеленський у Telegram: …", "Macron ce matin à Paris : …". The label
// readers (colonLabel, logSpeaker) knew a channel after a preposition
// ("Zelensky su Telegram"); circumstanceAt reads the rest: time phrases
// and phrases opened by a preposition, in any order, as data
// (data/relay.json). What names the speaker is still the name before it,
// read by the label readers as before: "Note:", "Update:", a place or a
// topic name no one.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/relay.json
var relayJSON []byte

// relayWords is data/relay.json, indexed.
type relayWords struct {
	times   map[string]bool
	preps   map[string]bool
	firsts  map[string]bool // the first words of both: a quick look before reading a phrase
	maxTime int             // the most words a time phrase or a preposition has
}

var relayData = sync.OnceValue(func() *relayWords {
	var d struct {
		Times []string `json:"timePhrases"`
		Preps []string `json:"prepositions"`
	}
	mustDecodeJSON("data/relay.json", relayJSON, &d)
	w := &relayWords{times: set(d.Times), preps: set(d.Preps), firsts: map[string]bool{}}
	for _, t := range append(d.Times, d.Preps...) {
		f := strings.Fields(t)
		w.maxTime = max(w.maxTime, len(f))
		w.firsts[f[0]] = true
	}
	return w
})

// maxCircumstance is the most words a circumstance after a name may have;
// maxLabelName the most a name with its title before it may have
// ("EU foreign policy chief Kallas").
const (
	maxCircumstance = 8
	maxLabelName    = 5
)

// circumstanceAt returns where a circumstance starts among a label's
// words, after up to five words that may name the speaker, the last of
// them capitalised ("Rubio | just now", "Selenskyj | heute in Berlin",
// "Keir Starmer | from Johannesburg", "Kremlin spokesman Peskov | this
// morning"), or 0 when the label holds none: every word from there on is
// part of a time phrase or of a phrase a preposition opens. Whether the
// words before it name a person is the label readers' matter.
func circumstanceAt(words []string) int {
	w := relayData()
	for k := 1; k <= maxLabelName && k < len(words); k++ {
		if !isCapital(strings.Trim(words[k-1], "*_")) {
			continue // "Kremlin spokesman | Peskov": a title's words before the name
		}
		if first := lowerString(strings.Trim(words[k], ",.*_")); !w.firsts[first] && !labelPreps[first] {
			continue // most labels: a name's next word, or a title's
		}
		if len(words)-k > maxCircumstance || !circumstance(words[k:]) {
			continue
		}
		people := lexiconData().people
		if lowerIn(people, strings.Join(words, " ")) != nil {
			return 0 // "Ursula von der Leyen", "Lula da Silva": a name whole
		}
		if k+1 < len(words) && lowerIn(nameParticles, words[k]) && (isCapital(words[k+1]) || lowerIn(nameParticles, words[k+1])) &&
			lowerIn(people, strings.Join(words[:k], " ")) == nil {
			// "Jan van Dijk", "Ana de la Cruz": a particle of a name,
			// unless a known person stands before it ("Meloni da
			// Bruxelles")
			return 0
		}
		return k
	}
	return 0
}

// nameParticles are the words that join a given name to a surname and
// are prepositions too ("von", "da", "de").
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "des": true, "del": true, "della": true, "dos": true, "das": true, "la": true, "le": true, "ter": true, "ten": true, "zu": true, "al": true, "bin": true}

// circumstance reports whether words are, all of them, time phrases
// ("this morning", "heute", "только что") and phrases opened by a
// preposition with one to four words after it ("from Johannesburg", "to
// Swedish MPs", "in Berlin", "у Telegram").
func circumstance(words []string) bool {
	w := relayData()
	lows := make([]string, len(words))
	for i, s := range words {
		lows[i] = lowerString(strings.Trim(s, ",.*_"))
	}
	// phraseAt is how many words a phrase of set opening at i takes, or 0
	phraseAt := func(set map[string]bool, i int) int {
		for n := min(w.maxTime, len(lows)-i); n >= 1; n-- {
			if set[strings.Join(lows[i:i+n], " ")] {
				return n
			}
		}
		return 0
	}
	prep := func(i int) int {
		if labelPreps[lows[i]] {
			return 1
		}
		return phraseAt(w.preps, i)
	}
	for i := 0; i < len(lows); {
		if n := phraseAt(w.times, i); n > 0 {
			i += n
			continue
		}
		n := prep(i)
		if n == 0 {
			return false
		}
		i += n
		obj := 0 // the words the preposition governs, up to the next piece
		for i < len(lows) && obj < 4 && phraseAt(w.times, i) == 0 && (obj == 0 || prep(i) == 0) {
			i++
			obj++
		}
		if obj == 0 {
			return false
		}
	}
	return true
}

// relayDash reads "NAME circumstance – words" as "NAME circumstance:
// words", the dash a chat or a tick sets where a label has its colon
// ("Tusk this morning – wants to know who wrote the plan"): only after a
// circumstance, before four words or more, so a headline's "Zelensky in
// Washington – live" or a dash between names is left alone.
func relayDash(p string) string {
	at, n := -1, 0
	for _, d := range []string{" – ", " — ", " - "} {
		if i := strings.Index(p, d); i > 0 && (at < 0 || i < at) {
			at, n = i, len(d)
		}
	}
	if at < 0 || at > 80 {
		return p
	}
	if c := strings.Index(p, ": "); c >= 0 && c < at {
		return p // a label's colon comes first
	}
	label, rest := p[:at], p[at+n:]
	if containsAny(label, "“”\"«»,;:()") || len(strings.Fields(rest)) < 4 {
		return p
	}
	if d := p[at : at+n]; strings.Contains(rest, d) {
		return p // "Trump on Monday – after a weekend away – told reporters …": an aside between dashes
	}
	if circumstanceAt(strings.Fields(label)) == 0 {
		return p
	}
	return label + ": " + rest
}

// firstSentence cuts text after its first sentence: the sentence and
// the rest, "" when it has one only.
func firstSentence(text string) (string, string) {
	ss := sentences(text)
	if len(ss) < 2 {
		return text, ""
	}
	i := strings.Index(text, ss[1])
	if i < len(ss[0]) {
		return text, ""
	}
	return trimSentenceEnd(strings.TrimSpace(text[:i])), text[i:]
}

// commaCircumstance reports whether the words after a label's comma are
// a circumstance that opens with a time ("Rubio, just now", "Песков,
// сегодня в Москве") or with a preposition before a name ("Rubio, from
// Geneva"): after a comma a clause may open with a preposition as well
// ("Para Kiev, a diferença é enorme: …").
func commaCircumstance(aside []string) bool {
	if len(aside) == 0 || len(aside) > maxCircumstance || !circumstance(aside) {
		return false
	}
	w := relayData()
	for n := min(w.maxTime, len(aside)); n >= 1; n-- {
		if lowerIn(w.times, strings.Trim(strings.Join(aside[:n], " "), ",.*_")) {
			return true // "just now", "сегодня в Москве"
		}
	}
	return len(aside) > 1 && isCapital(aside[1]) // "from Geneva", not "a diferença é enorme"
}
