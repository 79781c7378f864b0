// A fronted phrase of time or place before the verb of a verb-second
// language, longer or set off by commas: "Fünf Tage später sagt sein
// Berater Juri Uschakow, …", "Fünf Tage später, nach dem Treffen im Kreml,
// sagt …", "Na Genève en Abu Dhabi zeggen onderhandelaars dat …". German
// and Dutch put the finite verb second whatever stands first, so the
// subject follows the verb; read back from the verb, the capitalised
// nouns of the phrase ("Fünf Tage") looked like a name. verbSecond reads
// the speaker after the verb once this finds where the phrase ends.

package corpus

// maxVerbSecondPhrase bounds the words of a fronted phrase with commas
// ("Fünf Tage später, nach dem Treffen im Kreml mit Witkoff und Kushner,"):
// a longer run is a clause of its own more often than a phrase.
const maxVerbSecondPhrase = 16

// verbSecondFront gives the index of the speech verb that follows a
// fronted phrase in a verb-second language, or 0. Each part of the
// phrase, between commas, must open or close on a word of time or place
// (frontedOpeners, gapOpeners: "nach", "am", "später", "later") and hold
// no quotation, no speech verb and no "that"; the verb follows the phrase
// at once, its subject after it.
func (x *extractor) verbSecondFront(toks []tok) int {
	if !predicateData().verbSecond[x.src.Lang] || len(toks) < 5 {
		return 0
	}
	segStart := 0
	for i := 0; i < len(toks)-2 && i <= maxVerbSecondPhrase; i++ {
		w := lowerWord(toks[i])
		if i > segStart && x.lx.sayVerbs[w] {
			if !v2PhraseWord(lowerWord(toks[segStart])) && !v2PhraseWord(lowerWord(toks[i-1])) || toks[i].trail != "" {
				return 0
			}
			return i
		}
		if i == segStart && i > 0 && x.lx.sayVerbs[w] {
			if toks[i].trail != "" {
				return 0
			}
			return i // "…, nach dem Treffen im Kreml, sagt X"
		}
		if containsAny(toks[i].raw, "\"“”«»„‚'") || x.lx.thatWords[w] || x.lx.sayVerbs[w] {
			return 0
		}
		switch toks[i].trail {
		case "":
		case ",":
			if !v2PhraseWord(lowerWord(toks[segStart])) && !v2PhraseWord(w) {
				return 0 // "Der Kanzler, der …,": a subject, not a phrase of time or place
			}
			segStart = i + 1
		default:
			return 0
		}
	}
	return 0
}

// v2PhraseWord tells whether a word opens or closes a phrase of time or
// place: "nach", "am", "in", "später", "gisteren", "later".
func v2PhraseWord(w string) bool {
	return frontedOpeners[w] || gapOpeners[w]
}
