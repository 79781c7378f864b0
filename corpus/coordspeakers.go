package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two speakers in one sentence, joined by a conjunction after a comma:
// "President Trump has said the text is not his final offer, and
// Secretary of State Marco Rubio insisted that …", "I negoziatori hanno
// parlato di progressi, ma il ministro X ha detto che …". The rules take
// one statement a sentence, so the second speaker's words went to the
// first as part of theirs and the second speaker was lost. The sentence
// is read as two when the clause after the conjunction opens with a
// subject of its own (capitalised words, an article, title words) that a
// speech verb follows within a few words, and the clause before holds a
// speech cue too; a clause that goes on without a new subject ("…, and
// added that …") stays with the first speaker. The conjunctions are data
// (grammar.json: clauseConjunctions), as ", while " was before.

// maxCoordSubjectWords bounds the subject read before the second clause's
// verb: a title and a name ("Secretary of State Marco Rubio").
const maxCoordSubjectWords = 8

// maxCoordAppositionWords bounds a subject whose name stands in commas
// after its title, the wire's commonest shape in the Romance languages
// ("la alta representante de la UE, Kaja Kallas, advirtió …", "le
// ministre des Affaires étrangères, Jean-Noël Barrot, a affirmé …").
const maxCoordAppositionWords = 14

var clauseConjunctions = grammarSet("clauseConjunctions")

// clauseConjunctionPhrases holds the conjunctions of several words
// ("tandis que", "в то время как") under their first word, so that only a
// comma followed by such a word has the phrases compared.
var clauseConjunctionPhrases = func() map[string][]string {
	m := map[string][]string{}
	for c := range clauseConjunctions {
		if i := strings.IndexByte(c, ' '); i > 0 {
			m[c[:i]] = append(m[c[:i]], c)
		}
	}
	return m
}()

// bareClauseConjunctions is grammar.json's bareClauseConjunctions by
// language: the conjunctions that join a second speaker's clause without
// a comma, read only in their own language.
var bareClauseConjunctions = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for e := range grammarSet("bareClauseConjunctions") {
		lang, w, _ := strings.Cut(e, " ")
		if m[lang] == nil {
			m[lang] = map[string]bool{}
		}
		m[lang][w] = true
	}
	return m
}()

// langConjunctionAt is conjunctionAt, with the document language's bare
// clause conjunctions too (Polish ", a …" after a comma).
func (x *extractor) langConjunctionAt(rest string) int {
	if n := conjunctionAt(rest); n > 0 {
		return n
	}
	if w, next := nextWord(rest, 0); bareClauseConjunctions[x.src.Lang][w] {
		return next
	}
	return 0
}

// conjunctionAt reads a clause conjunction at the start of rest and
// returns the offset after it, 0 when none opens rest: the longest of
// the data's phrases wins ("mientras que" over "mientras").
func conjunctionAt(rest string) int {
	w, next := nextWord(rest, 0)
	lw := lowerString(w)
	end := 0
	if clauseConjunctions[lw] {
		end = next
	}
	for _, p := range clauseConjunctionPhrases[lw] {
		at := strings.Index(rest, w) // the phrase starts where its first word does
		if at < 0 || at+len(p) > len(rest) || !strings.EqualFold(rest[at:at+len(p)], p) {
			continue
		}
		if e := at + len(p); e > end && (e == len(rest) || rest[e] == ' ' || rest[e] == ',') {
			end = e
		}
	}
	return end
}

// coordinatedSpeakers reads a sentence of two speakers as two sentences
// and reports whether it did.
func (x *extractor) coordinatedSpeakers(s string, pos int) bool {
	if x.semicolonSpeakers(s, pos) {
		return true
	}
	for i := strings.Index(s, ", "); i > 0; {
		rest := s[i+2:]
		next := x.langConjunctionAt(rest)
		if next > 0 && next < len(rest) {
			second := strings.TrimSpace(rest[next:])
			if quoteClosedBefore(s[:i]) && x.opensWithSpeaker(second) && (x.hasSpeechCue(s[:i]) || hasSpeakOfVerb(s[:i])) { // "A spoke of …, and B said …"
				x.sentence(s[:i], pos)
				x.sentence(second, pos)
				return true
			}
			if x.elidedSpeaker(s[:i], second, pos) {
				return true // "…, а Песков — что …" (coordgapped.go)
			}
		} else if next == 0 && (x.elidedSpeaker(s[:i], rest, pos) || x.asyndetonSpeaker(s[:i], rest, pos)) {
			return true // "…, Steve Witkoff – że …", "…, Prime Minister Starmer said …" (coordgapped.go)
		}
		j := strings.Index(rest, ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return x.bareConjunctionSpeakers(s, pos)
}

// bareConjunctionSpeakers reads "A said …  and B said …" without the
// comma as two sentences: summaries and briefs run two accounts together
// ("Witkoff said much work remained and Umerov called the talks
// substantive and productive", "Macron promised robust guarantees and
// Starmer said …", "… e o Primeiro-Ministro Keir Starmer disse …"). The
// word before the conjunction must be lower-case and end in a letter or
// digit (so "Witkoff and Kushner said" stays one subject, and a comma is
// coordinatedSpeakers' own case), the clause after it must open with a
// capitalised word or an article and a speech verb (opensWithSpeaker),
// the clause before must hold a speech cue and no open quotation. The
// conjunctions are the document language's (bareClauseConjunctions).
func (x *extractor) bareConjunctionSpeakers(s string, pos int) bool {
	conj := bareClauseConjunctions[x.src.Lang]
	if conj == nil {
		return false
	}
	for i := strings.IndexByte(s, ' '); i > 0 && i < len(s)-1; {
		rest := s[i+1:]
		w := rest
		if e := strings.IndexByte(rest, ' '); e >= 0 {
			w = rest[:e]
		}
		if conj[w] && len(w) < len(rest) {
			if lowerWordBefore(s, i) || quotedLowerBefore(s, i) { // "… "robust" and Starmer said …" (coordgapped.go)
				second := strings.TrimSpace(rest[len(w):])
				r, _ := utf8.DecodeRuneInString(second)
				if (unicode.IsUpper(r) || roleArticles[lowerString(firstWord(second))]) && quoteClosedBefore(s[:i]) &&
					x.opensWithSpeaker(second) && (x.hasSpeechCue(s[:i]) || hasSpeakOfVerb(s[:i])) {
					x.sentence(s[:i], pos)
					x.sentence(second, pos)
					return true
				}
			}
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// lowerWordBefore reports whether the word that ends at s[i] (a space)
// opens with a lower-case letter and ends in a letter or digit.
func lowerWordBefore(s string, i int) bool {
	last, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	j := strings.LastIndexByte(s[:i], ' ') + 1
	first, _ := utf8.DecodeRuneInString(s[j:i])
	return unicode.IsLower(first)
}

// coordSpeechVerb reports whether l is a verb that gives a second
// clause a speaker of its own: a say verb, or a verb that names or judges
// ("Umerov called the round substantive and productive", "Зеленский
// назвал это «типичной ложью»", "Zelensky chamou a acusação de …"), which
// closes a coordinated account as often as "said" does (stop 57, ynfen:
// sets ZR, ZS, ZT, ZU, ZV). Whether a call verb names anything is still
// decided when its clause is read (callverb.go).
func (x *extractor) coordSpeechVerb(l string) bool {
	return x.lx.sayVerbs[l] || x.lx.report.characterise[l] || characteriseSpanVerbs[l] || callWords().verbs[l]
}

// opensWithSpeaker reports whether a clause opens with a subject and its
// speech verb: subject words only (no that-word, no verb) up to a say
// verb within maxCoordSubjectWords, the first of them capitalised, an
// article, or a title word in the first two (the lower-case title of the
// languages without articles: "…, а официальный представитель МИД Мария
// Захарова заявила …"), so that "…, and added that …" is no new speaker.
// The verb may also name or judge (coordSpeechVerb).
func (x *extractor) opensWithSpeaker(c string) bool {
	_, ok := x.speakerVerbAt(readAs(tokenize(c), x.src.Lang))
	return ok
}

// speakerVerbAt is opensWithSpeaker on tokens, with the index of the
// speech verb that closes the subject (asyndetonSpeakers needs words
// after it).
func (x *extractor) speakerVerbAt(toks []tok) (int, bool) {
	if len(toks) < 3 {
		return 0, false
	}
	if v, ok := x.nameAppositionVerb(toks); ok {
		return v, true // "…, and Steve Witkoff, the American envoy, said …" (coordnameappos.go)
	}
	poss := !isCapital(toks[0].word) && possessiveOpens(toks, 0) // "his spokesman, Dmitry Peskov, said": a relation of its own (relations.go)
	if !isCapital(toks[0].word) && !roleArticles[toks[0].low] && !poss && !x.lx.isRole(toks[0].low) && !x.lx.isRole(toks[1].low) {
		return 0, false
	}
	// "a senior Ukrainian official said": after an indefinite article
	// the unnamed source's adjectives are no subject words, so any word
	// goes as long as a source noun or a title stands before the verb
	unnamed, noun := x.lx.indefinites[toks[0].low], false
	commas := 0 // "la presidenta de la Comisión, Ursula von der Leyen, recordó": a title, then the name set off by commas
	for k, t := range toks {
		if k > maxCoordSubjectWords && (commas == 0 || k > maxCoordAppositionWords) {
			return 0, false
		}
		if k == 0 && poss {
			continue // the possessive stands as an article would
		}
		verb := k >= 1 && x.coordSpeechVerb(t.low)
		if k >= 1 && x.lx.auxiliaries[t.low] && k+1 < len(toks) && x.coordSpeechVerb(toks[k+1].low) {
			if commas > 0 && (commas != 2 || toks[k-1].trail != ",") {
				return 0, false
			}
			continue // "il ministro ha detto"
		}
		if verb {
			if commas > 0 && (commas != 2 || toks[k-1].trail != "," && !x.lx.auxiliaries[toks[k-1].low]) {
				return 0, false // one comma, or words between the name's comma and the verb: no apposition
			}
			return k, !unnamed || noun
		}
		noun = noun || x.lx.isUnnamed(t.low) || x.lx.isRole(t.low)
		if t.trail == "," && !unnamed && commas < 2 && (commas == 1 || noun && k+1 < len(toks) && isCapital(toks[k+1].word)) {
			// the first comma closes a title and opens a capitalised
			// name; the second closes the name, right before the verb
			commas++
			if !x.subjectWord(t, false) {
				return 0, false
			}
			continue
		}
		if t.trail == "" && (x.demonymAfterTitle(toks, k) || x.demonymBeforeTitle(toks, k, len(toks)-1)) {
			continue // "o negociador ucraniano Rustem Umerov", "der britische Premier"
		}
		if t.trail != "" && t.trail != "." || !x.subjectWord(t, false) && !unnamed {
			return 0, false
		}
	}
	return 0, false
}

// semicolonSpeakers reads "A said …; B said …" as two sentences: wire copy
// and briefs join two speakers' accounts with a semicolon ("Starmer said
// the coalition …; Macron said any agreement …", "Putin said …; his
// spokesman, Dmitry Peskov, said …", "X disse …; o negociador ucraniano Y
// classificou …"), and read as one the second speaker's words went to the
// first. The clause after the semicolon (a clause conjunction may open it)
// must open with a subject and its speech verb (opensWithSpeaker), the
// clause before must hold a speech cue, and the semicolon must stand
// outside any quotation, so a speaker's own "; " stays in their words.
func (x *extractor) semicolonSpeakers(s string, pos int) bool {
	for i := strings.Index(s, "; "); i > 0; {
		second := strings.TrimSpace(s[i+2:])
		if next := conjunctionAt(second); next > 0 && next < len(second) {
			second = strings.TrimSpace(second[next:]) // "…; and B said …"
		}
		if quoteClosedBefore(s[:i]) && x.opensWithSpeaker(second) && (x.hasSpeechCue(s[:i]) || hasSpeakOfVerb(s[:i])) {
			x.sentence(s[:i], pos)
			x.sentence(second, pos)
			return true
		}
		j := strings.Index(s[i+2:], "; ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}
