package corpus

import (
	"encoding/json"
	"strings"
	"sync"
)

// weekdays are the day names of data/clauses.json, lower case.
var weekdays = sync.OnceValue(func() map[string]bool { return clauseWords("weekdays") })

// monthParts are data/clauses.json's words for a part of a month.
var monthParts = sync.OnceValue(func() map[string]bool { return clauseWords("monthParts") })

// monthPartName reports whether a speaker's name is, or ends in, a part of
// a month and the month's name ("Mitte Dezember", "Anfang Januar", "Fin
// novembre"): in
// "Selenskyj hatte vor den Gesprächen Mitte Dezember gesagt, …" the
// capitalised words next to the participle are when, and the speaker is
// found on the reading without the aside (gaps.go).
func monthPartName(name string) bool {
	// the last two words, kept as they pass: no slice of every word of
	// every name asked
	var prev, last string
	n := 0
	for w := range strings.FieldsSeq(name) {
		prev, last = last, w
		n++
	}
	if n < 2 || !lowerIn(monthParts(), prev) {
		return false // (a name ending in one: "Gesprächen Mitte Dezember" of "vor den Gesprächen Mitte Dezember")
	}
	_, ok := lowerIn2(sourceData().months, strings.Trim(last, ",."))
	return ok
}

// timeOpeners are the prepositions of data/clauses.json that open a time
// phrase ("By Monday", "Dès lundi").
var timeOpeners = sync.OnceValue(func() map[string]bool { return clauseWords("timeOpeners") })

// clauseWords reads one flat list of data/clauses.json as a set.
func clauseWords(key string) map[string]bool {
	var d map[string]json.RawMessage
	mustDecodeJSON("data/clauses.json", clausesJSON, &d)
	var ws []string
	mustDecodeJSON("data/clauses.json "+key, d[key], &ws)
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// timeName reports whether a speaker's name is a time phrase read as a
// name: a preposition of time, then a day name ("By Monday", "On Tuesday",
// "Dès Lundi"); a day name alone may be a surname ("Domingo"). "By Monday his
// tone had softened: …, he said, …" otherwise gives the words to "By
// Monday", and a pronoun later in the sentence resolves to it.
func timeName(name string) bool {
	if monthPartName(name) {
		return true // "Mitte Dezember" (German writes the part capitalised)
	}
	if !lowerIn(timeOpeners(), firstField(name)) {
		return false // (nearly every name: its first word tells, before any is split)
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	return lowerIn(timeOpeners(), f[0]) && lowerIn(weekdays(), strings.Trim(f[1], ",."))
}
