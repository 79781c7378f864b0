// "According to" written after whose view it gives. Hungarian, Finnish,
// Turkish and Estonian put the word after the speaker, as a postposition:
// "Orbán Viktor miniszterelnök szerint a terv jó kiindulópont", "Lindroosin
// mukaan kierros muutti sävyä", "Rubio'ya göre görüşme verimliydi",
// "Tamme järgi jätkuvad läbirääkimised". The prepositional rules read the
// speaker after the word ("según X", "по словам X") and miss these; here
// the words before the postposition are read as a subject is read before
// a speech verb (a title, a name, an appositive), and the rest of the
// sentence is what the person holds. The words are data
// (accordingPostpositions, accordingPostpositionEndings in grammar.json).

package corpus

import (
	"strings"
	"sync"
)

// postAccordingWords holds the postpositions and the case endings a name
// takes before one (Finnish genitive "-n", Turkish dative "'a", "'ya").
var postAccordingWords = sync.OnceValue(func() (w struct {
	postpositions map[string]bool
	endings       []string
}) {
	w.postpositions = set(grammarWords["accordingPostpositions"])
	w.endings = grammarWords["accordingPostpositionEndings"]
	return w
})

// maxPostAccordingSubject is the most words the speaker before a
// postposition may have: a title of a few words, a name, an appositive
// ("Andrij Jermak, az ukrán elnöki hivatal vezetője szerint").
const maxPostAccordingSubject = 12

// postAccording reads a sentence opening with a speaker and an
// "according to" postposition. Only a person, or a title standing for one,
// is taken: "A dokumentum 6. pontja szerint …" and "suunnitelman mukaan"
// are what a document sets out, not what someone said. It reports whether
// it emitted a statement.
func (x *extractor) postAccording(s string, pos int) bool {
	pw := postAccordingWords()
	if len(pw.postpositions) == 0 {
		return false
	}
	toks := x.tokensOf(s)
	if x.lacks(s, cuePostposition) {
		return false // (sentencecues.go)
	}
	pi := -1
	for i := 1; i < len(toks); i++ {
		if pw.postpositions[toks[i].low] {
			pi = i
			break
		}
	}
	if pi < 1 {
		return false
	}
	toks = append([]tok(nil), toks...) // a copy: one word may be read without its case ending (made only when a postposition is there: most sentences have none)
	// "Budapest, 2025. november 24., hétfő (Dunai Hírügynökség) – Orbán
	// Viktor miniszterelnök szerint …": after a wire's dateline (a place,
	// a date or an agency in brackets, then a spaced dash)
	head := s[:toks[pi].start]
	for _, d := range []string{" – ", " — "} {
		if i := strings.LastIndex(head, d); i > 0 && containsAny(head[:i], "0123456789()") {
			return x.postAccording(s[i+len(d):], pos)
		}
	}
	if pi > maxPostAccordingSubject {
		return false
	}
	if pi < 1 || pi+3 > len(toks) || toks[pi-1].trail != "" || toks[pi].trail != "" && toks[pi].trail != "," {
		return false
	}
	if w := toks[pi-1].word; isCapital(w) {
		// "Lindroosin mukaan", "Rubio'ya göre", "Virtasen mukaan": the name without its ending
		for _, e := range pw.endings {
			e, repl, _ := strings.Cut(e, "=")
			if stem, ok := strings.CutSuffix(w, e); ok && len(stem) > 2 && x.knownName(stem+repl) {
				stem += repl
				toks[pi-1].word, toks[pi-1].low = stem, lowerString(stem)
				break
			}
		}
	}
	x.oblique = true // "Mikko Korhosen mukaan", "Ayşe Demir'e göre": the name in its case
	sp, start := x.subjectSpan(s, toks, pi)
	if sp == nil {
		sp, start = x.nameThenTitle(toks[:pi]), 0
	}
	x.oblique = false
	if sp == nil || start > 1 || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return false
	}
	text := trimSentenceEnd(s[toks[pi+1].start:])
	if len(strings.Fields(text)) < 3 {
		return false
	}
	x.emit(sp, text, false, pos)
	return true
}

// nameThenTitle reads a speaker written name first and title after, as
// Hungarian writes it ("Orbán Viktor miniszterelnök", "Andrij Jermak, az
// ukrán elnöki hivatal vezetője"): two or three capitalised words opening
// the phrase, then lower-case words ending in a title of the lexicon,
// after a comma or not. Anything else gives nil.
func (x *extractor) nameThenTitle(ts []tok) *speaker {
	n := 0
	for n < len(ts) && n < 3 && isCapital(ts[n].word) && nameWord(ts[n].word) && (n == 0 || ts[n-1].trail == "") {
		n++
	}
	if n < 2 || n == len(ts) || !x.lx.isRole(lowerWord(ts[len(ts)-1])) {
		return nil
	}
	if t := ts[n-1].trail; t != "" && t != "," {
		return nil
	}
	for _, t := range ts[n:] {
		if isCapital(t.word) && !x.lx.isRole(lowerWord(t)) || t.trail != "" && t != ts[len(ts)-1] {
			return nil // a second name, or a clause: not one title
		}
	}
	var name, role []string
	for _, t := range ts[:n] {
		name = append(name, t.word)
	}
	for _, t := range ts[n:] {
		role = append(role, t.raw)
	}
	return x.person(name, cleanRole(strings.Join(role, " ")))
}
