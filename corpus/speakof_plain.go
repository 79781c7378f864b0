// Speaking of, without quotation marks: "Il capo della delegazione ha
// parlato di progressi molto buoni", "Marco Rubio mówił o ogromnych
// postępach", "X falou em progresso muito bom", "Rubio habe von enormen
// Fortschritten gesprochen". A report of this shape gives the speaker's
// own characterisation in the reporter's words, and news readers (and
// every gold set that holds one) take it as what the speaker said; the
// quoted form is speakof.go's.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakOfPlainWords is the part of data/morphology.json's speakOf that
// only the plain reading uses: the prepositions that introduce a topic
// rather than the speaker's words ("spoke about the talks", "sprach über
// den Plan"), which need a quotation to be read.
// topicNouns are the beginnings of the words that name the matter spoken
// of ("plan", "negoziat", "переговор"): "mówiła o planie pokojowym w
// Sejmie" says what she spoke about, not what she said of it.
var speakOfPlainWords = func() struct {
	topicPreps map[string]bool
	topicNouns []string
} {
	var md struct {
		SpeakOf struct {
			TopicPrepositions []string `json:"topicPrepositions"`
			TopicNouns        []string `json:"topicNouns"`
		} `json:"speakOf"`
	}
	mustUnmarshalMorphology(&md)
	return struct {
		topicPreps map[string]bool
		topicNouns []string
	}{set(md.SpeakOf.TopicPrepositions), md.SpeakOf.TopicNouns}
}()

// speakOfTopicWords is how many words after the preposition are looked at
// for a topic noun: the head of a short noun phrase ("einem gefährlichen
// Entwurf"), not a noun further on ("un'occasione concreta per un
// processo di pace").
const speakOfTopicWords = 3

// speakOfTopic reports whether one of the first words of ts begins with a
// topic noun.
func speakOfTopic(ts []tok) bool {
	for _, t := range ts[:min(len(ts), speakOfTopicWords)] {
		l := lowerString(t.word)
		for _, n := range speakOfPlainWords.topicNouns {
			if strings.HasPrefix(l, n) {
				return true
			}
		}
		if t.trail != "" {
			break
		}
	}
	return false
}

// speakOfPlainMinWords is how many words must follow the preposition: "spoke
// of it" or "parlato di questo" point back, they say nothing.
const speakOfPlainMinWords = 2

// hasSpeakOfVerb reports whether a word of s is a speakOf verb, so that a
// sentence with no speech cue and no quotation is tokenized only when it
// may hold "ha parlato di …".
func hasSpeakOfVerb(s string) bool {
	for f := range strings.FieldsSeq(s) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" && speakOfVerb(lowerASCII(w)) {
			return true
		}
	}
	return false
}

// spokeOfPlain reads "<subject> <verb> [aside] <prep> <what>" with no
// quotation: the statement runs from the verb to the sentence's end (the
// verb kept, as a reader quotes "mówił o ogromnych postępach"). vi is the
// verb. An aside between verb and preposition must be a time, place or
// manner phrase (gaps.go), and not an anonymity phrase ("spoke on
// condition of anonymity", anonymityWords in speakers.json); a preposition
// whose object is a capital inside an aside ("am Rande des Treffens von
// …") is part of it. It reports whether it emitted.
func (x *extractor) spokeOfPlain(s string, toks []tok, vi, pos int) bool {
	if vi+1 < len(toks) && !speakOfPrep(toks[vi+1]) && (!gapOpener(toks[vi+1]) || x.lx.anonymity[lowerWord(toks[vi+1])]) {
		return false
	}
	for p := vi + 1; p < len(toks)-1 && p <= vi+maxGap+1; p++ {
		if speakOfPrep(toks[p]) {
			if x.speakOfPlainFits(s, toks, p) {
				for _, t := range toks[p+1:] {
					if x.lx.sayVerbs[lowerWord(t)] {
						return false // "ha parlato di … e ha detto che …": the said words follow
					}
				}
				sp, _ := x.subjectSpan(s, toks, vi)
				if sp == nil || sp.kind != kindPerson {
					return false
				}
				x.emit(sp, trimSentenceEnd(s[toks[x.withAuxiliary(toks, vi)].start:]), false, pos)
				return true
			}
			if p == vi+1 || !isCapital(toks[p+1].word) {
				return false // "ha parlato di Ginevra": the preposition right after the verb is the one
			}
		}
		if !x.gapWord(toks[p]) {
			return false
		}
	}
	return false
}

// speakOfPlainFits holds the checks the plain reading shares in both word
// orders: a statement, not a question; a preposition of the words said,
// not of a topic; and a phrase after it, of two words at least and not
// opened by a capital ("falou em Genebra": a place, not what was said).
func (x *extractor) speakOfPlainFits(s string, toks []tok, p int) bool {
	if strings.HasSuffix(strings.TrimSpace(s), "?") || speakOfPlainWords.topicPreps[lowerWord(toks[p])] {
		return false
	}
	if toks[p].trail != "" || len(toks)-(p+1) < speakOfPlainMinWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[p+1].word)
	return r != utf8.RuneError && !unicode.IsUpper(r) && !speakOfTopic(toks[p+1:])
}

// spokeOfFinal reads the participle closing a clause, as German and Dutch
// write it: "<subject> <auxiliary> von <what> gesprochen". The auxiliary
// stands right before the preposition, or a short aside away ("habe in
// Genf von …"); the statement runs from the preposition to the participle.
func (x *extractor) spokeOfFinal(s string, toks []tok, pos int) bool {
	for vi := 3; vi < len(toks); vi++ {
		if !speakOfVerb(lowerWord(toks[vi])) || vi+1 < len(toks) && toks[vi].trail == "" {
			continue // the participle closes its clause
		}
		for p := vi - 2; p >= 1 && p >= vi-maxGap-2; p-- {
			if !speakOfWords.preps[lowerWord(toks[p])] {
				continue
			}
			a := p - 1
			for a > 0 && p-a <= maxGap && !x.lx.auxiliaries[lowerWord(toks[a])] && x.gapWord(toks[a]) {
				a--
			}
			if !x.lx.auxiliaries[lowerWord(toks[a])] || toks[a].trail != "" || !x.speakOfPlainFits(s, toks[:vi], p) {
				return x.spokeOfBracket(s, toks, p, vi, pos) // the subject after the auxiliary, or a long middle field (speakof_bracket.go)
			}
			sp, _ := x.subjectSpan(s, toks, a)
			if sp == nil || sp.kind != kindPerson {
				return x.spokeOfBracket(s, toks, p, vi, pos) // the subject after the auxiliary (speakof_bracket.go)
			}
			// to the sentence's end, as the forward reading: a relative
			// clause after the participle ("…, der sich in die richtige
			// Richtung bewege") is still what was said
			x.emit(sp, trimSentenceEnd(s[toks[p].start:]), false, pos)
			return true
		}
	}
	return false
}

// reporterLeadIn reports whether s opens with a clause of the reporter's
// own before a colon, of two words at least and none of them in the
// reported mood ("Das Blatt bleibt skeptisch: Dass …, zeige …"): what
// follows the colon is then introduced afresh, by whoever that clause
// names, and does not go on with the last speaker's report. A speaker read
// by the plain speak-of reading ("X habe von … gesprochen") is often the
// one a press review quotes just before the paper's own verdict.
func (x *extractor) reporterLeadIn(s string) bool {
	head, _, ok := strings.Cut(s, ": ")
	if !ok {
		return false
	}
	n := 0
	for i := 0; i < len(head); {
		w, next := nextWord(head, i)
		if w == "" {
			break
		}
		i = next
		if x.lx.reportedMood[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// speakOfPrep reports whether t is a speakOf preposition, or the French
// "d'" elided onto the next word ("a parlé d'une journée très
// productive", predicate.go).
func speakOfPrep(t tok) bool {
	l := lowerWord(t)
	if speakOfWords.preps[l] {
		return true
	}
	for _, p := range []string{"d'", "d’"} {
		if len(l) > len(p)+1 && strings.HasPrefix(l, p) && strings.HasPrefix(lowerString(t.word), p) {
			r, _ := utf8.DecodeRuneInString(t.word[len(p):]) // ("d'Europe": a name, not what was said)
			return unicode.IsLower(r) && t.trail == ""
		}
	}
	return false
}
