package corpus

// Text whose author is the speaker: an op-ed under a byline, a letter or a
// written answer signed at its end, a post signed "NAME, ROLE", the full
// text of an address an intro line attributes ("President X recorded the
// following address"). No sentence of it says who speaks: the author's
// own first-person paragraphs are their statements. The cues are data
// (data/authortext.json), so a new language is a list entry.

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

//go:embed data/authortext.json
var authorTextJSON []byte

// authorLex is data/authortext.json read once.
type authorLex struct {
	closings    []string                   // "z poważaniem": a letter's closing before its signature
	closingLen  int                        // the longest closing in bytes, for opensOnClosing
	bylines     map[string]bool            // "by", "von": a byline's first word
	following   []string                   // "the following": an intro over the text it presents
	textNouns   map[string]bool            // "address", "допис": what an intro presents
	firstPerson map[string]map[string]bool // language -> "i", "wir", "мы": the author's own voice
	minWords    int                        // shortest paragraph read as a statement ("Glory to Ukraine." is not)
	newsroom    []string                   // "correspondent", "redaktor": a reporter's title, whose byline is no author's voice
	possessives map[string]bool            // "ihre", "your": a signature of an office, not a name
	subjects    map[string]map[string]bool // language -> "i", "we", "я": the first person as a subject
}

var authorData = sync.OnceValue(func() authorLex {
	var d struct {
		Closings    []string            `json:"closings"`
		Bylines     []string            `json:"bylines"`
		Following   []string            `json:"following"`
		TextNouns   []string            `json:"textNouns"`
		FirstPerson map[string][]string `json:"firstPerson"`
		MinWords    int                 `json:"minWords"`
		Newsroom    []string            `json:"newsroom"`
		Possessives []string            `json:"possessives"`
		Subjects    map[string][]string `json:"subjects"`
	}
	mustDecodeJSON("data/authortext.json", authorTextJSON, &d)
	lx := authorLex{closings: d.Closings, closingLen: longestOf(d.Closings), following: d.Following, minWords: d.MinWords,
		bylines: setOf(d.Bylines), newsroom: d.Newsroom, possessives: setOf(d.Possessives), textNouns: setOf(d.TextNouns), firstPerson: map[string]map[string]bool{}}
	for lang, ws := range d.FirstPerson {
		lx.firstPerson[lang] = setOf(ws)
	}
	lx.subjects = map[string]map[string]bool{}
	for lang, ws := range d.Subjects {
		lx.subjects[lang] = setOf(ws)
	}
	return lx
})

// setOf is a set of the words ws.
func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// authorSpan is a run of paragraphs, ps[from:to], written by sp.
type authorSpan struct {
	from, to int
	sp       *speaker
	letter   bool // signed under a closing formula: the whole letter is the author's voice
	above    bool // a letter signed above its text ("Answered … by", presentedtext.go): no salutation to look for
	signed   bool // closed by an italic signature (italicSignature): a reader's letter, kept without a title
}

// authorTexts emits the own paragraphs of every authored span of the
// document as its author's statements. It runs after the other readers:
// a paragraph's sentences that gave someone else's statement ("As the
// chancellor said, …") are not the author's.
func (x *extractor) authorTexts(ps []paragraph) {
	spans := x.authorSpans(ps)
	for _, span := range spans {
		if span.letter && !span.above {
			span.from = afterSalutation(ps, span.from, span.to)
		}
		for i := span.from; i < span.to; i++ {
			if ps[i].kind != paraText || editorial(ps[i].text) {
				continue
			}
			if text, ok := x.ownText(ps[i], span.letter); ok {
				x.pos = ps[i].index
				if x.authored == nil {
					x.authored = map[int]bool{}
				}
				x.authored[len(x.out)] = !span.signed // a reader signing their letter needs no title to be its author
				x.out = append(x.out, Statement{Speaker: span.sp.name, Role: span.sp.role, Text: text, Direct: true, Position: ps[i].index})
				x.markLast()
			}
		}
	}
}

// ownText is what of p the author says in their own voice: its sentences
// that gave no other statement, joined (an elision marked), when they are
// long enough and speak in the first person. A letter's paragraph need
// not (a written answer speaks as "the ministry"), but one a provision was
// read from, or one that only opens a list, is the plan's text.
func (x *extractor) ownText(p paragraph, letter bool) (string, bool) {
	lx := authorData()
	fp := lx.firstPerson[x.src.Lang]
	if fp == nil {
		return "", false
	}
	var taken []string
	for _, st := range x.out {
		if st.Position == p.index {
			taken = append(taken, st.Text)
		}
	}
	var b strings.Builder
	gap, first, words := false, false, 0
	for _, s := range sentences(stripThreadNumber(stripLeadSymbols(p.text))) {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if sentenceTaken(s, taken) {
			gap = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if gap {
				b.WriteString(" … ")
			} else {
				b.WriteByte(' ')
			}
		}
		gap = false
		b.WriteString(s)
		for w := range strings.FieldsSeq(s) {
			words++
			if firstPersonWord(w, fp) {
				first = true
			}
		}
	}
	text := b.String()
	if letter && !p.point && !strings.HasSuffix(text, ":") {
		first = true
	}
	if p.point && first && !hasSubject(text, lx.subjects[x.src.Lang]) {
		first = false // "It asks us to cap our army …": the plan's terms, in the author's words
	}
	if !first || words < lx.minWords {
		return "", false
	}
	return text, true
}

// sentenceTaken reports whether another statement was read from s: s
// holds the opening or the end of one ("Тепер «досягнуто …»" keeps both
// ends of the quotation its sentence gave).
func sentenceTaken(s string, taken []string) bool {
	for _, t := range taken {
		if strings.Contains(t, s) {
			return true
		}
		for _, probe := range []string{runePrefix(t, 30), runeSuffix(t, 30)} {
			if len(probe) >= 12 && strings.Contains(s, probe) {
				return true
			}
		}
	}
	return false
}

// runePrefix is at most n bytes of s from its start, cut at a rune.
func runePrefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// runeSuffix is at most n bytes of s from its end, cut at a rune and
// without the sentence's closing punctuation.
func runeSuffix(s string, n int) string {
	s = strings.TrimRight(s, ".!?…» \"”")
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// firstPersonWord reports whether the word w is one of fp, the first
// person of the document's language ("j'ai" by its elided pronoun).
func firstPersonWord(w string, fp map[string]bool) bool {
	l := lowerString(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }))
	l = strings.Trim(l, "'’")
	if fp[l] {
		return true
	}
	if i := strings.IndexAny(l, "'’"); i > 0 {
		return fp[l[:i]+"'"]
	}
	return false
}

// authorSpans finds the document's authored spans: a letter or post
// signed at its end, and a text under a byline or an intro line that
// names its author.
func (x *extractor) authorSpans(ps []paragraph) []authorSpan {
	var spans []authorSpan
	start := 0 // where the current section began: after a rule or a signature
	letters := x.italicLetters(ps)
	for i := 0; i < len(ps); i++ {
		if ruleLine(ps[i].text) {
			start = i + 1
			continue
		}
		if span, next, ok := x.presentedSpan(ps, i); ok {
			spans = append(spans, span) // "Begin text:", "We, the leaders of …" (presentedtext.go)
			i, start = next, next+1
			continue
		}
		if sp, ok := x.answeredAuthor(ps[i]); ok {
			end := sectionEnd(ps, i+1) // "Answered … by Baroness X, Minister of State" (presentedtext.go)
			spans = append(spans, authorSpan{from: i + 1, to: end, sp: sp, letter: true, above: true})
			i, start = end-1, end
			continue
		}
		if i-start < 4 {
			if sp, ok := x.bylineAuthor(ps[i], ps); ok {
				end := sectionEnd(ps, i+1)
				spans = append(spans, authorSpan{from: i + 1, to: end, sp: sp})
				i, start = end-1, end
				continue
			}
		}
		if sp, at, letter, ok := x.signature(ps, i); ok {
			spans = append(spans, authorSpan{from: start, to: i, sp: sp, letter: letter})
			i = at
			start = at + 1
			continue
		}
		if !letters {
			continue
		}
		if sp, ok := x.italicSignature(ps, i, start); ok {
			spans = append(spans, authorSpan{from: start, to: i, sp: sp, signed: true})
			start = i + 1
		}
	}
	return spans
}

// italicLetters reports whether ps is a letters page: two italic
// signatures or more close its sections. One italic name under a story's
// last paragraph is as likely a photo credit or a byline set below the
// text, and the reporter's "we" is no reader's.
func (x *extractor) italicLetters(ps []paragraph) bool {
	if x.noItalicSigned {
		return false
	}
	n := 0
	for i := 1; i < len(ps); i++ {
		if _, ok := x.italicSignature(ps, i, -1); ok {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// italicSignature reads ps[i] as the italic signature that closes a
// reader's letter or a signed post among several in one page: "*Bernard
// Colonna-Feuillet, Autun*", "*Борис Шеломов-Ринк*", a name alone or a
// name and a place, under the letter's text and over the next letter's
// title, an editor's note in italics, a rule or the end. A letters page signs each letter so, with no
// rule between them, and the writer is a private reader whom no title
// names (signature wants both). A second name after the comma is a
// second signatory of a group's text ("*Claire Moreau-Lutz, Karim
// Oudjani*"), not a place: no one author.
func (x *extractor) italicSignature(ps []paragraph, i, start int) (*speaker, bool) {
	if x.noItalicSigned || i <= start || ps[i].kind != paraText && ps[i].kind != paraHeading || ps[i-1].kind != paraText || editorial(ps[i-1].text) {
		return nil, false
	}
	t := strings.TrimSpace(ps[i].text)
	if !singleItalic(t) {
		return nil, false
	}
	if i+1 < len(ps) && !ruleLine(ps[i+1].text) && ps[i+1].kind != paraHeading && ps[i+1].kind != paraTags && !letterTitle(ps[i+1]) && !editorial(ps[i+1].text) {
		return nil, false
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	if x.saysSomething(inner) {
		return nil, false
	}
	if sp := x.signedName(inner); sp != nil {
		return sp, true
	}
	name, place, _ := strings.Cut(inner, ", ")
	if place != "" {
		if len(strings.Fields(place)) > 4 {
			return nil, false
		}
		if c := x.classify(tokenize(place), false); c != nil && c.kind == kindPerson {
			return nil, false
		}
	}
	if sp := x.signedName(name); sp != nil {
		return sp, true
	}
	return nil, false
}

// letterTitle reports whether p reads as the title over a letter: a
// heading, or a short line that ends in no sentence mark ("Mar-a-Lago,
// et après ?" lost its bold and, with its question mark, is no heading).
func letterTitle(p paragraph) bool {
	if p.kind == paraHeading {
		return true
	}
	t := strings.TrimSpace(p.text)
	if p.kind != paraText || t == "" || len(strings.Fields(t)) > 12 {
		return false
	}
	switch t[len(t)-1] {
	case '.', ':', ',', ';':
		return false
	}
	return true
}

// singleItalic reports whether t is wholly in single-mark italics, "*…*"
// or "_…_", not bold: a signature's markup, where a bold line is a title.
func singleItalic(t string) bool {
	n := len(t)
	if n < 5 {
		return false
	}
	c := t[0]
	return (c == '*' || c == '_') && t[n-1] == c && t[1] != c && t[n-2] != c
}

// ruleLine reports whether t is a horizontal rule between sections.
// It is three or more of one of "-", "*", "_", spaces between them
// allowed. Every paragraph is asked, so it is read in place rather than
// from a copy without its spaces.
func ruleLine(t string) bool {
	t = strings.TrimSpace(t)
	var c byte
	n := 0
	for i := 0; i < len(t); i++ {
		b := t[i]
		if b == ' ' {
			continue
		}
		if b != '-' && b != '*' && b != '_' || n > 0 && b != c {
			return false
		}
		c = b
		n++
	}
	return n >= 3
}

// sectionEnd is the index of the first rule at or after i, or len(ps).
func sectionEnd(ps []paragraph, i int) int {
	for ; i < len(ps); i++ {
		if ruleLine(ps[i].text) {
			return i
		}
	}
	return len(ps)
}

// bylineAuthor reads p as a byline ("By Jane Doe, foreign minister of
// X", "Автор: …") or an intro line that names the author of the text
// below it ("President X recorded the following address", "This one is by
// Jane Doe, a security analyst"). A byline of a name alone is an author's
// when a footer among ps says who the author is (authorfooter.go).
func (x *extractor) bylineAuthor(p paragraph, ps []paragraph) (*speaker, bool) {
	lx := authorData()
	t := strings.Trim(strings.TrimSpace(p.text), "*_")
	// lowerString: a token's low is lower-cased in ASCII only, and bylines
	// open with "Írta:" and "Автор:" too
	if first := lowerString(firstTokLow(t)); !lx.bylines[first] && !lx.bylines[strings.TrimRight(first, ":")] && !holdsTextNoun(t) {
		return nil, false // (nearly every paragraph: neither a byline nor a text noun, found before it is tokenized)
	}
	byline := false
	if first, ok := firstToken(t); ok {
		b := lowerWord(first)
		byline = lx.bylines[b] || lx.bylines[strings.TrimRight(b, ":")]
	}
	if byline {
		// namedAt reads at most the three words of a name after the
		// byline word and the word after them: the line's first words
		// are tokenized, not the whole of a paragraph that opens "Von",
		// "Di" or "Por"
		head, _ := wordsHead(t, bylineReach)
		var buf [bylineReach]tok
		toks := tokenizeInto(buf[:0], head)
		if len(toks) < 2 {
			return nil, false
		}
		// "By Jane Doe, foreign minister of X": a reporter's byline is no
		// author's voice (their "we" is the paper's), so a title is
		// needed, and not a newsroom's
		sp := x.namedAt(t, toks, 1)
		if sp != nil && sp.role == "" {
			if role := x.footerRole(sp); role != "" {
				// "By Jane Doe" over "*Jane Doe is a member of …*" (authorfooter.go)
				sp = &speaker{name: sp.name, role: role, kind: kindPerson, gender: sp.gender}
			}
		}
		if sp != nil && sp.role != "" && !x.newsroomRole(sp.role) {
			return sp, true
		}
		return nil, false
	}
	// one pass over the words before any token is built: whether one is a
	// text noun, how many there are, and whether a byline word ("by",
	// tok.low: lower-cased in ASCII) after the first is followed by a
	// capitalised word, as the loop below asks
	var buf [64]byte // each word lower-cased here for the look-ups: no copy per word
	noun, inner, prev, n := false, false, "", 0
	anyWord(t, func(w string) bool {
		if !noun {
			noun = lx.textNouns[string(appendLower(buf[:0], w))]
		}
		// the word before a capitalised one is looked up, not every word
		if !inner && n > 1 && isCapital(w) && lx.bylines[string(appendLowerASCII(buf[:0], prev))] {
			inner = true
		}
		prev = w
		n++
		return false
	})
	if !noun || n < 2 {
		return nil, false // (most paragraphs: no text noun, found before the paragraph is tokenized)
	}
	presents := hasFollowing(lowerString(t))
	if inner {
		if cap(x.bylineBuf) < len(t)/6+1 {
			x.bylineBuf = make([]tok, 0, len(t)/6+1) // tokenize's room: a buffer grown by appends costs more than the copies it saves
		}
		toks := tokenizeInto(x.bylineBuf[:0], t) // the buffer is kept: namedAt's speaker holds the tokens' strings, not the slice
		x.bylineBuf = toks
		for k := 1; k < len(toks)-1; k++ {
			if lx.bylines[toks[k].low] && isCapital(toks[k+1].word) {
				if sp := x.namedAt(t, toks, k+1); sp != nil && !x.newsroomRole(sp.role) {
					return sp, true // "This one is by Jane Doe, a security analyst"
				}
			}
		}
	}
	if presents {
		for _, s := range sentences(t) {
			if sp := x.personNamedIn(s); sp != nil {
				return x.titledIn(s, sp), true // "President X recorded the following video address"
			}
		}
	}
	return nil, false
}

// bylineReach is how many first words of a byline namedAt can read: the
// byline word, a name of up to three words, the word after it, and one
// more so that "a word after the name" is answered as in the whole line.
const bylineReach = 6

// textNounSet is authorLex's text nouns as a lookSet, for holdsTextNoun.
var textNounSet = sync.OnceValue(func() *lookSet {
	var ws []string
	for w := range authorData().textNouns {
		ws = append(ws, w)
	}
	sort.Strings(ws) // the map's order changes from run to run; the set's answer does not, but keep it fixed
	return newLookSet(ws)
})

// holdsTextNoun reports whether the lower case of t holds one of the text
// nouns anywhere: a word of t lower-cased is a part of t lower-cased, so
// a paragraph without one has no word that is one.
func holdsTextNoun(t string) bool {
	var buf [512]byte // most paragraphs read here are short: lower-cased on the stack
	b := appendLower(buf[:0], t)
	return textNounSet().in(unsafe.String(unsafe.SliceData(b), len(b)))
}

// followingSet is authorLex's following phrases as a lookSet: a paragraph
// holding none of them anywhere (nearly all) needs no wordIndex each.
var followingSet = sync.OnceValue(func() *lookSet { return newLookSet(authorData().following) })

// hasFollowing reports whether one of the following phrases stands in low
// as whole words.
func hasFollowing(low string) bool {
	if !followingSet().in(low) {
		return false
	}
	for _, f := range authorData().following {
		if wordIndex(low, f) >= 0 {
			return true
		}
	}
	return false
}

// namedAt reads the person named from toks[k]: two or three capitalised
// words, with the apposition after a comma as their role ("Jane Doe,
// foreign minister of X").
func (x *extractor) namedAt(t string, toks []tok, k int) *speaker {
	n := 0
	for k+n < len(toks) && n < 3 && isCapital(toks[k+n].word) && !x.lx.isRole(lowerWord(toks[k+n])) {
		n++
		if toks[k+n-1].trail != "" {
			break
		}
	}
	if n < 2 {
		return nil
	}
	sp := x.classify(toks[k:k+n], false)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if last := toks[k+n-1]; sp.role == "" && strings.HasPrefix(last.trail, ",") && k+n < len(toks) {
		rest := t[toks[k+n].start:]
		if cut := strings.IndexAny(rest, ",.;("); cut >= 0 {
			rest = rest[:cut]
		}
		if role := cleanRole(rest); role != "" && len(strings.Fields(role)) <= 10 {
			sp = &speaker{name: sp.name, role: role, kind: kindPerson, gender: sp.gender}
		}
	}
	return sp
}

// signature reads ps[i] as the signature that ends a letter or a post:
// a closing formula with the name on its line or the next ("Z
// poważaniem," then "Ryszard Wolański"), or a last line "NAME, ROLE, …"
// before a rule, a line of tags or the end. at is the signature's last
// paragraph.
func (x *extractor) signature(ps []paragraph, i int) (sp *speaker, at int, letter, ok bool) {
	lx := authorData()
	t := strings.TrimSpace(ps[i].text)
	var low string
	if opensOnClosing(lx, strings.TrimRight(t, ",.!")) {
		low = lowerString(strings.TrimRight(t, ",.!"))
	}
	for _, c := range lx.closings {
		rest, found := strings.CutPrefix(low, c)
		if !found {
			continue
		}
		rest = strings.TrimLeft(rest, ",.! \n")
		if rest != "" {
			if sp := x.signedName(strings.TrimLeft(t[min(len(c), len(t)):], ",.! \n")); sp != nil {
				return sp, i, true, true
			}
			return nil, 0, false, false
		}
		if i+1 < len(ps) {
			if sp := x.signedName(ps[i+1].text); sp != nil {
				return sp, i + 1, true, true
			}
		}
		return nil, 0, false, false
	}
	if ps[i].kind != paraText && ps[i].kind != paraHeading || !endOfSection(ps, i+1) {
		return nil, 0, false, false
	}
	if !strings.Contains(t, ", ") || strings.HasSuffix(t, ".") || x.saysSomething(t) {
		return nil, 0, false, false // "X, envoy, wrote that …": a sentence ending the story
	}
	if sp := x.signedName(t); sp != nil && sp.role != "" {
		return sp, i, false, true
	}
	return nil, 0, false, false
}

// opensOnClosing reports whether lowerString(t) opens with one of
// lx's closings, lower-casing only as much of t as the longest closing
// needs (lowerHead): signature asks it of every paragraph, and lower-cased
// each whole.
func opensOnClosing(lx authorLex, t string) bool {
	var buf [128]byte
	low := lowerHead(buf[:], t, lx.closingLen)
	for _, c := range lx.closings {
		if strings.HasPrefix(low, c) {
			return true
		}
	}
	return false
}

// endOfSection reports whether nothing but tags follows before a rule
// or the end from ps[i].
func endOfSection(ps []paragraph, i int) bool {
	for ; i < len(ps); i++ {
		if ruleLine(ps[i].text) {
			return true
		}
		if ps[i].kind != paraTags && !strings.HasPrefix(strings.TrimSpace(ps[i].text), "#") {
			return false
		}
	}
	return true
}

// signedName reads a signature line: "Olena Petrenko" or "Olena
// Petrenko, member of parliament, …" (the first title after the name is
// the role).
func (x *extractor) signedName(t string) *speaker {
	t = strings.Trim(strings.TrimSpace(t), "*_—–- ")
	t = strings.TrimSuffix(t, ".")
	if t == "" || containsAny(t, ".:;\"“”«»?!()") || len(strings.Fields(t)) > 16 {
		return nil // a sentence, not a signature
	}
	name, role, _ := strings.Cut(t, ", ")
	placed := false // "NAME, ROLE, PLACE": the middle part is the role, known title or not
	if r, _, ok := strings.Cut(role, ", "); ok {
		role, placed = r, len(strings.Fields(r)) <= 5
	}
	nt := tokenize(name)
	if len(nt) < 2 || len(nt) > 3 {
		return nil
	}
	for _, tk := range nt {
		if !isCapital(tk.word) || x.lx.isRole(lowerWord(tk)) {
			return nil
		}
	}
	sp := x.classify(nt, false)
	if sp == nil || sp.kind != kindPerson || x.newsroomRole(role) || lowerIn(authorData().possessives, nt[0].word) {
		return nil // "Ihre Geschäftsführung": no name
	}
	if role != "" && sp.role == "" {
		if !placed && !x.roleLike(strings.Fields(role)) {
			return nil // "Ivan Petrenko, Kharkiv": a place, not a title
		}
		sp = &speaker{name: sp.name, role: cleanRole(role), kind: kindPerson, gender: sp.gender}
	}
	return sp
}

// titledIn gives sp, named in s, the title written before their name
// there ("President Volodymyr Zelensky") when they have none.
func (x *extractor) titledIn(s string, sp *speaker) *speaker {
	if sp.role != "" {
		return sp
	}
	toks := tokenize(s)
	for k := 1; k < len(toks); k++ {
		if toks[k-1].trail == "" && x.lx.isRole(lowerWord(toks[k-1])) && isCapital(toks[k].word) && strings.Contains(sp.name, toks[k].word) {
			return &speaker{name: sp.name, role: toks[k-1].word, kind: sp.kind, gender: sp.gender}
		}
	}
	return sp
}

// afterSalutation is where a letter's body begins in ps[from:to]: after
// its salutation ("Dear Minister,", "Szanowny Panie Pośle!"), a short
// paragraph ending in a comma or an exclamation mark, the last one before
// the signature (a petition and its answer: the answer's); else after the
// last heading, which titles the letter; else from.
func afterSalutation(ps []paragraph, from, to int) int {
	heading := from
	for i := to - 1; i >= from; i-- {
		t := strings.TrimSpace(ps[i].text)
		if ps[i].kind == paraText && len(strings.Fields(t)) <= 6 && (strings.HasSuffix(t, ",") || strings.HasSuffix(t, "!")) {
			return i + 1
		}
		if ps[i].kind == paraHeading && heading == from {
			heading = i + 1
		}
	}
	return heading
}

// editorial reports whether a paragraph is all in italics: a publisher's
// note over or under the text ("*Reprinted with permission.*"), not its
// author's words.
func editorial(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 2 && (t[0] == '*' && t[len(t)-1] == '*' || t[0] == '_' && t[len(t)-1] == '_')
}

// newsroomRole reports whether role is a reporter's or an editor's title
// ("Europe correspondent", "envoyée spéciale", "6 min read").
func (x *extractor) newsroomRole(role string) bool {
	low := lowerString(role)
	for _, w := range authorData().newsroom {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// saysSomething reports whether t holds a speech verb or a "that": a
// sentence reporting speech, not a signature.
func (x *extractor) saysSomething(t string) bool {
	for _, tk := range tokenize(t) {
		if l := lowerWord(tk); x.lx.sayVerbs[l] || x.lx.thatWords[l] {
			return true
		}
	}
	return false
}

// hasSubject reports whether text holds one of the first-person subject
// pronouns subj: a paragraph a provision was read from is the author's
// only where they speak as "I" or "we" in it.
func hasSubject(text string, subj map[string]bool) bool {
	for w := range strings.FieldsSeq(text) {
		if firstPersonWord(w, subj) {
			return true
		}
	}
	return false
}

// dropUntitledAuthors drops the statements authorTexts read for an author
// the document gives no title at all, once every title was filled in
// (fillRoles, fillLearnedRoles): a signature with a bare name is mostly a
// private reader's, or a holder named in a form no reader resolved
// ("Надано міським головою …"), and a statement with a name no one knows
// and no title says nothing a question about the plan can weigh. A person
// the lexicon knows keeps theirs.
func (x *extractor) dropUntitledAuthors() {
	if len(x.authored) == 0 {
		return
	}
	kept := x.out[:0]
	for i, st := range x.out {
		if x.authored[i] && st.Role == "" && lowerIn(x.lx.people, st.Speaker) == nil {
			continue
		}
		kept = append(kept, st)
	}
	clear(x.out[len(kept):])
	x.out = kept
}
