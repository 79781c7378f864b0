package corpus

import "strings"

// phraseCueBeforeComma reports whether s holds a speech verb of two words
// (verbs.json's phraseVerbs: "hält dagegen", "stellt klar", "hält fest",
// "wendet ein") right before a comma: "Die Grünen-Abgeordnete Selin
// Aydoğan hält dagegen, ohne Mandat … sei …" names a new speaker, whose
// Konjunktiv is hers, not the last speaker's going on
// (reportedSpeechGoesOn). The one-word look (hasSpeechCue) never sees
// such a verb, since no single word of it is one.
func (x *extractor) phraseCueBeforeComma(s string) bool {
	pv := phraseVerbsData()
	prev := ""
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		if prev != "" && strings.HasPrefix(s[next:], ",") {
			for _, words := range pv.byFirst[lowerString(prev)] {
				if len(words) == 2 && words[1] == lowerString(w) {
					return true
				}
			}
		}
		prev, i = w, next
	}
	return false
}
