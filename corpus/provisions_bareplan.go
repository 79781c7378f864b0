// Bare plan nouns: a point read as the counter-proposal's only because the
// paragraphs above last named it, in a sentence that calls its text just
// "the plan" ("Other parts of the plan draw less fire. Point 19, …", "Il
// piano prevedeva anche, al punto 9, …", "… al punto sulle elezioni
// contenuto nel piano (…, punto 25)"), is the draft the counter-proposal
// answers: writers name the counter-proposal as such and keep "the plan"
// for the document the story is about (data/bareplans.json).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/bareplans.json
var barePlansJSON []byte

type barePlanData struct {
	Phrases    []string `json:"phrases"`
	Qualifiers []string `json:"qualifiers"`
}

var barePlans = sync.OnceValue(func() *barePlanData {
	var f barePlanData
	mustDecodeJSON("data/bareplans.json", barePlansJSON, &f)
	for i, w := range f.Phrases {
		f.Phrases[i] = lowerString(w)
	}
	for i, w := range f.Qualifiers {
		f.Qualifiers[i] = lowerString(w)
	}
	return &f
})

// barePlanVersion gives out[i] the US draft when it holds a counter-proposal
// point whose sentence (or, when that names no text at all, the sentence
// before it in the paragraph) names its text nearest the point by a bare
// plan noun.
func barePlanVersion(c *termCatalogue, sc *termScan, out []Provision, i int, ps []paragraph) {
	p := &out[i]
	if p.Plan != "European counter-proposal" || p.Number <= 0 {
		return
	}
	ss, k := sentenceOf(p, ps)
	if k < 0 {
		return
	}
	s := ss[k]
	at := pointRefOf(s, p.Number)
	if at < 0 {
		return
	}
	low := lowerString(s)
	bare, named, noun := barePlanNearest(low, at)
	if !bare && !named && k > 0 {
		prev := lowerString(ss[k-1])
		bare, named, noun = barePlanNearest(prev, len(prev))
	}
	if !bare || !allowsAll(c, sc, p.Text, "US 28-point draft") {
		return
	}
	// "The European draft keeps … . The draft also sets out, at point 24,
	// …": the bare noun takes up the counter-proposal named last above by
	// the same noun
	above := strings.Join(ss[:k], " ")
	if above == "" && p.Position > 0 {
		above = ps[p.Position-1].text
	}
	if counterByNoun(lowerString(above), noun) {
		return
	}
	p.Plan = "US 28-point draft"
}

// counterByNoun reports whether the version low names last is the
// counter-proposal, named with noun ("the European draft" for "draft").
func counterByNoun(low, noun string) bool {
	vs := namedVersions(low)
	if len(vs) == 0 {
		return false
	}
	v := vs[len(vs)-1]
	if v.plan != "European counter-proposal" {
		return false
	}
	return strings.Contains(low[v.start:min(len(low), v.end+24)], noun)
}

// pointRefOf is where in s the reference to point n starts ("…, at point 26,
// …, and at point 24 …" for 24), or -1.
func pointRefOf(s string, n int) int {
	for off := 0; off < len(s); {
		m, end, ok := pointRefEnd(s[off:])
		if !ok || end <= 0 {
			return -1
		}
		if m == n {
			return off + pointRefStart(s[off:], end)
		}
		off += end
	}
	return -1
}

// planSpan is where a text names a plan, and whether by a bare noun.
type planSpan struct {
	start int
	bare  bool
	noun  string // a bare one's plan noun, its last word
}

// barePlanNearest reports whether, of the texts low names (versions, an
// authors' own text, bare plan nouns), the one nearest before at (else the
// first after it) is a bare plan noun (bare, with its noun), and whether
// low names any (named). low is lower case.
func barePlanNearest(low string, at int) (bare, named bool, noun string) {
	var spans []planSpan
	vs := namedVersions(low)
	for _, v := range vs {
		spans = append(spans, planSpan{start: v.start})
	}
	for _, w := range ownVersionPossessives() {
		if j := strings.Index(low, w); j >= 0 {
			spans = append(spans, planSpan{start: j})
		}
	}
	for _, w := range barePlans().Phrases {
		for from := 0; from < len(low); {
			j := cuePhraseAt(low[from:], w)
			if j < 0 {
				break
			}
			j += from
			if !qualifiedPlan(low[j+len(w):]) && !insideNamed(vs, j, j+len(w)) {
				spans = append(spans, planSpan{start: j, bare: true, noun: w[strings.LastIndexByte(w, ' ')+1:]})
			}
			from = j + len(w)
		}
	}
	if len(spans) == 0 {
		return false, false, ""
	}
	best, after := -1, -1
	for q, sp := range spans {
		switch {
		case sp.start < at && (best < 0 || sp.start > spans[best].start):
			best = q
		case sp.start >= at && (after < 0 || sp.start < spans[after].start):
			after = q
		}
	}
	if best < 0 {
		best = after
	}
	return spans[best].bare, true, spans[best].noun
}

// insideNamed reports whether [start, end) overlaps a version named there ("del plan de 20 puntos"): a bare noun there is part of the name.
func insideNamed(named []versionAt, start, end int) bool {
	for _, v := range named {
		if v.start < end && start < v.end {
			return true
		}
	}
	return false
}

// qualifiedPlan reports whether the words right after a plan noun (rest, up
// to the first punctuation, at most four) make it a named version's: "'s
// European version", "de Kyiv", "europeo".
func qualifiedPlan(rest string) bool {
	if j := strings.IndexAny(rest, ",;:.()!?\"«»“”"); j >= 0 {
		rest = rest[:j]
	}
	ws := strings.Fields(rest)
	if len(ws) > 4 {
		ws = ws[:4]
	}
	for _, w := range ws {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		for _, q := range barePlans().Qualifiers {
			if whole, ok := strings.CutSuffix(q, "="); ok {
				if w == whole {
					return true
				}
			} else if strings.HasPrefix(w, q) {
				return true
			}
		}
	}
	return false
}
