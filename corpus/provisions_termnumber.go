// Numbers told by a term: a provision extracted with no number (a bullet
// of an unnumbered list, a point quoted in prose with "the sixth point"
// or "in its final point" around it, an ordinal the scan does not read)
// whose text states a term the catalogue (data/planterms.json) numbers in
// the provision's version takes that number. Every version keeps one
// numbering, so the term is the point: "elections within 100 days" is
// point 25 of the US draft in any language, "NATO membership by consensus
// of the allies" point 7 of the European counter-proposal. Only a text
// that speaks of a point (a point word: "the sixth point", "set out in
// point 25", "пунктом двадцять четвертим") is numbered so: the document
// says the text is a numbered point and the number is what the scan could
// not read; a term stated in passing is left as the document gives it. A
// text that states terms of two numbers, or none the version numbers,
// keeps no number. Two more say which point a text is without a point
// word the scan read: the text names its own point ("and, in its last
// point, the fighting stops …"), or its sentence holds an ordinal that
// agrees with the term's number ("Temiamo il sesto, che porterebbe
// l'esercito a 600 mila"). An item of a list whose items above it name
// their points is numbered by its terms too ("- punkt 17: …" then "- a
// także pakt o nieagresji … z monitoringiem linii frontu": point 2).

package corpus

import "strings"

// termNumbers gives each provision of out that has no number the number
// its version gives the terms its text states, when they all agree.
func termNumbers(out []Provision, ps []paragraph) []Provision {
	c := planTermsData()
	lx := lexiconData()
	var sc termScan
	for i := range out {
		p := &out[i]
		if p.Number != 0 || p.Plan == "" || p.Plan == unnamedPlan {
			continue
		}
		if n, ok := pointRefNumber(lx, p.Text); ok && n > 0 {
			p.Number = n // "and, in its final point, a ceasefire …": the text names its own point
			continue
		}
		listed := false // an item of a list whose items before it name their points
		para := paragraphOf(p, ps)
		if !speaksOfPoint(para) && !ordinalIn(lx, para, 0) {
			if listed = amongPointItems(p, ps); !listed {
				continue // (most provisions: the paragraph names no point, and no term is read)
			}
		}
		n := termNumber(c, &sc, p.Plan, p.Text)
		if n == 0 {
			continue
		}
		if s := pointSentence(p, ps); listed || speaksOfPoint(s) || ordinalIn(lx, s, n) || citesOnly(para, n) {
			p.Number = n
		}
	}
	return out
}

// ordinalIn reports whether s holds an ordinal word naming point n ("Ci
// preoccupa il ventunesimo, che …" beside the terms of point 21): the
// sentence counts the points without a point word, and the ordinal agrees
// with the term. n 0 asks for any ordinal.
func ordinalIn(lx *lexicon, s string, n int) bool {
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if k := ordinalNumber(lx, w); k > 0 && (n == 0 || k == n) {
			return true
		}
	}
	return false
}

// termNumber is the number version plan gives every term text states
// that it numbers, 0 when there is none or they differ.
func termNumber(c *termCatalogue, sc *termScan, plan, text string) int {
	n := 0
	for _, h := range c.matchTerms(sc, lowerText(text)) {
		k := c.terms[h.term].Points[plan]
		if k == 0 {
			continue
		}
		if n != 0 && k != n {
			return 0 // two points in one text: which is meant is not told
		}
		n = k
	}
	return n
}

// speaksOfPoint reports whether a text holds a point word of plans.json
// ("point", "punto", "пункт"), or a word that inflects one ("пунктом",
// "punktu"): the word by which a document numbers what it quotes. A point
// word after a number counts the plan's points ("the 28-point draft", "il
// piano in 28 punti"): it names the plan, not one of its points.
func speaksOfPoint(text string) bool {
	for _, at := range lexiconData().pointWordsIn(text) {
		if _, isCount := smallNumber(wordBefore(text, at.start)); !isCount {
			return true
		}
	}
	return false
}

// amongPointItems reports whether p stands in a list item that follows
// items naming their points ("- punkt 14: …", "- punkt 17: …", "- a także
// pakt o nieagresji …"): the list numbers the plan's points, and an item
// it leaves unnumbered is one of them too, numbered as its terms are.
func amongPointItems(p *Provision, ps []paragraph) bool {
	i := p.Position
	if i <= 0 || i >= len(ps) || ps[i].kind != paraItem {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxItemsBack && ps[k].kind == paraItem; k-- {
		if speaksOfPoint(ps[k].text) {
			return true
		}
	}
	return false
}

// maxItemsBack is how many items above an unnumbered item amongPointItems
// reads for one that names its point.
const maxItemsBack = 3

// pointSentence is the sentence of its paragraph a provision's text
// stands in ("il punto numero ventisei prevede un'amnistia …" for the
// text "un'amnistia …"), or its text when the paragraph does not hold it.
func pointSentence(p *Provision, ps []paragraph) string {
	if p.Position < 0 || p.Position >= len(ps) {
		return p.Text
	}
	head := p.Text
	if len(head) > 40 {
		head = head[:40]
	}
	for _, s := range sentences(ps[p.Position].text) {
		if strings.Contains(s, head) {
			return s
		}
	}
	return p.Text
}

// paragraphOf is the text of the paragraph a provision stands in, or its
// own text when its position is out of range.
func paragraphOf(p *Provision, ps []paragraph) string {
	if p.Position < 0 || p.Position >= len(ps) {
		return p.Text
	}
	return ps[p.Position].text
}

// citesOnly reports whether text cites point n by number and no other
// point: "Leary said the amnesty in point 26 was … . The draft foresees a
// full amnesty for acts committed during the war." The paragraph names the
// point in one sentence and states its terms in another; when the terms
// are numbered n in the provision's version too, the two agree (sets V,
// ZB, ZK and ZO write a point's number and its terms so, a sentence
// apart).
func citesOnly(text string, n int) bool {
	found := false
	for s := text; ; {
		k, end, ok := pointRefEnd(s)
		if !ok {
			return found
		}
		if k != n {
			return false
		}
		found = true
		s = s[end:]
	}
}
