// Speech in a relative clause: the speaker is named, or cited with
// "according to", and a relative clause on them says what they said:
// "…, according to two people briefed on the schedule, who said he had
// held separate meetings", "…, a confirmé une source diplomatique, qui a
// décrit le ton comme « franc »", "Même son de cloche chez Nadia
// Bellerose, ancienne diplomate, qui rappelle que …". The relative
// pronouns are data (grammar.json speakerRelatives), the verbs the
// lexicon's speech verbs: the same reading holds in every language.

package corpus

import "strings"

// speakerRelatives open a relative clause about a person: "who", "qui",
// "che", "который", "який", "który", "som".
var speakerRelatives = grammarSet("speakerRelatives")

// relativeSpeechAt returns the byte index of the ", " that opens a
// relative clause whose verb, within three words of the pronoun, is a
// speech verb, and the index where what was said begins; 0 when there is
// none.
func (x *extractor) relativeSpeechAt(s string) (int, int) {
	for i := strings.Index(s, ", "); i > 0; {
		rel, next := nextWord(s, i+2)
		if lowerIn(speakerRelatives, rel) {
			at := next
			for n := 0; n < 3; n++ {
				w, nx := nextWord(s, at)
				l := lowerString(strings.Trim(w, ",;:"))
				if x.isSpeechWord(l) {
					return i, nx
				}
				if nx2, ok := placeAside(s, l, nx); ok {
					at = nx2 // "…, che da Johannesburg aveva detto che …": where, not who (speakerkinds.go)
					continue
				}
				if from, ok := x.relativeGapVerb(s, at); ok {
					return i, from // "…, der in Johannesburg erklärt hatte, …" (relspeech_gap.go)
				}
				if w == "" || containsAny(w, ",;:") || !x.lx.auxiliaries[l] && !x.lx.adverbs[l] && !reflexive[l] {
					break // "who he says has …": the clause has a subject of its own
				}
				at = nx
			}
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return 0, 0
}

// isSpeechWord reports whether a word is a say or act verb of the lexicon.
func (x *extractor) isSpeechWord(w string) bool {
	l := lowerString(w)
	return x.lx.sayVerbs[l] || x.lx.actVerbs[l]
}

// relativeSpeech reads a sentence whose relative clause reports speech:
// the part before the clause as any sentence, then what the clause says
// as a statement of the person the clause is about, the speaker the first
// part just cited or the person it ends with. It reports whether it read
// the sentence.
func (x *extractor) relativeSpeech(s string, pos int) bool {
	i, from := x.relativeSpeechAt(s)
	if i == 0 {
		return false
	}
	first := s[:i]
	text := strings.TrimLeft(strings.TrimSpace(s[from:]), ",: ") // "der sagte, Deutschland werde …"
	if w, next := nextWord(text, 0); lowerIn(x.lx.thatWords, w) {
		text = strings.TrimSpace(text[next:])
	}
	if strings.Count(text, " ") < 2 || x.mainVerbAfter(text) {
		return false // "a diplomat, who asked not to be named, said …": a parenthesis
	}
	before := len(x.out)
	x.sentence(first, pos)
	var sp *speaker
	if len(x.out) > before && x.lastSpeaker != nil {
		low := lowerString(strings.TrimSpace(first))
		if last := x.lastSpeaker; last.role != "" && strings.HasSuffix(low, lowerString(last.role)) || strings.HasSuffix(low, lowerString(lastWord(last.name))) {
			sp = last // "…, according to two people briefed on the schedule"
		}
	}
	if sp == nil {
		htoks := tokenize(first)
		if len(htoks) == 0 {
			return true
		}
		cand := x.wordsOfSpeaker(first, htoks) // "le parole della presidente del Consiglio Giorgia Meloni, che …"
		if cand == nil {
			cand = x.subjectOfHead(first, htoks)
		}
		if cand == nil {
			cand = x.titledNameAtEnd(first, htoks) // "mostró a la primera ministra Anna Rossi, quien …"
		}
		if cand == nil || cand.kind != kindPerson && cand.name != unnamedSpeaker {
			return true
		}
		sp = cand
	}
	if q := quotedIn(text); q != "" && len(q) < len(text)/2 {
		x.emit(sp, q, true, pos) // "qui a décrit le ton comme « franc »"
		return true
	}
	x.emit(sp, trimSentenceEnd(text), false, pos)
	return true
}

// quotedIn returns the first quotation in text, or "".
func quotedIn(text string) string {
	for _, p := range [][2]string{{"«", "»"}, {"“", "”"}, {"„", "“"}, {"\"", "\""}} {
		if a := strings.Index(text, p[0]); a >= 0 {
			if b := strings.Index(text[a+len(p[0]):], p[1]); b > 0 {
				return strings.TrimSpace(text[a+len(p[0]) : a+len(p[0])+b])
			}
		}
	}
	return ""
}

// mainVerbAfter reports whether a speech verb follows a comma in text
// within three words: the relative clause was a parenthesis before the
// sentence's own verb ("who asked not to be named, said", "che ha chiesto
// l'anonimato, gli ha detto"), not the end of the sentence.
func (x *extractor) mainVerbAfter(text string) bool {
	for i := strings.Index(text, ", "); i >= 0; {
		at := i + 2
		for n := 0; n < 3; n++ {
			w, next := nextWord(text, at)
			if w == "" {
				break
			}
			if x.isSpeechWord(strings.Trim(w, ",;:.")) {
				return true
			}
			at = next
		}
		j := strings.Index(text[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// titledNameAtEnd reads the title and name that close the words before a
// relative clause when they stand as the object of another word ("mostró
// las palabras de la primera ministra Anna Rossi, quien había dicho …"):
// the subject reader rightly refuses them as a subject, yet the relative
// clause is theirs. Only a title word followed by a name of two to three
// capitalised words is taken; anything else gives nil.
func (x *extractor) titledNameAtEnd(first string, htoks []tok) *speaker {
	n := len(htoks)
	if n < 3 || !isCapital(htoks[n-1].word) || !isCapital(htoks[n-2].word) {
		return nil
	}
	k := n - 1
	for k > 0 && n-k < 4 && htoks[k-1].trail == "" && isCapital(htoks[k-1].word) {
		k--
	}
	role := false
	for k > 0 && n-k < 8 && htoks[k-1].trail == "" && !isCapital(htoks[k-1].word) {
		l := lowerWord(htoks[k-1])
		if x.lx.isRole(l) {
			role = true
		} else if !titleQualifierData().rankLeads[l] && !demonymAdjectives()[l] {
			break
		}
		k--
	}
	if !role {
		return nil
	}
	sub := first[htoks[k].start:]
	stoks := tokenize(sub)
	return x.subjectOfHead(sub, stoks)
}

// wordsOfOff disables wordsOfSpeaker, for the test that shows each of
// its readings needs it.
var wordsOfOff bool

// wordsOfPhrases are data/grammar.json's wordsOfPhrases, word by word:
// what names someone's words as the object of another verb ("le parole
// di", "las palabras de", "the words of").
var wordsOfPhrases = func() [][]string {
	var out [][]string
	for _, p := range grammarWords["wordsOfPhrases"] {
		out = append(out, strings.Fields(lowerString(p)))
	}
	return out
}()

// wordsOfSpeaker reads the person whose words the part before a relative
// clause names ("Bisceglie ha mostrato in studio le parole della
// presidente del Consiglio Giorgia Meloni", "Richiama le parole di
// Putin"): the last wordsOfPhrases in htoks, then a title and name the
// subject reader takes as a person, up to the clause. A title whose
// domain is capitalised ("presidente del Consiglio") defeats
// titledNameAtEnd; nil when no phrase stands there.
func (x *extractor) wordsOfSpeaker(first string, htoks []tok) *speaker {
	if wordsOfOff {
		return nil
	}
	for k := len(htoks) - 2; k >= 0; k-- {
		for _, p := range wordsOfPhrases {
			if k+len(p) >= len(htoks) {
				continue
			}
			ok := true
			for j, w := range p {
				if htoks[k+j].low != w || j < len(p)-1 && htoks[k+j].trail != "" {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			sub := first[htoks[k+len(p)].start:]
			sp := x.subjectOfHead(sub, tokenize(sub))
			if sp == nil || sp.kind != kindPerson {
				return nil
			}
			return sp
		}
	}
	return nil
}
