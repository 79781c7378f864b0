// The quotation-first reader (issue 12): the rules read a sentence from
// its attribution and keep what it attributes; on news nobody tuned on,
// most statements lost were quotations whose sentence no rule's shape
// fitted. This pass turns the reading round: once the rules have read a
// paragraph, every quotation of some length they left unread is a
// candidate statement, and its speaker is looked for with evidence of
// decreasing strength:
//
//  1. the sentence's own attribution, in any position: a speech verb of
//     the lexicon with its subject before or after it ("…», уточнил
//     министр.", "Sie nannte den Plan „…“"), "according to X";
//  2. a quotation going on: a sentence that is only a quotation, or opens
//     with one and names nobody, continues the speaker of the sentence or
//     paragraph just before;
//  3. the one person the sentence names, when nobody else is named and
//     that person is not in object position ("criticised X", "told X",
//     data/quotefirst.json), for a quotation long enough to be speech.
//
// Otherwise the quotation is dropped: a quotation is as often a title, a
// phrase held at a distance or someone's words about a person as that
// person's words. An outlet is where words were printed, never a speaker.

package corpus

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/quotefirst.json
var quoteFirstJSON []byte

// quoteFirstLexicon is data/quotefirst.json: the words before a name that
// make it the object of the sentence (whom the words were about or given
// to), in every language the corpus reads.
type quoteFirstLexicon struct {
	objectCues map[string]bool
	quoteVerbs map[string]bool // "zanjó", "fragt", "résume": verbs that attribute a quotation they follow, and only then
	mediaNouns map[string]bool // "serveru", "газете", "newspaper": the name after one is the medium the words were given to
	mediaOwn   map[string]bool // "este", "našemu", "this": before a medium noun, they name the medium, so no outlet's name follows
}

var quoteFirstData = sync.OnceValue(func() quoteFirstLexicon {
	var d struct {
		ObjectCues []string `json:"objectCues"`
		QuoteVerbs []string `json:"quoteVerbs"`
		MediaNouns []string `json:"mediaNouns"`
		MediaOwn   []string `json:"mediaOwnWords"`
	}
	mustDecodeJSON("data/quotefirst.json", quoteFirstJSON, &d)
	return quoteFirstLexicon{objectCues: set(d.ObjectCues), quoteVerbs: set(d.QuoteVerbs), mediaNouns: set(d.MediaNouns), mediaOwn: set(d.MediaOwn)}
})

// quoteFirstOff disables the pass; tests set it to show what the pass adds.
var quoteFirstOff bool

// qfMinOwn is the fewest words a quotation needs when its own sentence
// attributes it with a verb: a characterisation of one word ("назвал
// встречу «продуктивной»") is speech once a verb gives it a speaker.
const qfMinOwn = 1

// qfMinWeak is the fewest words a quotation needs when only a quotation
// before it or a name beside it tells who spoke: shorter ones are too
// often a phrase held at a distance.
const qfMinWeak = 4

// quoteMarks are the characters that may open a quotation (closersOf).
const quoteMarks = "\"“„«»‹›‚”"

// quoteFirst reads the quotations of paragraph p that no rule read;
// before is the number of statements when the paragraph began.
func (x *extractor) quoteFirst(p paragraph, before int) {
	item := p.kind == paraItem && !framedHeading(p) // a list item: only an unnamed source before a colon is read (colonunnamed.go)
	if quoteFirstOff || x.transcript && !item || x.asks[p.index] || p.kind != paraText && !item {
		return // (a transcript's turns are its speakers'; an unnamed source in a list item is no turn)
	}
	text := stripThreadNumber(stripTimestamp(stripClock(p.text)))
	if !containsAny(text, quoteMarks) { // (scan.go: one pass, where strings.ContainsAny calls per rune)
		return
	}
	open := false
	for _, q := range quoteSpans(text) {
		// most quotations were read by the rules: the sentences are
		// split only when one was not
		if inner := trimQuote(text[q.inner:q.innerEnd]); inner != "" && !x.quoteRead(inner, p.index) {
			open = true
			break
		}
	}
	if !open {
		return
	}
	x.pos = p.index
	from := 0
	for _, s := range sentences(text) {
		at := strings.Index(text[from:], s)
		if at < 0 {
			at = 0
		} else {
			at += from
			from = at + len(s)
		}
		if !containsAny(s, quoteMarks) {
			continue
		}
		for _, q := range quoteSpans(s) {
			if item {
				x.colonUnnamedItem(s, q, p.index)
				continue
			}
			x.quoteCandidate(text, s, at, q, p.index, before)
		}
	}
}

// framedHeading reports whether an unnumbered bullet is a subheading
// framed in dashes, as wire services print them ("- « Pas une
// capitulation » -", "- Talks to resume -"): no line of dialogue and no
// summary ends with the dash it opened with. Read as speech, it took the
// words of the last speaker, which the quotation-first pass makes more
// often someone.
func framedHeading(p paragraph) bool {
	if p.kind != paraItem || p.number != 0 || p.letter != 0 {
		return false
	}
	t := strings.TrimSpace(p.text)
	return strings.HasSuffix(t, " -") || strings.HasSuffix(t, " –") || strings.HasSuffix(t, " —")
}

// quoteCandidate resolves the speaker of one quotation q of sentence s
// (s begins at byte at of the paragraph text) and emits it.
func (x *extractor) quoteCandidate(text, s string, at int, q quoteSpan, pos, before int) {
	inner := trimQuote(s[q.inner:q.innerEnd])
	n := len(strings.Fields(inner))
	if n < qfMinOwn || titleShaped(inner) {
		x.qfT("short/title", inner, s)
		return
	}
	if x.quoteRead(inner, pos) {
		x.qfT("read", inner, s)
		return
	}
	short := n < qfMinWeak
	if short && !lowerStart(inner) {
		return // "сказал «Северному вестнику»": a short quotation opening with a capital is a name
	}
	rest := strings.ReplaceAll(s[:q.start]+" "+s[q.end:], "*", " ") // "*Gareth Moss* called …": emphasis is no word
	sp := x.reviewedOutlet(text, rest, at)                          // "« … », écrit le quotidien" in a press review (pressreview.go)
	if sp == nil {
		x.backRefSp, x.backRefCur, x.backRefPos = nil, s, pos
		sp = x.ownAttribution(rest, q.start)
	}
	if sp != nil && sp != x.backRefSp && sp.name != unnamedSpeaker && !strings.Contains(s, lastWord(sp.name)) && !x.namedInParagraph(sp, s) {
		// "– powiedział nam ekspert": a title or a pronoun stands for the
		// person its paragraph named, not for whoever spoke last
		sp = nil
	}
	if sp == nil && !short {
		// a view holder's quotation of a few words may be the writer's
		// ("Pour X, qui a négocié …, « rien n'est joué »"): only a longer
		// one is taken as theirs
		sp = x.viewHolder(rest, q.start)
	}
	if sp == nil && !short {
		sp = x.colonUnnamed(s, q.start) // "A Ukrainian negotiator … put it more bluntly: "…"" (colonunnamed.go)
	}
	if sp == nil && !short {
		if strings.TrimSpace(s[:q.start]) == "" {
			sp = x.quoteGoesOn(text, rest, at, pos, before)
		}
		if sp == nil && !x.hasSpeechVerb(rest) {
			// a speech verb whose subject could not be read says the
			// speaker is someone the reader cannot see: no guessing
			sp = x.soleNamed(rest)
		}
		if sp == nil {
			sp = x.prevSentenceSpeaker(text, s, at, q, rest) // the one person the sentence before names (quoteprev.go)
		}
		if sp == nil {
			sp = x.contextSpeaker(inner, text, rest, pos) // the one person around it (quotecontext.go)
		}
	}
	if sp == nil || short && (sp.kind != kindPerson || sp.name == unnamedSpeaker) {
		x.qfT("nospeaker", inner, s)
		return
	}
	if x.quotedElsewhere(inner, pos) {
		x.qfT("elsewhere", inner, s)
		return // a headline repeating the body's words: the body's reading is kept
	}
	sp = bracketRole(sp, s)
	said := strings.TrimRight(strings.TrimSpace(s[q.inner:q.innerEnd]), ",")
	if short {
		// "called the meeting «productive»": the words are a
		// characterisation, which says nothing without what it qualifies
		said = s
	}
	x.qfT("EMIT:"+sp.name, inner, s)
	x.emit(sp, said, true, pos)
}

// A quoteTracer, nil but in diagnostics (TestQuoteFirstDiag,
// TestQuoteMissDiag), is told what became of each quotation the pass
// looked at: why it was left, or whose it was made. It comes with the parse
// (ParseOptions.quoteTrace), so no package state is shared between parses.
type quoteTracer func(why, inner, s string)

// qfT reports to the parse's quote tracer, if any.
func (x *extractor) qfT(why, inner, s string) {
	if x.quoteTrace != nil {
		x.quoteTrace(why, inner, s)
	}
}

// bracketRole gives a person without a title the one the sentence sets in
// brackets after their name ("*X Y (Green)* said", "Pour X Y (liste
// citoyenne), …"): a party, a list, a post. The speaker is copied, so
// their other statements keep what they had.
func bracketRole(sp *speaker, s string) *speaker {
	if sp.kind != kindPerson || sp.role != "" {
		return sp
	}
	last := lastWord(sp.name)
	i := strings.Index(s, last+" (")
	if last == "" || i < 0 {
		return sp
	}
	in := s[i+len(last)+2:]
	j := strings.IndexByte(in, ')')
	if j <= 0 || containsAny(in[:j], "0123456789(") || len(strings.Fields(in[:j])) > 6 {
		return sp // "(2019)", a long aside: no title
	}
	c := *sp
	c.role = strings.TrimSpace(in[:j])
	return &c
}

// lowerStart reports whether s opens with a lower-case letter.
func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// quoteRead reports whether a statement already holds the quotation, or
// is a piece of it (a quotation of several sentences read one by one).
func (x *extractor) quoteRead(inner string, pos int) bool {
	for _, st := range x.out {
		if strings.Contains(st.Text, inner) || st.Position == pos && len(st.Text) > 12 && strings.Contains(inner, st.Text) {
			return true
		}
	}
	return false
}

// titleShaped reports whether a quotation reads as a name or a title
// (every word capitalised: "Coalition of the Willing" is not, "Peace
// Through Strength" is) rather than as speech.
func titleShaped(inner string) bool {
	caps, words := 0, 0
	for _, w := range strings.Fields(inner) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps == words
}

// ownAttribution is the speaker the rest of the quotation's sentence names
// with a speech verb or an "according to"; quoteAt is where the quotation
// stood in rest. A speaker after the verb is read only when the verb opens
// the sentence or follows the quotation ("…», уточнил министр"): after a
// verb inside the sentence the name is its object ("promises Ukraine").
func (x *extractor) ownAttribution(rest string, quoteAt int) *speaker {
	toks := leadingPlace(x.src.Lang, readAs(tokenize(rest), x.src.Lang)) // "From Kyiv, the president said:" (placephrase.go)
	if len(toks) == 0 {
		return nil
	}
	agreePronouns(toks, x.lx)
	if sp := x.colonIntro(rest, toks, quoteAt); sp != nil {
		return sp
	}
	rv := reportVerbsFor(x.lx, x.src.Lang)
	for vi := range toks {
		l := lowerWord(toks[vi])
		if x.lx.according[l] || l == "according" && vi+1 < len(toks) && toks[vi+1].low == "to" {
			k := vi + 1
			if l == "according" {
				k++
			}
			end := k
			for end < len(toks) && end-k < 6 {
				end++
				if toks[end-1].trail != "" {
					break // the name runs to the comma
				}
			}
			if k < end {
				if sp := x.attributedTo(toks[k:end]); sp != nil {
					return sp
				}
			}
			continue
		}
		cls := rv.classOf(l)
		opens := vi == 0 || toks[vi].start > quoteAt && x.onlyHelpers(toks, quoteAt, vi)
		if cls&(rvSay|rvChar|rvAct) == 0 && !x.lx.sayVerbs[l] && !(opens && quoteFirstData().quoteVerbs[l]) {
			continue
		}
		if opens && vi > 0 {
			// "…, sei „…“, sagte sie": across the quotation the words
			// before are what was said, not who said it
		} else if sp := x.subjectBefore(rest, toks, vi); x.fitSpeaker(sp) {
			return sp
		} else if sp := x.unnamedBefore(toks, vi); sp != nil {
			return sp
		} else if sp := x.backRefBeforeVerb(rest, toks, quoteAt, vi); sp != nil {
			return sp
		}
		if opens {
			if sp := x.afterQuoteVerb(rest, toks, vi, quoteAt); sp != nil {
				return sp
			}
			if sp := x.backRefAfterVerb(rest, toks, vi); sp != nil {
				return sp
			}
			if sp := x.unnamedAfter(toks, vi); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// unnamedBefore is a source the report does not name, as the whole
// clause before the verb at vi: "a member of the team told me", "one of
// them said", "un diplomate européen a expliqué" (classify reads the
// indefinite article and the noun).
func (x *extractor) unnamedBefore(toks []tok, vi int) *speaker {
	k := vi
	for k > 0 && toks[k-1].trail == "" && vi-k < 8 {
		k--
	}
	for k < vi && (x.lx.auxiliaries[toks[vi-1].low] || x.lx.adverbs[toks[vi-1].low]) && toks[vi-1].trail == "" {
		vi-- // "a member … has said"
	}
	if vi-k < 2 {
		return nil
	}
	if sp := x.classify(toks[k:vi], k == 0); sp != nil && sp.name == unnamedSpeaker {
		return sp
	}
	return nil
}

// unnamedAfter is a source the report does not name after a verb right
// after the quotation, behind an addressee: "», a expliqué à l'ACP un
// diplomate européen présent à Genève", "», said a senior official".
func (x *extractor) unnamedAfter(toks []tok, vi int) *speaker {
	if sp := freeRelativeSource(toks[vi+1:]); sp != nil {
		return sp // "«…», assicura chi le ha parlato domenica" (speakerkinds.go)
	}
	for k := vi + 1; k < len(toks) && k <= vi+4; k++ {
		if !x.lx.indefinites[toks[k].low] {
			if toks[k].trail != "" {
				return nil
			}
			continue
		}
		end := k + 1
		for end < len(toks) && end-k < 8 && toks[end-1].trail == "" {
			end++
		}
		if sp := x.classify(toks[k:end], false); sp != nil && sp.name == unnamedSpeaker {
			return sp
		}
		return nil
	}
	return nil
}

// afterQuoteVerb is who speaks for a verb right after the quotation: the
// subject after it, perhaps behind an addressee or an adverb ("», a
// expliqué à l'ACP un diplomate européen", "– powiedział nam ekspert")
// up to the first punctuation; or, where the language drops its
// subjects and nobody is named after the verb, the person the text is
// about, when this paragraph names them ("«…», acrescentou."). A pronoun
// must stand for someone this paragraph names: "«…», fragt er." after a
// paragraph about another person is not theirs.
func (x *extractor) afterQuoteVerb(rest string, toks []tok, vi, quoteAt int) *speaker {
	media := quoteFirstData().mediaNouns
	for k := vi + 1; k < len(toks) && k <= vi+5; k++ {
		medium := false
		for m := k; m < len(toks) && m < k+3 && !isCapital(toks[m].word); m++ {
			medium = medium || media[lowerWord(toks[m])]
		}
		if medium {
			break // "řekl serveru X", "told the newspaper X": the medium the words were given to
		}
		sp := x.subjectAfter(toks, k)
		if x.fitSpeaker(sp) && (k == vi+1 || sp.kind == kindPerson || sp.name == unnamedSpeaker) {
			if sp.name == unnamedSpeaker || x.namesPerson(toks[k:]) || x.namedInParagraph(sp, rest[quoteAt:]) {
				return sp
			}
			break // a title or a pronoun for someone this paragraph does not name
		}
		if l := lowerWord(toks[k]); toks[k].trail != "" || reportTo[l] || !x.lx.addressees[l] && !x.lx.adverbs[l] && utf8.RuneCountInString(l) > 3 {
			break // "řekl serveru X", "afirmou ao Diário do Tejo": whom the words were given to is no speaker
		}
	}
	if x.namesPerson(toks[vi:]) {
		return nil
	}
	if subjectDrop[x.src.Lang] && !x.namesSomeone(toks[vi:]) {
		if sp := x.droppedSubject(lowerWord(toks[vi])); x.fitSpeaker(sp) && sp.kind == kindPerson && x.namedInParagraph(sp, rest[quoteAt:]) {
			return sp // "«…», acrescentou.": the person the text is about, named in this paragraph
		}
	}
	return nil
}

// namesPerson reports whether words hold a person's name by its shape.
func (x *extractor) namesPerson(toks []tok) bool {
	for range x.personRuns(toks) {
		return true
	}
	return false
}

// onlyHelpers reports whether the words between the quotation (ending at
// byte quoteAt of the sentence's rest) and the verb at vi are only
// auxiliaries, adverbs and clitic pronouns: "«…», ha affermato", "«…»,
// nous a-t-elle confié", "«…», rekla je".
func (x *extractor) onlyHelpers(toks []tok, quoteAt, vi int) bool {
	for k := vi - 1; k >= 0 && toks[k].start > quoteAt; k-- {
		l := lowerWord(toks[k])
		if !x.lx.auxiliaries[l] && !x.lx.adverbs[l] && pronounGender[l] == "" && utf8.RuneCountInString(l) > 3 {
			return false
		}
	}
	return true
}

// colonIntro is the person a sentence introduces before a colon that the
// quotation follows: "Sergiu Ciobanu, a teacher: «…»", "Mi vecina Halyna,
// profesora, lo resume así: «…»". A document or a body introducing its
// own text ("Point 6 reads: …") gives nothing: only a person or an
// unnamed source is taken.
func (x *extractor) colonIntro(rest string, toks []tok, quoteAt int) *speaker {
	limit := -1
	for k, t := range toks {
		if t.start >= quoteAt {
			break
		}
		if strings.HasSuffix(t.trail, ":") || t.raw == ":" {
			limit = k + 1
		}
	}
	if limit < 1 || strings.TrimSpace(rest[toks[limit-1].start+len(toks[limit-1].raw):quoteAt]) != "" {
		return nil // the colon must stand just before the quotation
	}
	if toks[limit-1].raw == ":" {
		limit--
	}
	if limit < 1 {
		return nil
	}
	sp := x.openingSubject(rest, toks, limit)
	if sp == nil && limit <= 4 {
		sp = x.classify(toks[:limit], true) // "Ernesto: «…»"
	}
	if sp == nil {
		sp = x.colonNamed(toks[:limit])
	}
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker || !x.fitSpeaker(sp) {
		return nil
	}
	return sp
}

// colonNamed is the one person an introduction before a colon names by
// a full name, wherever it stands ("Réponse de la vice-présidente …, X
// Y :", "Un voisin, ingénieur à Z, X Y, a été plus direct :"): two
// names, a name in object position or a longer capitalised run that is
// not a known person give nil.
func (x *extractor) colonNamed(toks []tok) *speaker {
	obj := quoteFirstData().objectCues
	var name []string
	var role string
	for i, run := range x.personRuns(toks) {
		w := tokWords(run)
		if len(w) > 2 {
			// "Mincio Paolo Zanardi": a place may run into the name;
			// only a known person's name inside it is taken
			var known []string
			for k := 1; k < len(w) && known == nil; k++ {
				if x.knownPerson(w[k:]) != nil {
					known = w[k:]
				}
			}
			if known == nil {
				return nil
			}
			w = known
		}
		if i > 0 && obj[lowerWord(toks[i-1])] || name != nil && strings.Join(name, " ") != strings.Join(w, " ") {
			return nil
		}
		name, role = w, x.roleBeforeName(toks, i)
	}
	if len(name) < 2 {
		return nil
	}
	if sp := x.knownPerson(name); sp != nil {
		if role != "" && sp.role != role {
			// the title the introduction gives is the one these words
			// were said under
			c := *sp
			c.role = role
			return &c
		}
		return sp
	}
	return x.person(name, role)
}

// roleBeforeName is the title set off by commas just before the name at
// toks[i], from its first title word: "…, inginer la Pașcani, X Y" gives
// "inginer la Pașcani", "vorba unui profesor de la USM, X Y" gives
// "profesor de la USM"; "" when the words before hold no title.
func (x *extractor) roleBeforeName(toks []tok, i int) string {
	if i == 0 || toks[i-1].trail != "," {
		return ""
	}
	start := i - 1
	for start > 0 && toks[start-1].trail == "" {
		start--
	}
	for k := start; k < i; k++ {
		if x.lx.isRole(lowerWord(toks[k])) {
			words := tokWords(toks[k:i])
			if x.roleLike(words) {
				return cleanRole(strings.Join(words, " "))
			}
			return ""
		}
	}
	return ""
}

// viewHolder is the person whose view a sentence opens with, a view
// preposition of the lexicon and their name up to a comma or a bracket:
// "Per Alessandra Pirrone, che insegna …, il documento «…»", "Pour Nadia
// Ferhat (liste citoyenne), le point 24 est « … »".
func (x *extractor) viewHolder(rest string, quoteAt int) *speaker {
	w, next := nextWord(rest, 0)
	if w == "" || !lowerIn(x.lx.viewPreps, w) || next >= quoteAt {
		return nil
	}
	head := rest[next:quoteAt]
	if i := strings.IndexAny(head, ",("); i > 0 {
		head = head[:i]
	} else {
		return nil
	}
	toks := tokenize(strings.TrimSpace(head))
	if len(toks) < 2 || len(toks) > 6 || !isCapital(toks[len(toks)-1].word) || !isCapital(toks[len(toks)-2].word) {
		return nil
	}
	sp := x.classify(toks, false)
	if sp == nil || sp.kind != kindPerson || !strings.Contains(sp.name, " ") {
		return nil
	}
	return sp
}

// fitSpeaker reports whether sp may have spoken: someone, not an outlet.
func (x *extractor) fitSpeaker(sp *speaker) bool {
	return sp != nil && sp.name != "" && outletNamed(sp.name) == "" && !lowerIn(x.lx.notSpeakers, sp.name)
}

// quoteGoesOn is the speaker a quotation opening its sentence continues:
// the speaker of the statement just before it in the paragraph, else of
// the last statement of the paragraph before, when the rest of the
// sentence names nobody else.
func (x *extractor) quoteGoesOn(text, rest string, at, pos, before int) *speaker {
	toks := readAs(tokenize(rest), x.src.Lang)
	if x.namesPerson(toks) {
		return nil
	}
	for _, t := range toks {
		if x.lx.isRole(lowerWord(t)) {
			return nil // "«…» – so die Ministerin": someone else named by a title
		}
	}
	var last *Statement
	for i := before; i < len(x.out); i++ {
		st := &x.out[i]
		k := len(st.Text)
		if k > 40 {
			k = 40
		}
		if j := strings.Index(text, st.Text[:k]); j >= 0 && j < at {
			last = st
		}
	}
	if last == nil && before > 0 && x.out[before-1].Position == pos-1 && strings.TrimSpace(text[:at]) == "" {
		last = &x.out[before-1]
	}
	if last == nil || !last.Direct {
		return nil
	}
	if sp := x.people[last.Speaker]; sp != nil {
		return sp
	}
	return &speaker{name: last.Speaker, role: last.Role, kind: kindPerson, members: last.Members}
}

// hasSpeechVerb reports whether words hold a speech verb of the lexicon.
func (x *extractor) hasSpeechVerb(rest string) bool {
	for _, t := range readAs(tokenize(rest), x.src.Lang) {
		if x.lx.sayVerbs[lowerWord(t)] {
			return true
		}
	}
	return false
}

// soleNamed is the one person the rest of the sentence names, not in
// object position; nil when it names none, two, or an institution.
func (x *extractor) soleNamed(rest string) *speaker {
	toks := readAs(tokenize(rest), x.src.Lang)
	obj := quoteFirstData().objectCues
	var name []tok
	for i, run := range x.personRuns(toks) {
		if name != nil && strings.Join(tokWords(name), " ") != strings.Join(tokWords(run), " ") {
			return nil // two people: which spoke is for a verb to say
		}
		if i > 0 && (obj[lowerWord(toks[i-1])] || comitative[lowerWord(toks[i-1])] || quoteFirstData().mediaNouns[lowerWord(toks[i-1])]) {
			return nil // "criticised X", "told X": the words were about or to them
		}
		if strings.HasSuffix(run[len(run)-1].raw, "'s") || strings.HasSuffix(run[len(run)-1].raw, "’s") {
			return nil // "Trump's plan": the name qualifies a thing
		}
		name = run
	}
	if name == nil {
		return nil
	}
	return x.knownPerson(tokWords(name))
}

// knownPerson is the person of the document or the lexicon a name stands
// for, nil for a name nobody introduced: a capitalised run the reader has
// not met may as well be a place or an institution ("Beira Litoral").
func (x *extractor) knownPerson(words []string) *speaker {
	full := strings.Join(words, " ")
	if sp := x.people[full]; sp != nil {
		return sp
	}
	if c, ok := lowerIn2(x.short, full); ok {
		if sp := x.people[c]; sp != nil {
			return sp
		}
	}
	if _, ok := lowerIn2(x.lx.people, full); ok {
		return x.person(words, "")
	}
	return nil
}

// personRuns yields, for each run of capitalised name words in toks that
// names a person once its title words are set aside ("Senator Ann Fox"),
// the index where the run starts (title included) and the name's tokens:
// the walk the quotation readers share to find who a sentence names.
func (x *extractor) personRuns(toks []tok) iter.Seq2[int, []tok] {
	return func(yield func(int, []tok) bool) {
		for i := 0; i < len(toks); {
			j := capitalRunAt(toks, i)
			if j == i {
				i++
				continue
			}
			if run := toks[i+x.titleRun(toks[i:j]) : j]; len(run) > 0 && x.personRun(run) && !yield(i, run) {
				return
			}
			i = j
		}
	}
}
