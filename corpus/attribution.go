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
	}
	rest := len(toks) - k
	if rest == 0 {
		return true
	}
	p := toks[k].low
	if rest <= 4 && (p == "in" || p == "on" || p == "at" || p == "during" || p == "after" || p == "late" || p == "earlier" || p == "later") {
		return true
	}
	if rest > 14 || !(p == "in" || p == "on" || p == "at" || p == "during" || p == "after" || p == "before" || p == "following" || p == "ahead") {
		return false
	}
	for _, t := range toks[k:] {
		if x.lx.thatWords[t.low] || x.lx.sayVerbs[t.low] || strings.ContainsAny(t.raw, "“”\"«»") {
			return false
		}
	}
	return true
}

// trailingSubjectAfter reads the speaker after an inverted verb at the end
// of a sentence and returns the token index where the attribution ends.
func (x *extractor) trailingSubjectAfter(toks []tok, vi int) (*speaker, int) {
	from := vi + 1
	if from < len(toks) && x.lx.addressees[lowerWord(toks[from])] && toks[from].trail == "" {
		from++ // "…, заявил журналистам пресс-секретарь Дмитрий Песков."
	}
	k := from
	for k < len(toks) && k-from <= 10 && x.subjectWord(toks[k], false) {
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
		if k < len(toks) && len(toks)-k > 3 && !x.roleLike(wordsOfToks(toks[k:])) && !clauseOpener(toks[k]) {
			// "…, ha spiegato il portavoce X, il piano è …": the
			// attribution stands inside what was said
			return sp, k
		}
		// an appositive role runs to the end of the sentence
		return sp, len(toks)
	}
	return sp, k
}

// hasSpeechCue is a cheap first look at a sentence: does any word read as
// a speech verb or "according"? Most sentences of an article hold none, and
// skipping them before tokenizing is most of extraction's speed.
func (x *extractor) hasSpeechCue(s string) bool {
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
		if w := s[start:i]; len(w) > 1 && len(w) <= 32 && x.lx.speechCues.has(wordKey(w)) && x.isSpeechCue(w) {
			return true
		}
	}
	return false
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
	return x.lx.sayVerbs[w] || x.lx.actVerbs[w] || w == "according" || w == "quoted" || w == "continued" || x.lx.according[w] || x.lx.viewCues[w]
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
		if k > j && clauseVerbs[toks[k-1].low] {
			break // "said Ukraine would not accept anything that …": the clause has begun
		}
		if x.lx.thatWords[toks[k].low] && toks[k].raw == toks[k].low {
			if k+1 < len(toks) {
				return trimSentenceEnd(s[toks[k+1].start:]), false
			}
			return "", false
		}
		if rest, ok := cutElided(toks[k].raw); ok {
			// French "qu'il", "qu’elle": the clause starts inside the word
			return trimSentenceEnd(rest + s[toks[k].start+len(toks[k].raw):]), false
		}
		if k > j && (x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low]) && (toks[k-1].low == "but" || toks[k-1].low == "and" || toks[k-1].low == "then") {
			// "acknowledged progress but stressed that ...": both verbs
			// are what was said
			return trimSentenceEnd(s[toks[vi].start:]), false
		}
		if strings.HasPrefix(toks[k].trail, ",") && k+1 < len(toks) && x.lx.thatWords[lowerWord(toks[k+1])] && k+2 < len(toks) {
			// "powiedział we wtorek, że …", "заявил в понедельник, что …"
			return trimSentenceEnd(s[toks[k+2].start:]), false
		}
		if toks[k].trail == "," && k > j && k <= j+2 && k+2 < len(toks) && timePreps[toks[j].low] && !act {
			// "sagte am Freitag, man prüfe …": the clause after the
			// time is what was said, in a language without "that"
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
	for j >= 0 && (x.lx.adverbs[toks[j].low] || x.lx.auxiliaries[toks[j].low] || reflexive[toks[j].low] && j+1 < vi && x.lx.auxiliaries[toks[j+1].low]) && toks[j].trail == "" && !isCapital(toks[j].word) {
		j-- // ("se limitó a decir", "si è limitato a dire": a reflexive before an auxiliary)
	}
	if j < 0 {
		return nil, 0
	}
	if j > 0 && toks[j].trail == "" && !x.subjectWord(toks[j], true) {
		// "Зеленский в вечернем обращении заявил": a channel phrase
		// between the speaker and the verb
		for m := j; m > 0 && m >= j-4 && toks[m].trail == ""; m-- {
			if x.lx.channels[lowerWord(toks[m])] {
				for p := m - 1; p > 0 && p >= m-3 && toks[p].trail == ""; p-- {
					if x.lx.asides[lowerWord(toks[p])] && toks[p-1].trail == "" {
						return x.subjectSpan(s, toks[:p+1], p)
					}
				}
				break
			}
		}
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
			if c := x.roleComplement(toks, k, j); c < k {
				k = c
				continue
			}
			if k > 0 && k < j && toks[k-1].trail == "" && isCapital(toks[k-1].word) && (elidedAffiliation(t.word) || (affiliationPreps[t.low] || t.low == "für") && isCapital(toks[k+1].word)) {
				// "Giulia Ferrandi dell'Istituto di Studi Adriatici
				// osserva", "Anna Weber vom Institut für Sicherheit sagte":
				// the institution after the name (affiliated finds it)
				k--
				continue
			}
			break
		}
		k--
	}
	if ch := x.channelBefore(toks, k); ch > 0 && k+1 <= j && (outletNamed(s[toks[k+1].start:toks[j].start+len(toks[j].word)]) != "" || j-k <= 2 && k >= 0 && toks[k].trail == "" && x.lx.channels[lowerWord(toks[k])] && isCapital(toks[k+1].word)) {
		// "Шойгу в интервью РИА Новости заявил", "X w rozmowie z TVN24
		// powiedział": the outlet is where it was said; the speaker
		// stands before the channel and its preposition
		c := ch - 1
		if c > 0 && toks[c].trail == "" && !isCapital(toks[c].word) {
			c--
		}
		if toks[c].trail == "" {
			return x.subjectSpan(s, toks[:c+2], c+1)
		}
		if toks[c].trail == "," {
			// "Ірина Кравець, членкиня комітету, у коментарі Укрінформу
			// зазначила": the speaker and their appositive before it
			return x.appositive(s[:toks[c].start+len(toks[c].raw)]), 0
		}
	}
	if k >= 1 && toks[k].trail == "" && toks[k-1].trail == "" && placePreps[toks[k].low] && (x.lx.groupNouns[toks[k-1].low] || x.lx.unnamed[toks[k-1].low]) {
		// "Western diplomats in Moscow said": the group speaks, not the
		// place
		return x.subjectSpan(s, toks, k)
	}
	phrase := toks[k+1 : j+1]
	for len(phrase) > 0 && (phrase[0].low == "of" || phrase[0].low == "and") {
		phrase = phrase[1:]
	}
	if len(phrase) == 0 {
		return nil, 0
	}
	if sp := x.affiliated(phrase); sp != nil {
		return sp, j + 1 - len(phrase)
	}
	if k >= 0 && len(phrase) == j-k && toks[k].trail == "" && x.lx.indefinites[toks[k].low] {
		// "a Kremlin official told reporters": the article makes the
		// speaker unnamed
		if sp := x.unnamedPhrase(toks[k : j+1]); sp != nil {
			return sp, k
		}
	}
	return x.classify(phrase, k+1 == 0), j + 1 - len(phrase)
}

// clauseOpener reports whether a word opens a clause about the speaker
// rather than going on with what was said: "…, said Peskov, who spoke in
// Moscow", "adding that …".
func clauseOpener(t tok) bool {
	switch lowerWord(t) {
	case "who", "whose", "which", "whom", "according", "который", "которая", "которые", "який", "яка", "які", "który", "która", "którzy", "che", "cui", "que", "quien", "qui", "dont", "der", "die", "das", "welcher", "welche":
		return true
	}
	return strings.HasSuffix(t.low, "ing")
}

// anyCapital reports whether any of the words is capitalised: a name has
// begun.
func anyCapital(ts []tok) bool {
	for _, t := range ts {
		if isCapital(t.word) {
			return true
		}
	}
	return false
}

// droppedSubject is who speaks when a language leaves the subject out
// ("„…” – dodał.", "«…», añadió.", "Ha poi aggiunto che …"): the last
// person who spoke nearby, of the gender a Slavic past verb shows
// ("dodała", "добавила" a woman; "dodał", "добавил", "додав" a man).
func (x *extractor) droppedSubject(verb string) *speaker {
	want := verbGender(verb)
	if u := x.lastUnnamed; u != nil && x.lastStmtSentence >= x.sentenceNo-1 {
		return u // "Otro diplomático … reconoció que … «…», resumió."
	}
	if sp := x.subjectBefore1(); sp != nil && (want == "" || surnameGender(sp) == want) {
		// "Arrieta no espera un acuerdo rápido. «…», advierte.": the
		// person the sentence before was about
		return sp
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-4; i-- {
		sp := x.speakers[i]
		if sp.kind != kindPerson || want != "" && surnameGender(sp) != want {
			continue
		}
		if !x.recent(sp, 1) {
			return nil
		}
		return sp
	}
	return nil
}

// verbGender is the gender a Slavic past-tense verb agrees with:
// "заявила", "dodała" a woman's; "заявил", "dodał", "заявив" a man's; ""
// for other verbs.
func verbGender(verb string) string {
	switch {
	case strings.HasSuffix(verb, "ла") || strings.HasSuffix(verb, "ła"):
		return "f"
	case strings.HasSuffix(verb, "ил") || strings.HasSuffix(verb, "ал") || strings.HasSuffix(verb, "ел") || strings.HasSuffix(verb, "ł") || strings.HasSuffix(verb, "ив") || strings.HasSuffix(verb, "ав"):
		return "m"
	}
	return ""
}

// surnameGender is a person's gender as known, else as a Slavic surname
// shows it: "Климова", "Lewandowska", "Гнатюк" after "заявила" are
// women; a surname ending otherwise is taken for a man's.
func surnameGender(sp *speaker) string {
	if sp.gender != "" {
		return sp.gender
	}
	f := strings.Fields(sp.name)
	if len(f) == 0 {
		return ""
	}
	last := strings.ToLower(f[len(f)-1])
	if strings.HasSuffix(last, "а") || strings.HasSuffix(last, "я") || strings.HasSuffix(last, "a") {
		return "f"
	}
	return "m"
}

// channelBefore returns the index of the channel noun ("интервью",
// "rozmowie") at k or just before a preposition at k ("w rozmowie z"),
// or -1.
func (x *extractor) channelBefore(toks []tok, k int) int {
	if k < 0 {
		return -1
	}
	if x.lx.channels[lowerWord(toks[k])] {
		return k
	}
	if k > 0 && len(toks[k].word) <= 4 && !isCapital(toks[k].word) && toks[k-1].trail == "" && x.lx.channels[lowerWord(toks[k-1])] {
		return k - 1
	}
	return -1
}

// unnamedPhrase is the unnamed speaker an indefinite phrase describes ("a
// senior official", "two diplomats"), nil when it names no such noun.
func (x *extractor) unnamedPhrase(ts []tok) *speaker {
	if len(ts) == 0 || !x.lx.indefinites[lowerWord(ts[0])] {
		return nil
	}
	for i, t := range ts {
		if t.trail != "" && i+1 < len(ts) && (t.trail != "," || clauseOpener(ts[i+1])) {
			// the description ends before a relative clause ("…, які
			// попросили не називати їхніх імен") or other punctuation
			ts = ts[:i+1]
			break
		}
	}
	for _, t := range ts {
		if x.lx.unnamed[lowerWord(t)] {
			words := make([]string, len(ts))
			for i, t := range ts {
				words[i] = t.word
			}
			return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
		}
	}
	return nil
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
	if k < len(toks) && toks[k-1].trail == "" && !isCapital(toks[k].word) && !anyCapital(toks[from:k]) {
		// "przekazał rzecznik rządu Piotr Malinowski": a lower-case
		// word of the title before the name
		for m := k + 1; m < len(toks) && m <= k+2; m++ {
			if isCapital(toks[m].word) && x.subjectWord(toks[m], false) && !x.lx.roleWords[lowerWord(toks[m])] {
				for k = m; k < len(toks) && k-from < 10 && x.subjectWord(toks[k], false); k++ {
					if toks[k].trail != "" {
						k++
						break
					}
				}
				break
			}
			if toks[m].trail != "" || toks[m-1].trail != "" {
				break
			}
		}
	}
	if strings.HasPrefix(toks[k-1].trail, ",") && k < len(toks) && x.roleLike(wordsOfToks(toks[from:k])) {
		// "», ha asegurado la ministra de Defensa, Margarita Robles.":
		// the title, then the name closing the sentence
		m := k
		for m < len(toks) && m-k < 4 && toks[m].trail == "" {
			m++
		}
		if m == len(toks)-1 && x.allNames(toks[k:m+1]) {
			if sp := x.classify(toks[k:m+1], false); sp != nil && sp.kind == kindPerson {
				if sp.role == "" {
					sp.role = cleanRole(strings.Join(wordsOfToks(toks[from:k]), " "))
					x.people[sp.name] = sp
				}
				return sp
			}
		}
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

// subjectWord says whether a word can be part of a speaker phrase.
func (x *extractor) subjectWord(t tok, last bool) bool {
	if t.word == "" || stopCaps[t.low] {
		return false
	}
	if strings.ContainsAny(t.raw, "“”\"—–()") {
		return false
	}
	if isCapital(t.word) {
		return t.low[0] < 0x80 || !x.lx.adverbs[lowerWord(t)] // "Также он отметил"
	}
	if x.lx.roleWords[t.low] || x.lx.backRef[t.low] || x.lx.groupNouns[t.low] || x.lx.bodyWords[t.low] || particles[t.low] {
		return true
	}
	switch t.low {
	case "of", "and", "the", "he", "she", "they", "it":
		return true
	case "il", "el", "lo", "los", "las", "gli", "der", "die", "das", "les":
		return !last // "ha detto il ministro X": the article of a title
	case "он", "она", "він", "вона", "ona", "lui", "lei", "él", "ella", "elle", "er":
		return true // "— добавил он", "ha aggiunto lei"
	}
	return false
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

// unnamedSource handles speech of people the report does not name: "A
// Ukrainian official close to the matter said ...", "Two sources familiar
// with the meeting said ...", "Un diplomate européen, qui a requis
// l'anonymat, a estimé que ...". The speaker is "unnamed source" with the
// description as role, never a person named elsewhere in the sentence.
func (x *extractor) unnamedSource(s string, toks []tok, pos int) bool {
	from := 0
	if toks[0].trail == "," && (stopCaps[toks[0].low] || x.lx.adverbs[toks[0].low]) || toks[0].trail == "" && (toks[0].low == "while" || toks[0].low == "but" || toks[0].low == "and" || toks[0].low == "whereas" || x.lx.adverbs[lowerWord(toks[0])] && len(toks) > 3) {
		from = 1 // "Meanwhile, a Western official ...", "while a diplomat said"
	}
	if from >= len(toks) {
		return false
	}
	if u := x.lastUnnamed; u != nil && from+3 < len(toks) && oneOfThem(toks[from:from+3]) && x.recent(u, 1) {
		// "Una de ellas precisó que …", "One of them said": one of the
		// sources just cited
		if x.lx.sayVerbs[toks[from+3].low] || x.lx.sayVerbs[lowerWord(toks[from+3])] {
			if text, direct := x.content(s, toks, from+3, false); text != "" {
				x.emit(u, text, direct, pos)
				return true
			}
		}
	}
	if first := lowerWord(toks[from]); !x.lx.indefinites[first] && !x.lx.unnamed[first] {
		// "Высокопоставленный чиновник, пожелавший…", "Senior officials
		// said": an adjective and the noun, with no name among them
		if from+2 >= len(toks) || toks[from].trail != "" || !x.lx.unnamed[lowerWord(toks[from+1])] || isCapital(toks[from+1].word) ||
			roleArticles[first] || x.lx.roleWords[first] || x.lx.groupNouns[first] || x.lx.groupNouns[lowerWord(toks[from+1])] ||
			toks[from+1].trail == "" && isCapital(toks[from+2].word) {
			return false // "The official said", "Ukrainian negotiator Serhiy Kyslytsya said"
		}
	}
	vi := -1
	inClause := false // ", who asked not to be named,"
	noun := false
	for k := from; k < len(toks) && k-from < 24; k++ {
		t := toks[k]
		if !inClause && x.lx.unnamed[lowerWord(t)] {
			noun = true
		}
		if !inClause && (x.lx.sayVerbs[t.low] || x.lx.actVerbs[t.low]) && k > from {
			vi = k
			break
		}
		if strings.HasPrefix(t.trail, ",") && k+1 < len(toks) {
			switch toks[k+1].low {
			case "who", "qui", "der", "die", "che", "который", "которая", "який", "яка", "który", "która":
				inClause = true
				continue
			}
			if inClause {
				inClause = false
				continue
			}
			if !noun {
				return false
			}
		}
		if strings.ContainsAny(t.raw, "“”\"«»„") {
			return false
		}
	}
	if vi < 0 || !noun {
		return false
	}
	last := vi - 1
	if last > from && x.lx.auxiliaries[toks[last].low] {
		last-- // "Fonti di Palazzo Chigi hanno riferito"
	}
	desc := s[toks[from].start : toks[last].start+len(toks[last].word)]
	if i := strings.Index(desc, ", "); i > 0 {
		desc = desc[:i] // the relative clause is not the role
	}
	text, direct := x.content(s, toks, vi, x.lx.actVerbs[toks[vi].low])
	for _, p := range []string{"privately ", "on condition of anonymity ", "that "} {
		text = strings.TrimPrefix(text, p)
	}
	if text == "" {
		return false
	}
	if u := x.lastUnnamed; u != nil && last == from && x.recent(u, 1) {
		// "Водночас співрозмовник застеріг": the bare noun is the source
		// just cited
		x.emit(u, text, direct, pos)
		return true
	}
	x.emit(&speaker{name: unnamedSpeaker, role: cleanRole(desc), kind: kindGroup}, text, direct, pos)
	return true
}

// unnamedSpeaker is the speaker of what people not named by the report
// said; their description is the statement's role.
const unnamedSpeaker = "unnamed source"

// accordingOther handles "according to X" in other languages at the start
// of a sentence (the lexicon's accordingWords: "По его словам", "За його
// словами", "Selon lui", "Secondo lei", "Según X", "Laut Peskow", "Według
// niego", "Zdaniem X", "Nach Angaben von Diplomaten"). The X runs to the
// comma; where the language writes none ("Według Zielińskiego rozmowy
// potrwają"), over the capitalised words after the cue.
func (x *extractor) accordingOther(s string, toks []tok, pos int) bool {
	end := -1
	cue := -1
	for k := 0; k < len(toks) && k < 10; k++ {
		if cue < 0 && x.lx.according[lowerWord(toks[k])] {
			cue = k
		}
		if strings.HasPrefix(toks[k].trail, ",") {
			end = k
			break
		}
	}
	if cue < 0 {
		return x.accordingTrailing(s, toks, pos)
	}
	if cue+2 < len(toks) && pronounGender[lowerWord(toks[cue+1])] != "" && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		end = cue + 1 // "Według niej najważniejsze jest …", "Secondo lui il piano …"
	}
	if end < 0 && (cue == 0 || cue == 1 && accordingLead[lowerWord(toks[0])]) {
		// no comma: the name is the capitalised words after the cue
		// ("Według Zielińskiego rozmowy …", "Nach Angaben von
		// Diplomaten soll …")
		k := cue + 1
		if k < len(toks) && particles[toks[k].low] {
			k++
		}
		first := k
		for k < len(toks) && k < first+3 && isCapital(toks[k].word) && toks[k].trail == "" {
			k++
		}
		if k > first+1 && x.knownName(toks[first].word) {
			// "Według Nowickiego Polska popiera …": the capital after a
			// name known from before starts the clause
			end = first
		} else if k > first+2 && x.knownName(toks[first].word+" "+toks[first+1].word) {
			end = first + 1 // "Według Wołodymyra Zełenskiego Ukraina …"
		} else if k > first && k < len(toks)-1 && !isCapital(toks[k].word) {
			end = k - 1
		}
	}
	if end < 0 || end+1 >= len(toks) {
		return false
	}
	var phrase []tok
	unnamed := false
	for _, t := range toks[:end+1] {
		l := lowerWord(t)
		switch {
		case x.lx.according[l] || accordingLead[l] || l == "von":
			continue
		case len(phrase) == 0 && accordingArticles[l]:
			continue // "A juicio de la analista"
		case x.lx.unnamed[l]:
			unnamed = true
		}
		phrase = append(phrase, t)
	}
	if len(phrase) == 0 {
		return false
	}
	var sp *speaker
	if unnamed {
		sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[phrase[0].start : phrase[len(phrase)-1].start+len(phrase[len(phrase)-1].word)]), kind: kindGroup}
	} else if u := x.lastUnnamed; u != nil && x.recent(u, 1) && oneOfThem(phrase) {
		sp = u // "За словами одного з них": one of the sources just cited
	} else {
		sp = x.classify(phrase, false)
	}
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
	return true
}

// accordingLead are the words before an accordingWord: "По словам", "За
// словами", "Nach Angaben".
var accordingLead = map[string]bool{"по": true, "за": true, "nach": true, "d'après": true, "a": true}

// accordingArticles stand between "A juicio" and whose view it is: "A
// juicio de la analista", "a giudizio del ministro".
var accordingArticles = map[string]bool{"de": true, "del": true, "la": true, "el": true, "di": true, "della": true, "dello": true, "du": true}

// knownName reports whether a lone word names someone the document has
// named before, in any grammatical case.
func (x *extractor) knownName(w string) bool {
	l := strings.ToLower(w)
	if _, ok := x.short[l]; ok {
		return true
	}
	if _, ok := x.lx.people[l]; ok {
		return true
	}
	return x.inflectedName(strings.Fields(w)) != ""
}

// accordingTrailing handles "according to X" of other languages closing a
// sentence: "…, según Olmedo.", "…, по словам Семёнова.", "…, secondo fonti
// diplomatiche."
func (x *extractor) accordingTrailing(s string, toks []tok, pos int) bool {
	for k := len(toks) - 2; k > 0 && k >= len(toks)-9; k-- {
		if !x.lx.according[lowerWord(toks[k])] {
			continue
		}
		c := k - 1
		if l := lowerWord(toks[c]); (l == "по" || l == "за") && c > 0 {
			c--
		}
		if !strings.HasPrefix(toks[c].trail, ",") {
			return false
		}
		phrase := toks[k+1:]
		unnamed := false
		for _, t := range phrase {
			if x.lx.unnamed[lowerWord(t)] {
				unnamed = true
			}
		}
		var sp *speaker
		if unnamed {
			last := phrase[len(phrase)-1]
			sp = &speaker{name: unnamedSpeaker, role: cleanRole(s[phrase[0].start : last.start+len(last.word)]), kind: kindGroup}
		} else {
			sp = x.classify(phrase, false)
		}
		if sp == nil {
			return false
		}
		x.emit(sp, trimSentenceEnd(s[:toks[c].start+len(toks[c].raw)-len(toks[c].trail)]), false, pos)
		return true
	}
	return false
}

// asClause handles an attribution that opens the sentence with "as" in
// the languages that write it so: "Как заявил журналистам X, …", "Як
// заявив X, …", "Come ha spiegato X, …", "Como dijo X, …", "Jak powiedział
// X, …". What follows the comma was said.
func (x *extractor) asClause(s string, toks []tok, pos int) bool {
	if len(toks) < 4 || !x.lx.asWords[lowerWord(toks[0])] {
		return false
	}
	vi := 1
	if x.lx.auxiliaries[toks[vi].low] {
		vi++
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] {
		return false
	}
	if strings.HasPrefix(toks[vi].trail, ",") && vi+1 < len(toks) {
		// "Jak zaznaczył, Polska nie będzie …", "Как отметил, …": the
		// subject left out, the last speaker goes on
		if sp := x.droppedSubject(lowerWord(toks[vi])); sp != nil {
			x.emit(sp, trimSentenceEnd(s[toks[vi+1].start:]), false, pos)
			return true
		}
		return false
	}
	end := -1
	for k := vi + 1; k < len(toks) && k <= vi+9; k++ {
		if strings.HasPrefix(toks[k].trail, ",") {
			end = k
			break
		}
	}
	if end < 0 || end+1 >= len(toks) {
		return false
	}
	from := vi + 1
	if x.lx.addressees[lowerWord(toks[from])] {
		from++
	}
	sp := x.unnamedPhrase(toks[from : end+1])
	if sp == nil {
		sp = x.classify(toks[from:end+1], false)
	}
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[end+1].start:]), false, pos)
	return true
}

// thisRef handles an attribution that points back to the sentence before:
// "Об этом сообщил журналистам сенатор X.", "Про це також повідомили
// джерела в уряді.", "Lo ha detto X." The sentence before, in the same or
// the previous paragraph, is what was said.
func (x *extractor) thisRef(s string, toks []tok, pos int) bool {
	if len(toks) < 3 || x.prevSentence == "" || x.prevSentencePara < pos-1 || !x.lx.thisRefs[lowerWord(toks[0])+" "+lowerWord(toks[1])] {
		return false
	}
	vi := 2
	for vi < len(toks)-1 && (x.lx.adverbs[lowerWord(toks[vi])] || x.lx.auxiliaries[toks[vi].low] || accordingFillers[lowerWord(toks[vi])]) {
		vi++
	}
	if !x.lx.sayVerbs[lowerWord(toks[vi])] || toks[vi].trail != "" {
		// "Про це Президент України Володимир Зеленський заявив …": the
		// speaker before the verb
		for v := vi + 1; v < len(toks) && v <= vi+8; v++ {
			if x.lx.sayVerbs[lowerWord(toks[v])] {
				if sp, start := x.subjectSpan(s, toks, v); sp != nil && start >= vi {
					return x.emitPrevious(sp, pos)
				}
				return false
			}
			if toks[v].trail != "" {
				return false
			}
		}
		return false
	}
	from := vi + 1
	if from < len(toks) && x.lx.addressees[lowerWord(toks[from])] {
		from++
	}
	if from >= len(toks) {
		return false
	}
	sp := x.unnamedPhrase(toks[from:])
	if sp == nil {
		sp = x.subjectAfter(toks, from)
	}
	if sp == nil {
		return false
	}
	return x.emitPrevious(sp, pos)
}

// emitPrevious gives the sentence before to sp ("… . Об этом заявил X."),
// unless it is already someone's statement.
func (x *extractor) emitPrevious(sp *speaker, pos int) bool {
	prev := x.prevSentence
	if n := len(x.out); n > 0 && x.out[n-1].Position >= x.prevSentencePara && strings.Contains(prev, x.out[n-1].Text) {
		return false // the sentence before is already someone's statement
	}
	x.emit(sp, trimQuote(trimSentenceEnd(prev)), false, pos)
	return true
}

// accordingFillers are the "also" words that may stand before the verb of
// a back-pointing attribution ("Про це також повідомили …").
var accordingFillers = map[string]bool{"также": true, "також": true, "też": true, "także": true, "anche": true, "también": true, "also": true}

// quotedBy handles "X was quoted by The Washington Post as saying (that)
// ...": the outlet is where it was reported, X the speaker.
func (x *extractor) quotedBy(s string, toks []tok, pos int) bool {
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].low != "was" || toks[k+1].low != "quoted" || toks[k+2].low != "by" {
			continue
		}
		as := -1
		for m := k + 3; m+1 < len(toks) && m < k+10; m++ {
			if toks[m].low == "as" && (toks[m+1].low == "saying" || toks[m+1].low == "telling") {
				as = m + 2
				break
			}
		}
		if as < 0 || as >= len(toks) {
			return false
		}
		sp, _ := x.subjectSpan(s, toks, k)
		if sp == nil {
			return false
		}
		if x.lx.thatWords[toks[as].low] && as+1 < len(toks) {
			as++
		}
		rest := strings.TrimSpace(s[toks[as].start:])
		if q, ok := wholeQuote(rest); ok {
			x.emit(sp, q, true, pos)
		} else {
			x.emit(sp, trimSentenceEnd(rest), false, pos)
		}
		return true
	}
	return false
}

// lowerWord is a token's word in lower case; tok.low lowers ASCII only,
// so a word of another script is lowered here.
func lowerWord(t tok) string {
	if t.low != "" && t.low[0] >= 0x80 {
		return strings.ToLower(t.low)
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

// roleComplement reads a title's lower-case complement back from toks[k]:
// "Wiceminister obrony Paweł Zaremba", "Il consigliere del presidente
// russo Yuri Ushakov", "Ekspertka ds. bezpieczeństwa Agnieszka Wróbel".
// Up to three lower-case words may stand between a title word and the
// capitalised words already read (which end at j, before the verb), or
// make the whole subject when the title opens the sentence ("Rzecznik
// rządu zapowiedział"); it returns the index before the title word, or k
// when there is none.
func (x *extractor) roleComplement(toks []tok, k, j int) int {
	named := k < j && isCapital(toks[k+1].word)
	if k > j || k < j && !named {
		return k
	}
	for m := k; m >= 0 && m >= k-3; m-- {
		t := toks[m]
		if t.trail != "" && !(t.trail == "." && len(t.word) <= 3) || strings.ContainsAny(t.raw, "“”\"«»„—–()") {
			return k // punctuation ends the subject ("ds." is an abbreviation)
		}
		if x.lx.roleWords[lowerWord(t)] {
			if !named && m > 0 {
				return k // "Rzecznik rządu zapowiedział" only opening the sentence
			}
			return m - 1
		}
		if stopCaps[t.low] && titlePreps[t.low] && m > 0 && x.lx.roleWords[lowerWord(toks[m-1])] && toks[m-1].trail == "" {
			continue // "Envoy for Investment …": the title's own preposition
		}
		if isCapital(t.word) && m < k || x.lx.sayVerbs[t.low] || x.lx.actVerbs[t.low] || x.lx.thatWords[t.low] || stopCaps[t.low] {
			return k
		}
	}
	return k
}

// oneOfThem reports whether a phrase is "one of them" in a language of the
// corpus ("одного з них", "jednego z nich", "uno di loro", "l'un d'eux"):
// a member of the group that has just spoken.
func oneOfThem(phrase []tok) bool {
	if len(phrase) < 2 || len(phrase) > 4 {
		return false
	}
	switch lowerWord(phrase[len(phrase)-1]) {
	case "them", "них", "nich", "ihnen", "loro", "ellos", "ellas", "eux", "elles":
		return true
	}
	return false
}

// inTheirView handles a sentence that opens with whose view it gives: "In
// his view, the sides will first agree …", "Jego zdaniem plan jest zły",
// "A su juicio, …". The pronoun resolves as in "he said"; a phrase with no
// pronoun ("a su juicio") stands for the last person who spoke.
func (x *extractor) inTheirView(s string, toks []tok, pos int) bool {
	if len(toks) < 4 {
		return false
	}
	if x.viewInside(s, toks, pos) {
		return true
	}
	for n := 2; n <= 3 && n < len(toks); n++ {
		var buf [64]byte // the phrase on the stack: views[string(b)] copies nothing
		b := buf[:0]
		for i := range n {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, lowerWord(toks[i])...)
		}
		pron, ok := x.lx.views[string(b)]
		if !ok {
			continue
		}
		var sp *speaker
		if pron != "" {
			sp = x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
		} else if x.lastSpeaker != nil && x.recent(x.lastSpeaker, 1) {
			sp = x.lastSpeaker // "A su juicio, …": whoever spoke last, a source too
		}
		if sp == nil {
			return false
		}
		x.emit(sp, trimSentenceEnd(s[toks[n].start:]), false, pos)
		return true
	}
	return false
}

// titlePreps join a title to its domain: "Envoy for Investment", "Minister
// of Defence", "Commissioner on Enlargement".
var titlePreps = map[string]bool{"for": true, "of": true, "on": true}

// placePreps put a group speaker somewhere: "diplomats in Moscow".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "w": true, "в": true, "у": true, "à": true, "en": true, "a": true, "aus": true, "z": true, "из": true, "з": true}

// timePreps open a short adverbial of time between a speech verb and what
// was said ("am Freitag", "on Monday", "im Interview").
var timePreps = map[string]bool{"am": true, "im": true, "on": true, "in": true, "at": true, "nach": true, "vor": true, "bei": true, "während": true}

// affiliationPreps tie a person to an institution after the name: "Giulia
// Ferrandi dell'Istituto …", "Anna Weber vom Institut …", "Jan Nowak z
// Ośrodka …", "Иван Петров из Центра …".
var affiliationPreps = map[string]bool{"of": true, "di": true, "del": true, "della": true, "de": true, "des": true, "du": true, "von": true, "vom": true, "z": true, "ze": true, "из": true, "з": true, "от": true, "від": true, "at": true, "from": true}

// elidedAffiliation reports whether a word is an elided preposition and a
// capitalised noun: "dell'Istituto", "dall'Università", "d'Oxford".
func elidedAffiliation(w string) bool {
	for _, p := range []string{"dell'", "dell’", "dall'", "dall’", "d'", "d’", "all'", "all’"} {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// affiliated reads a person named before their institution: "L'analista
// Giulia Ferrandi dell'Istituto di Studi Adriatici" is Giulia Ferrandi,
// an analyst. It returns nil unless a person of two or more capitalised
// words stands before the affiliation.
func (x *extractor) affiliated(phrase []tok) *speaker {
	for i := 2; i < len(phrase); i++ {
		t := phrase[i]
		next := i + 1
		if next < len(phrase)-1 && roleArticles[phrase[next].low] {
			next++ // "of the Nordic Institute"
		}
		if !(elidedAffiliation(t.word) || affiliationPreps[t.word] && next < len(phrase) && isCapital(phrase[next].word)) {
			continue
		}
		if !isCapital(phrase[i-1].word) || !isCapital(phrase[i-2].word) || x.lx.roleWords[lowerWord(phrase[i-1])] {
			return nil // ("Prime Minister of Poland Donald Tusk": a title's "of")
		}
		sp := x.classify(phrase[:i], false)
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		return sp
	}
	return nil
}

// reflexive pronouns may open a compound speech verb: "se limitó a decir".
var reflexive = map[string]bool{"se": true, "si": true, "s'est": true, "s’est": true}

// subjectBefore1 is the known person who opened the sentence just before
// this one, in the same paragraph, when that sentence was no statement
// ("Arrieta no espera un acuerdo rápido.", "Umerov did not comment
// publicly."): a verb or pronoun with no subject of its own then refers
// to them rather than to whoever spoke last. nil otherwise.
func (x *extractor) subjectBefore1() *speaker {
	if x.openedBy == nil || x.openedAt != x.sentenceNo-1 || x.prevSentencePara != x.pos || x.lastStmtSentence == x.sentenceNo-1 {
		return nil
	}
	return x.openedBy
}

// noteOpener remembers the known person a sentence opens with: a name the
// document has already given in full ("Arrieta", "Rustem Umerov") or a
// full name with a title.
func (x *extractor) noteOpener(s string) {
	w, next := nextWord(s, 0)
	if w == "" || !isCapital(w) {
		return
	}
	var buf, low [64]byte // look-up keys on the stack: short[string(b)] copies nothing
	full, ok := x.short[string(appendLower(low[:0], w))]
	if !ok {
		w2, _ := nextWord(s, next)
		two := append(append(append(buf[:0], w...), ' '), w2...)
		full, ok = x.short[string(appendLower(low[:0], unsafe.String(unsafe.SliceData(two), len(two))))]
		if !ok && isCapital(w2) {
			// a known person named in full for the first time: "Marco
			// Rubio has pushed back at claims …"
			if p, known := x.lx.people[strings.ToLower(w+" "+w2)]; known {
				if sp := x.person([]string{w, w2}, ""); sp != nil && sp.kind == kindPerson && sp.name == p.Name {
					x.openedBy, x.openedAt = sp, x.sentenceNo
				}
			}
			return
		}
	}
	if !ok {
		return
	}
	if sp, ok := x.people[full]; ok && sp.kind == kindPerson {
		x.openedBy, x.openedAt = sp, x.sentenceNo
	}
}

// viewInside handles a view phrase between commas inside the sentence:
// "Европейский вариант, по его словам, «совершенно неконструктивный»",
// "The plan, in her view, is dead". What was said is the sentence
// without the phrase.
func (x *extractor) viewInside(s string, toks []tok, pos int) bool {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].trail != "," {
			continue
		}
		for n := 2; n <= 3 && i+n < len(toks); n++ {
			if toks[i+n-1].trail != "," {
				continue
			}
			var b strings.Builder
			for k := i; k < i+n; k++ {
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(lowerWord(toks[k]))
			}
			pron, ok := x.lx.views[b.String()]
			if !ok || pron == "" {
				continue
			}
			sp := x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
			if sp == nil {
				return false
			}
			text := strings.TrimRight(s[:toks[i-1].start+len(toks[i-1].raw)], ",") + " " + s[toks[i+n].start:]
			x.emit(sp, trimSentenceEnd(text), false, pos)
			return true
		}
	}
	return false
}

// clauseVerbs are auxiliaries and modals that show the words after a
// speech verb are already the clause of what was said, so a later "that"
// is a relative pronoun inside it.
var clauseVerbs = map[string]bool{"would": true, "will": true, "could": true, "can": true, "should": true, "must": true, "is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true, "did": true, "does": true, "may": true, "might": true}
