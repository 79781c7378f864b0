package corpus

import "strings"

// An explainer's question names one point ("What does point 7 of the US
// draft say?") and its answer speaks of the point with a pronoun: "It says
// Ukraine would enshrine in its constitution that it will not join NATO",
// "Er sieht vor, dass …", "Il prévoit que …", "Предусматривает, что …". No
// document noun or point number stands in the answer, so no prose rule
// read it (answerNumbers numbers an answer that is a term already).
// pronounAnswers reads the answer's first sentence as that point, in the
// version the question names, else the one named nearest above.

// answerOpeners open an answer that speaks of the point asked about, by
// language-independent first words, lower case: a pronoun and a verb of
// setting out, or the verb alone where the language drops the pronoun.
var answerOpeners = map[string]bool{
	"it says": true, "it provides": true, "it states": true, "it calls": true, "it requires": true, "it sets": true, "it proposes": true, "it foresees": true, "it envisages": true, "it commits": true, "it offers": true,
	"er sieht": true, "sie sieht": true, "es sieht": true, "darin heißt": true, "er verlangt": true, "sie verlangt": true,
	"il prévoit": true, "elle prévoit": true, "il stipule": true, "elle stipule": true, "il propose": true, "elle propose": true,
	"prevede": true, "stabilisce": true, "propone": true,
	"establece": true, "prevé": true, "contempla": true,
	"prevê": true, "estabelece": true,
	"предусматривает": true, "он предусматривает": true, "она предусматривает": true, "гласит": true, "он гласит": true,
	"передбачає": true, "він передбачає": true, "вона передбачає": true,
	"przewiduje": true, "stanowi": true, "on przewiduje": true,
}

// pronounAnswers returns the points answers speak of with a pronoun, as
// provisions numbered after have's.
func pronounAnswers(ps []paragraph, src Source, fallback string, have []Provision, planFor func(string) (string, bool)) []Provision {
	var out []Provision
	for i := 1; i < len(ps); i++ {
		p := ps[i]
		if p.kind != paraText || !asks(ps[i-1].text) {
			continue
		}
		q := ps[i-1].text
		n, end, ok := pointRefEnd(q)
		if !ok || hasPointRef(q[end:]) || !opensAnswer(p.text) || heldAt(have, i, n) {
			continue
		}
		plan, _ := planFor(q)
		if plan == "" {
			plan = nearestPlan(ps, i-1, i, planFor)
		}
		if plan == "" {
			plan = firstNonEmpty(src.Plan, fallback, unnamedPlan)
		}
		first, _ := splitFirstSentence(p.text)
		text := trimSentenceEnd(strings.TrimSpace(first))
		out = append(out, newProvision(src, len(have)+len(out)+1, plan, n, text, p.index))
	}
	return out
}

// opensAnswer reports whether s opens with one of answerOpeners.
func opensAnswer(s string) bool {
	f := strings.Fields(lowerString(s))
	if len(f) == 0 {
		return false
	}
	one := strings.Trim(f[0], ",:")
	if answerOpeners[one] {
		return true
	}
	return len(f) > 1 && answerOpeners[one+" "+strings.Trim(f[1], ",:")]
}

// heldAt reports whether have holds point n read from paragraph pos.
func heldAt(have []Provision, pos, n int) bool {
	for _, h := range have {
		if h.Position == pos && (h.Number == n || h.Number == 0) {
			return true
		}
	}
	return false
}
