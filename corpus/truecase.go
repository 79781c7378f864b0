// Truecasing: text written without capitals read as if it had them.
// Auto-generated captions, chat messages, comments and social posts come
// in lower case without punctuation ("and he told reporters in the kremlin
// that no compromise had been found yet on territory"), and the rules that
// find a speaker look for a capitalised name at a sentence's start. A
// paragraph of a cased script (Latin, Cyrillic, Greek) with (almost) no
// capitals is read with its case restored where the rules need it:
//
//   - the names the extraction knows: the lexicon's people and bodies
//     ("yuri ushakov" → "Yuri Ushakov") and the words the document itself
//     writes capitalised elsewhere and never in lower case ("kremlin" when
//     the description says "the Kremlin");
//   - sentence starts where a clause boundary makes one likely: a subject
//     pronoun followed by a verb after a word that does not bind it to the
//     sentence before ("… on territory he also said …"), or a subject
//     after a chaining conjunction ("and he told reporters", "and the
//     ukrainian president said"), which the reading leaves out together
//     with a spoken opener ("okay", "so") at a sentence's start.
//
// Only the reading changes: the body, the passages and the words of every
// statement and provision stay as written (restoreCase maps them back), so
// a quote is never put into words or capitals its speaker's captions did
// not have. The words by language are data/truecase.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/truecase.json
var truecaseJSON []byte

// truecaseLang is one language of data/truecase.json, as sets.
type truecaseLang struct {
	pronouns, articles, joiners, fillers, binders, verbs, auxiliaries map[string]bool
}

// truecaseData is data/truecase.json by language code.
var truecaseData = sync.OnceValue(func() map[string]truecaseLang {
	var d struct {
		Languages map[string]struct {
			Pronouns []string `json:"pronouns"`
			Articles []string `json:"articles"`
			Joiners  []string `json:"joiners"`
			Fillers  []string `json:"fillers"`
			Binders  []string `json:"binders"`
			Verbs    []string `json:"verbs"`
			Aux      []string `json:"auxiliaries"`
		} `json:"languages"`
	}
	mustDecodeJSON("data/truecase.json", truecaseJSON, &d)
	out := make(map[string]truecaseLang, len(d.Languages))
	for code, l := range d.Languages {
		out[code] = truecaseLang{set(l.Pronouns), set(l.Articles), set(l.Joiners), set(l.Fillers), set(l.Binders), set(l.Verbs), set(l.Aux)}
	}
	return out
})

// caseMinWords is the fewest words a paragraph needs to be judged
// caseless: a short line in lower case is a handle, a tag or a label.
const caseMinWords = 6

// caseSpan is one word of a caseless paragraph's reading: where it is in
// the reading and where it came from in the written text.
type caseSpan struct {
	read, orig int // byte offsets of the word's start
	n          int // bytes of the word as written
}

// casedPara is a paragraph read with its case restored.
type casedPara struct {
	orig, read string
	spans      []caseSpan
}

// caseReading is what restoreCase needs: the truecased paragraphs by
// their index in the body.
type caseReading map[int]*casedPara

// readCaseless returns paras with every caseless paragraph's text read
// with its case restored (see the file comment), and what restoreCase
// needs to give the extraction back its written words. paras itself is
// not changed; a document without a caseless paragraph comes back as is.
func readCaseless(paras []paragraph, lang string, cues cueMarks) ([]paragraph, caseReading) {
	var caseless []int
	for i, p := range paras {
		if isCaseless(p.text) {
			caseless = append(caseless, i)
		}
	}
	if len(caseless) == 0 {
		return paras, nil
	}
	names := documentNames(paras, caseless)
	tl, hasLang := truecaseData()[baseLang(lang)]
	out := append([]paragraph(nil), paras...)
	reading := caseReading{}
	for _, i := range caseless {
		var l *truecaseLang
		if hasLang {
			l = &tl
		}
		cp := truecase(paras[i].text, names, l, cues)
		if cp.read == cp.orig {
			continue
		}
		out[i].text = cp.read
		reading[paras[i].index] = cp
	}
	return out, reading
}

// baseLang is a language tag's base code, lower case ("en" of "en-GB").
func baseLang(lang string) string {
	lang = lowerString(lang)
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	return lang
}

// isCaseless reports whether a paragraph is written in a cased script
// without capitals: it opens in lower case, hardly a word of it is
// capitalised ("I" and its contractions aside) and no sentence end is
// followed by a capital ("ore 18:55 – Rubio … processo. Ha spiegato …" is
// a cased text whose line opens with a lower-case label).
func isCaseless(text string) bool {
	words, capped := 0, 0
	first := true
	prev := ""
	for w := range strings.FieldsSeq(text) {
		after := prev
		prev = w
		r, ok := firstLetter(w)
		if !ok {
			continue
		}
		if !cased(r) {
			return false
		}
		words++
		if unicode.IsUpper(r) {
			if first || containsAny(after, ".!?") && cueEndsSentence(after) {
				return false
			}
			if c := wordCore(w); c != "I" && !strings.HasPrefix(c, "I'") && !strings.HasPrefix(c, "I’") {
				capped++
			}
		}
		first = false
	}
	return words >= caseMinWords && capped*10 <= words
}

// firstLetter is the first letter of a word, if it has one.
func firstLetter(w string) (rune, bool) {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return r, true
		}
	}
	return 0, false
}

// cased reports whether a letter belongs to a script with capitals.
func cased(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

// wordCore is a word without the punctuation around it and without an
// English possessive ("putin's" → "putin").
func wordCore(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, s := range []string{"'s", "’s"} {
		if c, ok := strings.CutSuffix(w, s); ok && c != "" {
			return c
		}
	}
	return w
}

// documentNames are the words the document's cased paragraphs write
// capitalised inside a sentence and never in lower case, by their lower
// case: the names it uses ("Kremlin", "Dublin", "Russian").
func documentNames(paras []paragraph, caseless []int) map[string]string {
	skip := make(map[int]bool, len(caseless))
	for _, i := range caseless {
		skip[i] = true
	}
	names := map[string]string{}
	lower := map[string]bool{}
	for i, p := range paras {
		if skip[i] {
			continue
		}
		prev := ""
		for k, w := range strings.Fields(p.text) {
			c := wordCore(w)
			r, ok := firstLetter(c)
			if !ok || !cased(r) || utf8.RuneCountInString(c) < 3 {
				prev = w
				continue
			}
			low := lowerString(c)
			switch {
			case unicode.IsLower(r):
				lower[low] = true
			case k > 0 && !closesClause(prev) && !quotedWord(w) && hasLetter(prev) && c != strings.ToUpper(c):
				if _, seen := names[low]; !seen {
					names[low] = c
				}
			}
			prev = w
		}
	}
	for low := range lower {
		delete(names, low)
	}
	return names
}

// quotedWord reports whether a word opens with a quotation mark or a
// bracket: a quoted title's first word is capitalised as a title's is.
func quotedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("\"'“‘„«([", r)
}

// closesClause reports whether a word closes a sentence or opens what
// follows as a new one (a colon, a dash, a quotation mark).
func closesClause(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(".!?…:;\"“”«»—–-|·•", r)
}

// truecase reads one caseless paragraph (see the file comment). l is nil
// for a language without truecase data: only names are restored then.
func truecase(text string, names map[string]string, l *truecaseLang, cues cueMarks) *casedPara {
	lx := lexiconData()
	type word struct {
		start int // byte offset in text
		w     string
		low   string // core, lower case
		upper bool   // capitalise its first letter
		form  string // the name's written form, when known
		drop  bool   // left out of the reading
		stop  bool   // a sentence ends before it
	}
	var ws []word
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		if j > i {
			ws = append(ws, word{start: i, w: text[i:j], low: lowerString(wordCore(text[i:j]))})
		}
		i = j
	}
	// names: the lexicon's in up to four words, longest first, then the
	// document's own
	known := func(k int) bool { return k < len(ws) && (ws[k].upper) }
	for k := 0; k < len(ws); k++ {
		for n := min(4, len(ws)-k); n >= 1; n-- {
			parts := make([]string, n)
			for m := range n {
				parts[m] = ws[k+m].low
			}
			key := strings.Join(parts, " ")
			canon := ""
			if p := lx.people[key]; p != nil {
				canon = p.Name
			} else if b, ok := lx.bodies[key]; ok {
				canon = b
			}
			if canon == "" || n == 1 && utf8.RuneCountInString(key) <= 3 {
				continue
			}
			// the words of the name, in its written form: "the kremlin"
			// is "the Kremlin"
			for m := range n {
				for _, f := range strings.Fields(canon) {
					if strings.EqualFold(f, parts[m]) {
						ws[k+m].upper, ws[k+m].form = true, f
						break
					}
				}
			}
			k += n - 1
			break
		}
	}
	for k := range ws {
		if f, ok := names[ws[k].low]; ok && !ws[k].upper {
			ws[k].upper, ws[k].form = true, f
		}
	}
	// verbAfter reports whether a verb follows at word k, or after an
	// adverb at the one after: a speech or action verb, or with aux an
	// auxiliary too
	verbAfter := func(k int, aux bool) bool {
		for m := k; m < len(ws) && m <= k+1; m++ {
			w := ws[m].low
			if l.verbs[w] || lx.sayVerbs[w] || lx.actVerbs[w] || aux && l.auxiliaries[w] {
				return true
			}
			if !lx.adverbs[w] {
				return false
			}
		}
		return false
	}
	// nameEnd is the word after the known name at word k
	nameEnd := func(k int) int {
		for k < len(ws) && known(k) {
			k++
		}
		return k
	}
	// sayAfter reports whether a speech verb follows at word k or the one
	// after
	sayAfter := func(k int) bool {
		for m := k; m < len(ws) && m <= k+1; m++ {
			if lx.sayVerbs[ws[m].low] {
				return true
			}
			if !lx.adverbs[ws[m].low] && !l.verbs[ws[m].low] {
				return false // "ukraine he said": the verb is another subject's
			}
		}
		return false
	}
	// subject reports whether a sentence may open at word k: a pronoun
	// and a verb (an auxiliary only when aux), a known name and a speech
	// verb, or "the …" and a speech verb within three words
	subject := func(k int, aux bool) bool {
		if k >= len(ws) {
			return false
		}
		switch {
		case l.pronouns[ws[k].low]:
			return verbAfter(k+1, aux)
		case known(k):
			return sayAfter(nameEnd(k))
		case l.articles[ws[k].low]:
			for m := k + 1; m < len(ws) && m <= k+3; m++ {
				if lx.sayVerbs[ws[m].low] {
					return true
				}
			}
		}
		return false
	}
	next := func(k int) string {
		if k < len(ws) {
			return ws[k].w
		}
		return ""
	}
	// bound reports whether a sentence starts at word k, a subject pronoun
	// or a person's known name that a verb follows, after a word that
	// does not bind it to the clause before ("said he", "that he",
	// "with zelensky"); it marks the start.
	bound := func(k int) bool {
		p := ws[k-1].low
		if l.binders[p] || lx.sayVerbs[p] || lx.thatWords[p] || l.articles[p] || known(k-1) || l.articles[ws[k].low] || !subject(k, false) {
			return false
		}
		ws[k].stop = true
		return true
	}
	if l != nil {
		for k := 1; k < len(ws); k++ {
			if closesClause(ws[k-1].w) {
				continue
			}
			switch {
			case l.joiners[ws[k].low] && subject(k+1, false) && !l.binders[ws[k-1].low]:
				ws[k].drop, ws[k+1].stop = true, true
				k++
			case bound(k):
				// a subject after a word that does not hold it: "… the
				// kremlin side was short dmitry peskov said …"
			case cues != nil && cues[cueMark(ws[k-1].w, ws[k].w, next(k+1))] && (l.articles[ws[k].low] && !l.binders[ws[k-1].low] || subject(k, false) || known(k) && verbAfter(nameEnd(k), true)) &&
				!l.articles[ws[k-1].low] && !l.joiners[ws[k-1].low] && !lx.sayVerbs[ws[k-1].low] && !lx.thatWords[ws[k-1].low]:
				// a caption opening with a subject after one that ended
				// with a full word: "… the line of contact | the european
				// version …", "… work would go on | zelensky meanwhile
				// was …"
				ws[k].stop = true
			}
		}
		// spoken openers at a sentence's start
		for k := range ws {
			if k > 0 && !ws[k].stop {
				continue
			}
			for m := k; m < len(ws)-1 && l.fillers[ws[m].low] && ws[m].w == ws[m].low; m++ {
				ws[m].drop = true
				ws[m+1].stop = ws[m+1].stop || k > 0
			}
		}
	}
	cp := &casedPara{orig: text}
	var b strings.Builder
	b.Grow(len(text) + 16)
	start := true
	for _, w := range ws {
		if w.drop {
			continue
		}
		if w.stop && b.Len() > 0 {
			if !closesClause(strings.TrimRight(b.String(), " ")) {
				b.WriteByte('.')
			}
			start = true
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		cp.spans = append(cp.spans, caseSpan{read: b.Len(), orig: w.start, n: len(w.w)})
		out := w.w
		if w.upper || start {
			out = capitaliseWord(out, w.form)
		}
		b.WriteString(out)
		start = false
	}
	if b.Len() > 0 && !closesClause(ws[len(ws)-1].w) && len(cp.spans) > 0 && cp.spans[len(cp.spans)-1].read > 0 {
		b.WriteByte('.')
	}
	cp.read = b.String()
	return cp
}

// capitaliseWord writes a word with its first letter in capitals, or in the
// form a name is known by, when either keeps the word's length (the
// reading maps back to the written text byte for byte within a word).
func capitaliseWord(w, form string) string {
	if form != "" {
		c := wordCore(w)
		if i := strings.Index(w, c); i >= 0 && len(form) == len(c) {
			return w[:i] + form + w[i+len(c):]
		}
	}
	for i, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if i > 0 && !quotedWord(w) {
			return w // "@handle", "#tag": written as they are
		}
		u := unicode.ToUpper(r)
		if utf8.RuneLen(u) != utf8.RuneLen(r) {
			return w
		}
		return w[:i] + string(u) + w[i+utf8.RuneLen(r):]
	}
	return w
}

// restore gives back the written form of a text extraction took from the
// reading of paragraph pos: the same words in their written case, without
// the sentence ends the reading added. A text not found in the reading
// comes back as it is.
func (cr caseReading) restore(text string, pos int) string {
	cp := cr[pos]
	if cp == nil || text == "" {
		return text
	}
	at := strings.Index(cp.read, text)
	if at < 0 {
		return text
	}
	end := at + len(text)
	var from, to = -1, -1
	for _, s := range cp.spans {
		if s.read+s.n <= at || s.read >= end {
			continue
		}
		if from < 0 {
			from = s.orig + max(0, at-s.read)
		}
		to = s.orig + min(s.n, end-s.read)
	}
	if from < 0 || to <= from {
		return text
	}
	return cp.orig[from:to]
}

// restoreCase gives the provisions, statements and passages read from
// truecased paragraphs their written words back (see the file comment).
func restoreCase(doc *Document, cr caseReading) {
	if len(cr) == 0 {
		return
	}
	for i := range doc.Provisions {
		doc.Provisions[i].Text = cr.restore(doc.Provisions[i].Text, doc.Provisions[i].Position)
	}
	for i := range doc.Statements {
		doc.Statements[i].Text = cr.restore(doc.Statements[i].Text, doc.Statements[i].Position)
	}
	for i := range doc.Passages {
		doc.Passages[i].Text = cr.restore(doc.Passages[i].Text, doc.Passages[i].Position)
	}
}
