// The words of a side-by-side comparison in every language: coverage that
// lays the US draft and the European counter-proposal side by side names the
// second half of the pair by a noun and an adjective in whatever case its
// sentence needs ("im europäischen Entwurf", "в европейском варианте", "az
// európai változat"), by a possessive that means the version not yet given
// ("in their version", "dans leur version", "στη δική τους εκδοχή"), and
// opens it with a contrast join after a comma ("…, but …", "…, terwijl …",
// "…, zatímco …"). Such names are read only where a rewrite may stand: at
// the head of a tail inside a numbered point's text (provisions_rewritetail.go)
// or of the sentence right after one (provisions_prose.go), never as a
// version for a list or a paragraph, where a version named in passing
// would move whole lists. The words are plans.json's rewriteLanguages.

package corpus

import (
	"strings"
	"sync"
)

// otherVersionPlan is the plan of rewriteLanguages' versions naming the
// version not given to the head ("their version").
const otherVersionPlan = "other"

// rewriteLanguages is plans.json's rewriteLanguages, lower case.
type rewriteLanguages struct {
	Versions []rewriteAuthor `json:"versions"`
	Heads    []rewriteAuthor `json:"heads"`
	Joins    []string        `json:"joins"`
}

// rewriteLanguageData reads rewriteLanguages once.
var rewriteLanguageData = sync.OnceValue(func() rewriteLanguages {
	var f struct {
		R rewriteLanguages `json:"rewriteLanguages"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestRewriteLanguages reads it
	for _, ws := range [][]rewriteAuthor{f.R.Versions, f.R.Heads} {
		for i := range ws {
			for k, w := range ws[i].Words {
				ws[i].Words[k] = lowerString(w)
			}
		}
	}
	for i, w := range f.R.Joins {
		f.R.Joins[i] = lowerString(w)
	}
	return f.R
})

// otherVersion is the version of the pair that is not plan: the
// counter-proposal keeps the US numbering, so "their version" of a US point
// is the European one and the reverse; "" for any other plan.
func otherVersion(plan string) string {
	switch plan {
	case "US 28-point draft":
		return "European counter-proposal"
	case "European counter-proposal":
		return "US 28-point draft"
	}
	return ""
}

// wordStartIndex is the index of the first occurrence of w in low that starts a
// word, or -1.
func wordStartIndex(low, w string) int {
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || !isWordByte(low[i-1]) {
			return i
		}
		from = i + 1
	}
	return -1
}

// rewriteTailPlan is the version a rewrite's head of text (a tail, or the
// sentence after a point) names within its first words by
// rewriteLanguages' versions, the possessive resolved against headPlan, the
// version of the point it rewrites; "" when it names none.
func rewriteTailPlan(tail, headPlan string) string {
	low := lowerString(tail)
	if len(low) > rewriteTailHead+30 {
		low = low[:rewriteTailHead+30]
	}
	best, plan := rewriteTailHead+1, ""
	for _, v := range rewriteLanguageData().Versions {
		for _, w := range v.Words {
			if i := wordStartIndex(low, w); i >= 0 && i < best {
				best, plan = i, v.Plan
			}
		}
	}
	if plan == otherVersionPlan {
		return otherVersion(headPlan)
	}
	return plan
}

// rewriteHeadPlan is the version a rewrite's head names by an adjective
// (rewriteLanguages' heads: "il punto 6 americano", "az amerikai terv"),
// the first rule that matches; "" when none.
func rewriteHeadPlan(low string) string {
	for _, h := range rewriteLanguageData().Heads {
		for _, w := range h.Words {
			if wordStartIndex(low, w) >= 0 {
				return h.Plan
			}
		}
	}
	return ""
}

// rewriteSentences adds, after each numbered point of out, the sentence
// right after it in its paragraph when no provision holds that sentence and
// it reads as the point's rewrite in another version (rewriteSentence):
// "Point 6 of the US draft limits Ukraine's forces to 600,000. In their
// version, the Europeans set the ceiling at 800,000." It runs after every
// other reader, so a sentence another rule reads keeps that reading.
func rewriteSentences(out []Provision, ps []paragraph) []Provision {
	var res []Provision
	for k, q := range out {
		if res != nil {
			res = append(res, q)
		}
		if q.Number <= 0 || q.Plan == "" || q.Plan == unnamedPlan || q.Position < 0 || q.Position >= len(ps) || !strings.Contains(ps[q.Position].text, ". ") {
			continue
		}
		ss := sentences(ps[q.Position].text)
		at := sentenceHolding(ss, q.Text)
		if at < 0 || at+1 >= len(ss) {
			continue
		}
		s := ss[at+1]
		if heldBy(out, q.Position, s) {
			continue
		}
		v, n, ok := rewriteSentence(q, q.Position, ss[at], s)
		if !ok || givenAt(out, q.Position, v, n) {
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+1), out[:k+1]...)
		}
		p := q
		p.Plan, p.Number, p.Text = v, n, trimSentenceEnd(strings.TrimSpace(s))
		p.Topics = tagTopics(p.Text)
		res = append(res, p)
	}
	if res == nil {
		return out
	}
	return renumber(res)
}

// heldBy reports whether a provision of out in paragraph para holds some of
// sentence s: its start, or s holds the provision's start.
func heldBy(out []Provision, para int, s string) bool {
	head := strings.TrimSpace(s)
	if len(head) > 40 {
		head = head[:40]
	}
	for _, p := range out {
		if p.Position != para {
			continue
		}
		ph := p.Text
		if len(ph) > 40 {
			ph = ph[:40]
		}
		if strings.Contains(p.Text, head) || strings.Contains(s, ph) {
			return true
		}
	}
	return false
}

// givenAt reports whether out already holds point n of version plan in
// paragraph para.
func givenAt(out []Provision, para int, plan string, n int) bool {
	for _, p := range out {
		if p.Position == para && p.Plan == plan && p.Number == n {
			return true
		}
	}
	return false
}

// rewriteSentence reads sentence s, right after the sentence prev that
// holds last, a numbered point of paragraph para, as last's rewrite: its
// head names another version (by a plan phrase, its authors, or
// rewriteLanguages' words: "In their version, the Europeans set the
// ceiling at 800,000."), and the catalogue gives that version a term at
// last's number which s states, read with prev for the words s leaves to
// it ("Οι Ευρωπαίοι, στη δική τους εκδοχή, ανέβασαν το όριο στις 800.000"
// after a sentence on the army) but not one prev states alone. It returns
// that version and number.
func rewriteSentence(last Provision, para int, prev, s string) (plan string, number int, ok bool) {
	if last.Number <= 0 || last.Position != para || last.Plan == "" || last.Plan == unnamedPlan {
		return "", 0, false
	}
	v := tailVersion(s)
	if v == "" {
		v = rewriteTailPlan(s, last.Plan)
	}
	if v == "" || v == unnamedPlan || v == last.Plan {
		return "", 0, false
	}
	c := planTermsData()
	var sc termScan
	before := map[int]bool{}
	for _, h := range c.matchTerms(&sc, lowerString(prev)) {
		before[h.term] = true
	}
	for _, h := range c.matchTerms(&sc, lowerString(prev+" "+s)) {
		t := c.terms[h.term]
		if !before[h.term] && t.Points[v] == last.Number && t.allows(v) {
			return v, last.Number, true
		}
	}
	return "", 0, false
}

// headVersionOverTail is the version a numbered point's head names when the
// point was given the version a tail after it names, and that tail is no
// rewrite of it: "Il punto 6 americano fissa il tetto a 600 mila soldati,
// mentre nella versione europea la Crimea non …" is the US point 6. The
// head must state a term the catalogue gives its own version at n, and the
// tail none it gives the tail's version there.
func headVersionOverTail(c *termCatalogue, sc *termScan, text, plan string, n int) (string, bool) {
	cuts := semicolonCuts(text)
	cuts = appendJoinCuts(cuts, text)
	for _, i := range cuts {
		head, tail := text[:i], text[i:]
		v := tailVersion(tail)
		if v == "" {
			v = rewriteTailPlan(tail, plan)
		}
		if v != plan {
			continue
		}
		hp := headNamed(head)
		if hp == "" || hp == plan || hp == unnamedPlan {
			continue
		}
		if versionHolds(c, sc, head, hp, n) && !versionHolds(c, sc, tail, v, n) {
			return hp, true
		}
	}
	return "", false
}

// appendJoinCuts appends to cuts where a contrast clause opens in text: the
// byte after ", " when a contrast opener (plans.json's contrastOpeners and
// rewriteLanguages' joins) follows it and a space after that, the first
// such comma per opener. It looks only at the commas of text, so a
// numbered point without one costs a single scan.
func appendJoinCuts(cuts []int, text string) []int {
	if !strings.Contains(text, ", ") {
		return cuts
	}
	// where each clause after a comma starts, found once for all the
	// words rather than once per word
	var atBuf [16]int
	ats := atBuf[:0]
	for from := 0; ; {
		i := strings.Index(text[from:], ", ")
		if i < 0 {
			break
		}
		from += i + 2
		ats = append(ats, from)
	}
	for _, ws := range [2][]string{contrastOpenerWords(), rewriteLanguageData().Joins} {
		for _, o := range ws {
			for _, at := range ats {
				if strings.HasPrefix(text[at:], o) && strings.HasPrefix(text[at+len(o):], " ") {
					cuts = append(cuts, at)
					break
				}
			}
		}
	}
	return cuts
}
