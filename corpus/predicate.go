// Descriptive predicates of speech. Reporters rarely write only "said
// that": "X thanked the United States", "X did not rule out sending
// troops", "X warned of a dictated peace", "a remercié les États-Unis",
// "не исключил, что …", "schloss … nicht aus". The statement is the
// predicate from the verb on, so the reader sees what was said, and a
// negation before the verb stays with it: "did not rule out" read as
// "ruled out" says the opposite. Two complement clauses of one verb ("said
// that A and that B", "a rappelé que A et que B", "заявил, что A и что B")
// are two things said (coordSplit, next to addingsplit.go's participle).
// The words are data/predicates.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/predicates.json
var predicatesJSON []byte

// predicateLex is data/predicates.json.
type predicateLex struct {
	actVerbs    map[string][]string        // per language, joined to the lexicon's act verbs
	particles   map[string]string          // "schloss" -> "aus"
	negations   map[string]map[string]bool // per language
	doSupport   map[string]bool            // "did", "does"
	topicPreps  map[string]bool            // "of", "vor", "о"
	notClauseEn map[string]bool            // "is", "was" after "and that"
	thatLangs   map[string]bool            // "fr", "ru": a reported clause needs its that-word
	openers     map[string]bool            // "desde", "from": a place phrase opening a sentence
	perfectPart map[string]map[string]bool // per language: "gedankt", "ausgeschlossen"
	perfectAux  map[string]map[string]bool // per language: "hat", "haben"
	notOnly     map[string]bool            // "only", "solo": "not only said" is no negation
	postNeg     map[string]map[string]bool // per language: "nicht", "niet" after the verb
	postNegQ    map[string]bool            // "ob", "of", "om" after such a negation
	verbSecond  map[string]bool            // "de", "nl": the verb second after a fronted phrase
	verbless    map[string]map[string]bool // per language: "così", "so" opening a verbless back-reference
	saidThis    map[string]map[string]bool // per language: "this", "so" after a speech verb
}

var predicateData = sync.OnceValue(func() predicateLex {
	var d struct {
		ActVerbs   map[string][]string `json:"actVerbs"`
		Particles  map[string]string   `json:"particleVerbs"`
		Negations  map[string][]string `json:"negations"`
		DoSupport  []string            `json:"doSupport"`
		TopicPreps []string            `json:"topicPrepositions"`
		NotClause  []string            `json:"clauseAfterThat"`
		ThatLangs  []string            `json:"thatLanguages"`
		Openers    []string            `json:"openingPrepositions"`
		PerfPart   map[string][]string `json:"perfectParticiples"`
		PerfAux    map[string][]string `json:"perfectAuxiliaries"`
		NotOnly    []string            `json:"notOnly"`
		PostNeg    map[string][]string `json:"postNegations"`
		PostNegQ   []string            `json:"postNegationQuestions"`
		VerbSecond []string            `json:"verbSecondLanguages"`
		Verbless   map[string][]string `json:"verblessBackRefs"`
		SaidThis   map[string][]string `json:"saidThisObjects"`
	}
	mustDecodeJSON("data/predicates.json", predicatesJSON, &d)
	return predicateLex{actVerbs: d.ActVerbs, particles: d.Particles, negations: langSets(d.Negations), doSupport: set(d.DoSupport), topicPreps: set(d.TopicPreps), notClauseEn: set(d.NotClause), thatLangs: set(d.ThatLangs), openers: set(d.Openers), perfectPart: langSets(d.PerfPart), perfectAux: langSets(d.PerfAux), notOnly: set(d.NotOnly), postNeg: langSets(d.PostNeg), postNegQ: set(d.PostNegQ), verbSecond: set(d.VerbSecond), verbless: langSets(d.Verbless), saidThis: langSets(d.SaidThis)}
})

// addPredicateVerbs joins predicates.json's act verbs, and the German
// participles of the perfect (also the present of most: "kritisiert"), to
// the lexicon's act verbs.
func addPredicateVerbs(act map[string]bool) {
	for _, ws := range predicateData().actVerbs {
		for _, w := range ws {
			act[lowerString(w)] = true
		}
	}
	for _, ws := range predicateData().perfectPart {
		for w := range ws {
			act[w] = true
		}
	}
}

// perfectActWords is how many words may stand between a perfect's
// auxiliary and its participle ("hat am Abend den Unterhändlern in Genf
// für ihre Arbeit gedankt").
const perfectActWords = 14

// perfectAct reads the perfect of an act verb whose participle closes the
// clause, as German writes it: "<subject> hat <…> gedankt", "hat eine
// Beteiligung nicht ausgeschlossen", "hat den Plan als Diktat bezeichnet".
// The statement runs from the auxiliary to the sentence's end; the subject
// stands right before the auxiliary. It reports whether it emitted.
func (x *extractor) perfectAct(s string, toks []tok, pos int) bool {
	pd := predicateData()
	parts, auxes := pd.perfectPart[x.src.Lang], pd.perfectAux[x.src.Lang]
	if parts == nil {
		return false
	}
	for a := 1; a+2 < len(toks); a++ {
		if !auxes[toks[a].low] || toks[a].trail != "" {
			continue
		}
		p := a + 1
		for p < len(toks)-1 && p-a <= perfectActWords && toks[p].trail == "" {
			p++
		}
		if p-a > perfectActWords || p == a+1 || !parts[lowerWord(toks[p])] {
			continue
		}
		sp, _ := x.subjectSpan(s, toks, a)
		if sp == nil || outletNamed(sp.name) != "" || sp.kind != kindPerson && sp.kind != kindBody {
			continue
		}
		x.emit(sp, trimSentenceEnd(s[toks[a].start:]), false, pos)
		return true
	}
	return false
}

// isNegation reports whether t negates a verb in lang (English always
// counts: a quoted English aside in another language's report).
func isNegation(t tok, lang string) bool {
	l := lowerWord(t)
	neg := predicateData().negations
	if neg[lang][l] || neg["en"][l] {
		return true
	}
	// French "n'a", "n’ont": the negation elided onto the auxiliary
	return lang == "fr" && (strings.HasPrefix(l, "n'") || strings.HasPrefix(l, "n’")) && len(l) > 2
}

// negatedFrom is the index of the first word of a negation standing right
// before the verb at vi, with the auxiliaries and adverbs among it ("did
// not", "has not", "n'a pas", "non ha", "no", "не"), and whether the verb
// is negated; vi when nothing stands there. "not only" ("не только", "no
// solo") is no negation, but the subject stands before it.
func (x *extractor) negatedFrom(toks []tok, vi int) (from int, negated bool) {
	from = vi
	for j := vi - 1; j >= 0 && vi-j <= 4; j-- {
		t := toks[j]
		if t.trail != "" || isCapital(t.word) && !isNegation(t, x.src.Lang) {
			break
		}
		l := lowerWord(t)
		switch {
		case isNegation(t, x.src.Lang):
			if predicateData().notOnly[lowerWord(toks[j+1])] {
				return j, false // "did not only warn", "не только заявил"
			}
			negated = true
		case x.lx.auxiliaries[l] || x.lx.adverbs[l] || x.lx.report.perfect[l] || predicateData().doSupport[l]:
		default:
			j = -1 // (ends the walk)
			continue
		}
		from = j
	}
	if !negated {
		return vi, false
	}
	return from, true
}

// postNegated reports whether the speech verb at vi is negated by a word
// after it, as the verb-second languages place it, and what it did not
// say is a question: "Peskow sagte nicht, ob …", "sagte aber nicht, wann
// …", "zei niet of …", "sagte dazu nichts.": nothing was said. Only
// adverbs may stand between, no comma; a negation before a that-word is
// an opinion ("tror inte att …", "glaubt nicht, dass …"), and "nicht nur"
// is no negation.
func (x *extractor) postNegated(toks []tok, vi int) bool {
	p := predicateData()
	neg := p.postNeg[x.src.Lang]
	if neg == nil || toks[vi].trail != "" {
		return false
	}
	for j := vi + 1; j < len(toks); j++ {
		l := lowerWord(toks[j])
		if neg[l] {
			if j+1 >= len(toks) {
				return true // "sagte dazu nichts."
			}
			next := lowerWord(toks[j+1])
			return !p.notOnly[next] && p.postNegQ[next] && (toks[j].trail == "" || toks[j].trail == ",")
		}
		if toks[j].trail != "" || !x.lx.adverbs[l] {
			return false
		}
	}
	return false
}

// postNegationAt is the index of a negation right after the speech verb
// at vi, as the verb-second languages place it, with only adverbs between
// ("glaubt nicht, dass …", "glaubt aber nicht, dass …", "tror inte att
// …", "denkt niet dat …", "tror ikke at …"); -1 for none, and for "nicht
// nur" (no negation). What such a speaker holds is the clause with its
// negation: read from the that-word on, "planen kommer att överleva" says
// the opposite (sets K, ZG; sets U and ZY's writers kept the verb and its
// negation as well). A question after the negation is postNegated's.
func (x *extractor) postNegationAt(toks []tok, vi int) int {
	p := predicateData()
	neg := p.postNeg[x.src.Lang]
	if neg == nil || toks[vi].trail != "" {
		return -1
	}
	for j := vi + 1; j < len(toks)-1 && j <= vi+3; j++ {
		l := lowerWord(toks[j])
		if neg[l] {
			if p.notOnly[lowerWord(toks[j+1])] {
				return -1
			}
			return j
		}
		if toks[j].trail != "" || !x.lx.adverbs[l] {
			return -1
		}
	}
	return -1
}

// keepPostNegation puts the verb at from and the words up to the negation
// at neg back before text, when text starts at the negation or within two
// words after it (its comma and that-word); ok is false when it starts
// elsewhere.
func keepPostNegation(s string, toks []tok, from, neg int, text string) (string, bool) {
	for k := neg; k < len(toks) && k <= neg+2; k++ {
		if strings.HasPrefix(s[toks[k].start:], text) {
			return s[toks[from].start:toks[k].start] + text, true
		}
	}
	return text, false
}

// withAuxiliary is from, or the auxiliaries right before it ("a remercié",
// "ha ringraziato", "hat gedankt"): a compound tense is quoted whole, as a
// reader quotes it. It steps over a light verb and its auxiliary both
// ("ha fatto sapere di …", "a fait savoir"; one step gave "fatto sapere
// di …", stop 62) and over the English perfect "had", "has", "have"
// ("had dismissed the document", "has rejected …"; the passive "was" is
// no auxiliary of an act), as characteriseSpan already widens (charspan.go).
func (x *extractor) withAuxiliary(toks []tok, from int) int {
	for k := 0; k < maxAuxiliaries && from > 0 && toks[from-1].trail == ""; k++ {
		l := lowerWord(toks[from-1])
		if !x.lx.auxiliaries[l] && !(x.lx.report.perfect[l] && !x.lx.report.passive[l]) {
			break
		}
		from--
	}
	return from
}

// maxAuxiliaries bounds the auxiliaries withAuxiliary steps over: a light
// verb and its auxiliary ("ha fatto"), with one more to spare ("lo ha
// fatto").
const maxAuxiliaries = 3

// coordinatedActor is coordinatedSubject for an act verb, which more
// often doubles as a noun ("Messages and calls are encrypted") or follows
// a document's verb ("Il testo europeo riscrive … e chiede …"): the
// subject must be a person, and no auxiliary may follow the verb.
func (x *extractor) coordinatedActor(s string, toks []tok, vi int) (*speaker, int) {
	if vi+1 < len(toks) && (x.lx.report.passive[toks[vi+1].low] || x.lx.report.perfect[toks[vi+1].low]) {
		return nil, 0
	}
	sp, start := x.coordinatedSubject(s, toks, vi)
	if sp == nil || sp.kind != kindPerson || unnamedSpeaks(sp) {
		return nil, 0
	}
	return sp, start
}

// openingCircumstance is the index after a short time or place phrase
// that opens a sentence and ends at a comma ("Desde Kiev, …", "In Berlin,
// …", "У Києві, …"), 0 when there is none.
func openingCircumstance(toks []tok, limit int) int {
	if limit < 4 || !isCapital(toks[0].word) || toks[0].trail != "" {
		return 0
	}
	if first := lowerWord(toks[0]); !gapOpeners[first] && !predicateData().openers[first] {
		return 0
	}
	for k := 1; k < limit-2 && k <= 3; k++ {
		if toks[k].trail == "," {
			return k + 1
		}
		if toks[k].trail != "" {
			return 0
		}
	}
	return 0
}

// particleMissing reports whether the verb at vi is an act of speech only
// with a particle ("schloss … aus") that its clause does not hold.
func particleMissing(toks []tok, vi int) bool {
	p, ok := predicateData().particles[toks[vi].low]
	if !ok {
		return false
	}
	for k := vi + 1; k < len(toks); k++ {
		if toks[k].low == p {
			return false
		}
		if toks[k].trail != "" && toks[k].trail != "," {
			break
		}
	}
	return true
}

// particleSubjectAfter reports whether a particle verb ("schloss … aus")
// is followed by "der" and a word: a German main clause whose subject
// stands after its verb ("Eine Entsendung in die Ukraine selbst schloss
// der Kanzler nicht aus"), the words before the verb being its object, not
// who spoke. Only the particle verbs are read so: after "dankte" the same
// "der" is a dative ("dankte der Regierung").
func particleSubjectAfter(toks []tok, vi int) bool {
	if _, ok := predicateData().particles[toks[vi].low]; !ok {
		return false
	}
	return vi+2 < len(toks) && toks[vi].trail == "" && toks[vi+1].low == "der" && toks[vi+1].trail == ""
}

// keepNegation puts the negation before an act verb back into the
// statement read from the verb on. ok is false when the text does not
// start between the negation and the verb (a clause read from further on,
// which would say the opposite without its verb).
func keepNegation(s string, toks []tok, neg, vi int, text string) (string, bool) {
	if neg >= vi {
		return text, true
	}
	from, verb := toks[neg].start, toks[vi].start
	for at := from; at <= verb; at++ {
		if strings.HasPrefix(s[at:], text) {
			return s[from:at] + text, true
		}
	}
	return "", false
}

// topicAfterSay reports whether the words a say verb took start with a
// preposition of what the speech was about ("warned of …", "warnte vor
// …"), so that the statement keeps its verb.
func (x *extractor) topicAfterSay(toks []tok, vi int, text string) bool {
	if vi+1 >= len(toks) || toks[vi].trail != "" || !predicateData().topicPreps[lowerWord(toks[vi+1])] {
		return false
	}
	w, _ := cutWord(text)
	return w == toks[vi+1].raw || w == toks[vi+1].word
}

// objectAfterSay reports whether a say verb took, in a language whose
// reported clause needs a that-word, the words right after it with none:
// they are its object ("ha ribadito il no dell'Italia", "destacó el tono
// constructivo del diálogo", "подчеркнул важность диалога"), which says
// nothing without the verb.
func (x *extractor) objectAfterSay(s string, toks []tok, vi int, text string) bool {
	if !predicateData().thatLangs[x.src.Lang] || vi+1 >= len(toks) || toks[vi].trail != "" || text == "" {
		return false
	}
	if !nonASCII(toks[vi].word) && (vi == 0 || !x.lx.auxiliaries[lowerWord(toks[vi-1])]) {
		// a verb of the document's language, not an English "said the
		// plan was weak" quoted in it: a compound tense ("ha ribadito")
		// or a word with a letter beyond ASCII ("destacó", "подчеркнул");
		// "dit n'avoir reçu …", "dice no haber …" keep their reading
		return false
	}
	if x.lx.thatWords[lowerWord(toks[vi+1])] {
		return false
	}
	if _, ok := cutElided(toks[vi+1].low); ok {
		return false // "qu'il"
	}
	return strings.HasPrefix(s[toks[vi+1].start:], text)
}

// holdsThatWord reports whether a word of s is a that-word.
func (x *extractor) holdsThatWord(s string) bool {
	for f := range strings.FieldsSeq(s) {
		if lowerIn(x.lx.thatWords, strings.Trim(f, ".,;:«»“”\"'()")) {
			return true
		}
		if _, ok := cutElided(lowerString(f)); ok {
			return true // "qu'il"
		}
	}
	return false
}

// nonASCII reports whether w holds a byte beyond ASCII.
func nonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}
