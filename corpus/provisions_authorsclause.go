// Terms told by their authors: a report often gives the other version's
// term as what its authors say or propose, not as what a text provides
// ("The Europeans only say that membership depends on a consensus among
// the allies", "Європейці, пояснила вона, запропонували, щоб заморожені
// активи лишалися заблокованими …", "Los europeos quieren que …"). No
// document is the subject, so the prose rules read no term. A sentence
// opening on a version's authors (plans.json's rewriteAuthors), with a
// speech or proposing verb and a that-word within a few words, gives the
// clause after the that-word as a term of that version, when the clause
// states a term the catalogue allows that version: a view the authors
// hold of the plan ("The Europeans say that the plan needs work") states
// none. Its number comes afterwards from the catalogue or the other
// version's point just before (termNumbers, rewriteNumbers).

package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// authorsClauseWords is plans.json's authorsClause: the proposing verbs
// and the that-words of a wish ("запропонували, щоб", "chcą, aby") that
// sayVerbs and thatWords do not hold.
var authorsClauseWords = sync.OnceValue(func() (w authorsClauseData) {
	var f struct {
		A authorsClauseData `json:"authorsClause"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestAuthorsClauses reads it
	return f.A
})

// authorsClauseData is plans.json's authorsClause: see authorsClauseWords
// and, for the leads, attributions and object verbs, authorsLead.
type authorsClauseData struct {
	Verbs        []string `json:"verbs"`
	That         []string `json:"that"`
	Rewrites     []string `json:"rewrites"`
	Leads        []string `json:"leads"`
	Attributions []string `json:"attributions"`
	ObjectVerbs  []string `json:"objectVerbs"`
}

// authorsGap is how many words may stand between the authors and the
// that-word: an adverb, the verb, an aside ("only say that", ", пояснила
// вона, запропонували, щоб").
const authorsGap = 5

// authorsClause reads sentence s as its authors' term: the version they
// name and the clause after the that-word; ok is false when s does not
// open on authors with a speech or proposing verb and a that-word. With
// leads, the authors may also stand after a lead (authorsLead), and a verb
// that takes the term as its object gives the sentence from the authors on.
func authorsClause(lx *lexicon, s string, leads bool) (plan, clause string, ok bool) {
	head := s
	if len(head) > 64 {
		k := 64
		for k > 0 && !utf8.RuneStart(head[k]) {
			k--
		}
		head = head[:k] // the authors open the sentence: only its head is lowered
	}
	var buf [96]byte
	b := appendLower(buf[:0], head)
	low := unsafe.String(unsafe.SliceData(b), len(b))
	at, end := -1, 0
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			for _, lead := range authorLeads {
				n := len(lead) + len(w)
				if strings.HasPrefix(low, lead) && strings.HasPrefix(low[len(lead):], w) && (len(low) == n || !isWordByte(low[n])) && end < n {
					plan, at, end = a.Plan, 0, n
				}
			}
		}
	}
	if at < 0 && leads {
		plan, at, end = authorsLead(lx, s)
	}
	if at < 0 {
		return "", "", false
	}
	cw := authorsClauseWords()
	verb := false
	rewrite := false // a verb of rewriting read: a colon after it opens the term
	i := end
	for k := 0; k < authorsGap; k++ {
		w, next := nextWord(s, i)
		if w == "" {
			return "", "", false
		}
		i = next
		l := lowerString(w)
		if verb && (lx.thatWords[l] || containsWord(cw.That, l)) {
			clause = trimSentenceEnd(strings.TrimLeft(s[i:], " ,"))
			return plan, clause, strings.Count(clause, " ") >= 3
		}
		if leads && containsWord(cw.ObjectVerbs, l) {
			if text, ok := authorsObjectTerm(lx, s, at, next); ok {
				return plan, text, true // "the Europeans wanted the frozen assets left where they are …"
			}
		}
		if lx.sayVerbs[l] || lx.isProseVerb(w) || containsWord(cw.Verbs, l) {
			verb = true
		}
		rewrite = rewrite || containsWord(cw.Rewrites, l)
		if rest := strings.TrimLeft(s[i:], " \u00a0\u202f"); rewrite && strings.HasPrefix(rest, ":") {
			// "Les Européens l'avaient réécrit : pas de …", "The
			// Europeans rewrote it: …": a colon after a verb of rewriting
			// (and its object) opens the term
			clause = trimSentenceEnd(strings.TrimSpace(rest[1:]))
			return plan, clause, strings.Count(clause, " ") >= 3
		}
	}
	return "", "", false
}

// authorWordSet is every version's author words as a lookSet: most
// paragraphs hold none of them anywhere, and authorsIn answers them in one
// pass rather than a strings.Index per word.
var authorWordSet = sync.OnceValue(func() *lookSet {
	var ws []string
	for _, a := range rewriteAuthors() {
		ws = append(ws, a.Words...)
	}
	return newLookSet(ws)
})

// authorsIn reports whether low (lower case) names any version's authors.
func authorsIn(low []byte) bool {
	l := unsafe.String(unsafe.SliceData(low), len(low))
	if !authorWordSet().in(l) {
		return false
	}
	for _, a := range rewriteAuthors() {
		for _, w := range a.Words {
			for from := 0; ; {
				i := strings.Index(l[from:], w)
				if i < 0 {
					break
				}
				i += from
				from = i + len(w)
				if opensSentence(l[:i]) {
					return true
				}
			}
		}
	}
	return false
}

// opensSentence reports whether what stands before a word (lower case)
// leaves it at a sentence's head, after one of authorLeads at most.
func opensSentence(before string) bool {
	for _, lead := range authorLeads[1:] {
		if strings.HasSuffix(before, lead) {
			before = before[:len(before)-len(lead)]
			break
		}
	}
	before = strings.TrimRight(before, " ")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, ";")
}

// authorLeads may stand before the authors opening a sentence.
var authorLeads = []string{"", "the ", "but ", "and "}

// containsWord reports whether ws holds w.
func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// authorsProvisions are the terms of out's document its versions' authors
// are said to set out, as above, for sentences no other rule made a
// provision of; leads also reads authors after a lead and their verb's
// object (authorsLead, ParseOptions.noAuthorsLead off).
func authorsProvisions(ps []paragraph, src Source, out []Provision, leads bool) []Provision {
	lx := lexiconData()
	var c *termCatalogue
	var sc termScan
	added := false
	var buf []byte
	for _, p := range ps {
		if p.kind != paraText {
			continue
		}
		buf = appendLower(buf[:0], p.text)
		if !authorsIn(buf) && (!leads || !authorWordSet().in(unsafe.String(unsafe.SliceData(buf), len(buf)))) {
			continue // (most paragraphs: no version's authors named, no sentence split)
		}
		for _, s := range authorsItems(sentences(p.text)) {
			if question(s) || opensQuote(s) {
				continue
			}
			plan, clause, ok := authorsClause(lx, s, leads)
			if !ok || madeBefore(out, p.index, lowerString(s)) {
				continue
			}
			if c == nil {
				c = planTermsData()
			}
			holds := false
			for _, h := range c.matchTerms(&sc, lowerString(clause)) {
				if c.terms[h.term].allows(plan) {
					holds = true
					break
				}
			}
			if !holds {
				continue
			}
			out = append(out, Provision{SourceID: src.ID, Plan: plan, Text: clause, Topics: tagTopics(clause), Position: p.index})
			added = true
		}
	}
	if added {
		renumber(out)
	}
	return out
}

// authorsItems is ss with each sentence's items after a semicolon added as
// sentences of their own: "Washington vuole che …; gli europei si limitano
// a dire che l'adesione dipende dal consenso degli alleati." opens its
// second item on the other version's authors (stop 60, zcounter). ss is
// returned as it is when no sentence holds a semicolon.
func authorsItems(ss []string) []string {
	var out []string
	for k, s := range ss {
		if !strings.Contains(s, "; ") {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ss)+2), ss[:k]...)
		}
		out = append(out, s)
		for rest := s; ; {
			_, after, ok := strings.Cut(rest, "; ")
			if !ok {
				break
			}
			out = append(out, after)
			rest = after
		}
	}
	if out == nil {
		return ss
	}
	return out
}
