// Speech reported through someone who cites it. A press review, a debate
// write-up or a radio recap gives a person's words by naming who cited
// them: "Die Zeitung zitiert Kremlsprecher Dmitri Peskow, wonach Moskau
// keinen Text bekommen habe", "Melnychuk citó al portavoz Dmitri Peskov,
// que dijo no haber recibido ningún texto", "Gazeta przytacza słowa
// prezydenta Donalda Trumpa, że …", "Il citait Ursula von der Leyen, …,
// pour qui les frontières …", "The paper quotes X as saying …". The words
// are the cited person's, not the citer's (a paper, a host, a guest). The
// verbs and phrases that cite (citeVerbs), the words that open the cited
// words after the person (citeLinks: "wonach", "pour qui", "secondo cui",
// "as saying") and the relative pronouns that open a speech verb of the
// cited person (citeRelatives, "que dijo", "który pytał") are verbs.json
// data, in every language.

package corpus

import (
	"strings"
	"sync"
)

// citeData is verbs.json's citeVerbs, citeLinks and citeRelatives, the
// phrases split into lower-case words and kept under their first word.
type citeData struct {
	verbs, links map[string][][]string
	relatives    map[string]bool
	participles  map[string]bool // "quoted", "cité": after the person, before a colon (quotedColon)
}

// citeLexicon reads the cite data once from the embedded verbs.json.
var citeLexicon = sync.OnceValue(func() citeData {
	var v struct {
		Verbs     []string `json:"citeVerbs"`
		Links     []string `json:"citeLinks"`
		Relatives []string `json:"citeRelatives"`
		Parts     []string `json:"citeParticiples"`
	}
	mustDecode("data/verbs.json", &v)
	byFirst := func(ps []string) map[string][][]string {
		out := map[string][][]string{}
		for _, p := range ps {
			if w := strings.Fields(lowerString(p)); len(w) > 0 {
				out[w[0]] = append(out[w[0]], w)
			}
		}
		return out
	}
	return citeData{verbs: byFirst(v.Verbs), links: byFirst(v.Links), relatives: set(v.Relatives), participles: set(v.Parts)}
})

// citeSpanMax is how many words the cited person's phrase may hold
// between the cite verb and the link: a title, a name and an apposition.
const citeSpanMax = 14

// citedSpeech is a fallback reader, deferred by sentence through
// reportedFallback: a cite verb, a person, then a link opening the
// person's words gives the cited person's statement.
func (x *extractor) citedSpeech(s string, pos int) bool {
	cd := citeLexicon()
	toks := tokenize(s)
	if x.quotedColon(s, toks, cd, pos) {
		return true
	}
	for c := range toks {
		for _, words := range cd.verbs[lowerWord(toks[c])] {
			ce, ok := verbPhraseAt(toks, c, words)
			if !ok || ce+2 >= len(toks) {
				continue
			}
			for l := ce + 2; l < len(toks) && l <= ce+1+citeSpanMax; l++ {
				k := x.citeLinkAt(toks, l)
				if k < 0 {
					continue
				}
				sp := x.citedPerson(s, toks[ce+1:l])
				if sp == nil {
					break
				}
				m, sp2, k2 := x.nextCited(s, toks, k)
				if sp2 == nil {
					return x.reportEmit(sp, s, s[toks[k].start:], pos)
				}
				// "cita a A, que dijo …, y a B, para quien …": each cited
				// person's own words
				end := toks[m-1]
				ok1 := x.reportEmit(sp, s, strings.TrimRight(s[toks[k].start:end.start+len(end.raw)], ",;"), pos)
				ok2 := x.reportEmit(sp2, s, s[toks[k2].start:], pos)
				return ok1 || ok2
			}
		}
	}
	return false
}

// citeLinkAt returns the index of the first cited word when a link opens
// the cited words at toks[l], or -1: a colon after the person, a link
// phrase ("wonach", "pour qui", "as saying that", "saying"), a that-word after a comma ("przytacza słowa X, że
// …"), or a relative pronoun after a comma with a speech verb ("…, que
// dijo no haber recibido …", "…, który pytał, kto …"), whose words follow
// the verb's that-word or comma, or keep the verb when neither follows
// ("dijo no haber recibido").
func (x *extractor) citeLinkAt(toks []tok, l int) int {
	cd := citeLexicon()
	if strings.HasPrefix(toks[l-1].trail, ":") && l+1 < len(toks) {
		return l // "приводит слова Дональда Трампа: это не …", "Quotes Volodymyr Zelensky: the declaration …": the words after the colon
	}
	afterComma := strings.HasPrefix(toks[l-1].trail, ",")
	for _, words := range cd.links[lowerWord(toks[l])] {
		if e, ok := verbPhraseAt(toks, l, words); ok {
			k := e + 1
			if k < len(toks) && x.lx.thatWords[lowerWord(toks[k])] {
				k++
			}
			if k+1 < len(toks) {
				return k
			}
		}
	}
	if !afterComma {
		return -1
	}
	w := lowerWord(toks[l])
	if x.lx.thatWords[w] && l+2 < len(toks) {
		return l + 1
	}
	if !cd.relatives[w] && !speakerRelatives[w] {
		return -1
	}
	if x.verbFinalRelative(toks, l) {
		return l + 1 // "…, der einige Punkte als annehmbar bezeichnete"
	}
	for v := l + 1; v < len(toks) && v <= l+3; v++ {
		vw := lowerWord(toks[v])
		if !x.lx.sayVerbs[vw] && !x.lx.actVerbs[vw] && !x.lx.speechCues.has(wordKey(vw)) {
			if toks[v].trail != "" || !x.lx.auxiliaries[vw] && !x.lx.adverbs[vw] && !reportClitics[vw] {
				return -1
			}
			continue
		}
		switch {
		case strings.HasPrefix(toks[v].trail, ",") && v+2 < len(toks):
			return v + 1
		case v+2 < len(toks) && x.lx.thatWords[lowerWord(toks[v+1])]:
			return v + 2
		case v+2 < len(toks) && toks[v].trail == "":
			return v
		}
		return -1
	}
	return -1
}

// citedPerson reads the person a cite verb names, from the words between
// the verb and the link: a title and a name, or a name and its
// apposition ("Ursula von der Leyen, présidente de la Commission
// européenne,"). A leading article or preposition ("al portavoz", "den
// Abgeordneten") is no part of it. Only a person is cited here.
func (x *extractor) citedPerson(s string, span []tok) *speaker {
	if len(span) > 1 && x.lx.indefinites[lowerWord(span[0])] {
		if sp := x.unnamedPhrase(span); sp != nil {
			return sp // "quotes a senior diplomat saying", "reports an unnamed negotiator saying": a source the report does not name
		}
	}
	for len(span) > 1 && !isCapital(span[0].word) && len(span[0].word) <= 3 {
		span = span[1:] // "al", "den", "o", "il"
	}
	if len(span) == 0 || len(span) > citeSpanMax {
		return nil
	}
	last := span[len(span)-1]
	text := strings.TrimRight(s[span[0].start:last.start+len(last.raw)], ", ")
	var sp *speaker
	if strings.Contains(text, ", ") {
		sp = x.appositive(text)
	} else {
		sp = x.classify(span, false)
	}
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker || outletNamed(sp.name) != "" {
		return nil // (a source the report does not name is cited as a person is: "quotes a senior diplomat saying …")
	}
	return sp
}

// nextCited finds a second person cited in the same sentence, joined to
// the first one's words by a conjunction: "… bekommen habe, und den
// Kremlberater X, der …", "… ningún texto nuevo, y al asesor X, para
// quien …". It returns the conjunction's index, the second person and the
// index of their first word, or a nil person.
func (x *extractor) nextCited(s string, toks []tok, k int) (int, *speaker, int) {
	for m := k + 2; m+2 < len(toks); m++ {
		if !strings.HasPrefix(toks[m-1].trail, ",") || !x.lx.conjunctions[lowerWord(toks[m])] {
			continue
		}
		for l := m + 2; l < len(toks) && l <= m+1+citeSpanMax; l++ {
			k2 := x.citeLinkAt(toks, l)
			if k2 < 0 {
				continue
			}
			if sp := x.citedPerson(s, toks[m+1:l]); sp != nil {
				return m, sp, k2
			}
			break
		}
	}
	return 0, nil, 0
}

// verbFinalRelative reports whether the relative clause opened at toks[l]
// ends, as German ends it, with a speech or characterising verb: "…, der
// einige Punkte als annehmbar bezeichnete", "…, die von Fortschritten
// sprach". What the clause holds before its verb is what was said.
func (x *extractor) verbFinalRelative(toks []tok, l int) bool {
	for v := l + 2; v < len(toks) && v <= l+1+citeSpanMax; v++ {
		if toks[v].trail == "" || strings.Trim(toks[v].trail, "“”„\"«»") == "" {
			continue // (a quotation closing inside the clause: "von „viel Fortschritt“ gesprochen")
		}
		vw := lowerWord(toks[v])
		if x.lx.perfectAux(vw) && v-1 > l+1 && toks[v-1].trail == "" {
			vw = lowerWord(toks[v-1]) // "…, der von „…“ gesprochen hatte": the participle before the auxiliary
		}
		if relativeSpeechVerbs()[vw] {
			return quoteAmong(toks[l+1 : v]) // "von „viel Fortschritt“ gesprochen", not "mit X gesprochen" (viaperson.go)
		}
		return x.lx.sayVerbs[vw] || x.lx.actVerbs[vw] || x.lx.report.characterise[vw]
	}
	return false
}

// maxQuotedAside is the most words between a cite participle and its
// colon: where the words were quoted from ("from Tuesday's press
// conference").
const maxQuotedAside = 8

// quotedColon reads a monitoring report's "X quoted: words" — "Opposition
// MP Daniel Marsh quoted: Parliament must vote …", "US envoy Steve Witkoff
// quoted from Tuesday's press conference: the security protocols …": the
// sentence opens with the person, a cite participle (citeParticiples)
// follows, and the person's words come after the colon. The outlet that
// quoted them is never named there.
func (x *extractor) quotedColon(s string, toks []tok, cd citeData, pos int) bool {
	for c := 1; c < len(toks)-1 && c <= citeSpanMax; c++ {
		if toks[c-1].trail != "" {
			return false // the person runs up to the participle
		}
		if !cd.participles[lowerWord(toks[c])] {
			continue
		}
		for m := c; m < len(toks)-1 && m <= c+maxQuotedAside; m++ {
			if toks[m].trail == "" {
				continue
			}
			if !strings.HasPrefix(toks[m].trail, ":") {
				return false
			}
			sp := x.citedPerson(s, toks[:c])
			if sp == nil {
				return false
			}
			return x.reportEmit(sp, s, s[toks[m+1].start:], pos)
		}
		return false
	}
	return false
}
