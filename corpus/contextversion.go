package corpus

import (
	"strings"
	"unsafe"
)

// A paragraph, lead or title above a point often names two versions at
// once, "the American 28-point plan and the European counter-proposal",
// "28-point plan: what the European counter-proposal changes". planFor
// answers such a text by the rules' order (the counter-proposal's phrases
// are tried first, so that "Europe's counter-proposal to the 28-point
// plan" is the counter-proposal), which makes every bare "point 9" below
// it a point of the counter-proposal. Writers name first the version they
// are writing about and qualify the other one ("the counter-proposal to
// the US plan", "the US plan and Europe's reply"), so as context for the
// paragraphs below, a text that names several versions speaks of the one
// it names first. The sentence that holds a point is not read this way:
// there the nearest name counts (planBefore, nearestVersion).

// contextVersion is the version a text above a point speaks of: the one it
// names first, else what planFor named (name).
func contextVersion(text, name string) string {
	if first := firstNamedVersion(text); first != "" {
		return first
	}
	return name
}

// listVersion is the version a paragraph above a list introduces for it:
// a list sets out what the sentence nearest it announces ("Après la fuite
// du plan américain, … Voici ce que l'on sait de cette
// contre-proposition :" lists the reply), so the last sentence naming a
// version decides, and in it the version named first ("we take apart the
// American plan and the European counter-proposal"). A bare "the plan"
// in prose is read otherwise (contextVersion: the document's subject).
// "" when name is "" (the text names no version).
func listVersion(text, name string) string {
	if name == "" {
		return ""
	}
	if ss := sentences(text); len(ss) > 1 {
		for k := len(ss) - 1; k >= 0; k-- {
			if first := firstNamedVersion(ss[k]); first != "" {
				return first
			}
		}
	}
	return contextVersion(text, name)
}

// firstNamedVersion is the version whose phrase starts earliest in text;
// of phrases starting at the same place, the rules' order decides, as in
// firstPlanRule. "" when text names none.
func firstNamedVersion(text string) string {
	var buf [512]byte
	b := appendLower(buf[:0], text)
	low := unsafe.String(unsafe.SliceData(b), len(b))
	lx := lexiconData()
	for i := 0; i+3 <= len(low); i++ {
		if i > 0 && midASCIIWord(low, i) {
			continue // a phrase must start a word (phraseStartsWord): most positions are inside one
		}
		k := phraseKey(low[i:])
		if !lx.planFilter.has(k) {
			continue
		}
		best := len(lx.plans)
		for _, ref := range lx.planPhrases[k] {
			if ref.rule < best && strings.HasPrefix(low[i:], ref.phrase) && phraseStartsWord(low, i) {
				best = ref.rule // (not inside a longer word: planwordstart.go)
			}
		}
		if best < len(lx.plans) {
			return lx.plans[best].Plan
		}
	}
	return planByCount(low)
}
