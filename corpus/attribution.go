// Attribution: which words of a sentence say that someone spoke (the
// speech verbs of data/verbs.json, "according to", channels) and where
// the subject and the content of that speech are.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

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

// attributionEnds reports whether nothing but an adverbial follows the
// verb at vi: "on Monday", "in a statement", "reporters at the end of his
// state visit to Kyrgyzstan" (an addressee, then a place or time). A short
// one may start with a time word; a longer one must start with a
// preposition and hold no "that" and no second speech verb, which would
// make it the words said.
func (x *extractor) attributionEnds(toks []tok, vi int) bool {
	k := vi + 1
	if k < len(toks) && x.lx.addressee[toks[vi].low] && toks[vi].trail == "" && (x.lx.addressees[lowerWord(toks[k])] || outletNamed(toks[k].word) != "") {
		k++ // "told reporters", "told TASS"
	} else if k < len(toks) && x.lx.addressee[toks[vi].low] && toks[vi].trail == "" {
		k += x.shortAddressee(toks, k) // "told state television", "told a news conference in Kyiv"
	}
	rest := len(toks) - k
	if rest == 0 {
		return true
	}
	p := toks[k].low
	if rest <= 4 && (p == "in" || p == "on" || p == "at" || p == "during" || p == "after" || p == "late" || p == "earlier" || p == "later" || gapOpener(toks[k])) {
		return true
	}
	if rest > 14 || !(p == "in" || p == "on" || p == "at" || p == "during" || p == "after" || p == "before" || p == "following" || p == "ahead") {
		return false
	}
	for _, t := range toks[k:] {
		if x.lx.thatWords[t.low] || x.lx.sayVerbs[t.low] || containsAny(t.raw, "“”\"«»") {
			return false
		}
	}
	return true
}

// maxAddresseeWords is the most words shortAddressee reads as whom the
// words were given to.
const maxAddresseeWords = 3

// shortAddressee returns how many words from k are a short addressee
// after a verb of telling that ends the attribution: the sentence ends
// after them or a time or place phrase follows ("told state television",
// "told a news conference on Monday"); 0 when the words go on into a
// clause ("told state media the plan was dead").
func (x *extractor) shortAddressee(toks []tok, k int) int {
	for m := 1; m <= maxAddresseeWords && k+m <= len(toks); m++ {
		t := toks[k+m-1]
		if l := lowerWord(t); x.lx.thatWords[l] || x.lx.sayVerbs[l] || clauseVerbs[l] || containsAny(t.raw, "“”\"«»") {
			return 0
		}
		if k+m == len(toks) {
			return m
		}
		if t.trail != "" {
			return 0
		}
		if gapOpener(toks[k+m]) {
			return m
		}
	}
	return 0
}

// trailingSubjectAfter reads the speaker after an inverted verb at the end
// of a sentence and returns the token index where the attribution ends.
func (x *extractor) trailingSubjectAfter(toks []tok, vi int) (*speaker, int) {
	from := x.afterClitic(toks, vi+1) // "…, izjavio je savjetnik X"
	if from < len(toks) && x.lx.addressees[lowerWord(toks[from])] && toks[from].trail == "" {
		from++ // "…, заявил журналистам пресс-секретарь Дмитрий Песков."
	}
	from = x.skipLeadAdverbial(toks, from) // "…, сказав у четвер посланник X" (trailtime.go)
	k := from
	for k < len(toks) && k-from <= 10 && (x.subjectWord(toks[k], false) || x.trailingComplement(toks, from, k) || k+1 < len(toks) && x.demonymBeforeTitle(toks, k, len(toks)-1) || k > from && x.demonymAfterTitle(toks, k)) { // "…, dodał amerykański prezydent", "…, ha aggiunto il presidente americano" (demonymtitle.go)
		k++
		if toks[k-1].trail != "" {
			break
		}
	}
	if k == from {
		return nil, 0
	}
	sp := x.subjectAfter(toks, from)
	if sp == nil {
		return nil, 0
	}
	if strings.HasPrefix(toks[k-1].trail, ":") && k < len(toks) {
		return sp, k // "…, sagte Hollmann: Eine Armee …": what was said goes on
	}
	if strings.HasPrefix(toks[k-1].trail, ",") {
		if x.adverbialTail(toks[k:]) {
			return sp, len(toks) // "…, said envoy X, after two days of talks": the attribution's own circumstance (trailtime.go)
		}
		if k < len(toks) && (len(toks)-k > 3 && (lonePronoun(toks[from:k]) || !x.roleLike(tokWords(toks[k:])) && !clauseOpener(toks[k])) || len(toks)-k >= 2 && lonePronoun(toks[from:k])) {
			// "…, ha spiegato il portavoce X, il piano è …": the
			// attribution stands inside what was said; after a lone
			// pronoun no role follows, so two words after it are what
			// was said too ("…, добавила она, по-прежнему неприемлемы")
			return sp, k
		}
		// an appositive role runs to the end of the sentence
		return sp, len(toks)
	}
	return sp, k
}

// scanSpeechCue is a cheap first look at a sentence: does any word read as
// a speech verb or "according"? Most sentences of an article hold none, and
// skipping them before tokenizing is most of extraction's speed.
func (x *extractor) scanSpeechCue(s string) bool {
	for i := 0; i < len(s); {
		// a word: ASCII letters and the letters of other scripts
		// ("заявил", "déclaré"); quotation marks and dashes end it
		start := i
		for i < len(s) {
			c := s[i]
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) {
					break
				}
				i += size
				continue
			}
			if !isASCIILetter(c) {
				break
			}
			i++
		}
		if i == start {
			// not a letter: skip it whole
			if s[i] >= utf8.RuneSelf {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			} else {
				i++
			}
			continue
		}
		if w := s[start:i]; len(w) > 1 && len(w) <= 32 && (x.lx.speechCues.has(wordKey(w)) || upperNonASCII(w)) && (x.isSpeechCue(w) || x.thatVerbIn(s, w, i)) && !x.passiveCue(s, start, w) && !bareSayAt(s, start, w) {
			return true
		}
		if i+1 < len(s) && s[i] == '-' && isASCIILetter(s[i+1]) {
			// "comprometeu-se a …": a Portuguese verb with its enclitic
			// pronoun is one token, listed whole in the lexicon
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if w := s[start:j]; len(w) <= 32 && x.lx.speechCues.has(wordKey(w)) && x.isSpeechCue(w) {
				return true
			}
		}
	}
	return false
}

// channelIn reports whether a short phrase after a speech verb names the
// interview or broadcast it was said in ("im Interview mit der Rheinpost").
func (x *extractor) channelIn(ts []tok) bool {
	for i, t := range ts {
		if i < 3 && x.lx.channels[lowerWord(t)] {
			return true
		}
	}
	return false
}

// upperNonASCII reports whether w opens with a capital outside ASCII
// ("Σύμφωνα", "Според"): the filter holds the lower-case key, which such a
// word's bytes do not fold to, so the word is asked about in full.
func upperNonASCII(w string) bool {
	if w[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isSpeechCue reports whether a word (ASCII letters lower-cased here) is a
// speech verb or opens "according to" in some language.
func (x *extractor) isSpeechCue(word string) bool {
	var buf [32]byte
	for k := 0; k < len(word); k++ {
		c := word[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	w := string(buf[:len(word)])
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && r >= utf8.RuneSelf {
		w = lowerString(word) // "Според", "Σύμφωνα": a cue opening the sentence in another script
	}
	if cue, ok := x.cueWord(w); ok {
		return cue
	}
	return x.lx.sayVerbs[w] || x.lx.sayVerbs[readAsWords[x.src.Lang][w]] || x.lx.actVerbs[w] || w == "according" || w == "quoted" || w == "continued" || x.lx.according[w] || x.lx.viewCues[w] || x.lx.participles[w] || x.lx.asideVerbs[w] || x.lx.introVerbs[w] || x.lx.hearsayParts[w]
}

// content is what the speaker said: the that-clause, or the words after the
// verb; an "act" verb (denied, urged, acknowledged) keeps the verb, since
// "knowledge of this document" alone would not say what was done with it.
func (x *extractor) content(s string, toks []tok, vi int, act bool) (string, bool) {
	j := vi + 1
	if j >= len(toks) {
		return "", false
	}
	if j+1 < len(toks) && toks[vi].trail == "" && strings.HasPrefix(toks[j].trail, ",") && (x.lx.separable[toks[j].low] || x.lx.adverbs[toks[j].low] && !isCapital(toks[j].word)) {
		// "Er fügte hinzu, die Regierung dürfe …": the verb's particle
		// ends the attribution; so does an adverb of continuation ("Er
		// sagte außerdem, …", "sagte zudem, …"), the last speaker's
		// next claim
		vi, j = j, j+1
	}
	if toks[vi].trail == "" && x.lx.addresseeArticles[toks[j].low] {
		// "X sagte der Deutschen Presse-Agentur, im Gegenvorschlag sei
		// …": whom the words were given to, then what was said
		for k := j + 1; k < len(toks)-1 && k <= j+4; k++ {
			if toks[k].trail != "" {
				if strings.HasPrefix(toks[k].trail, ",") && isCapital(toks[k].word) {
					vi, j = k, k+1
				}
				break
			}
		}
	}
	if toks[vi].trail == ":" || toks[vi].trail == "," {
		rest := strings.TrimSpace(s[toks[j].start:])
		if q, ok := wholeQuote(rest); ok {
			return q, true
		}
	}
	// "said on Monday: “...”" / "told reporters: “...”" / "lo resumió
	// así ante los ministros de Exteriores: para que …"
	for k := j; k < len(toks) && k <= j+7; k++ {
		if strings.HasSuffix(toks[k].trail, ":") && k+1 < len(toks) {
			rest := strings.TrimSpace(s[toks[k+1].start:])
			if q, ok := wholeQuote(rest); ok {
				return q, true
			}
			if k > j+1 && !act {
				return trimSentenceEnd(rest), false
			}
			break
		}
		if toks[k].trail != "" || x.lx.thatWords[toks[k].low] {
			break
		}
	}
	// look for "that" after a short addressee or adverbial: "told Swedish
	// lawmakers that", "announced on Sunday that", "said in a statement that"
	for k := j; k < len(toks) && k <= j+6; k++ {
		if k > j && clauseVerbs[toks[k-1].low] || k > j+1 && x.src.Lang == "en" && ownClauseSubjects[toks[j].low] {
			break // "said Ukraine would not accept anything that …", "said he welcomed that clarification": the clause has begun (nestedspeech.go)
		}
		if k > j+1 && nestedNotSpeech[toks[k-1].low] && toks[k-1].trail == "" {
			// "Ushakov said Putin and Trump agreed that …", "said Moscow
			// believes that …": a subject and its verb of agreement or
			// belief, the clause said has begun; its "that" is the inner
			// one, and the agreement is what was said (stop 62; nestedspeech.go
			// keeps such a clause the relayer's)
			break
		}
		if k > j && x.clauseAfterComma(toks, vi, j) || k > j+1 && x.subjectAfterSay(toks, vi, j) {
			break // "sagte, die Dokumente zeigten, dass …", "said the documents showed that …": the clause said has begun, its "that" is its own
		}
		if x.lx.thatWords[toks[k].low] && (toks[k].raw == toks[k].low || readAsWords[x.src.Lang][toks[k].raw] == toks[k].low) && !determinerThat(toks, k) && (k > j || !demonstrativeThat(toks, k)) {
			// (a word read as "that", Croatian "da", is as plain as written)
			if k > j+2 && x.lx.conjunctions[toks[k-1].low] && x.lx.addressee[toks[vi].low] {
				break // "told reporters the plan needed work and that …": the second of two clauses said
			}
			if act {
				break // "denied that talks took place": the clause alone says the opposite (predicate.go)
			}
			if k+1 < len(toks) {
				return trimSentenceEnd(s[toks[k+1].start:]), false
			}
			return "", false
		}
		if rest, ok := cutElided(toks[k].raw); ok && !act {
			// French "qu'il", "qu’elle": the clause starts inside the word
			return trimSentenceEnd(rest + s[toks[k].start+len(toks[k].raw):]), false
		}
		if k > j && (x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low]) && (toks[k-1].low == "but" || toks[k-1].low == "and" || toks[k-1].low == "then") {
			// "acknowledged progress but stressed that ...": both verbs
			// are what was said
			return trimSentenceEnd(s[toks[vi].start:]), false
		}
		if strings.HasPrefix(strings.TrimLeft(toks[k].trail, "»”\""), ",") && k+1 < len(toks) && x.lx.thatWords[lowerWord(toks[k+1])] && k+2 < len(toks) && !act {
			// "powiedział we wtorek, że …", "заявил в понедельник, что …",
			// "рассказал «Интерфаксу», что …"
			return trimSentenceEnd(s[toks[k+2].start:]), false
		}
		if toks[k].trail == "," && k > j && k+2 < len(toks) && !act && x.channelIn(toks[j:k+1]) {
			// "sagte im Interview mit der Rheinpost, die Gespräche
			// würden …": the channel is where it was said, the clause
			// after its comma what was said
			return trimSentenceEnd(s[toks[k+1].start:]), false
		}
		if toks[k].trail == "," && k > j && (k <= j+2 || k <= j+maxGap && x.allGapWords(toks[j:k])) && k+2 < len(toks) && timePreps[toks[j].low] && !act {
			// "sagte am Freitag, man prüfe …", "sagte am Montag in
			// Berlin, Europa sei bereit": the clause after the time and
			// place is what was said, in a language without "that"
			return trimSentenceEnd(s[toks[k+1].start:]), false
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
		skipped := false
		for k := j; k < len(toks) && k <= j+4; k++ {
			if strings.HasSuffix(toks[k].trail, ":") || strings.HasSuffix(toks[k].trail, ",") {
				j, skipped = k+1, true
				break
			}
		}
		if k := x.toldAddresseeEnd(toks, j); !skipped && k > j && !x.lx.addressees[lowerWord(toks[j])] {
			j = k // "told the paper the plan was a start", "told Reuters Ukraine would …" (toldaddressee.go)
		} else if !skipped && j+3 < len(toks) && toks[j].trail == "" && (x.lx.addressees[lowerWord(toks[j])] || toks[j].low == "me" || toks[j].low == "us") {
			// ("tells me the clause was parked", a reporter's note: the
			// writer is no part of what was said)
			j++ // "told reporters Europe would not …": the clause follows the addressee without "that"
			for k := j; k < len(toks)-1 && k <= j+8; k++ {
				if x.lx.thatWords[toks[k].low] && !determinerThat(toks, k) && !demonstrativeThat(toks, k) {
					if k > j+1 && x.lx.conjunctions[toks[k-1].low] {
						break // "told reporters the plan needed work and that …": both clauses were said
					}
					j = k + 1 // "told reporters at the mission on Sunday that …"
					break
				}
				if toks[k].trail != "" {
					break
				}
			}
		}
	}
	j = x.dayBeforeClause(toks, j) // "said on Sunday they had made progress" (toldaddressee.go)
	if j >= len(toks) {
		return "", false
	}
	rest := strings.TrimSpace(s[toks[j].start:])
	if q, ok := wholeQuote(rest); ok {
		return q, true
	}
	if topicPreps[lowerWord(toks[j])] && toks[j-1].trail == "" && !containsAny(rest, "“”\"«»„") && !approximateNumber(toks, j) {
		// (after a comma the preposition opens the clause said: "sagte, über Geld entscheide Europa")
		// "Ушаков рассказал о позиции Москвы": what was spoken about,
		// not what was said (a that-clause after it was read above)
		return "", false
	}
	// "said in a statement." / "said on Sunday." carry nothing
	if p := toks[j].low; (p == "in" || p == "on" || p == "at") && len(toks)-j <= 4 {
		return "", false
	}
	return trimSentenceEnd(rest), false
}

// topicPreps, right after a speech verb, open what was spoken about.
var topicPreps = grammarSet("topicPreps")

// approximateNumber reports whether toks[j] is English "about" before a
// number: "Kyiv says about 19 points remained" gives a figure, not a
// topic, and the clause is what was said.
func approximateNumber(toks []tok, j int) bool {
	return toks[j].low == "about" && j+1 < len(toks) && toks[j+1].word != "" && toks[j+1].word[0] >= '0' && toks[j+1].word[0] <= '9'
}

// trailingClause handles an attribution after the last comma when nothing
// else did: "The talks will resume on Monday, a senior official said.",
// "…, a spokesperson for the Foreign Office told TASS." (the office
// speaks, with the role spokesperson).
func (x *extractor) trailingClause(s string, toks []tok, pos int) bool {
	c := -1
	for k := len(toks) - 2; k > 0 && k >= len(toks)-12; k-- {
		if strings.HasPrefix(toks[k].trail, ",") {
			c = k
			break
		}
	}
	if c < 0 {
		return false
	}
	vi := -1
	for k := c + 2; k < len(toks); k++ {
		if x.lx.sayVerbs[toks[k].low] {
			vi = k
			break
		}
	}
	if vi < 0 || len(toks)-vi > 4 {
		return false // more than an addressee or a day after the verb
	}
	subj := toks[c+1 : vi]
	sp := x.unnamedPhrase(subj)
	if sp == nil && len(subj) >= 4 && (subj[1].low == "spokesperson" || subj[1].low == "spokesman" || subj[1].low == "spokeswoman" || subj[1].low == "representative") && (subj[2].low == "for" || subj[2].low == "of") {
		if body := x.classify(subj[3:], false); body != nil {
			sp = &speaker{name: body.name, role: subj[1].low, kind: body.kind}
		}
	}
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[:toks[c].start+len(toks[c].raw)-len(toks[c].trail)]), false, pos)
	return true
}

// cutElided returns what follows the elided "qu'" of a French word.
func cutElided(w string) (string, bool) {
	for _, p := range []string{"qu'", "qu’"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return w[len(p):], true
		}
	}
	return "", false
}

// lowerWord is a token's word in lower case; tok.low lowers ASCII only,
// so a word of another script is lowered here.
func lowerWord(t tok) string {
	if t.low != "" && t.low[0] >= 0x80 {
		return lowerString(t.low) // t.low itself when already lower case: no copy
	}
	return t.low
}

// outletMarkSet finds the outlet markers in a sentence in one pass.
var outletMarkSet = sync.OnceValue(func() *phraseSet { return newPhraseSet(lexiconData().outletMarks) })

// outletIn returns the known outlet a sentence says the words were given
// to ("told the Financial Times that ..."), or "".
func outletIn(s string) string {
	// the markers are lower case ("Im Interview mit"): a sentence whose
	// only capitals are ASCII is folded as it is scanned, any other is
	// lower-cased first
	low, fold := s, true
	var lowBuf [512]byte // the lower-case copy of a sentence of any script, on the stack
	if !lowerIsFold(s) { // a capital letter beyond ASCII: lower-case a copy
		b := appendLower(lowBuf[:0], s)
		low, fold = unsafe.String(unsafe.SliceData(b), len(b)), false
		if len(low) != len(s) {
			low = s // a letter whose lower case is longer: offsets would not match
		}
	}
	var buf [32]int
	at := outletMarkSet().firstIndexes(low, fold, buf[:0])
	for j, m := range lexiconData().outletMarks {
		i := at[j]
		if i < 0 {
			continue
		}
		var buf [5]string // the first five words are all an outlet name needs
		words := buf[:0]
		for w := range strings.FieldsSeq(s[i+len(m):]) {
			if words = append(words, w); len(words) == len(buf) {
				break
			}
		}
		for n := len(words); n > 0; n-- {
			name := strings.TrimRight(strings.Join(words[:n], " "), ".,;:")
			if o := outletNamed(name); o != "" {
				return o
			}
		}
	}
	return ""
}

// timePreps open a short adverbial of time between a speech verb and what
// was said ("am Freitag", "on Monday", "im Interview").
var timePreps = grammarSet("timePrepositions")

// commaClauseLang reports whether a language sets a clause said off from
// its speech verb by a comma, with or without a that-word: the Slavic
// languages, German and Dutch ("sagte, die Dokumente zeigten, …",
// "заявил, документы показали, что …"): a comma right after the verb
// opens the clause said, and a later "that" is inside it.
func commaClauseLang(lang string) bool {
	return slavicLangs[lang] || lang == "de" || lang == "nl"
}

// clauseAfterComma reports whether the clause said begins at j, after a
// comma right after the speech verb at vi, in a language that writes it so.
func (x *extractor) clauseAfterComma(toks []tok, vi, j int) bool {
	return commaClauseLang(x.src.Lang) && toks[vi].trail == "," && !x.lx.thatWords[toks[j].low]
}

// articleTimeNouns are the nouns after "the" that make a time adverbial
// between a speech verb and "that" ("said the day before that …").
var articleTimeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true, "next": true, "previous": true, "following": true, "same": true, "other": true}

// subjectAfterSay reports whether an English speech verb that takes no
// addressee is followed by a noun phrase opening with "the" that is no
// time adverbial: the subject of the clause said ("said the documents
// showed that …"), as "said" takes no object before its "that".
func (x *extractor) subjectAfterSay(toks []tok, vi, j int) bool {
	return x.src.Lang == "en" && toks[j].low == "the" && toks[vi].trail == "" && j+1 < len(toks) &&
		!x.lx.addressee[toks[vi].low] && !articleTimeNouns[toks[j+1].low] && !timePreps[toks[j].low]
}

// clauseVerbs are auxiliaries and modals that show the words after a
// speech verb are already the clause of what was said, so a later "that"
// is a relative pronoun inside it.
var clauseVerbs = map[string]bool{"would": true, "will": true, "could": true, "can": true, "should": true, "must": true, "is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true, "did": true, "does": true, "may": true, "might": true}
