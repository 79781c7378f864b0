// Two statements joined by a speech participle. Wire copy chains what one
// person said: "The talks were useful, he wrote on Telegram, adding that
// the delegations would report to their leaders", "Сторони працювали над
// конкретними кроками, написав він у Telegram, додавши, що делегації
// домовилися доповісти своїм лідерам". Read as one statement, the text
// held the attribution in its middle and the participle's clause ran on
// from the first claim; a reader (and every gold set) counts two things
// said. The participles are data/verbs.json's speechParticiples.

package corpus

import "strings"

// innerAttributionWords is how many words the attribution left at the end
// of the first part may hold (", he wrote on Telegram", ", написав він у
// Telegram").
const innerAttributionWords = 7

// addingSplit cuts a reported statement at ", <participle> [,] <that>"
// ("…, adding that …", "…, додавши, що …", "…, aggiungendo che …") into
// what comes before, without an attribution of its own at its end, and
// what the participle's clause says. ok is false when text holds no such
// join or either part would be less than a clause.
func (x *extractor) addingSplit(text string) (head, tail string, ok bool) {
	for c := range commaJoins(text) {
		p, rest := cutWord(text[c+2:])
		if !lowerIn(x.lx.participles, p) {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ", ")
		that, after := cutWord(strings.TrimLeft(rest, " "))
		if !lowerIn(x.lx.thatWords, strings.TrimRight(that, ",")) {
			continue
		}
		head = strings.TrimSpace(text[:c])
		if k := strings.LastIndex(head, ", "); k > 0 && x.attributionOnly(head[k+2:]) {
			head = strings.TrimSpace(head[:k])
		}
		tail = strings.TrimSpace(after)
		if len(strings.Fields(head)) < 3 || len(strings.Fields(tail)) < 3 {
			return "", "", false
		}
		return head, tail, true
	}
	return "", "", false
}

// maxTellingAttributionWords is the most words attributionOnly reads as an
// attribution when a short subject and a verb of telling with its
// addressee fill it ("the Ukrainian leader told a joint news conference",
// "Secretary of State Marco Rubio told a news conference in Geneva").
const maxTellingAttributionWords = 11

// attributionOnly reports whether seg, the last comma part before a
// participle, is only an attribution: a few words holding a say verb;
// or, up to maxTellingAttributionWords, a say verb among its first six words
// and after it only a phrase of whom and where, no clause (no "that", no
// auxiliary, no second speech verb).
func (x *extractor) attributionOnly(seg string) bool {
	ws := strings.Fields(seg)
	if len(ws) == 0 || len(ws) > maxTellingAttributionWords {
		return false
	}
	for i, w := range ws {
		if !lowerIn(x.lx.sayVerbs, strings.Trim(w, ".,;:")) {
			continue
		}
		if len(ws) <= innerAttributionWords {
			return true
		}
		if i > 5 {
			return false
		}
		for _, a := range ws[i+1:] {
			l := strings.ToLower(strings.Trim(a, ".,;:"))
			if x.lx.thatWords[l] || x.lx.sayVerbs[l] || x.lx.auxiliaries[l] && !(l == "a" && prepositionA[x.src.Lang]) || containsAny(a, "“”\"«»„") {
				return false
			}
		}
		return true
	}
	return false
}

// cutWord splits s after its first word (letters and apostrophes), the
// rest kept as it is.
func cutWord(s string) (word, rest string) {
	end := strings.IndexAny(s, " ,;:")
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}
