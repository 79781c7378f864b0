// Reported speech inside reported speech. A press release or a wire story
// often passes one person's words through another's: "Hartsell noted that
// Secretary Marco Rubio wrote on Saturday that the proposal was …", "Le
// député a rappelé que Marco Rubio avait écrit que …". What was said is
// the inner speaker's: the outer one only points to it. Every reader that
// finds "X noted that …" hands the whole that-clause to emit; this file
// looks, at emit, for a named speaker, a speech verb and a that-word
// opening that clause, and gives the words after them to the inner
// speaker.
//
// Only a speaker the clause names by a capitalised name or a title and
// name counts: "he said he understood that …" is the outer speaker's own
// view, and "the two leaders agreed that …" (Ushakov relaying a call) is
// still Ushakov's account, as is "Putin told Trump that …" inside it: what
// one person told another in private is known only from the one who
// relays it, while "told reporters that" was said in public. Verbs of belief and agreement ("believes",
// "agreed") are not read as speech here: "X said Y believes that …" is
// X's reading of Y.
//
// Stop 57 reads three more shapes of community reports, where a member
// relays a public figure: an English clause without its that-word ("He
// notes that Putin said in Bishkek the text could become …", a person
// only: "Washington had warned it could …" stays the relayer's), the
// relayer's aside between the inner subject and its verb ("Putin, ha
// ricordato, aveva detto a dicembre che …", "Merz, a-t-il ajouté, a
// évoqué des troupes …"), and a German or Dutch perfect whose speech
// participle comes last ("Außenminister X habe Fortschritte gesehen, aber
// betont, dass …"). emit also reads the second of two coordinated clauses
// so ("…, et que Keir Starmer avait annoncé que …").

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// nestedNotSpeech are speech verbs of verbs.json that report a belief or
// an agreement rather than words someone gave: an inner clause with one
// of them stays the outer speaker's.
var nestedNotSpeech = map[string]bool{
	"agreed": true, "agrees": true, "agree": true, "believe": true, "think": true, "believes": true, "hopes": true, "hoped": true, "thinks": true,
	"believed": true, "thought": true, "estimated": true, "predicted": true, "predicts": true, "informed": true, "reminded": true,
	"ritiene": true, "ritengono": true, "pensa": true, "crede": true, "cree": true, "considera": true,
	"opina": true, "piensa": true, "pense": true, "croit": true, "juge": true, "estime": true,
	"glaubt": true, "findet": true, "meint": true, "ocenia": true, "ocenili": true, "fordert": true,
}

// nestedMaxSubject is how many words the inner subject may hold: a
// title, a given name and a surname, with a complement ("Secretary of
// State Marco Rubio").
const nestedMaxSubject = 7

// nestedSpeech returns the inner speaker and what they said when the
// indirect statement text opens with a named speaker, a speech verb, up
// to a few words of time or channel and a that-word; ok false otherwise.
// outer is who the statement was first given to; a quotation (direct)
// is never read so, as its words are the quoted speaker's own.
func (x *extractor) nestedSpeech(outer *speaker, text string, direct bool) (*speaker, string, bool) {
	if sp, said, ok := x.nestedSpeechAt(outer, text, direct); ok || direct || nestedSpeechOff {
		return sp, said, ok
	}
	return x.relayLead(outer, text) // "at Mar-a-Lago on 28 December President Zelensky had said …" (relaychain.go)
}

// nestedSpeechAt is nestedSpeech's reading of an inner report that
// opens text.
func (x *extractor) nestedSpeechAt(outer *speaker, text string, direct bool) (*speaker, string, bool) {
	if direct || nestedSpeechOff || outer == nil || len(text) < 20 {
		return nil, "", false
	}
	// most statements run to fewer than 64 words: their tokens stay on
	// the stack (nothing keeps toks past this call), where tokenize's
	// slice was one of the largest allocations of a parse
	if sp, said, ok := x.relationNested(text); ok {
		return sp, said, true // "Oana said her cousin had told her …": the relative's words (relationappos.go)
	}
	var buf [64]tok
	toks := readAs(tokenizeInto(buf[:0], text), x.src.Lang)
	if len(toks) < 5 {
		return nil, "", false
	}
	if len(toks) > 4 && nestedData().timePreps[toks[0].low] && isCapital(toks[1].word) && isCapital(toks[2].word) && toks[0].trail == "" {
		toks = toks[2:] // "після Берліна Зеленський сказав, що …": the time of the inner report, then its subject
	}
	if !isCapital(toks[0].word) && !(roleArticles[toks[0].low] || definiteArticles[toks[0].low]) && !x.lx.isRole(toks[0].low) {
		return nil, "", false // "he understood that …"; "le ministre X avait écrit que …" opens with its article, "канцлер Мерц …" with its title
	}
	aside, appos, predAt, role := false, false, 0, ""
	for vi := 1; vi < len(toks)-2 && vi <= nestedMaxSubject; vi++ {
		if toks[vi-1].trail != "" {
			e, cut, to := x.relayAsideEnd(toks, vi), -1, 0
			if e < 0 && !aside && !appos {
				// "le conseiller de Vladimir Poutine, Iouri Ouchakov, a fait
				// savoir que …", "Kirill Dmitriev, the Russian investment
				// envoy, had described …": the inner speaker's own apposition
				cut, to = x.nestedApposCut(toks, vi)
			}
			if cut >= 0 {
				role = x.nestedApposRole(text, toks, cut, to)
			}
			switch {
			case cut == 0:
				toks, appos, vi = toks[to:], true, 0
				for toks[vi].trail == "" {
					vi++
				}
				toks[vi].trail, predAt, vi = "", vi+1, 0
				continue // the title cut: the name opens the clause
			case cut > 0:
				toks[cut-1].trail = ""
				toks, appos, predAt = append(toks[:cut], toks[to:]...), true, cut
			case aside || e < 0:
				return nil, "", false // a comma or a full stop before the verb: not a plain subject
			default:
				// "Le chancelier allemand, a-t-il ajouté, a évoqué …": the
				// relayer's aside between the inner subject and its verb
				toks[vi-1].trail = ""
				toks, aside = append(toks[:vi], toks[e:]...), true
			}
			if vi >= len(toks)-2 {
				return nil, "", false
			}
		}
		l := lowerWord(toks[vi])
		if perfectSecondAux()[l] && verbFinalLangs[x.src.Lang] {
			if sp, said, ok := x.nestedVerbFinal(outer, text, toks, vi); ok {
				return sp, said, true // "Außenminister X habe …, aber betont, dass …"
			}
		}
		if speakOfVerb(l) && toks[vi].trail == "" && speakOfPrep(toks[vi+1]) && x.speakOfPlainFits(text, toks, vi+1) {
			// "Zelenski había hablado de una elección entre …": from the
			// verb on, as spokeOfPlain reads the sentence alone (speakof_plain.go)
			from := toks[x.withAuxiliary(toks, vi)].start
			if appos {
				from = toks[predAt].start // "Volodymyr Zelensky, nel suo discorso, aveva parlato di …"
			}
			if sp, said, ok := x.nestedInner(outer, text, toks, vi, from); ok && sp.kind == kindPerson {
				return withApposRole(sp, role), said, true
			}
			return nil, "", false
		}
		if appos && !x.lx.sayVerbs[l] && (x.coordSpeechVerb(l) || speakOfVerb(l)) && !isCapital(toks[vi].word) {
			// "…, Rustem Umérov, calificó las conversaciones de …", "…,
			// Marco Rubio, habló en Ginebra de «avances enormes»": a verb
			// that names, judges or speaks of, the predicate from it on
			if sp, said, ok := x.nestedInner(outer, text, toks, vi, toks[predAt].start); ok && sp.kind == kindPerson {
				return withApposRole(sp, role), said, true
			}
			return nil, "", false
		}
		if at := x.innerAuxAt(toks, vi); !appos && !aside && at > 0 && (x.lx.report.characterise[l] && !x.lx.sayVerbs[l] || commitVerbSet()[l] && !x.lx.thatWords[toks[vi+1].low]) && toks[vi].trail == "" && isCapital(toks[at-1].word) && !isCapital(toks[vi].word) {
			// "Олег додав, що канцлер Мерц назвав прогрес «значним»", "Dmytro
			// said Keir Starmer had promised military hubs …": a named inner
			// subject that names, judges or commits, the predicate from its
			// verb (and auxiliary) on
			if sp, said, ok := x.nestedInner(outer, text, toks, vi, toks[at].start); ok && sp.kind == kindPerson {
				return sp, said, true
			}
			return nil, "", false
		}
		if !x.lx.sayVerbs[l] || nestedNotSpeech[l] || isCapital(toks[vi].word) {
			continue
		}
		if pronounGender[toks[0].low] != "" && (vi == 1 || !isCapital(toks[1].word) && !x.lx.isRole(toks[1].low)) {
			return nil, "", false // "He told Reuters that …", "Il a dit que …"; not "Il ministro X"
		}
		if x.lx.addressee[l] && isCapital(toks[vi+1].word) && !(vi+2 < len(toks) && x.lx.addressees[lowerWord(toks[vi+2])]) {
			return nil, "", false // "Ushakov said Putin told Trump that …": a private exchange in the relayer's account; "told Russian reporters that" is public
		}
		th, zero := x.nestedThatAt(toks, vi), false
		if th < 0 {
			th = x.nestedColonAt(toks, vi) // "Der Bundeskanzler hat es deutlich gesagt: Europa ist …" (nestedcolon.go)
		}
		if th < 0 && x.src.Lang == "en" {
			th = x.zeroThatAt(toks, vi) // "Putin said in Bishkek the text could …"
			zero = th >= 0
		}
		if th < 0 && aside && toks[vi].trail == "" {
			th = vi // "…, a-t-il ajouté, a évoqué des troupes …": what the verb names is what was said
		}
		from := -1
		if th < 0 && appos && toks[vi].trail == "" {
			// "…, Rustem Umérov, calificó las conversaciones de …": the
			// predicate from its verb (and auxiliary) on is what was said
			from = toks[predAt].start
		}
		if th < 0 && from < 0 {
			return nil, "", false
		}
		if from < 0 {
			from = toks[th+1].start
		}
		if !anyCapitalWord(tokWords(toks[1:vi])) && !isCapital(toks[0].word) {
			return nil, "", false // "the two leaders agreed that …": no one named
		}
		self := outer
		if aside {
			self = nil // "Friedrich Merz, a-t-il ajouté, a évoqué …" given to Merz already: his words are still those after the verb
		}
		sp, said, ok := x.nestedInner(self, text, toks, vi, from)
		if ok {
			sp = withApposRole(sp, role)
		}
		if zero && ok && sp.kind != kindPerson {
			return nil, "", false // "Washington had warned it could …", "Russia believed …": a country's stance in the relayer's account
		}
		return sp, said, ok
	}
	return nil, "", false
}

// nestedInner is the inner speaker, read back from the verb at vi, and
// what they said, text from byte from on; ok false when the subject is no
// named person or body other than outer (when outer is not nil), or fewer
// than three words were said.
func (x *extractor) nestedInner(outer *speaker, text string, toks []tok, vi, from int) (*speaker, string, bool) {
	sp, at := x.subjectSpan(text, toks, vi)
	if sp == nil || at != 0 || outer != nil && sp.name == outer.name || sp.name == unnamedSpeaker || sp.kind != kindPerson && sp.kind != kindBody {
		return nil, "", false
	}
	inner := trimSentenceEnd(text[from:])
	if len(strings.Fields(inner)) < 3 {
		return nil, "", false
	}
	return sp, inner, true
}

//go:embed data/nestedspeech.json
var nestedSpeechJSON []byte

// nestedData is data/nestedspeech.json.
var nestedData = sync.OnceValue(func() (d struct {
	ClauseOpeners map[string][]string `json:"clauseOpeners"`
	Finite        map[string][]string `json:"finite"`
	AsideWords    []string            `json:"asideWords"`
	Joiners       []string            `json:"joiners"`
	TimePreps     []string            `json:"timePrepositions"`
	asides        map[string]bool
	timePreps     map[string]bool
	joiners       map[string]bool
	openers       map[string]bool
	finite        map[string]bool
}) {
	mustDecodeJSON("data/nestedspeech.json", nestedSpeechJSON, &d)
	d.asides, d.joiners, d.openers, d.finite = set(d.AsideWords), set(d.Joiners), set(d.ClauseOpeners["en"]), set(d.Finite["en"])
	d.timePreps = set(d.TimePreps)
	return d
})

// relayAsideEnd is the index after an aside of the relayer that opens at
// vi, the word before it closed by a comma: one to three lower-case words,
// a speech verb among them and the others pronouns, auxiliaries or
// adverbs of aside words, the last closed by a comma ("a-t-il ajouté,",
// "ha ricordato,", "he added,"); -1 when none does.
func (x *extractor) relayAsideEnd(toks []tok, vi int) int {
	if toks[vi-1].trail != "," {
		return -1
	}
	said, names := false, 0
	for e := vi; e < len(toks)-2 && e < vi+3; e++ {
		t := toks[e]
		l := lowerWord(t)
		if t.trail != "" && t.trail != "," {
			return -1
		}
		switch {
		case isCapital(t.word):
			// "Vladimir Putin, Olena added, had said …", "Merz, a ajouté
			// Paul, a évoqué …": the relayer by name, one or two words
			// beside the verb (a speech verb must still be among them)
			if names++; names > 2 || !x.relayerName(t) {
				return -1
			}
		case x.lx.sayVerbs[l] && !x.lx.thatWords[l]:
			said = true
		case !nestedData().asides[l]:
			return -1
		}
		if t.trail == "," {
			if !said {
				return -1
			}
			return e + 1
		}
	}
	return -1
}

// relayerName reports whether t may be a word of the relayer's name in an
// aside: a capitalised word that is no speech verb, auxiliary or pronoun
// written with a capital ("He added," opens no aside after a comma).
func (x *extractor) relayerName(t tok) bool {
	l := lowerWord(t)
	return !x.lx.sayVerbs[l] && !x.lx.auxiliaries[l] && !nestedData().asides[l] && pronounGender[t.low] == ""
}

// nestedApposMax is how many words an apposition or an aside of the
// inner speaker may hold: "ricevendo ieri il presidente Zelensky a Palazzo
// Chigi".
const nestedApposMax = 9

// nestedApposCut is the span [cut, to) of toks that sets the inner
// speaker off by commas, the word before vi closed by a comma: a title
// before the name ("el secretario de Estado, | Marco Rubio, había dicho":
// cut 0, to vi, the title's lower-case words all before it) or an
// apposition or aside after it ("Kirill Dmitriev, | the Russian investment
// envoy, | had described", "Volodymyr Zelensky, | nel suo discorso alla
// nazione, | aveva parlato di": cut vi, to after its comma). Either must
// be followed, within three words, by a speech verb. -1 when none is.
func (x *extractor) nestedApposCut(toks []tok, vi int) (int, int) {
	if toks[vi-1].trail != "," {
		return -1, 0
	}
	e := -1
	for k := vi; k < len(toks)-3 && k < vi+nestedApposMax; k++ {
		if x.lx.sayVerbs[lowerWord(toks[k])] && !isCapital(toks[k].word) {
			return -1, 0 // "Ukraine, he said, …": the relayer's aside (relayAsideEnd), or a clause
		}
		if toks[k].trail != "" {
			if toks[k].trail == "," {
				e = k + 1
			}
			break
		}
	}
	if e < 0 || !x.nestedVerbNear(toks, e) {
		return -1, 0
	}
	if !isCapital(toks[vi].word) {
		if !isCapital(toks[vi-1].word) {
			return -1, 0 // "the two sides, in a joint statement, said": no name before it
		}
		return vi, e
	}
	if e-vi > 4 || !allCapitalToks(toks[vi:e]) || allCapitalToks(toks[:vi]) {
		return -1, 0 // "Marco Rubio, Donald Trump, …": a list, no title
	}
	return 0, vi
}

// nestedApposRole is what the span [cut, to) cut by nestedApposCut says
// the inner speaker is: the title before the name ("el secretario de
// Estado"), or an apposition after it that opens with an article or a
// role word and ends with a role word ("the Russian investment envoy");
// "" for an aside that says no role ("nel suo discorso alla nazione",
// "ricevendo ieri il presidente Zelensky a Palazzo Chigi").
func (x *extractor) nestedApposRole(text string, toks []tok, cut, to int) string {
	title := cut == 0
	if title {
		// "y que el secretario de Estado, …": the title opens after a
		// that-word, at its article or role word
		for k := range to - 1 {
			if x.lx.thatWords[toks[k].low] {
				cut = k + 1
			}
		}
		for cut < to-1 && !definiteArticles[toks[cut].low] && !roleArticles[toks[cut].low] && !x.lx.isRole(toks[cut].low) {
			cut++
		}
	}
	first, last := toks[cut], toks[to-1]
	if !title && (!definiteArticles[first.low] && !roleArticles[first.low] && !x.lx.isRole(first.low) || !x.lx.isRole(last.low)) {
		return ""
	}
	return strings.TrimRight(text[first.start:last.start+len(last.raw)], ",")
}

// withApposRole is sp with role when sp has none, a copy so a speaker
// known elsewhere is left as it is.
func withApposRole(sp *speaker, role string) *speaker {
	if role == "" || sp.role != "" {
		return sp
	}
	c := *sp
	c.role = role
	return &c
}

// allCapitalToks reports whether every word of toks is capitalised.
func allCapitalToks(toks []tok) bool {
	for _, t := range toks {
		if !isCapital(t.word) {
			return false
		}
	}
	return true
}

// nestedVerbNear reports whether a speech verb of the inner speaker opens
// toks at from, or follows it after up to two lower-case auxiliaries or
// adverbs.
func (x *extractor) nestedVerbNear(toks []tok, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		l := lowerWord(toks[k])
		if isCapital(toks[k].word) {
			return false
		}
		if x.coordSpeechVerb(l) && !nestedNotSpeech[l] || speakOfVerb(l) {
			return true
		}
		if toks[k].trail != "" {
			return false
		}
	}
	return false
}

// zeroThatAt is, in English, the index of the last word before a clause
// said without its that-word: the verb at vi, its public addressee if any
// ("told reporters"), then up to four words of
// time or place opened by a gap word ("said in Bishkek", "said on
// Monday"), then a clause that opens with a capitalised word or a clause
// opener and has a finite verb among its next five words, no punctuation
// before it ("the text could become", "Moscow had not yet received");
// -1 otherwise.
func (x *extractor) zeroThatAt(toks []tok, vi int) int {
	if toks[vi].trail != "" {
		return -1
	}
	c := vi + 1
	if c < len(toks)-1 && toks[c-1].trail == "" && x.lx.addressee[lowerWord(toks[vi])] && x.lx.addressees[toks[c].low] {
		c++ // "Zelensky told reporters the framework was …": the public the words were given to, then the clause
	}
	if c < len(toks) && gapOpener(toks[c]) {
		e := c + 1
		for e < len(toks) && e <= c+3 && toks[e-1].trail == "" && (isCapital(toks[e].word) || weekdays()[toks[e].low] || isDigits(toks[e].word)) {
			e++
		}
		if e == c+1 && !gapOpeners[toks[c].low] || toks[e-1].trail != "" {
			return -1
		}
		if e > c+1 || toks[c].low == "today" || toks[c].low == "yesterday" || toks[c].low == "again" || toks[c].low == "also" {
			c = e
		}
	}
	if c >= len(toks)-1 || !isCapital(toks[c].word) && !nestedData().openers[toks[c].low] {
		return -1
	}
	for f := c + 1; f < len(toks) && f <= c+5; f++ {
		if toks[f-1].trail != "" {
			return -1
		}
		if nestedData().finite[toks[f].low] {
			return c - 1
		}
	}
	return -1
}

// verbFinalLangs are the languages whose perfect puts the participle last:
// "X habe …, aber betont, dass …".
var verbFinalLangs = map[string]bool{"de": true, "nl": true}

// nestedVerbFinal reads a German or Dutch inner report in the perfect, its
// auxiliary at ai after the inner subject and its speech participle last
// before a comma: "Der Kanzler hat mehrfach betont, dass …" (what follows
// the that-word), "Der Bundeskanzler habe gesagt, über Europas Sicherheit
// …" (the clause after the comma), "Außenminister X habe Fortschritte in
// Genf gesehen, aber betont, dass …" (a first predicate joined to the
// speech: the whole predicate, both being the inner speaker's).
func (x *extractor) nestedVerbFinal(outer *speaker, text string, toks []tok, ai int) (*speaker, string, bool) {
	if pronounGender[toks[0].low] != "" || !isCapital(toks[ai-1].word) {
		return nil, "", false // "Er habe gesagt, …": the relayer's own reading
	}
	joined := false
	for p := ai + 1; p < len(toks)-2 && p <= ai+8; p++ {
		l := lowerWord(toks[p])
		if x.lx.thatWords[l] {
			return nil, "", false
		}
		if !x.lx.sayVerbs[l] || nestedNotSpeech[l] || isCapital(toks[p].word) {
			if toks[p].trail == "," {
				joined = p+1 < len(toks) && nestedData().joiners[lowerWord(toks[p+1])]
				if !joined {
					return nil, "", false
				}
			} else if toks[p].trail != "" {
				return nil, "", false
			}
			continue
		}
		if toks[p].trail != "," {
			return nil, "", false
		}
		switch {
		case joined:
			return x.nestedInner(outer, text, toks, ai, toks[ai+1].start)
		case x.lx.thatWords[lowerWord(toks[p+1])]:
			return x.nestedInner(outer, text, toks, ai, toks[p+2].start)
		default:
			return x.nestedInner(outer, text, toks, ai, toks[p+1].start)
		}
	}
	return nil, "", false
}

// nestedThatAt is the index of the that-word opening what the verb at vi
// says, right after it or after up to four words of time, place or
// channel ("wrote on Saturday that", "a écrit samedi que"); -1 when none
// does.
func (x *extractor) nestedThatAt(toks []tok, vi int) int {
	for k := vi + 1; k < len(toks)-1 && k <= vi+5; k++ {
		if x.lx.thatWords[toks[k].low] && !determinerThat(toks, k) {
			return k
		}
		if k > vi+1 && toks[k-1].trail != "" && !strings.HasPrefix(toks[k-1].trail, ",") {
			return -1
		}
		if x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low] {
			return -1 // a second verb: the clause has begun
		}
	}
	return -1
}

// ownClauseSubjects are the English subject pronouns that, right after a
// speech verb, open the clause said: in "said he welcomed that
// clarification" or "said he understood that …" the that-word belongs to
// the clause, which is the speaker's own words from its pronoun on. Read
// in English documents only: "i" is "in" in Danish and Swedish.
var ownClauseSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// nestedSpeechOff turns the reading off, for tests that show what it
// changes.
var nestedSpeechOff = false

// innerAuxAt is the index of the verb at vi's auxiliary right before it
// ("had promised", "a qualifié"), or vi when it has none.
func (x *extractor) innerAuxAt(toks []tok, vi int) int {
	if vi > 0 && toks[vi-1].trail == "" && (x.lx.auxiliaries[toks[vi-1].low] || x.lx.report.perfect[toks[vi-1].low]) {
		return vi - 1
	}
	return vi
}
