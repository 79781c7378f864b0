// A numbered point's terms often run over several sentences of its
// paragraph, the later ones naming neither the point nor the version: "O
// ponto 21 estabelece que a Crimeia … . Em Kherson e Zaporíjia, a linha da
// frente seria congelada. As tropas ucranianas teriam ainda de se retirar
// …", "Point 21 recognises Crimea … . The front line in Kherson would be
// frozen.", "Пункт 21 признаёт Крым … . Линия соприкосновения
// замораживается." The prose rules join such a sentence to its point only
// when they read its mood (the conditional of a language they know), and
// the plan's terms (planterms_extract.go) left it out as the point's own
// sentence (pointGiven), so it was lost. When the catalogue numbers a term
// the sentence states at that very point in that point's version, and at
// no other number, the sentence is that point's, and is added to its text: the
// catalogue confirms the point, whatever mood or tense the language uses.
// A term the catalogue numbers elsewhere ("… point 21. Elections would be
// held within 100 days" is point 25) or does not know stays out, as
// before.

package corpus

import "strings"

// pointGoesOn is the numbered point of paragraph position, given from
// sentence prev by the rules before the plan's terms (have) or by them
// (out), whose terms sentence s (lower-cased low) goes on with: a term of
// s the catalogue numbers at that point in its version and at no other
// number. nil when no such point is there. The caller adds s to it: one
// point, one provision, as the prose rules join "The same point goes
// further: …", and a third sentence then goes on after the second.
func pointGoesOn(c *termCatalogue, have, out []Provision, position int, prev, low string) *Provision {
	pl := ""
	var sc termScan // (not the caller's scan, whose hits it is reading)
	for _, list := range [2][]Provision{have, out} {
		for k := range list {
			p := &list[k]
			if p.Position != position || p.Number == 0 || p.Plan == "" || p.Plan == unnamedPlan {
				continue
			}
			if pl == "" {
				pl = lowerString(prev)
			}
			if provisionFrom(*p, pl) && termsAtPoint(c, &sc, low, p.Plan, p.Number) && pointAgrees(c, &sc, lowerString(p.Text), p.Plan, p.Number) {
				return p
			}
		}
	}
	return nil
}

// provisionFrom reports whether provision p was read from the sentence pl
// (lower-cased): its text opens there, or holds the whole sentence.
func provisionFrom(p Provision, pl string) bool {
	t := lowerString(p.Text)
	head := t[:min(len(t), 40)]
	return strings.Contains(pl, head) || strings.Contains(t, strings.TrimRight(pl, ".;: "))
}

// termsAtPoint reports whether low states a term plan holds that the
// catalogue numbers n in plan, and none it numbers otherwise.
func termsAtPoint(c *termCatalogue, sc *termScan, low, plan string, n int) bool {
	at := false
	for _, h := range c.matchTerms(sc, low) {
		t := &c.terms[h.term]
		if !t.allows(plan) {
			return false
		}
		k, ok := t.Points[plan]
		if !ok || k != n {
			return false
		}
		at = true
	}
	return at
}

// pointAgrees reports whether the point's own text (lower-cased low)
// states no term the catalogue keeps from its version or numbers
// otherwise there. A point given the version above it ("Le point 14 prévoit
// d'investir 100 milliards …" under a paragraph on the counter-proposal)
// is put right later by its terms (provisions_termversion.go); a sentence
// of the other version's joined to it would keep it wrong.
func pointAgrees(c *termCatalogue, sc *termScan, low, plan string, n int) bool {
	for _, h := range c.matchTerms(sc, low) {
		t := &c.terms[h.term]
		if !t.allows(plan) {
			return false
		}
		if k, ok := t.Points[plan]; ok && k != n {
			return false
		}
	}
	return true
}

// joinGoingOn adds sentence s to a point's text as joinTerms does; a text
// cut at a semicolon ("… case by case;") takes it after the semicolon.
func joinGoingOn(text, s string) string {
	if strings.HasSuffix(text, ";") {
		return text + " " + s
	}
	return joinTerms(text, s)
}
