package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerKind separates people from groups and organisations, so a pronoun
// can find the last speaker "of the right kind": he/she a person, they a
// group, it a body.
type speakerKind int

const (
	kindPerson speakerKind = iota
	kindGroup
	kindBody
)

// speaker is a resolved speaker: canonical name, role, kind.
type speaker struct {
	name     string
	role     string
	kind     speakerKind
	gender   string // "m", "f" or "" for people
	compound bool   // "The United States and Ukraine": the parties of a joint statement
}

// tok is one whitespace-separated word of a sentence.
type tok struct {
	raw   string // as written, punctuation included
	word  string // without surrounding punctuation
	low   string // word in lower case
	trail string // punctuation after the word
	start int    // byte offset of raw in the sentence
}

// extractor holds what is known while reading one document top to bottom:
// who has spoken (for short names and pronouns) and the last quotation (for
// quotes that continue without a new attribution).
type extractor struct {
	lx        *lexicon
	src       Source
	people    map[string]*speaker // canonical name -> speaker seen in the document
	short     map[string]string   // lower-case surname or short form -> canonical name
	speakers  []*speaker          // who spoke, in order (for he/she)
	lastGroup *speaker
	lastBody  *speaker
	lastJoint *speaker
	out       []Statement

	lastDirect       int // index in out of the last direct quotation, -1 if none
	lastDirectPara   int
	lastLabel        int // index in out of the last "NAME: text" statement, -1
	lastLabelPara    int
	transcript       bool
	toks             []tok          // reused by sentence: tokens are most of the garbage otherwise
	pos              int            // paragraph being read
	spokeAt          map[string]int // speaker name -> paragraph of their last statement
	sentenceNo       int            // sentences read so far
	lastStmtSentence int            // sentence of the last statement
}

// extractStatements finds attributed speech in the body's text paragraphs.
// Headings and list items are not searched: headings such as "Zelensky: A
// Critical Moment" are not quotes, and plan points are not speech.
func extractStatements(ps []paragraph, src Source) []Statement {
	x := &extractor{
		lx:         lexiconData(),
		src:        src,
		people:     map[string]*speaker{},
		short:      map[string]string{},
		lastDirect: -1,
		lastLabel:  -1,
		spokeAt:    map[string]int{},
	}
	labels := 0
	for _, p := range ps {
		if p.kind == paraText {
			if looksLabelled(p.text) { // "Q:" and "MODERATOR:" count too
				labels++
			}
		}
	}
	x.transcript = labels >= 2
	for _, p := range ps {
		if p.kind != paraText {
			continue
		}
		x.paragraph(p)
	}
	if x.out == nil {
		return []Statement{}
	}
	for i := range x.out {
		st := &x.out[i]
		st.ID = src.ID + "-s" + strconv.Itoa(i+1)
		st.SourceID = src.ID
		st.Date = src.Published
		st.Topics = tagTopics(st.Text)
	}
	return x.out
}

func (x *extractor) paragraph(p paragraph) {
	x.pos = p.index
	before := len(x.out)
	if text, sp, ok := x.colonLabel(p.text); ok {
		x.emit(sp, text, true, p.index)
		x.lastLabel, x.lastLabelPara = len(x.out)-1, p.index
		return
	}
	for _, s := range sentences(p.text) {
		x.sentence(s, p.index)
	}
	if looksLabelled(p.text) {
		x.lastLabel = -1 // "Q: ..." or "MODERATOR: ...": someone else has the floor
		return
	}
	if len(x.out) == before && x.transcript && x.lastLabel >= 0 && x.lastLabelPara == p.index-1 {
		// a transcript answer running over several paragraphs
		st := &x.out[x.lastLabel]
		st.Text += "\n" + p.text
		x.lastLabelPara = p.index
	}
}

// emit records a statement and remembers its speaker for later pronouns.
func (x *extractor) emit(sp *speaker, text string, direct bool, pos int) {
	text = strings.TrimSpace(text)
	text = strings.TrimRight(text, " ,;:")
	if !direct && !strings.Contains(text, " ") {
		return // a single reported word says nothing
	}
	if text == "" {
		return
	}
	x.out = append(x.out, Statement{Speaker: sp.name, Role: sp.role, Text: text, Direct: direct, Position: pos})
	x.remember(sp)
	if direct {
		x.lastDirect, x.lastDirectPara = len(x.out)-1, pos
	}
}

// recent reports whether sp spoke within the last n paragraphs.
func (x *extractor) recent(sp *speaker, n int) bool {
	at, ok := x.spokeAt[sp.name]
	return ok && x.pos-at <= n
}

func (x *extractor) remember(sp *speaker) {
	x.spokeAt[sp.name] = x.pos
	x.lastStmtSentence = x.sentenceNo
	switch sp.kind {
	case kindPerson:
		if n := len(x.speakers); n == 0 || x.speakers[n-1] != sp {
			x.speakers = append(x.speakers, sp)
		}
	case kindGroup:
		x.lastGroup = sp
		if sp.compound {
			x.lastJoint = sp
		}
	case kindBody:
		x.lastBody = sp
	}
}

// sentence extracts at most one attributed statement (plus continuations)
// from one sentence; speech reported inside a statement is part of it.
func (x *extractor) sentence(s string, pos int) {
	x.sentenceNo++
	first, _ := utf8.DecodeRuneInString(s)
	if isOpenQuote(first) {
		if x.leadingQuote(s, pos) {
			return
		}
	}
	if !x.hasSpeechCue(s) {
		return
	}
	x.toks = tokenizeInto(x.toks[:0], s)
	toks := x.toks
	if len(toks) < 2 {
		return
	}
	if x.according(s, toks, pos) {
		return
	}
	for vi, t := range toks {
		say, act := x.lx.sayVerbs[t.low], x.lx.actVerbs[t.low]
		if !say && !act || vi == 0 {
			continue
		}
		if say && vi >= 2 && strings.HasPrefix(toks[vi-1].trail, ",") && !strings.ContainsAny(toks[vi-1].raw, "”\"") {
			// "The talks will continue, said Dmitry Peskov."
			if sp, end := x.trailingSubjectAfter(toks, vi); sp != nil && end == len(toks) {
				x.emit(sp, trimSentenceEnd(strings.TrimRight(s[:toks[vi-1].start+len(toks[vi-1].raw)], ",")), false, pos)
				return
			}
		}
		sp, start := x.subjectSpan(s, toks, vi)
		if sp == nil {
			continue
		}
		var text string
		var direct bool
		if !(say && start > 0 && strings.HasPrefix(toks[start-1].trail, ",") && x.attributionEnds(toks, vi)) {
			text, direct = x.content(s, toks, vi, act)
			if act && start > 0 && refersBack(toks[vi+1:]) {
				// "Reports suggest the UK drafted a plan, though Rubio
				// denied knowledge of this document": keep what "this" is
				text = trimSentenceEnd(s)
			}
		} else {
			// "The talks will continue on Monday, Peskov said."
			text = trimSentenceEnd(strings.TrimRight(s[:toks[start-1].start+len(toks[start-1].raw)], ","))
		}
		if text == "" {
			continue
		}
		x.emit(sp, text, direct, pos)
		return
	}
}

// refersBack reports whether words point back to something named earlier
// in the sentence ("this document", "it").
func refersBack(ts []tok) bool {
	for _, t := range ts {
		switch t.low {
		case "this", "these", "those", "it", "them":
			return true
		}
	}
	return false
}

// attributionEnds reports whether nothing but a short adverbial ("on
// Monday", "in a statement") follows the verb at vi.
func (x *extractor) attributionEnds(toks []tok, vi int) bool {
	rest := len(toks) - vi - 1
	if rest == 0 {
		return true
	}
	p := toks[vi+1].low
	return rest <= 4 && (p == "in" || p == "on" || p == "at" || p == "during" || p == "after" || p == "late" || p == "earlier" || p == "later")
}

// trailingSubjectAfter reads the speaker after an inverted verb at the end
// of a sentence and returns the token index where the attribution ends.
func (x *extractor) trailingSubjectAfter(toks []tok, vi int) (*speaker, int) {
	k := vi + 1
	for k < len(toks) && k-vi <= 10 && x.subjectWord(toks[k], false) {
		k++
		if toks[k-1].trail != "" {
			break
		}
	}
	if k == vi+1 {
		return nil, 0
	}
	sp := x.subjectAfter(toks, vi+1)
	if sp == nil {
		return nil, 0
	}
	if strings.HasPrefix(toks[k-1].trail, ",") {
		// an appositive role runs to the end of the sentence
		return sp, len(toks)
	}
	return sp, k
}

// hasSpeechCue is a cheap first look at a sentence: does any word read as
// a speech verb or "according"? Most sentences of an article hold none, and
// skipping them before tokenizing is most of extraction's speed.
func (x *extractor) hasSpeechCue(s string) bool {
	var buf [16]byte
	n := 0
	ok := true
	flush := func() bool {
		hit := ok && n > 1 && (x.lx.sayVerbs[string(buf[:n])] || x.lx.actVerbs[string(buf[:n])] || string(buf[:n]) == "according")
		n, ok = 0, true
		return hit
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			if flush() {
				return true
			}
			continue
		}
		if n == len(buf) {
			ok = false
			continue
		}
		buf[n] = c
		n++
	}
	return flush()
}

// leadingQuote handles a sentence that opens with a quotation: “...,”
// Rubio said. / “...,” said Dmitry Peskov, the Kremlin spokesman. / a bare
// “...” continuing the last quoted speaker.
func (x *extractor) leadingQuote(s string, pos int) bool {
	_, n := utf8.DecodeRuneInString(s)
	closeAt := -1
	for i, r := range s[n:] {
		if isCloseQuote(r) {
			closeAt = n + i
			break
		}
	}
	if closeAt < 0 {
		return false
	}
	quote := trimQuote(s[n:closeAt])
	_, cn := utf8.DecodeRuneInString(s[closeAt:])
	rest := strings.TrimSpace(s[closeAt+cn:])
	rest = strings.TrimLeft(rest, ", ")
	if strings.Trim(rest, ".!? ") == "" {
		// a bare quotation: it continues the last quoted speaker nearby
		if x.lastDirect >= 0 && (x.lastDirectPara == pos || x.lastDirectPara == pos-1) {
			// a separate statement, so each quotation is cited exactly
			prev := x.out[x.lastDirect]
			x.out = append(x.out, Statement{Speaker: prev.Speaker, Role: prev.Role, Text: trimQuote(quote), Direct: true, Position: pos})
			x.lastDirect, x.lastDirectPara = len(x.out)-1, pos
			return true
		}
		return false
	}
	toks := tokenize(rest)
	if len(toks) == 0 {
		return false
	}
	var sp *speaker
	vi := -1
	if x.lx.sayVerbs[toks[0].low] {
		vi = 0
		sp = x.subjectAfter(toks, 1)
	} else {
		for i := 1; i < len(toks) && i < 10; i++ {
			if x.lx.sayVerbs[toks[i].low] || x.lx.actVerbs[toks[i].low] {
				vi = i
				sp = x.subjectBefore(rest, toks, i)
				break
			}
		}
	}
	if sp == nil {
		return false
	}
	x.emit(sp, quote, true, pos)
	// “We are ready,” he said, “but not at any price.”: one quotation
	// interrupted by its attribution
	if vi+1 < len(toks) && strings.HasPrefix(toks[vi].trail, ",") || vi+2 < len(toks) && strings.HasPrefix(toks[vi+1].trail, ",") {
		if i := strings.IndexAny(rest, "“\""); i >= 0 {
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
	}
	return true
}

// according handles "According to X, ..." and "..., according to X."
func (x *extractor) according(s string, toks []tok, pos int) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low != "according" || toks[i+1].low != "to" {
			continue
		}
		j := i + 2
		end := j
		for end < len(toks) && toks[end].trail == "" {
			end++
		}
		if end >= len(toks) {
			end = len(toks) - 1
		}
		phrase := toks[j : end+1]
		sp := x.attributedTo(phrase)
		if sp == nil {
			return false
		}
		var text string
		if i == 0 {
			if end+1 >= len(toks) {
				return false
			}
			text = trimSentenceEnd(s[toks[end+1].start:])
		} else {
			text = strings.TrimRight(strings.TrimSpace(s[:toks[i].start]), ",;: ")
		}
		x.emit(sp, text, false, pos)
		return true
	}
	return false
}

// attributedTo resolves the X of "according to X": a person or body, or a
// joint statement of the last parties that spoke together.
func (x *extractor) attributedTo(phrase []tok) *speaker {
	words := make([]string, len(phrase))
	low := make([]string, len(phrase))
	for i, t := range phrase {
		words[i], low[i] = t.word, t.low
	}
	joined := strings.Join(low, " ")
	if strings.Contains(joined, "joint statement") || strings.Contains(joined, "joint communique") {
		if x.lastJoint != nil {
			return &speaker{name: x.lastJoint.name, role: "joint statement", kind: kindGroup, compound: true}
		}
		return &speaker{name: "Joint statement", kind: kindGroup}
	}
	// "a statement from the State Department", "sources close to X" are not named
	for k := range low {
		if (low[k] == "from" || low[k] == "by") && k+1 < len(low) {
			return x.classify(phrase[k+1:], false)
		}
	}
	if len(low) > 0 && (low[0] == "a" || low[0] == "an") {
		return nil
	}
	return x.classify(phrase, false)
}

// content is what the speaker said: the that-clause, or the words after the
// verb; an "act" verb (denied, urged, acknowledged) keeps the verb, since
// "knowledge of this document" alone would not say what was done with it.
func (x *extractor) content(s string, toks []tok, vi int, act bool) (string, bool) {
	j := vi + 1
	if j >= len(toks) {
		return "", false
	}
	if toks[vi].trail == ":" || toks[vi].trail == "," {
		rest := strings.TrimSpace(s[toks[j].start:])
		if q, ok := wholeQuote(rest); ok {
			return q, true
		}
	}
	// "said on Monday: “...”" / "told reporters: “...”"
	for k := j; k < len(toks) && k <= j+4; k++ {
		if strings.HasSuffix(toks[k].trail, ":") && k+1 < len(toks) {
			rest := strings.TrimSpace(s[toks[k+1].start:])
			if q, ok := wholeQuote(rest); ok {
				return q, true
			}
			break
		}
	}
	// look for "that" after a short addressee or adverbial: "told Swedish
	// lawmakers that", "announced on Sunday that", "said in a statement that"
	for k := j; k < len(toks) && k <= j+6; k++ {
		if toks[k].low == "that" && toks[k].raw == "that" {
			if k+1 < len(toks) {
				return trimSentenceEnd(s[toks[k+1].start:]), false
			}
			return "", false
		}
		if k > j && (x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low]) && (toks[k-1].low == "but" || toks[k-1].low == "and" || toks[k-1].low == "then") {
			// "acknowledged progress but stressed that ...": both verbs
			// are what was said
			return trimSentenceEnd(s[toks[vi].start:]), false
		}
		if toks[k].trail != "" {
			break
		}
	}
	if act {
		return trimSentenceEnd(s[toks[vi].start:]), false
	}
	if x.lx.addressee[toks[vi].low] {
		// "told reporters: ..." / "told Reuters the ..." : skip the addressee
		for k := j; k < len(toks) && k <= j+4; k++ {
			if strings.HasSuffix(toks[k].trail, ":") || strings.HasSuffix(toks[k].trail, ",") {
				j = k + 1
				break
			}
		}
	}
	if j >= len(toks) {
		return "", false
	}
	rest := strings.TrimSpace(s[toks[j].start:])
	if q, ok := wholeQuote(rest); ok {
		return q, true
	}
	// "said in a statement." / "said on Sunday." carry nothing
	if p := toks[j].low; (p == "in" || p == "on" || p == "at") && len(toks)-j <= 4 {
		return "", false
	}
	return trimSentenceEnd(rest), false
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
	if !isCloseQuote(last) || len(t)-ln <= n {
		return "", false
	}
	inner := t[n : len(t)-ln]
	if strings.ContainsAny(inner, "“”\"") {
		return "", false
	}
	return trimQuote(inner), true
}

func trimSentenceEnd(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".;: ")
	return s
}

// subjectBefore finds who speaks for the verb at toks[vi], reading the words
// before it (and the appositive between commas, if any).
func (x *extractor) subjectBefore(s string, toks []tok, vi int) *speaker {
	sp, _ := x.subjectSpan(s, toks, vi)
	return sp
}

// subjectSpan is subjectBefore also returning the index of the subject's
// first token.
func (x *extractor) subjectSpan(s string, toks []tok, vi int) (*speaker, int) {
	j := vi - 1
	for j >= 0 && x.lx.adverbs[toks[j].low] && toks[j].trail == "" && !isCapital(toks[j].word) {
		j--
	}
	if j < 0 {
		return nil, 0
	}
	if toks[j].trail == "," {
		return x.appositive(s[:toks[j].start+len(toks[j].raw)]), 0
	}
	if toks[j].trail != "" {
		return nil, 0
	}
	k := j
	for k >= 0 && j-k < 12 {
		t := toks[k]
		if k < j && t.trail != "" {
			break
		}
		if !x.subjectWord(t, k == j) {
			break
		}
		k--
	}
	phrase := toks[k+1 : j+1]
	for len(phrase) > 0 && (phrase[0].low == "of" || phrase[0].low == "and") {
		phrase = phrase[1:]
	}
	if len(phrase) == 0 {
		return nil, 0
	}
	return x.classify(phrase, k+1 == 0), j + 1 - len(phrase)
}

// subjectAfter reads the speaker after an inverted verb: “...,” said US
// Secretary of State Marco Rubio / said Dmitry Peskov, the Kremlin spokesman.
func (x *extractor) subjectAfter(toks []tok, from int) *speaker {
	k := from
	for k < len(toks) && k-from < 10 && x.subjectWord(toks[k], false) {
		if toks[k].trail != "" {
			k++
			break
		}
		k++
	}
	if k == from {
		return nil
	}
	sp := x.classify(toks[from:k], false)
	if sp == nil {
		return nil
	}
	if strings.HasPrefix(toks[k-1].trail, ",") && k < len(toks) && sp.kind == kindPerson {
		var role []string
		for _, t := range toks[k:] {
			role = append(role, t.word)
			if t.trail != "" {
				break
			}
		}
		if r := cleanRole(strings.Join(role, " ")); r != "" && x.roleLike(role) {
			sp.role = r
			x.people[sp.name] = sp
		}
	}
	return sp
}

var stopCaps = map[string]bool{
	"on": true, "in": true, "at": true, "but": true, "however": true, "though": true, "although": true,
	"when": true, "while": true, "as": true, "after": true, "before": true, "because": true, "since": true,
	"if": true, "meanwhile": true, "speaking": true, "separately": true, "later": true, "earlier": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"yet": true, "so": true, "and": false, "then": true, "still": true, "also": true, "asked": true, "here": true,
	"now": true, "today": true, "yesterday": true, "last": true, "this": true, "that": true, "with": true,
	"for": true, "to": true, "from": true, "by": true, "where": true, "who": true, "which": true,
	"both": true, "all": true, "only": true, "even": true,
}

var particles = map[string]bool{"von": true, "der": true, "de": true, "van": true, "bin": true, "al": true, "da": true, "di": true, "la": true, "le": true, "del": true}

// subjectWord says whether a word can be part of a speaker phrase.
func (x *extractor) subjectWord(t tok, last bool) bool {
	if t.word == "" || stopCaps[t.low] {
		return false
	}
	if strings.ContainsAny(t.raw, "“”\"—–()") {
		return false
	}
	if isCapital(t.word) {
		return true
	}
	if x.lx.roleWords[t.low] || x.lx.groupNouns[t.low] || x.lx.bodyWords[t.low] || particles[t.low] {
		return true
	}
	switch t.low {
	case "of", "and", "the", "he", "she", "they", "it":
		return true
	}
	return false
}

// appositive resolves "NAME, the Kremlin spokesman," and "European leaders,
// including A, B and C," (pre ends with the comma before the verb).
func (x *extractor) appositive(pre string) *speaker {
	pre = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(pre), ","))
	for _, marker := range []string{", including ", " including ", ", such as ", ", among them "} {
		i := strings.Index(pre, marker)
		if i < 0 {
			continue
		}
		head := strings.TrimSpace(pre[:i])
		htoks := tokenize(head)
		if len(htoks) == 0 {
			return nil
		}
		group := x.subjectBefore(head+" said", append(htoks, tok{raw: "said", word: "said", low: "said", start: len(head) + 1}), len(htoks))
		if group == nil || group.kind == kindPerson {
			return nil
		}
		var members []string
		for _, m := range splitList(pre[i+len(marker):]) {
			mt := tokenize(m)
			if len(mt) == 0 {
				continue
			}
			sp := x.classify(mt, false)
			if sp == nil || sp.kind != kindPerson {
				continue
			}
			entry := sp.name
			if sp.role != "" {
				entry += " (" + sp.role + ")"
			}
			members = append(members, entry)
		}
		if len(members) > 0 {
			group = &speaker{name: group.name, kind: kindGroup, role: "including " + strings.Join(members, ", ")}
		}
		return group
	}
	i := strings.LastIndex(pre, ", ")
	if i < 0 {
		return nil
	}
	head, appos := strings.TrimSpace(pre[:i]), strings.TrimSpace(pre[i+2:])
	atoks := tokenize(appos)
	htoks := tokenize(head)
	if len(htoks) == 0 || len(atoks) == 0 {
		return nil
	}
	if atoks[0].low == "who" || atoks[0].low == "which" {
		// "Zelensky, who met Rubio on Sunday, said": the head speaks;
		// a relative clause may itself hold commas, so take the
		// head's own last phrase.
		if j := strings.Index(pre, ", who "); j >= 0 {
			head = strings.TrimSpace(pre[:j])
			htoks = tokenize(head)
		}
		return x.subjectBefore(head+" said", append(htoks, tok{raw: "said", word: "said", low: "said", start: len(head) + 1}), len(htoks))
	}
	if strings.HasSuffix(atoks[0].low, "ing") && !isCapital(atoks[0].word) {
		// "Putin, speaking in Bishkek, said": a participle clause
		if j := strings.LastIndex(head, ", "); j >= 0 && strings.HasSuffix(firstWord(pre[j+2:]), "ing") {
			head = strings.TrimSpace(head[:j])
			htoks = tokenize(head)
		}
		return x.subjectBefore(head+" said", append(htoks, tok{raw: "said", word: "said", low: "said", start: len(head) + 1}), len(htoks))
	}
	if x.allNames(atoks) && x.roleLike(wordsOfToks(htoks)) {
		// "The EU's top diplomat, Kaja Kallas, said": role, then name
		sp := x.classify(atoks, false)
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		if sp.role == "" {
			sp.role = cleanRole(head)
			x.people[sp.name] = sp
		}
		return sp
	}
	if len(atoks) > 10 || !x.roleLike(wordsOfToks(atoks)) {
		return nil
	}
	sp := x.subjectBefore(head+" said", append(htoks, tok{raw: "said", word: "said", low: "said", start: len(head) + 1}), len(htoks))
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	// "Senator Alan Brooks, a Republican on the committee,": both
	if sp.role != "" && !strings.Contains(appos, sp.role) {
		sp.role += ", " + cleanRole(appos)
	} else {
		sp.role = cleanRole(appos)
	}
	x.people[sp.name] = sp
	return sp
}

func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// allNames reports whether every token is a capitalised word that is not a
// title: "Kaja Kallas", not "the Kremlin spokesman".
func (x *extractor) allNames(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if !isCapital(t.word) || x.lx.roleWords[t.low] || x.lx.bodyWords[t.low] || x.lx.groupNouns[t.low] {
			return false
		}
	}
	return true
}

func wordsOfToks(ts []tok) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.word
	}
	return out
}

// roleLike says whether words read as a title ("the Kremlin spokesman",
// "Ukraine's chief negotiator"): they name a role and hold no speech verb.
func (x *extractor) roleLike(words []string) bool {
	has := false
	for _, w := range words {
		l := strings.ToLower(w)
		if x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return false
		}
		if x.lx.roleWords[l] || x.lx.bodyWords[l] {
			has = true
		}
	}
	return has
}

func cleanRole(r string) string {
	r = strings.TrimSpace(r)
	for _, p := range []string{"the ", "The ", "a ", "an "} {
		r = strings.TrimPrefix(r, p)
	}
	return strings.Trim(r, " ,;:")
}

// splitList splits "A, B, and C" into its members.
func splitList(s string) []string {
	var out []string
	for part := range strings.SplitSeq(s, ", ") {
		part = strings.TrimSpace(part)
		for _, sub := range strings.Split(part, " and ") {
			sub = strings.TrimSpace(strings.TrimPrefix(sub, "and "))
			if sub != "" {
				out = append(out, sub)
			}
		}
	}
	return out
}

// classify turns a subject phrase into a speaker: a pronoun resolved to the
// last speaker of its kind, a known body, a group, or a person with the
// title split off into the role.
func (x *extractor) classify(phrase []tok, sentenceStart bool) *speaker {
	words := make([]string, 0, len(phrase))
	for _, t := range phrase {
		w := t.word
		if isAllCaps(w) && !x.isAcronym(w) {
			w = titleCase(w) // transcripts: "SECRETARY RUBIO:"
		}
		words = append(words, w)
	}
	for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a")) {
		words = words[1:]
	}
	if len(words) == 0 {
		return nil
	}
	lows := make([]string, len(words))
	for i, w := range words {
		lows[i] = strings.ToLower(w)
	}
	if len(words) == 1 {
		switch lows[0] {
		case "he", "she":
			// the last person who spoke whose gender does not rule
			// them out: "she" after a man looks further back
			want := map[string]string{"he": "m", "she": "f"}[lows[0]]
			for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
				if sp := x.speakers[i]; sp.kind == kindPerson && (sp.gender == "" || sp.gender == want) {
					if !x.recent(sp, 4) {
						return nil // too far back to be what "he" means
					}
					return sp
				}
			}
			return nil
		case "they":
			if x.lastGroup != nil && x.recent(x.lastGroup, 3) {
				return x.lastGroup
			}
			if x.lastBody != nil && x.recent(x.lastBody, 1) {
				return x.lastBody
			}
			return nil
		case "it":
			// "It said" is as often the leaked draft as a ministry: only
			// a body that has just spoken
			if x.lastBody != nil && x.lastStmtSentence >= x.sentenceNo-1 && len(x.out) > 0 && x.out[len(x.out)-1].Speaker == x.lastBody.name {
				return x.lastBody
			}
			return nil
		}
		if x.lx.notSpeakers[lows[0]] {
			return nil
		}
	}
	joined := strings.Join(lows, " ")
	if sp := x.byRole(words, lows, joined); sp != nil {
		return sp
	}
	if b, ok := x.lx.bodies[joined]; ok {
		return &speaker{name: b, kind: kindBody}
	}
	// "The United States and Ukraine": the parties speaking together
	for i, l := range lows {
		if l == "and" && i > 0 && i < len(lows)-1 && isCapital(words[i+1]) && isCapital(words[i-1]) && !x.lx.groupNouns[lows[len(lows)-1]] {
			return &speaker{name: x.partiesName(words[:i], words[i+1:]), kind: kindGroup, compound: true}
		}
	}
	last := lows[len(lows)-1]
	if x.lx.groupNouns[last] {
		if len(words) < 2 {
			return nil
		}
		return &speaker{name: strings.Join(words, " "), kind: kindGroup}
	}
	if x.lx.bodyWords[last] && (len(words) > 1 || !isCapital(words[0]) || last == "kremlin") {
		name := strings.Join(words, " ")
		if b, ok := x.lx.bodies[strings.ToLower(name)]; ok {
			name = b
		}
		return &speaker{name: name, kind: kindBody}
	}
	// person: the trailing capitalised words that are not titles
	n := len(words)
	k := n
	for k > 0 {
		w, l := words[k-1], lows[k-1]
		if x.lx.honorifics[l] || x.lx.honorifics[strings.TrimSuffix(l, ".")] {
			break
		}
		if strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
			break
		}
		if x.lx.roleWords[l] || x.lx.roleWords[l+"."] {
			break
		}
		if !isCapital(w) && !(particles[l] && k < n) {
			break
		}
		k--
	}
	if k == n || n-k > 4 {
		return nil
	}
	nameWords := words[k:]
	roleEnd := k
	for roleEnd > 0 && (x.lx.honorifics[lows[roleEnd-1]] || x.lx.honorifics[strings.TrimSuffix(lows[roleEnd-1], ".")]) {
		roleEnd--
	}
	role := strings.Join(words[:roleEnd], " ")
	return x.person(nameWords, role)
}

// partiesName names "X and Y" with each side's canonical name when it is a
// known person ("Rubio and Yermak" -> "Marco Rubio and Andriy Yermak").
func (x *extractor) partiesName(a, b []string) string {
	side := func(ws []string) string {
		n := strings.Join(ws, " ")
		l := strings.ToLower(n)
		if full, ok := x.short[l]; ok {
			return full
		}
		if p, ok := x.lx.people[l]; ok {
			return p.Name
		}
		if body, ok := x.lx.bodies[l]; ok {
			return body
		}
		return n
	}
	return side(a) + " and " + side(b)
}

// byRole resolves "the president" or "the Kremlin spokesman" to the last
// person whose role, as given earlier in the document, says so.
func (x *extractor) byRole(words, lows []string, joined string) *speaker {
	if len(words) > 3 {
		return nil
	}
	for i, l := range lows {
		if !x.lx.roleWords[l] && !(i < len(lows)-1 && isCapital(words[i])) {
			return nil
		}
	}
	if !x.lx.roleWords[lows[len(lows)-1]] || isCapital(words[len(words)-1]) && len(words) == 1 {
		return nil
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if sp := x.speakers[i]; strings.Contains(lowerASCII(sp.role), joined) {
			return sp
		}
	}
	return nil
}

// person resolves a name to its canonical form: a known person (aliases and
// spelling variants), someone named in full earlier in the document (short
// mentions), or a new full name. A lone unknown capitalised word opening a
// sentence is not trusted as a name.
func (x *extractor) person(nameWords []string, role string) *speaker {
	name := strings.Join(nameWords, " ")
	low := strings.ToLower(name)
	if len(nameWords) == 1 {
		if b, ok := x.lx.bodies[low]; ok && role == "" {
			return &speaker{name: b, kind: kindBody}
		}
		if x.lx.notSpeakers[low] {
			return nil
		}
	}
	canon, gender := "", ""
	if full, ok := x.short[low]; ok {
		canon = full
	} else if p, ok := x.lx.people[low]; ok {
		canon, gender = p.Name, p.Gender
	} else if len(nameWords) >= 2 {
		canon = name
	} else {
		// a lone unknown word ("European", "Reports") is not trusted as
		// a name: a person is introduced in full before a surname is used
		return nil
	}
	if p, ok := x.lx.people[strings.ToLower(canon)]; ok {
		gender = p.Gender
	}
	if prev, ok := x.people[canon]; ok {
		if role == "" || strings.HasPrefix(prev.role, role) {
			role = prev.role
		}
		gender = prev.gender
	}
	sp := &speaker{name: canon, role: role, kind: kindPerson, gender: gender}
	if prev, ok := x.people[canon]; !ok || prev.role == "" {
		x.people[canon] = sp
	}
	parts := strings.Fields(canon)
	if len(parts) >= 2 {
		x.short[strings.ToLower(parts[len(parts)-1])] = canon
		x.short[low] = canon
	}
	return sp
}

func (x *extractor) isAcronym(w string) bool {
	l := strings.ToLower(w)
	_, body := x.lx.bodies[l]
	return body || len(w) <= 2 || x.lx.acronyms[l]
}

// colonLabel recognises "NAME: text" at the start of a paragraph, the form
// of transcripts and of quotes in live blogs.
func (x *extractor) colonLabel(p string) (string, *speaker, bool) {
	i := strings.Index(p, ": ")
	if i <= 0 || i > 60 {
		return "", nil, false
	}
	label, text := p[:i], strings.TrimSpace(p[i+2:])
	if text == "" || strings.ContainsAny(label, "“”\",;") {
		return "", nil, false
	}
	toks := tokenize(label)
	if len(toks) == 0 || len(toks) > 6 {
		return "", nil, false
	}
	for _, t := range toks {
		if !x.subjectWord(t, false) || x.lx.sayVerbs[t.low] {
			return "", nil, false
		}
	}
	sp := x.classify(toks, false)
	if sp == nil || sp.kind == kindBody && len(toks) == 1 {
		return "", nil, false // "KYIV: ..." is a dateline, not a speaker
	}
	if q, ok := wholeQuote(text); ok {
		text = q
	}
	return text, sp, true
}

// looksLabelled reports whether a paragraph opens with a speaker label of
// any kind, resolved or not ("Q:", "MODERATOR:").
func looksLabelled(p string) bool {
	i := strings.Index(p, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(p[:i]) {
		if n++; n > 5 || !isCapital(w) {
			return false
		}
	}
	return true
}

// tokenize splits a sentence at spaces, keeping offsets.
func tokenize(s string) []tok {
	return tokenizeInto(make([]tok, 0, len(s)/6+1), s)
}

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(toks []tok, s string) []tok {
	lowered := lowerASCII(s) // one copy per sentence, sliced per word
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		raw := s[i:j]
		word, trail := trimWord(raw)
		off := i + len(raw) - len(word) - len(trail) // where word starts in s
		toks = append(toks, tok{raw: raw, word: word, low: lowered[off : off+len(word)], trail: trail, start: i})
		i = j
	}
	return toks
}

// trimWord strips quotes and punctuation around a word, returning the word
// and the punctuation that followed it (",", ":", "." ...). A final period
// stays on abbreviations with inner periods ("U.S.").
func trimWord(raw string) (string, string) {
	w := raw
	if c := raw[0]; c < 'A' || c > 'z' {
		w = strings.TrimLeft(raw, "“\"‘'(«[")
	}
	end := len(w)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if strings.ContainsRune(",.;:!?”\"’')»]", r) {
			if r == '’' || r == '\'' {
				// possessive "Trump’s" keeps its apostrophe+s; a closing
				// single quote is punctuation
				if end >= 2 && w[end-n-1] == 's' {
					break
				}
			}
			if r == '.' && strings.Count(w[:end], ".") > 1 {
				break
			}
			end -= n
			continue
		}
		break
	}
	return w[:end], w[end:]
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
