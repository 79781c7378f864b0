// Quotations: where a quotation opens and closes, in the quotation marks
// of English and of other languages, and what is inside it.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonAnnounced is the speaker the sentence right before announced with a
// colon and nothing after it ("Rubio told reporters:", "Selenskyj schrieb
// auf Telegram:"), in this paragraph or the one before: a bare quotation
// after it is theirs. nil otherwise.
func (x *extractor) colonAnnounced(pos int) *speaker {
	if x.announced == nil || x.announcedAt != x.sentenceNo-1 || x.prevSentencePara < pos-1 || !strings.HasSuffix(strings.TrimSpace(x.prevSentence), ":") {
		return nil
	}
	return x.announced
}

// leadingQuote handles a sentence that opens with a quotation: “...,”
// Rubio said. / “...,” said Dmitry Peskov, the Kremlin spokesman. / a bare
// “...” continuing the last quoted speaker.
func (x *extractor) leadingQuote(s string, pos int) bool {
	open, n := utf8.DecodeRuneInString(s)
	closeAt := -1
	for i, r := range s[n:] {
		if closesQuote(open, r) {
			closeAt = n + i
			break
		}
	}
	if closeAt < 0 {
		// a quotation running on into the next paragraph, as a speaker's
		// long quotation is printed: it continues the last quoted speaker
		if x.joinRunOn(trimQuote(s[n:]), pos, true) {
			return true // the paragraph before left the same quotation open
		}
		if at, ok := x.continuedQuote(pos); ok {
			prev := x.out[at]
			x.out = append(x.out, Statement{Speaker: prev.Speaker, Role: prev.Role, Text: trimQuote(s[n:]), Direct: true, Position: pos})
			x.markLast()
			x.lastDirect, x.lastDirectPara = len(x.out)-1, pos
			x.markRunOn(len(x.out)-1, pos)
			return true
		}
		return false
	}
	quote := trimQuote(s[n:closeAt])
	_, cn := utf8.DecodeRuneInString(s[closeAt:])
	rest := strings.TrimSpace(s[closeAt+cn:])
	if sp := x.apposSpeaker(rest); sp != nil && quote != "" {
		x.emit(sp, quote, true, pos) // "«…», declaró su portavoz, el teniente coronel X" (apposspeaker.go)
		return true
	}
	if strings.HasPrefix(rest, "[") {
		// «Армія у 600 тисяч — це запрошення» [An army of 600,000 is an
		// invitation], X wrote: the publication's translation goes with it
		if end := strings.IndexByte(rest, ']'); end > 0 {
			quote += " [" + strings.TrimSpace(rest[1:end]) + "]"
			rest = strings.TrimSpace(rest[end+1:])
		}
	}
	rest = strings.TrimLeft(rest, ", -–—") // "», - сказал Песков", "“ – powiedział"
	if strings.Trim(rest, ".!? ") == "" {
		// a bare quotation: it continues the last quoted speaker nearby
		if x.joinRunOn(trimQuote(quote), pos, false) {
			return true // the end of a quotation left open the paragraph before
		}
		if sp := x.colonAnnounced(pos); sp != nil && quote != "" {
			x.emit(sp, quote, true, pos) // "Rubio told reporters:" then the quotation (quotes.go)
			return true
		}
		if at, ok := x.continuedQuote(pos); ok {
			// a separate statement, so each quotation is cited exactly
			prev := x.out[at]
			x.out = append(x.out, Statement{Speaker: prev.Speaker, Role: prev.Role, Text: trimQuote(quote), Direct: true, Position: pos})
			x.markLast()
			x.lastDirect, x.lastDirectPara = len(x.out)-1, pos
			return true
		}
		return false
	}
	x.toks = quoteContinuers(x.closeGaps(readAs(tokenizeInto(x.toks[:0], rest), x.src.Lang))) // the sentence's buffer: it is tokenized after this returns
	toks := x.toks
	if len(toks) == 0 {
		return false
	}
	agreePronouns(toks, x.lx) // "„…“, sagt sie." (pronoun_number.go)
	var sp *speaker
	vi := -1
	if d := x.docAttribution(toks); d != nil {
		x.emit(d, quote, true, pos) // "“…,” the leaders' statement said", "« … », indique la déclaration de Paris" (docspeech.go)
		x.lastDoc = d
		return true
	}
	if pron, ok := x.invertedPronoun(toks[0]); ok {
		// "« … », explique-t-elle.": the pronoun is joined to the verb
		vi = 0
		sp = x.classify([]tok{pron}, false)
	} else if x.lx.sayVerbs[toks[0].low] {
		vi = 0
		sp = x.subjectAfter(toks, 1)
	} else if len(toks) > 1 && x.lx.auxiliaries[toks[0].low] && x.lx.sayVerbs[toks[1].low] {
		// "», a déclaré le chancelier Friedrich Merz"
		vi = 1
		sp = x.subjectAfter(toks, 2)
	} else {
		for i := 1; i < len(toks) && i < 10; i++ {
			if x.lx.sayVerbs[toks[i].low] || x.lx.actVerbs[toks[i].low] {
				vi = i
				sp = x.subjectBefore(rest, toks, i)
				break
			}
		}
	}
	if sp == nil && vi >= 0 && vi+1 < len(toks) && x.lx.indefinites[toks[vi+1].low] {
		// "‹…›, sagte ein hoher Beamter, der nicht genannt werden wollte"
		end := vi + 1
		noun := false
		for end < len(toks) && end-vi < 8 {
			noun = noun || x.lx.isUnnamed(toks[end].low)
			if toks[end].trail != "" || end+1 < len(toks) && noun && (clauseOpener(toks[end+1]) || x.lx.anonymity[lowerWord(toks[end+1])]) {
				// (not "who spoke on condition of anonymity", "sous
				// couvert d'anonymat": how, not who)
				break
			}
			end++
		}
		if noun && end < len(toks) {
			sp = &speaker{name: unnamedSpeaker, role: cleanRole(rest[toks[vi+1].start : toks[end].start+len(toks[end].word)]), kind: kindGroup}
		}
	}
	if sp == nil && vi >= 0 && vi+1 < len(toks) && len(toks)-vi <= 4 && x.lx.isUnnamed(lowerWord(toks[vi+1])) {
		// "«…», — сообщил собеседник агентства.", "«…», — сказало
		// джерело.": the source just cited, else one the report does
		// not name
		if u := x.lastUnnamed; u != nil && x.recent(u, 2) {
			sp = u
		} else {
			last := toks[len(toks)-1]
			sp = &speaker{name: unnamedSpeaker, role: cleanRole(rest[toks[vi+1].start : last.start+len(last.word)]), kind: kindGroup}
		}
	}
	if sp == nil && vi >= 0 && !isCapital(toks[vi].word) && !(vi == len(toks)-1 || x.droppedTail(toks[vi+1:])) && resumedQuote(rest, toks, vi) {
		sp = x.resumedSpeaker(lowerWord(toks[vi])) // "«…», ha detto, «…»." (resumedquote.go)
	} else if sp == nil && vi >= 0 && !isCapital(toks[vi].word) && (vi == len(toks)-1 || x.droppedTail(toks[vi+1:])) {
		// "„…” – dodał.", "«…», añadió.", "«…», declaró a su llegada a
		// una reunión": the subject left out, an adverbial after the verb
		sp = x.droppedSubject(lowerWord(toks[vi]))
	}
	if sp == nil || outletNamed(sp.name) != "" {
		return false // (“…,” the Financial Times wrote: where, not who)
	}
	x.emit(sp, quote, true, pos)
	// “We are ready,” he said, “but not at any price.”: one quotation
	// interrupted by its attribution
	if vi+1 < len(toks) && strings.HasPrefix(toks[vi].trail, ",") || vi+2 < len(toks) && strings.HasPrefix(toks[vi+1].trail, ",") {
		if i := strings.IndexAny(rest, resumeQuoteMarks); i >= 0 {
			if q, ok := wholeQuote(rest[i:]); ok && len(x.out) > 0 {
				x.out[len(x.out)-1].Text += " " + q
				return true
			}
		}
	}
	// “...,” he said, adding that ... : the participle adds reported speech
	for i := vi + 1; i < len(toks)-1; i++ {
		if toks[i].low == "adding" || toks[i].low == "saying" || toks[i].low == "noting" || toks[i].low == "warning" {
			j := i + 1
			if toks[j].low == "that" {
				j++
			}
			if j < len(toks) {
				x.emit(sp, trimSentenceEnd(rest[toks[j].start:]), false, pos)
			}
			break
		}
		if x.participleThat(toks, i) {
			x.emit(sp, trimSentenceEnd(rest[toks[i].start:]), false, pos)
			break
		}
	}
	return true
}

// participleThat reports whether toks[i] opens a second speech clause of
// the quoted speaker in another language than the English words above:
// a speechParticiple right after a comma and then a that-word, after at
// most a comma ("«…», — сказал он, добавив, что …", "«…», ha dichiarato
// il vicepremier, aggiungendo che …"; stop 67, zfreshs2). The statement
// keeps the participle, as the gold sets quote it ("добавив, что работа
// будет продолжена"). The that-word is required: participles such as
// "calling" or "describing" take an object, not a clause, when none
// follows. A recalling participle ("ricordando che il punto 21 …")
// points to a fact, which the gold sets do not count as said.
func (x *extractor) participleThat(toks []tok, i int) bool {
	if x.noParticipleThat || i == 0 || !strings.HasPrefix(toks[i-1].trail, ",") || !x.lx.participles[toks[i].low] || x.lx.recallParts[toks[i].low] {
		return false
	}
	return i+2 < len(toks) && x.lx.thatWords[toks[i+1].low]
}

// leadingDash handles speech printed as dialogue, opened by a dash instead
// of quotation marks: "—Estamos preparados —dijo el ministro.", "— Мы
// готовы, — сказал Песков." The words up to the next dash were said; the
// attribution follows it.
func (x *extractor) leadingDash(s string, pos int) bool {
	_, n := utf8.DecodeRuneInString(s)
	body := s[n:]
	end := -1
	for _, d := range []string{" —", " –"} {
		if i := strings.Index(body, d); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return x.dashThenComma(body, pos)
	}
	quote := trimQuote(body[:end])
	rest := strings.TrimLeft(body[end:], " —–")
	if x.dashClosedAttribution(quote, rest, pos) {
		return true // "—No estamos ahí —dijo Zelenski—. La cuestión …"
	}
	rest, more := splitFirstSentence(rest) // "– … – mówił Donald Tusk. Jak dodał, …": the next sentences are read as sentences
	if quote == "" {
		return false
	}
	sp := x.dashTurnTo(quote, rest, 0, pos)
	if sp == nil {
		return false
	}
	for _, m := range sentences(more) {
		x.sentence(m, pos)
	}
	return true
}

// dashTurnGoesOn reads a sentence right after a dialogue turn opened by a
// dash, in the same paragraph, that has no attribution of its own: "—No
// estamos ahí —dijo Zelenski—. La cuestión sigue abierta.", "— Мы готовы,
// — сказал Песков. — Но не любой ценой." Dialogue prints the rest of the
// paragraph as the same speaker's words. It reports whether it read s.
func (x *extractor) dashTurnGoesOn(s string, pos int) bool {
	if x.dashTurn == nil || x.dashTurnPos != pos || x.dashTurnAt != x.sentenceNo-1 || x.hasSpeechCue(s) {
		return false
	}
	text := trimQuote(trimSentenceEnd(strings.TrimLeft(s, " —–")))
	if !strings.Contains(text, " ") {
		return false
	}
	x.emit(x.dashTurn, text, true, pos)
	x.dashTurnAt = x.sentenceNo
	return true
}

// maxDashAttributionWords bounds an attribution closed by a dash.
const maxDashAttributionWords = 10

// dashClosedAttribution reads dialogue whose attribution is closed by a
// second dash, as Spanish and Portuguese print it: "—No estamos ahí
// —dijo Zelenski—. La cuestión sigue abierta.", "—… —afirmó—, pero …".
// The words after the closing dash go on with the same speaker's turn, so
// both sides are the speaker's, as in an interrupted quotation. It
// reports whether it read the sentence so.
func (x *extractor) dashClosedAttribution(quote, rest string, pos int) bool {
	j, l := innerDash(rest, 0)
	if j <= 0 {
		j = strings.IndexAny(rest, "—–")
		l = 3
		if j <= 0 {
			return false
		}
	}
	attr := rest[:j]
	if quote == "" || containsAny(attr, ".!?\"«»“”") {
		return false
	}
	sp := x.dashTurnTo(quote, attr, maxDashAttributionWords, pos)
	if sp == nil {
		return false
	}
	if after := strings.TrimSpace(strings.TrimLeft(rest[j+l:], " ,.;")); after != "" {
		x.emit(sp, trimQuote(trimSentenceEnd(after)), true, pos)
	}
	return true
}

// maxTrailingAttribution is the most words an attribution closing a dashed
// paragraph after a comma may have: a verb and who spoke ("säger hon",
// "sa utrikesministern Maria Berg").
const maxTrailingAttribution = 6

// dashThenComma reads a paragraph of speech opened by a dash and never
// closed by one, as Nordic news prints quotations: the attribution
// follows the last comma of the paragraph ("– Det här är en karta ritad i
// Moskva, säger hon.", "– Wir sind bereit, sagte Müller."). The words up to
// that comma were said.
func (x *extractor) dashThenComma(body string, pos int) bool {
	t := strings.TrimSpace(body)
	i := strings.LastIndex(t, ", ")
	if i <= 0 || !strings.HasSuffix(t, ".") {
		return false
	}
	toks := x.closeGaps(readAs(tokenize(t[i+2:]), x.src.Lang))
	if len(toks) == 0 || len(toks) > maxTrailingAttribution || !x.lx.sayVerbs[lowerWord(toks[0])] || isCapital(toks[0].word) {
		if sp := x.dashTailSubjectFirst(t[i+2:]); sp != nil { // "– …, Ukrainan presidentti X sanoo videolla." (dashtail.go)
			x.emit(sp, trimQuote(t[:i]), true, pos)
			return true
		}
		return false
	}
	sp := x.speakerAfterVerb(toks)
	if sp == nil {
		return false
	}
	x.emit(sp, trimQuote(t[:i]), true, pos)
	return true
}

// speakerAfterVerb is who an attribution that opens with its verb of
// saying names ("mówił Donald Tusk", "säger hon"), or, for the verb
// alone, the subject it implies ("řekl", "powiedział"); nil for none.
func (x *extractor) speakerAfterVerb(toks []tok) *speaker {
	sp := x.subjectAfter(toks, 1)
	if sp == nil && len(toks) == 1 {
		sp = x.droppedSubject(lowerWord(toks[0]))
	}
	if sp == nil && len(toks) > 1 {
		// "— …, — сказал источник в делегации.", "– … – mówi rozmówca
		// z kręgów dyplomatycznych.": an unnamed source, with or without
		// an article (languages without articles name it bare)
		if sp = x.unnamedPhrase(toks[1:]); sp == nil && !isCapital(toks[1].word) && x.lx.isUnnamed(lowerWord(toks[1])) {
			sp = x.unnamedDescription(toks[1:])
		}
	}
	if sp == nil && len(toks) > 1 && x.addresseeTail(toks) {
		sp = x.droppedSubject(lowerWord(toks[0])) // "– … – powiedziała naszej gazecie." (addresseetail.go)
	}
	if sp != nil && outletNamed(sp.name) != "" {
		return nil // "– … – írta a Financial Times": where the words were printed, not who said them
	}
	return sp
}

// trimQuote drops the comma or period a quotation ends with in running text
// ("“We made progress,” he said"), keeping ? and !.
func trimQuote(q string) string {
	return strings.TrimRight(strings.TrimSpace(q), ",.;: ")
}

// wholeQuote returns the inside of s when s is one quotation (plus final
// punctuation).
func wholeQuote(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !isOpenQuote(r) {
		return "", false
	}
	t := strings.TrimRight(s, ".!? ")
	last, ln := utf8.DecodeLastRuneInString(t)
	if !closesQuote(r, last) || len(t)-ln <= n {
		return "", false
	}
	inner := t[n : len(t)-ln]
	if containsAny(inner, "“”\"") {
		return "", false
	}
	return trimQuote(inner), true
}

func trimSentenceEnd(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".;: ")
	return s
}

// closesQuote reports whether r closes a quotation opened with open: “…”,
// «…», „…“ (German) or „…” (Polish), ‹…›, "…".
func closesQuote(open, r rune) bool {
	switch open {
	case '“':
		return r == '”'
	case '«':
		return r == '»'
	case '„':
		return r == '“' || r == '”' || r == '"' // „…" as a keyboard types it: the straight mark closes the low one
	case '‹':
		return r == '›'
	case '"':
		return r == '"'
	}
	return false
}

// droppedTail reports whether the words after a subject-less speech verb
// are only an adverbial of time or place ("a su llegada a una reunión",
// "in seiner Videobotschaft", "po spotkaniu"), not a name.
func (x *extractor) droppedTail(ts []tok) bool {
	if len(ts) > 0 && x.lx.addressees[lowerWord(ts[0])] {
		// "„…“ řekl novinářům v textové konverzaci.", "– powiedział
		// dziennikarzom.": whom the words were given to, then the adverbial
		if ts = ts[1:]; len(ts) == 0 {
			return true
		}
	}
	if len(ts) > 1 && x.addresseeAfterVerb(ts[0]) && len(ts) <= 5 {
		// "«…», ha dichiarato a Cronaca Lagunare.", "«…», dijo a Radio
		// Centro.": to whom, the subject left out (addresseeprep.go)
		return true
	}
	if len(ts) > 1 && x.lx.participles[lowerWord(ts[0])] {
		// "«…», ha detto, ricordando che …", "«…», dijo, recordando que
		// …": the subject's own participle clause goes on after the verb
		return true
	}
	if len(ts) == 0 || len(ts) > 10 {
		return false
	}
	if gapOpener(ts[0]) && !x.lx.thatWords[lowerWord(ts[0])] && (len(ts) <= 3 || !anyCapital(ts)) {
		// the time, place and manner words of data/morphology.json; a
		// short place phrase may name the place ("v Ženevě", "w Genewie")
		return true
	}
	if anyCapital(ts) {
		return false
	}
	switch lowerWord(ts[0]) {
	case "a", "en", "in", "on", "at", "after", "during", "à", "au", "après", "lors", "nach", "bei", "im", "am", "nel", "al", "dopo", "durante", "po", "w", "we", "podczas", "после", "в", "во", "на", "після", "під":
		return true
	}
	return false
}

// invertedPronoun splits a French speech verb inverted with its subject
// pronoun ("explique-t-elle", "souligne-t-il", "estiment-ils") and returns
// the pronoun as a token, as classify reads it.
func (x *extractor) invertedPronoun(t tok) (tok, bool) {
	w := lowerWord(t)
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return tok{}, false
	}
	verb, pron := w[:i], strings.TrimPrefix(w[i+1:], "t-")
	switch pron {
	case "il", "elle":
	case "ils", "elles":
		pron = "they"
	default:
		return tok{}, false
	}
	if !x.lx.sayVerbs[verb] && !x.lx.actVerbs[verb] {
		return tok{}, false
	}
	return tok{raw: pron, word: pron, low: pron}, true
}

// predicateQuote handles a quotation after a colon that closes a sentence
// about the speaker: "El viceprimer ministro polaco, Krzysztof Gawlicki,
// fue más tajante: «…»", "Senator Ann Reyes was blunter: “…”". The words
// before the colon are the speaker (a name, a title and a name set off by
// commas) and a short predicate of no more than five lower-case words;
// only a person is taken, so "The message was clear: “…”" is no one's.
func (x *extractor) predicateQuote(s string, pos int) bool {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 200 {
		return false
	}
	after := strings.TrimSpace(s[i+2:])
	q, direct := wholeQuote(after)
	if !direct {
		if r, _ := utf8.DecodeRuneInString(after); !unicode.IsLower(r) {
			return false // (a view phrase opens in lower case after the colon)
		}
	}
	pre := s[:i]
	var sp *speaker
	pred := pre
	inverted := false
	if c := strings.LastIndex(pre, ", "); c > 0 && !strings.Contains(pre[:c], ", ") && x.roleLike(strings.Fields(pre[c+2:])) {
		inverted = true
		// "Più cauto Stefano Oddone, ex ambasciatore a Varsavia: …",
		// "Más duro fue Álvaro Sendín, exembajador en Kiev: …": the
		// predicate first, then the name and its title
		toks := tokenize(pre[:c])
		n := len(toks)
		for n > 0 && len(toks)-n < 3 && isCapital(toks[n-1].word) {
			n--
		}
		if n == 0 || len(toks)-n < 2 || n > 4 {
			return false
		}
		pred = strings.Join(tokWords(toks[:n]), " ")
		if sp = x.classify(toks[n:], false); sp != nil && sp.kind == kindPerson && sp.role == "" {
			sp.role = cleanRole(pre[c+2:])
			x.people[sp.name] = sp
		}
	} else if c := strings.LastIndex(pre, ", "); c > 0 {
		pred = pre[c+2:]
		sp = x.appositive(pre[:c+1])
	} else {
		toks := tokenize(pre)
		n := 0
		for n < len(toks) && n < 6 && isCapital(toks[n].word) {
			n++
		}
		if n < 2 || n == len(toks) {
			return false
		}
		pred = pre[toks[n].start:]
		sp = x.classify(toks[:n], true)
	}
	words := strings.Fields(pred)
	if inverted && len(words) > 0 {
		words = words[1:] // (the predicate opens the sentence with its capital)
	}
	if sp == nil || sp.kind != kindPerson || len(words) > 5 || !inverted && len(words) == 0 || anyCapitalWord(words) {
		return false
	}
	for _, w := range words {
		if lowerIn(x.lx.sayVerbs, w) {
			return false // "X said:" is read as a speech verb
		}
	}
	if !direct {
		// "Più cauto Stefano Oddone, ex ambasciatore a Varsavia: a suo
		// giudizio il testo va letto come «…»": a view after the colon
		if q = x.afterView(after); q == "" && !x.noColonClause && x.namedPerson(sp) && nameOpens(pre) && !x.opensAccording(after) {
			q = colonClause(after)
		}
		if q == "" {
			return false
		}
	}
	x.emit(sp, q, direct, pos)
	return true
}

// colonClause is the clause after a colon that closes a sentence about a
// person, given in the reporter's words rather than quoted ("L'économiste
// X, de l'Observatoire de Lyon, tempère : le cadre ne dit rien du partage
// des contrats", "Экономист X обратил внимание на пункт 18: выборы …
// должны пройти …"): what the person said, as a quotation after the colon
// would be. It asks for four words at least, one sentence, no list (no
// semicolon, no clause that opens with a number or a dash) and no
// bracketed note, and gives "" otherwise. predicateQuote reads it only
// after a named person (two words) whose name opens the sentence
// (nameOpens).
func colonClause(s string) string {
	s = trimSentenceEnd(strings.TrimSpace(s))
	if len(strings.Fields(s)) < 4 || strings.ContainsAny(s, ";•()") || strings.Contains(s, ". ") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) || r == '-' || r == '–' || r == '—' {
		return ""
	}
	return s
}

// colonNameArticles are the definite articles (grammar.json outletArticles)
// that open a plural or a title read as a name ("Les Européens"), never a
// person's name.
var colonNameArticles = set(grammarWords["outletArticles"])

// namedPerson reports whether sp is one person named in two words or
// more, not a people's plural read as a name ("Les Européens
// l'avaient réécrit : …"), for colonClause.
func (x *extractor) namedPerson(sp *speaker) bool {
	f := strings.Fields(sp.name)
	if len(f) < 2 || len(sp.members) > 0 || sp.compound || colonNameArticles[lowerString(f[0])] {
		return false
	}
	for _, w := range f {
		l := lowerString(w)
		if demonymLike(l, x.src.Lang) || demonymLike(strings.TrimSuffix(l, "s"), x.src.Lang) || x.lx.groupNouns[l] || x.lx.bodyWords[l] {
			return false
		}
	}
	return true
}

// opensAccording reports whether s opens with an according word of one
// or two words ("selon Rome, …", "по словам …"): a clause that names its
// own source ("Giorgia Meloni ne change pas de ligne : selon Rome, …").
func (x *extractor) opensAccording(s string) bool {
	f := strings.Fields(lowerString(s))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",")
	return x.lx.according[w] || len(f) > 1 && x.lx.according[w+" "+strings.Trim(f[1], ",")]
}

// nameOpens reports whether the words before a colon name someone near
// their start: a capitalised word other than the first comes within the
// first four words ("Поздно вечером Юрий Ушаков, …", "L'économiste Nadia
// X, …"), so the sentence is about the person, not an event they figure
// in ("La única derrota del maestro llegó en el tablero 17, ante Sergio
// Manrique, de 14 años, con una defensa siciliana: …").
func nameOpens(pre string) bool {
	for i, w := range strings.Fields(pre) {
		if i > 3 {
			return false
		}
		if i > 0 && isCapital(w) {
			return true
		}
	}
	return false
}

// afterView returns what follows a view phrase opening s ("a suo
// giudizio …", "in his view, …", "по его мнению, …"), or "".
func (x *extractor) afterView(s string) string {
	low := lowerString(s)
	for p := range x.lx.views {
		if strings.HasPrefix(low, p) && len(s) > len(p)+1 && (s[len(p)] == ' ' || s[len(p)] == ',') {
			return trimSentenceEnd(strings.TrimLeft(s[len(p):], ", "))
		}
	}
	return ""
}

// dashTurnTo reads attr as a dialogue attribution opening with its speech
// verb ("dijo Rubio", "— сказал Песков"), of at most maxWords words when
// that is above 0, and emits quote as the speaker's, who holds the dialogue's
// turn after it. It returns the speaker, or nil when attr is none.
func (x *extractor) dashTurnTo(quote, attr string, maxWords, pos int) *speaker {
	toks := x.closeGaps(readAs(tokenize(attr), x.src.Lang))
	if len(toks) == 0 || maxWords > 0 && len(toks) > maxWords || !x.lx.sayVerbs[lowerWord(toks[0])] {
		return nil
	}
	sp := x.speakerAfterVerb(toks)
	if sp == nil {
		return nil
	}
	x.emit(sp, quote, true, pos)
	x.dashTurn, x.dashTurnAt, x.dashTurnPos = sp, x.sentenceNo, pos
	return sp
}
