// Rewrite tails: a report that lays the two versions side by side often
// puts a point of one and the other's rewrite of it in one provision's
// text, after a semicolon or in the next sentence of the same item: "Le
// point 6 du texte de Washington plafonnait les forces à 600 000 hommes ;
// la version européenne porte ce seuil à 800 000", "6) Army size. The
// draft capped the army at 600,000. European governments proposed 800,000
// in peacetime instead." The counter-proposal keeps the US draft's
// numbering, so the tail is the same point of the version it names.
// splitRewriteTails cuts such a provision in two: the head keeps its
// version and number, the tail takes the version it names and the same
// number. The tail must name another version at its head (by a plan
// phrase, or by its authors as subject: plans.json's rewriteAuthors), and
// the catalogue must give that version a term at that number which the
// provision states, so a tail speaking of something else ("The European
// text keeps the numbering") is left alone.

package corpus

import (
	"strings"
	"sync"
)

// rewriteAuthor is plans.json's rewriteAuthors entry: the words naming a
// version by who wrote it ("European governments", "les Européens", "die
// Europäer", "європейці"), read only as the subject opening a rewrite tail.
type rewriteAuthor struct {
	Plan  string   `json:"plan"`
	Words []string `json:"words"`
}

// rewriteAuthors is plans.json's rewriteAuthors, lower case.
var rewriteAuthors = sync.OnceValue(func() []rewriteAuthor {
	var f struct {
		Authors []rewriteAuthor `json:"rewriteAuthors"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestRewriteTails reads it
	for i := range f.Authors {
		for k, w := range f.Authors[i].Words {
			f.Authors[i].Words[k] = lowerString(w)
		}
	}
	return f.Authors
})

// rewriteTailHead is how far into a tail (bytes) the version it names may
// start: its subject, after an article or a connective ("Mais la version
// européenne …", "In its place, the European text …").
const rewriteTailHead = 40

// tailVersion is the version a rewrite tail names as its subject: a plan
// phrase or its authors within its first words; "" when none.
func tailVersion(tail string) string {
	low := lowerString(tail)
	head := low
	if len(head) > rewriteTailHead+30 {
		head = head[:rewriteTailHead+30]
	}
	for _, v := range namedVersions(head) {
		if v.start <= rewriteTailHead {
			return v.plan
		}
	}
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			if i := strings.Index(head, w); i >= 0 && i <= rewriteTailHead && (i == 0 || head[i-1] == ' ') {
				return a.Plan
			}
		}
	}
	return ""
}

// rewriteTail finds where in a numbered provision's text another version's
// rewrite of the same point begins: after "; " or a sentence end, a tail
// naming a version other than plan whose catalogue numbers a term of text
// at n, with the version the head keeps (plan, or the one the head names
// when plan was the tail's). ok is false when there is none or the head
// would be too short to stand as a term.
func rewriteTail(c *termCatalogue, sc *termScan, text, plan string, n int) (at int, headPlan, tailPlan string, ok bool) {
	cuts := semicolonCuts(text)
	// "…, mentre i tre governi europei propongono …", "…, while the
	// Europeans …": a contrast clause is a tail as well (its opener is
	// lower case after a comma); rewriteLanguages adds the joins of more
	// languages ("…, terwijl …", "…, zatímco …")
	cuts = appendJoinCuts(cuts, text)
	if !strings.Contains(text, ". ") && !strings.Contains(text, "? ") && !strings.Contains(text, "! ") {
		// one sentence: no tail after a sentence end (most provisions)
	} else if ss := sentences(text); len(ss) > 1 {
		for _, s := range ss[1:] {
			if i := strings.Index(text, s); i > 0 {
				cuts = append(cuts, i)
			}
		}
	}
	for _, i := range cuts {
		tail := text[i:]
		if strings.Count(strings.TrimSpace(text[:i]), " ") < 3 || strings.Count(tail, " ") < 3 {
			continue
		}
		v := tailVersion(tail)
		if v == "" {
			// a version named in a tail's own words ("im europäischen
			// Entwurf", "in their version"): provisions_rewritelang.go
			hp := headNamed(text[:i])
			if hp == "" {
				hp = plan
			}
			v = rewriteTailPlan(tail, hp)
		}
		if v == "" || v == unnamedPlan {
			continue
		}
		headPlan := plan
		if v == plan {
			// the whole given the tail's version ("le point 6 du plan
			// américain … ; la version européenne …", "Nel punto 14 gli
			// Stati Uniti destinano …; la versione europea …"): the head
			// keeps the one it names itself, if another
			if headPlan = headNamed(text[:i]); headPlan == "" || headPlan == v {
				continue
			}
			if !headStatesTerm(c, sc, text[:i]) && versionHolds(c, sc, tail, v, n) {
				// "FOR PLANNING: The 20 points will be the subject of an
				// explainer; the first US draft, with its call for …":
				// a head that names a version but states nothing of it
				// is no point of its own; the tail alone is the term
				return i, "", v, true
			}
		}
		if versionHolds(c, sc, text, v, n) {
			return i, headPlan, v, true
		}
	}
	return 0, "", "", false
}

// headStatesTerm reports whether a rewrite's head states anything of a
// plan itself: a catalogue term, a numbered point, or words of a topic the
// plan covers ("the European counter-proposal had left room for a
// reassurance force"). A head that only names a version ("The 20 points
// will be the subject of a 1,500-word explainer") does not.
func headStatesTerm(c *termCatalogue, sc *termScan, head string) bool {
	return hasPointRef(head) || len(c.matchTerms(sc, lowerString(head))) > 0 || len(tagTopics(head)) > 0
}

// headNamed is the version a rewrite's head names: by a plan phrase, or
// by its authors anywhere in it ("gli Stati Uniti destinano …"); "" when
// none.
func headNamed(head string) string {
	if v := versionIn(head); v != "" {
		return v
	}
	low := lowerString(head)
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			if i := strings.Index(low, w); i >= 0 && (i == 0 || low[i-1] == ' ') {
				return a.Plan
			}
		}
	}
	return rewriteHeadPlan(low) // "il punto 6 americano": provisions_rewritelang.go
}

// contrastOpenerWords is plans.json's contrastOpeners, lower case: after a
// comma they open another version's clause ("…, while the European text
// …").
var contrastOpenerWords = sync.OnceValue(func() []string {
	var f struct {
		Words []string `json:"contrastOpeners"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time
	for i, w := range f.Words {
		f.Words[i] = lowerString(w)
	}
	return f.Words
})

// versionHolds reports whether text states a term the catalogue gives
// version plan at number n: the rewrite is of that very point.
func versionHolds(c *termCatalogue, sc *termScan, text, plan string, n int) bool {
	for _, h := range c.matchTerms(sc, lowerString(text)) {
		t := c.terms[h.term]
		if t.Points[plan] == n && t.allows(plan) {
			return true
		}
	}
	return false
}

// splitRewriteTails cuts each numbered provision of out holding another
// version's rewrite of its point into its head and that rewrite, as above.
func splitRewriteTails(out []Provision) []Provision {
	var res []Provision
	var c *termCatalogue
	var sc termScan
	for k, p := range out {
		if p.Number <= 0 || p.Plan == "" || p.Plan == unnamedPlan || !strings.Contains(p.Text, " ") {
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if c == nil {
			c = planTermsData()
		}
		at, headPlan, tailPlan, ok := rewriteTail(c, &sc, p.Text, p.Plan, p.Number)
		if !ok {
			if hp, ok := headVersionOverTail(c, &sc, p.Text, p.Plan, p.Number); ok {
				p.Plan, out[k].Plan = hp, hp // the tail named another version in passing (provisions_rewritelang.go)
			}
			if res != nil {
				res = append(res, p)
			}
			continue
		}
		if res == nil {
			res = append(make([]Provision, 0, len(out)+1), out[:k]...)
		}
		head, tail := cutProvision(p, at, ";,—– ")
		head.Plan, tail.Plan = headPlan, tailPlan
		if headPlan == "" {
			res = append(res, tail) // the head stated no term (rewriteTail)
			continue
		}
		res = append(res, head, tail)
	}
	if res == nil {
		return out
	}
	return renumber(res)
}

// cutProvision splits p's text at byte at into a head, trimmed at its end
// of the characters in headCut, and a tail that keeps the sentence's end
// trimmed as a provision's text is; each takes the topics of its own words.
// Both keep p's other fields: the callers give each its version.
func cutProvision(p Provision, at int, headCut string) (head, tail Provision) {
	head, tail = p, p
	head.Text = strings.TrimRight(strings.TrimSpace(p.Text[:at]), headCut)
	head.Topics = tagTopics(head.Text)
	tail.Text = trimSentenceEnd(strings.TrimSpace(p.Text[at:]))
	tail.Topics = tagTopics(tail.Text)
	return head, tail
}

// semicolonCuts is where each clause after a "; " starts in text: the
// first places a rewrite's tail may begin (rewriteTail, and
// headVersionOverTail, which reads the same cuts the other way round).
func semicolonCuts(text string) []int {
	var cuts []int
	for from := 0; ; {
		i := strings.Index(text[from:], "; ")
		if i < 0 {
			return cuts
		}
		cuts = append(cuts, from+i+2)
		from += i + 2
	}
}
