// A version's rewrite of the point just named: "Under point 14, $100bn of
// frozen assets go to US-led rebuilding. The European text keeps them
// frozen until Russia pays." The counter-proposal keeps the US draft's
// numbering, so a sentence that names a version and states an unnumbered
// term right after a sentence holding another version's numbered point
// speaks of the same point, in the version it names: "Punkt 14 sieht … vor.
// Die Europäer wollen die Vermögen dagegen …", "El punto 6 fija … La
// versión europea eleva …". The sentence must name a version itself (the
// rewrite says whose it is), and the catalogue must number a term the
// sentence states at that point in some version and at no other: a term it
// numbers elsewhere is another point ("Point 26 … is not in the European
// text. The European draft also says a ceasefire …": the ceasefire is point
// 28), and one it does not know may be too.

package corpus

import "strings"

// rewriteNumbers gives each unnumbered provision of out the number of the
// other version's point in the sentence just before its own, as above.
func rewriteNumbers(out []Provision, ps []paragraph) []Provision {
	var c *termCatalogue
	var sc termScan
	for i := range out {
		p := &out[i]
		if p.Number != 0 || p.Plan == "" || p.Plan == unnamedPlan || p.Position < 0 || p.Position >= len(ps) {
			continue
		}
		if !otherNumberedAt(out, p) {
			continue // (most provisions: no other version's point in the paragraph, no sentence split)
		}
		ss := sentences(ps[p.Position].text)
		k := sentenceHolding(ss, p.Text)
		if k <= 0 || len(namedVersions(lowerString(ss[k]))) == 0 {
			continue
		}
		n := 0
		for _, q := range out {
			if q.Position != p.Position || q.Number == 0 || q.Plan == p.Plan || q.Plan == unnamedPlan || lastSentenceHolding(ss, q.Text) != k-1 {
				continue
			}
			if n != 0 && n != q.Number {
				n = -1 // two points before: which one is rewritten is not told
				break
			}
			n = q.Number
		}
		if n <= 0 {
			continue
		}
		if c == nil {
			c = planTermsData()
		}
		if !numberedAt(c, &sc, p.Text, n) && !numberedIn(c, &sc, p.Text, p.Plan, n) {
			continue
		}
		p.Number = n
	}
	return out
}

// sentenceHolding is the index of the sentence of ss that holds the start
// of text, or -1.
func sentenceHolding(ss []string, text string) int {
	head := text
	if len(head) > 40 {
		head = head[:40]
	}
	for k, s := range ss {
		if strings.Contains(s, head) {
			return k
		}
	}
	return -1
}

// lastSentenceHolding is the index of the last sentence of ss that text
// runs through: a point whose terms go on in a second sentence ("Point 10
// offers a guarantee. If Ukraine invades Russia, it loses it.") ends
// there, and the rewrite after it follows that sentence. -1 when ss holds
// no start of text.
func lastSentenceHolding(ss []string, text string) int {
	k := sentenceHolding(ss, text)
	if k < 0 {
		return k
	}
	for k+1 < len(ss) {
		head := strings.TrimSpace(ss[k+1])
		if len(head) > 40 {
			head = head[:40]
		}
		if head == "" || !strings.Contains(text, head) {
			break
		}
		k++
	}
	return k
}

// numberedAt reports whether text states a term the catalogue numbers n
// in some version, and none it numbers otherwise in every version: the
// catalogue confirms the point (a term the versions number differently,
// the 800,000 army at 6 and at 4, agrees with either). A term it does not
// know gives no number ("las negociaciones comenzarán en la línea de
// contacto" after point 6 is another point).
func numberedAt(c *termCatalogue, sc *termScan, text string, n int) bool {
	at := false
	for _, h := range c.matchTerms(sc, lowerString(text)) {
		t := &c.terms[h.term]
		if len(t.Points) == 0 {
			continue
		}
		if !t.numbers(n) {
			return false
		}
		at = true
	}
	return at
}

// numberedIn reports whether text states a term the catalogue numbers n
// in version plan, and none it numbers otherwise there. Terms the
// catalogue gives only to other versions are not plan's and say nothing
// of its number: "Contrapropunerea europeană cere în schimb o garanție …
// articolul 5" names the US draft's "guarantee in return" by its words
// "în schimb" ("instead"), but the European text's Article 5 guarantee
// is its point 10.
func numberedIn(c *termCatalogue, sc *termScan, text, plan string, n int) bool {
	at := false
	for _, h := range c.matchTerms(sc, lowerString(text)) {
		k, ok := c.terms[h.term].Points[plan]
		if !ok {
			continue
		}
		if k != n {
			return false
		}
		at = true
	}
	return at
}

// otherNumberedAt reports whether out holds a numbered point of a version
// other than p's in p's paragraph.
func otherNumberedAt(out []Provision, p *Provision) bool {
	for _, q := range out {
		if q.Position == p.Position && q.Number != 0 && q.Plan != p.Plan && q.Plan != unnamedPlan {
			return true
		}
	}
	return false
}
