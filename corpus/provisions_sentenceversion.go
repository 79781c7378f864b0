// Each sentence's own version in a comparison. Coverage that compares the
// US draft with the European counter-proposal switches version from
// sentence to sentence inside one paragraph, and says whose text each
// sentence is about at its head, as subject or possessive: "The European
// text keeps the U.S. numbering. Washington's point 13 readmits Russia to
// the G8." (the US point, though the sentence before named the European
// text), "In der europäischen Fassung bleibt das Geld blockiert …", "Ich
// wersja utrzymuje zamrożenie …" (their version: the one the sentence before
// was not about). The readers before this one give a sentence the version
// of its context when the version named nearest is another; this pass,
// run last, reads each provision's own head and gives it the version named
// there, when the catalogue allows that version the terms it states.
//
// It also reads three neighbours of that reading, all as data in
// data/versioncues.json: a short sentence that only introduces a point
// ("The European markup also changes point 19.") hands its version and
// number to the next sentence, which sets out the terms; an unnumbered
// sentence right after a numbered one takes that number when the catalogue
// numbers a term it states there ("Point 6 caps … at 600,000. The European
// text lifts that number to 800,000."); and a sentence that judges a point
// or advises about it ("European capitals should press for point 10 …",
// "Point 26 … is the hardest", "Frankly, I would be astonished …") and
// states no term of the catalogue is no provision.

package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// versionCueFile is the data of this pass, read once.
type versionCueFile struct {
	HeadWords int `json:"headWords"`
	Cues      []struct {
		Plan  string   `json:"plan"`
		Start bool     `json:"start"` // only as the head's first words: the authors as subject
		Words []string `json:"words"`
	} `json:"cues"`
	Subordinators []string `json:"subordinators"`
	Judgements    []string `json:"judgements"`
	IntroSlack    []string `json:"introSlack"`
}

// versionCueData reads data/versioncues.json once, lower case.
var versionCueData = sync.OnceValue(func() *versionCueFile {
	var f versionCueFile
	mustDecode("data/versioncues.json", &f) // fixed at build time; TestVersionMatrix reads it
	for i := range f.Cues {
		for k, w := range f.Cues[i].Words {
			f.Cues[i].Words[k] = lowerString(w)
		}
	}
	for _, ws := range [][]string{f.Subordinators, f.Judgements, f.IntroSlack} {
		for i, w := range ws {
			ws[i] = lowerString(w)
		}
	}
	if f.HeadWords <= 0 {
		f.HeadWords = 7
	}
	return &f
})

// maxPointIntroWords is the longest sentence read as only introducing a point.
const maxPointIntroWords = 9

// sentenceVersions applies the readings above to out, in this order:
// judgements out, each head's version, introductions handed on, numbers
// carried to the next sentence.
func sentenceVersions(out []Provision, ps []paragraph) []Provision {
	c := planTermsData()
	var sc termScan
	out = withoutJudgements(c, &sc, out)
	out = versionSubjectCuts(c, &sc, out) // (provisions_versionsubjects.go)
	for i := range out {
		ownVersion(c, &sc, out, i, ps)
		barePlanVersion(c, &sc, out, i, ps)   // (provisions_bareplan.go)
		draftPointVersion(c, &sc, out, i, ps) // (provisions_draftpoint.go)
	}
	out = handIntroductions(c, &sc, out, ps)
	for i := range out {
		carryNumber(c, &sc, out, i, ps)
	}
	return renumber(out)
}

// comparable reports whether plan is one of the pair a comparison sets side
// by side, or none yet: only those are given another version here.
func comparable(plan string) bool {
	return plan == "US 28-point draft" || plan == "European counter-proposal" || plan == unnamedPlan || plan == ""
}

// cuePhraseAt is the index in low of w as a whole phrase (a word start before
// it; a word end after it when w ends on a letter), or -1.
func cuePhraseAt(low, w string) int {
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isWordByte(low[i-1])) && (end >= len(low) || !isWordByte(w[len(w)-1]) || !isWordByte(low[end])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// statesTerm reports whether text states a term of the catalogue.
func statesTerm(c *termCatalogue, sc *termScan, text string) bool {
	return len(c.matchTerms(sc, lowerString(text))) > 0
}

// judgement reports whether sentence s judges or advises instead of setting
// out terms: it holds a judgement word and states no term.
func judgement(c *termCatalogue, sc *termScan, s string) bool {
	if judgementPhrased(s) {
		return !statesTerm(c, sc, s)
	}
	return false
}

// judgementPhrased reports whether the lower case of s holds a judgement
// phrase; the lower case is made on the stack for most sentences, as it
// is asked of every provision and most hold none.
func judgementPhrased(s string) bool {
	var buf [512]byte
	b := appendLower(buf[:0], s)
	return judgementPhrases().any(unsafe.String(unsafe.SliceData(b), len(b)))
}

// withoutJudgements drops the sentences of each provision's text that are
// judgements, and a provision left with none.
func withoutJudgements(c *termCatalogue, sc *termScan, out []Provision) []Provision {
	res := out[:0]
	for _, p := range out {
		if !judgement(c, sc, p.Text) && !strings.Contains(p.Text, ". ") {
			res = append(res, p) // (most provisions: one sentence and no judgement)
			continue
		}
		ss := sentences(p.Text)
		var keep []string
		for _, s := range ss {
			if !judgement(c, sc, s) {
				keep = append(keep, s)
			}
		}
		switch {
		case len(keep) == 0:
			continue
		case len(keep) < len(ss):
			p.Text = trimSentenceEnd(strings.Join(keep, " "))
			p.Topics = tagTopics(p.Text)
		}
		res = append(res, p)
	}
	return res
}

// headCue is the version the head of text names by versioncues.json's cues,
// the earliest there, and the byte after it; "" when none. The head is the
// first headWords words after a topic head ("Frozen assets (point 14): ")
// and after a clause opening on a passing word ("Unlike the European text,
// "); a text opening on a subordinator ("Where Washington wants …, …") has
// none, its main clause being the other version's.
func headCue(text string) (string, int) {
	f := versionCueData()
	low := lowerText(text)
	skip := 0
	if i := strings.Index(low, "): "); i >= 0 && i < 80 && strings.Contains(low[:i], "(") {
		skip = i + 3 // "frozen assets (point 14): the american draft …"
	}
	if i := strings.Index(low[skip:], ", "); i >= 0 && passingBefore(low[skip:skip+i]) {
		skip += i + 2 // "unlike the european text, the american draft …"
	}
	for _, w := range f.Subordinators {
		if strings.HasPrefix(low[skip:], w) {
			return "", 0
		}
	}
	end, words := skip, 0
	for end < len(low) && words < f.HeadWords {
		for end < len(low) && low[end] == ' ' {
			end++
		}
		for end < len(low) && low[end] != ' ' {
			end++
		}
		words++
	}
	head := low[skip:end]
	hc := headCuePhrases()
	i, j := hc.set.first(head, func(j, i int) bool { return !f.Cues[hc.cue[j]].Start || i == 0 })
	if i < 0 {
		return "", 0
	}
	return f.Cues[hc.cue[j]].Plan, skip + i + len(hc.set.phrases[j])
}

// allowsAll reports whether every term text states allows plan.
func allowsAll(c *termCatalogue, sc *termScan, text, plan string) bool {
	for _, h := range c.matchTerms(sc, lowerString(text)) {
		if !c.terms[h.term].allows(plan) {
			return false
		}
	}
	return true
}

// sentenceOf is the sentences of p's paragraph and the index of the one
// holding the start of p's text; nil, -1 when p stands in no paragraph.
func sentenceOf(p *Provision, ps []paragraph) ([]string, int) {
	if p.Position < 0 || p.Position >= len(ps) {
		return nil, -1
	}
	ss := sentences(ps[p.Position].text)
	return ss, sentenceHolding(ss, p.Text)
}

// provisionAt is the index in out of the provision of paragraph para whose
// text starts in sentence k of ss, or -1; several give -1.
func provisionAt(out []Provision, para int, ss []string, k int) int {
	at := -1
	for j := range out {
		if out[j].Position != para || sentenceHolding(ss, out[j].Text) != k {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = j
	}
	return at
}

// ownVersion gives out[i] the version its own head names, as above. A text
// cut after its head ("the assets frozen until …" of "Their version keeps
// the assets frozen until …") is read with the words its sentence has
// before it, and gets them back when they hold the cue.
func ownVersion(c *termCatalogue, sc *termScan, out []Provision, i int, ps []paragraph) {
	p := &out[i]
	if !comparable(p.Plan) {
		return
	}
	text, prefix := p.Text, ""
	var ss []string
	k := 0
	if p.Position < 0 || p.Position >= len(ps) || !strings.HasPrefix(ps[p.Position].text, p.Text[:min(len(p.Text), 40)]) {
		ss, k = sentenceOf(p, ps) // (most provisions open their paragraph: no words before them)
	}
	if k > 0 || (k == 0 && ss != nil) {
		j := strings.Index(ss[k], p.Text[:min(len(p.Text), 40)])
		switch {
		case j > 0 && len(strings.Fields(ss[k][:j])) <= 4:
			prefix = ss[k][:j]
			text = prefix + p.Text
		case j > 0 && !clauseStart(ss[k][:j]):
			return // "The marked-up text … keeps the first point of the American plan, …": a cut inside a clause has no head of its own
		}
	}
	v, after := headCue(text)
	if v == "" {
		return
	}
	if v == "other" {
		if ss == nil {
			ss, k = sentenceOf(p, ps)
		}
		if k <= 0 {
			return
		}
		q := provisionAt(out, p.Position, ss, k-1)
		if q < 0 {
			return
		}
		v = otherVersion(out[q].Plan)
	}
	if v != "" && v != "other" && dropsOthers(c, lowerString(text), v, after) {
		if o := pointVersion(lexiconData(), text); o != "" && o != v && allowsAll(c, sc, p.Text, o) {
			p.Plan = o // "The European text scraps the U.S. plan's third point, under which …"
		}
		return
	}
	if v == "" || v == p.Plan || !allowsAll(c, sc, p.Text, v) {
		return
	}
	p.Plan = v
	if prefix != "" && after > 0 && after <= len(prefix) {
		p.Text = text
		p.Topics = tagTopics(p.Text)
	}
}

// clauseStart reports whether a text cut after before starts a clause: a
// comma, semicolon, colon or dash ends before.
func clauseStart(before string) bool {
	b := strings.TrimRight(before, " ")
	return b != "" && containsAny(b[len(b)-1:], ",;:–—-")
}

// introduction reports whether sentence s only introduces point n: a short
// sentence that names n, states no term, and holds besides its cue and the
// point's words at most two words other than introSlack.
func introduction(c *termCatalogue, sc *termScan, s string, n int) bool {
	ws := strings.Fields(s)
	if len(ws) > maxPointIntroWords || statesTerm(c, sc, s) {
		return false
	}
	if m, ok := pointRefNumber(lexiconData(), s); !ok || m != n {
		return false
	}
	return true
}

// handIntroductions gives the provision in the sentence after an
// introduction the introduction's version and number, and drops the
// introduction, which states nothing of the point.
func handIntroductions(c *termCatalogue, sc *termScan, out []Provision, ps []paragraph) []Provision {
	drop := map[int]bool{}
	for i := range out {
		q := &out[i]
		if q.Number <= 0 || !comparable(q.Plan) || drop[i] || strings.Count(q.Text, " ") >= maxPointIntroWords {
			continue
		}
		ss, k := sentenceOf(q, ps)
		if k < 0 || k+1 >= len(ss) || !strings.HasPrefix(strings.TrimSpace(ss[k]), strings.TrimSpace(trimSentenceEnd(q.Text))) || !introduction(c, sc, ss[k], q.Number) {
			continue
		}
		v, _ := headCue(ss[k])
		if v == "" || v == "other" {
			continue // the introduction names the version it hands on
		}
		if w, _ := headCue(ss[k+1]); w != "" {
			continue // "Point 4 of the U.S. draft bars foreign bases. The European version reads …": the next sentence names its own
		}
		r := provisionAt(out, q.Position, ss, k+1)
		if r < 0 || (out[r].Number != 0 && out[r].Number != q.Number) || !allowsAll(c, sc, out[r].Text, v) {
			continue
		}
		if t := termNumber(c, sc, v, out[r].Text); t != 0 && t != q.Number {
			continue // the next sentence sets out another point
		}
		out[r].Plan, out[r].Number = v, q.Number
		drop[i] = true
	}
	if len(drop) == 0 {
		return out
	}
	res := out[:0]
	for i, p := range out {
		if !drop[i] {
			res = append(res, p)
		}
	}
	return res
}

// carryNumber gives an unnumbered provision of the pair the number of the
// point in the sentence just before its own, when the catalogue numbers a
// term it states there and nowhere else.
func carryNumber(c *termCatalogue, sc *termScan, out []Provision, i int, ps []paragraph) {
	p := &out[i]
	if p.Number != 0 || p.Plan == unnamedPlan || !comparable(p.Plan) || p.Plan == "" {
		return
	}
	ss, k := sentenceOf(p, ps)
	if k <= 0 {
		return
	}
	q := provisionAt(out, p.Position, ss, k-1)
	if q < 0 || out[q].Number <= 0 {
		return
	}
	if numberedAt(c, sc, p.Text, out[q].Number) || numberedAfter(c, sc, ss[k-1], ss[k], out[q].Number) {
		p.Number = out[q].Number
	}
}

// numberedAfter reports whether sentence s, read with prev for the words it
// leaves to it ("… caps the army at 600,000. The counter-proposal raises the
// figure to 800,000."), states a term prev does not state alone, and every
// such term the catalogue numbers is numbered n.
func numberedAfter(c *termCatalogue, sc *termScan, prev, s string, n int) bool {
	before := map[int]bool{}
	for _, h := range c.matchTerms(sc, lowerString(prev)) {
		before[h.term] = true
	}
	at := false
	for _, h := range c.matchTerms(sc, lowerString(prev+" "+s)) {
		if before[h.term] {
			continue
		}
		if t := &c.terms[h.term]; len(t.Points) > 0 {
			if !t.numbers(n) {
				return false // (a term the versions number differently agrees with any of its numbers)
			}
			at = true
		}
	}
	return at
}

// dropsOthers reports whether the head that names version v at low[:after]
// goes on with a drop word (planterms.json's dropWords) and then names
// another version: "The European text also scraps the U.S. plan's third
// point, under which …", "Le texte européen supprime le point 3 du plan
// américain". The terms after it are those the other version held, not
// v's, so the head gives the text no version.
func dropsOthers(c *termCatalogue, low, v string, after int) bool {
	if after <= 0 || after >= len(low) {
		return false
	}
	rest := low[after:]
	to := min(dropReach/2, len(rest))
	for to < len(rest) && !utf8.RuneStart(rest[to]) {
		to++
	}
	if !stemIn(rest[:to], c.dropStems) {
		return false
	}
	for _, n := range namedVersions(rest) {
		if n.plan != v {
			return true
		}
	}
	return false
}
