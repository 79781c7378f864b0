// The quotation fallback: a sentence that quotes someone in a language
// whose speech verbs the lexicon does not hold ("„A béke nem lehet
// kapituláció” – mondta Kovács Béla.", "Bakan Ahmet Yıldız, “Barış için
// hazırız” dedi.") still gives its statement. When no rule found one, a
// quotation of some length is attributed to the one person the rest of the
// sentence names, provided that rest is as short as an attribution is: a
// verb, a name, a title. It reads no verb, so it cannot tell who spoke from
// whom the speech was about: it stands back whenever the sentence names
// two people, names none, or is long enough to be about something else.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// fallbackMaxRest is the most words a sentence may hold outside its
// quotation for the fallback to read them as its attribution: a verb, a
// name of up to three words, a title of a few words.
const fallbackMaxRest = 8

// fallbackMinQuote is the fewest words a quotation needs to be a
// statement rather than a name, a title or a word held at a distance.
const fallbackMinQuote = 3

// quoteFallback attributes the quotation of a sentence that no rule read
// (statements were before the sentence began) to the one person its
// attribution names.
func (x *extractor) quoteFallback(s string, pos, before int) {
	if x.gapRetry || len(x.out) > before {
		return
	}
	quote, rest, ok := soleQuotation(s)
	if !ok || x.quotedElsewhere(quote, pos) {
		return
	}
	toks := readAs(tokenize(rest), x.src.Lang)
	if len(toks) == 0 || len(toks) > fallbackMaxRest {
		return
	}
	if publishesWork(toks) {
		return // "X a publié « Les paix imposées »": a work's title (worktitle.go)
	}
	var name, title []tok
	for i := 0; i < len(toks); {
		if k := placePhraseEnd(x.src.Lang, toks, i); k > i {
			if name != nil {
				k = max(k, capitalRunAt(toks, i+1)) // "… Donald Trump im Weißen Haus": the whole run after the name (quoteplace.go)
			}
			i = k // "From Kyiv, …", "desde Kiev Marta Olivares": a place, not who spoke (placephrase.go)
			continue
		}
		j := capitalRunAt(toks, i)
		if j == i {
			i++
			continue
		}
		if i > 0 && comitative[lowerWord(toks[i-1])] {
			return // "« … » : entretien avec Pierre Delacour": the person is beside whoever spoke
		}
		t := x.titleRun(toks[i:j]) // "Oberkirchenrätin Heike Stallmann": the title before the name (speakernames.go)
		if name != nil && x.placeAfterName(toks, i) {
			i = j // "… Donald Trump im Weißen Haus": where, not a second person (quoteplace.go)
			continue
		}
		if i > 0 && toks[i-1].low == "the" && toks[i-1].trail == "" && j < len(toks) && toks[j-1].trail == "" && !isCapital(toks[j].word) {
			i = j // "the Harcourt Forum panel “…”": a name as a noun's modifier, no person (stop 55)
			continue
		}
		if run := toks[i+t : j]; x.personRun(run) {
			if name != nil {
				return // two people: which spoke is for a verb to say
			}
			name, title = run, toks[i:i+t]
		} else if j-i >= 2 {
			return // a capitalised phrase that is no person (an institution, a place) may be who spoke
		}
		i = j
	}
	if name == nil {
		return
	}
	sp := x.person(tokWords(name), cleanRole(strings.Join(tokWords(title), " ")))
	if sp == nil || sp.kind != kindPerson {
		return
	}
	if qfbTrace != nil {
		qfbTrace(x.src.URL, sp.name, rest)
	}
	x.emit(sp, quote, true, pos)
}

// qfbTrace, when set (by TestQuoteFallbackDiag), is told each statement the
// fallback gives: the document, the speaker and the words around the
// quotation it read them from.
var qfbTrace func(doc, name, rest string)

// personRun reports whether a run of capitalised words is a person's name
// by its shape: two or three words that are no outlet, body or word that
// never names a speaker, or one word the document or the lexicon already
// knows as a person ("Kovács" after "Kovács Béla").
func (x *extractor) personRun(run []tok) bool {
	words := tokWords(run)
	low := lowerString(strings.Join(words, " "))
	if outletNamed(low) != "" || x.lx.bodies[low] != "" {
		return false
	}
	for _, w := range words {
		l := lowerString(w)
		if x.lx.notSpeakers[l] || x.lx.bodyWords[l] || x.lx.groupNouns[l] || x.lx.isRole(l) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	switch len(run) {
	case 1:
		_, short := x.short[low]
		_, known := x.lx.people[low]
		return short || known || x.fullNameOf(words[0]) != ""
	case 2, 3:
		return true
	}
	return false
}

// soleQuotation returns the one quotation of s of fallbackMinQuote words
// or more and the rest of the sentence around it. A sentence opened by a
// dash quotes up to the next spaced dash ("– Ez jó terv – mondta …"). Any
// other quotation of s must be short (a name, a word held at a distance).
func soleQuotation(s string) (quote, rest string, ok bool) {
	s = strings.TrimSpace(s)
	if r, n := utf8.DecodeRuneInString(s); r == '–' || r == '—' {
		body := s[n:]
		for _, d := range []string{" – ", " — "} {
			if i := strings.Index(body, d); i > 0 {
				q := trimQuote(body[:i])
				if len(strings.Fields(q)) >= fallbackMinQuote {
					return q, body[i+len(d):], true
				}
			}
		}
		return "", "", false
	}
	var b strings.Builder
	last := 0
	for _, q := range quoteSpans(s) {
		inner := trimQuote(s[q.inner:q.innerEnd])
		if len(strings.Fields(inner)) < fallbackMinQuote {
			continue
		}
		if quote != "" {
			return "", "", false // two quotations: the rules that read verbs know which is whose
		}
		quote = inner
		b.WriteString(s[last:q.start])
		b.WriteByte(' ')
		last = q.end
	}
	if quote == "" {
		return "", "", false
	}
	b.WriteString(s[last:])
	return quote, b.String(), true
}

// quoteSpan is one quotation in a sentence: its marks from start to end,
// its words from inner to innerEnd.
type quoteSpan struct{ start, inner, innerEnd, end int }

// closersOf gives the marks that close a quotation opened by r, in the
// conventions of the languages news is written in: “…” (English), „…“
// and »…« (German, Hungarian), „…” (Polish, Romanian), «…» (French,
// Russian), ‹…›, ‚…‘, ”…” (Finnish, Swedish), "…"; "" when r opens none.
func closersOf(r rune) string {
	switch r {
	case '“':
		return "”"
	case '„':
		return "“”\"" // (and „…" as a keyboard types it)
	case '«':
		return "»"
	case '»':
		return "«"
	case '‹':
		return "›"
	case '›':
		return "‹"
	case '‚':
		return "‘’"
	case '”':
		return "”"
	case '"':
		return "\""
	}
	return ""
}

// quoteSpans finds the quotations of s, not nested, in order. Only a
// double quote or a byte of a multi-byte letter can open one, so most of
// a sentence is skipped a byte at a time.
func quoteSpans(s string) []quoteSpan {
	var out []quoteSpan
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '"' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		closers := closersOf(r)
		if closers == "" {
			i += n
			continue
		}
		j := i + n
		found := false
		for j < len(s) {
			c, m := utf8.DecodeRuneInString(s[j:])
			if strings.ContainsRune(closers, c) {
				out = append(out, quoteSpan{start: i, inner: i + n, innerEnd: j, end: j + m})
				i, found = j+m, true
				break
			}
			j += m
		}
		if !found {
			return out
		}
	}
	return out
}

// quotedElsewhere reports whether another paragraph of the document, or a
// statement already read, gives the quotation too: a headline or a
// standfirst repeats the words the body attributes with its verb
// ("Tajani: «La pace non può essere una resa»" above "«La pace non può
// essere una resa, …», ha affermato."), and the body's reading is the one
// kept.
func (x *extractor) quotedElsewhere(quote string, pos int) bool {
	for _, st := range x.out {
		if strings.Contains(st.Text, quote) {
			return true
		}
	}
	for _, p := range x.paras {
		if p.index != pos && strings.Contains(p.text, quote) {
			return true
		}
	}
	return false
}

// capitalRunAt is the end of the run of capitalised name words that starts
// at toks[i] (words joined by nothing but spaces), or i when toks[i] opens
// none: the candidate names the quotation readers weigh one run at a time.
func capitalRunAt(toks []tok, i int) int {
	if !isCapital(toks[i].word) || !nameWord(toks[i].word) {
		return i
	}
	j := i + 1
	for j < len(toks) && toks[j-1].trail == "" && isCapital(toks[j].word) && nameWord(toks[j].word) {
		j++
	}
	return j
}
