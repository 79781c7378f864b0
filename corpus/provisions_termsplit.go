package corpus

import (
	"sort"
	"strings"
)

// termJoins are the joins between two clauses of one sentence that each
// set out a term: ", and it would have Kyiv …", "… en tiempo de paz y pide
// …", in every language the corpus reads (Dutch "en", Swedish "och",
// Czech and Slovak "a", Romanian "și"/"iar", Hungarian "és", Turkish
// "ve"); "en" and "a" only after a comma, as alone they are also a
// preposition and an article ("en tiempo de paz", "sign a treaty"). Longer
// joins first, so ", and " wins over ", " at the same place.
var termJoins = []string{", and ", ", y ", ", e ", ", et ", ", und ", ", а ", ", и ", ", і ", ", i ", ", oraz ", ", en ", ", och ", ", a ", ", și ", ", iar ", ", és ", ", ve ", "; ", ", ", " and ", " y ", " e ", " et ", " und ", " и ", " і ", " i ", " oraz ", " och ", " și ", " és ", " ve "}

// splitTerms cuts a provision with no number whose text sets out terms of
// two or more of its version's numbered points ("The original draft would
// cap Ukraine's army at 600,000, it would have Kyiv hand over the rest of
// Donetsk, and it would have Ukraine hold elections in a hundred days")
// into one provision a term, each with its number in that version, so
// /compare lines each up with the other version's point. A numbered point
// cited in prose is cut so too when its own term comes first ("Er sieht in
// Punkt 6 eine Obergrenze von 800 000 Soldaten vor, und in der Frage der
// Gebiete soll von der Kontaktlinie aus verhandelt werden"); a point of a
// list is the plan's own text and is kept whole. The cut falls at
// the last join between two terms; a provision with a pair of terms and
// no join between them is kept whole.
func splitTerms(ps []paragraph, out []Provision) []Provision {
	c := planTermsData()
	var sc termScan
	var res []Provision
	for k, p := range out {
		var parts []numberedTerm
		if p.Number == 0 || prosePosition(ps, p.Position) {
			parts = termParts(c, &sc, p)
		}
		if parts == nil {
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+len(parts)), out[:k]...)
		}
		for _, pt := range parts {
			q := p
			q.Number, q.Text, q.Topics = pt.number, pt.text, tagTopics(pt.text)
			res = append(res, q)
		}
	}
	if res == nil {
		return out
	}
	return renumber(res)
}

// termParts is splitTerms for one provision: its parts, or nil to keep it.
func termParts(c *termCatalogue, sc *termScan, p Provision) []numberedTerm {
	if strings.Count(p.Text, " ") < 8 {
		return nil
	}
	low := lowerText(p.Text)
	type hit struct {
		start, end, number int
		shared             bool // shares a word with the term before ("NATO" of points 7 and 8): its own words follow it
	}
	var hits []hit
	for _, h := range c.matchTerms(sc, low) {
		t := &c.terms[h.term]
		if n := t.Points[p.Plan]; n > 0 && t.allows(p.Plan) {
			hits = append(hits, hit{h.start, h.end, n, false})
		}
	}
	if len(hits) < 2 {
		return nil
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	kept := hits[:1]
	for _, h := range hits[1:] {
		last := &kept[len(kept)-1]
		if h.number == last.number || h.end <= last.end {
			continue // the same point again, or a term inside another's words
		}
		if h.start < last.end {
			h.start, h.shared = last.end, true
		}
		kept = append(kept, h)
	}
	if len(kept) < 2 || p.Number != 0 && kept[0].number != p.Number {
		return nil
	}
	parts := make([]numberedTerm, 0, len(kept))
	from := 0
	for i := 0; i+1 < len(kept); i++ {
		upTo := kept[i+1].start
		if kept[i+1].shared {
			upTo = kept[i+1].end // the join is before the words of its own
		}
		cut, width := lastJoin(low[kept[i].end:upTo])
		if cut < 0 {
			return nil
		}
		cut += kept[i].end
		parts = append(parts, numberedTerm{kept[i].number, strings.TrimSpace(p.Text[from:cut])})
		from = cut + width
	}
	parts = append(parts, numberedTerm{kept[len(kept)-1].number, trimLeadingJoin(strings.TrimSpace(p.Text[from:]))})
	for i := range parts {
		parts[i].text = strings.TrimRight(trimLeadingJoin(parts[i].text), ",; ")
	}
	return parts
}

// lastJoin is where the last of termJoins stands in s, and its width; -1
// for none.
func lastJoin(s string) (at, width int) {
	at = -1
	for _, j := range termJoins {
		if i := strings.LastIndex(s, j); i > at || i == at && i >= 0 && len(j) > width {
			at, width = i, len(j)
		}
	}
	return at, width
}

// prosePosition reports whether a provision was read from a paragraph of
// running text, not from a list item.
func prosePosition(ps []paragraph, position int) bool {
	return position >= 0 && position < len(ps) && ps[position].kind == paraText
}
