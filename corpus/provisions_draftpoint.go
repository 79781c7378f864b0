// A draft's point read as the counter-proposal's: a prose sentence that
// names no version gives a point by its number and states the US draft's
// terms of that number ("Punkt 11 lovar Ukraina att kunna bli medlem i EU",
// "le point 21, qui obligerait Kiev à quitter le Donbass", "So does point
// 24, an all-for-all exchange of prisoners …", "the final point, which has a
// ceasefire take effect …"). The readers before this one gave it the
// counter-proposal because a paragraph or heading above last named that;
// but the counter-proposal keeps the draft's numbering, and a writer who
// means its point says so: a point number with the draft's words, and no
// version named in its own sentence or the sentences before it in its
// paragraph, is the draft's.

package corpus

import "slices"

// draftPointVersion gives out[i] the US draft when it holds a
// counter-proposal point of a prose paragraph whose sentence names no
// version (by a plan phrase, its authors' own text or a head cue), whose
// paragraph names none before it, and whose text states a term the
// catalogue numbers so in the US draft and neither numbers nor lists for
// the counter-proposal (a term the counter-proposal numbers, "European jets
// in Poland" in point 9, or holds by name, sanctions lifted in stages, does
// not tell the two apart), every term it states allowing the draft.
func draftPointVersion(c *termCatalogue, sc *termScan, out []Provision, i int, ps []paragraph) {
	p := &out[i]
	if p.Plan != counterProposal || p.Number <= 0 || p.Position < 0 || p.Position >= len(ps) || ps[p.Position].kind != paraText {
		return
	}
	ss, k := sentenceOf(p, ps)
	if k < 0 {
		return
	}
	for j := 0; j <= k; j++ {
		if versionIn(ss[j]) != "" || authorsOwnVersion(ss[j]) != "" {
			return
		}
	}
	if cue, _ := headCue(ss[k]); cue != "" {
		return
	}
	draft := false
	for _, h := range c.matchTerms(sc, lowerString(p.Text)) {
		t := &c.terms[h.term]
		if !t.allows(usDraft) {
			return
		}
		if _, ok := t.Points[counterProposal]; !ok && !slices.Contains(t.Plans, counterProposal) && t.Points[usDraft] == p.Number {
			draft = true
		}
	}
	if draft {
		p.Plan = usDraft
	}
}
