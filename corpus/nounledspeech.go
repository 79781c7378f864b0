// Speech reported by a noun: "The statement follows President Trump's
// remarks on Saturday that the proposal was not his final offer", "after
// Zelensky's warning that …", "les propos de Marc Vallier selon lesquels
// …", "le parole di Luca Ferri secondo cui …". No verb says who spoke:
// the possessive (or the complement after the noun) does, and the clause
// after the that-word is what they said. Only nouns of speech count
// ("remarks", "warning", "claim"), not of wish or plan ("demand",
// "proposal"), whose clause says what someone wants done.

package corpus

import "strings"

// speechNounsLed are the nouns of speech a that-clause or a "selon
// lequel" clause can follow, in English, French, Italian and Spanish.
var speechNounsLed = map[string]bool{
	"remarks": true, "remark": true, "comments": true, "comment": true, "statement": true, "warning": true,
	"claim": true, "claims": true, "insistence": true, "assertion": true, "assurance": true, "assurances": true,
	"pledge": true, "promise": true, "argument": true, "admission": true, "announcement": true, "suggestion": true,
	"contention": true, "words": true,
	"propos": true, "déclaration": true, "déclarations": true, "affirmation": true, "affirmations": true, "avertissement": true,
	"parole": true, "dichiarazione": true, "dichiarazioni": true, "affermazione": true, "affermazioni": true, "avvertimento": true,
	"declaraciones": true, "declaración": true, "palabras": true, "afirmación": true, "afirmaciones": true, "advertencia": true,
}

// speechNounLinks open what was said after the owner of a Romance
// speech noun: "les propos de X selon lesquels …".
var speechNounLinks = [][]string{
	{"selon", "lesquels"}, {"selon", "lesquelles"}, {"selon", "lequel"}, {"selon", "laquelle"},
	{"secondo", "cui"}, {"per", "cui"},
	{"según", "las", "cuales"}, {"según", "los", "cuales"}, {"según", "la", "cual"}, {"según", "el", "cual"},
}

// nounLedSpeechOff turns the reading off, for tests that show what it
// changes.
var nounLedSpeechOff = false

// nounLedSpeech reads a sentence with no speech verb for a speech noun
// owned by a named speaker and followed by what was said; it emits the
// statement and reports whether it did.
func (x *extractor) nounLedSpeech(s string, pos int) bool {
	if nounLedSpeechOff || !strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") && !strings.Contains(s, " selon l") && !strings.Contains(s, " cui ") && !strings.Contains(s, " según ") {
		return false // no possessive nor link: nothing to read, nothing tokenized
	}
	toks := readAs(scratchTokens(&x.scratchToks().nounLed, s), x.src.Lang)
	for k := 1; k < len(toks)-3; k++ {
		if !speechNounsLed[toks[k].low] && !copularSpeechNouns[toks[k].low] {
			continue
		}
		if sp, from := x.possessiveOwner(toks, k); sp != nil {
			// a sentence may open on the owner, and a body own the
			// view, only before a copula: "Zelensky's line tonight was
			// that …", "The Government's view is that …"
			if th := x.nounThatAt(toks, k); th > 0 && (from > 0 && sp.kind == kindPerson || speechCopulas[toks[th-1].low]) {
				return x.nounLedChain(sp, s, toks, th+1, pos)
			}
			continue
		}
		if !speechNounsLed[toks[k].low] {
			continue
		}
		// "les propos de X selon lesquels": the owner after the noun
		if k+3 >= len(toks) || !inWhichOwnerPreps[toks[k+1].low] || toks[k].trail != "" || toks[k+1].trail != "" {
			continue
		}
		e := k + 2
		for e < len(toks)-1 && e < k+7 && toks[e].trail == "" && !isCapital(toks[e].word) && x.lx.isRole(toks[e].low) {
			e++ // "de l'ancien ministre X": the title before the name
		}
		if !isCapital(toks[e].word) {
			continue
		}
		for e+1 < len(toks) && toks[e].trail == "" && isCapital(toks[e+1].word) && e < k+8 {
			e++
		}
		if strings.HasPrefix(toks[e].trail, ",") {
			e = x.skipApposition(toks, e) // "les propos de X, ministre, selon lesquels"
		}
		link := speechLinkAt(toks, e+1)
		if link == 0 {
			continue
		}
		sp := x.resolvePhrase(tokWords(toks[k+2 : e+1]))
		if sp == nil || sp.kind != kindPerson {
			continue
		}
		return x.nounLedEmit(sp, s, toks, e+1+link, pos)
	}
	return false
}

// possessiveOwner is the speaker (a person or a body) of "X's" right
// before the noun at k and the index of the possessive; nil when no
// capitalised possessive stands there.
func (x *extractor) possessiveOwner(toks []tok, k int) (*speaker, int) {
	p := k - 1
	if p >= 1 && toks[p].trail == "" && !isCapital(toks[p].word) && !strings.Contains(toks[p].word, "'") && !strings.Contains(toks[p].word, "’") {
		p-- // "Trump's latest remarks"
	}
	if p < 0 || toks[p].trail != "" {
		return nil, 0
	}
	base, ok := strings.CutSuffix(strings.ReplaceAll(toks[p].word, "’", "'"), "'s")
	if !ok || !isCapital(base) {
		return nil, 0
	}
	sp := x.nameRunEnding(toks, p, base)
	if sp == nil {
		return nil, 0
	}
	return sp, p
}

// copularSpeechNouns name a view only before a copula and a that-clause
// ("Peskov's line per the Volga Monitor was that …", "Kallas's view is
// that …"): "the party line", "a view of the river" say nothing.
var copularSpeechNouns = grammarSet("copularSpeechNouns")

// speechCopulas join a copular speech noun to its that-clause.
var speechCopulas = grammarSet("speechCopulas")

// nounThatAt is the that-word after the speech noun at k, right after it
// or after up to five words of time or place ("remarks on Saturday
// that", "line per the Volga Monitor was that"); 0 when none, when the
// that-word opens a relative clause ("a claim that was later denied"), or
// when a copular noun has no copula before it.
func (x *extractor) nounThatAt(toks []tok, k int) int {
	for j := k + 1; j < len(toks)-2 && j <= k+6; j++ {
		if toks[j].low == "that" && !determinerThat(toks, j) && toks[j].trail == "" {
			if predicateData().notClauseEn[toks[j+1].low] || !speechNounsLed[toks[k].low] && !speechCopulas[toks[j-1].low] {
				return 0
			}
			return j
		}
		if toks[j-1].trail != "" || x.lx.sayVerbs[toks[j].low] {
			return 0
		}
	}
	return 0
}

// skipApposition is the index of the last token of an apposition opened
// by the comma after toks[e], or e when it is not closed within six words.
func (x *extractor) skipApposition(toks []tok, e int) int {
	for j := e + 1; j < len(toks) && j <= e+6; j++ {
		if strings.HasPrefix(toks[j].trail, ",") {
			return j
		}
		if toks[j].trail != "" {
			break
		}
	}
	return e
}

// speechLinkAt is the length of a speechNounLinks phrase at toks[i], 0
// when none opens there.
func speechLinkAt(toks []tok, i int) int {
	for _, l := range speechNounLinks {
		if i+len(l) >= len(toks) {
			continue
		}
		ok := true
		for n, w := range l {
			if toks[i+n].low != w {
				ok = false
				break
			}
		}
		if ok {
			return len(l)
		}
	}
	return 0
}

// nounLedChain emits what follows toks[from] as sp's statement and, when
// another owner's speech noun is chained after a semicolon or a comma
// ("…; Trump's claim that …", "…, and Dmitry Peskov's statement that …"),
// cuts it there and reads the next owner's statement the same way.
func (x *extractor) nounLedChain(sp *speaker, s string, toks []tok, from, pos int) bool {
	emitted := false
	for sp != nil && from < len(toks) {
		next, cut, th := x.chainedNounLed(toks, from)
		end := len(s)
		if next != nil {
			end = toks[cut].start
		}
		if x.nounLedEmit(sp, s[:end], toks, from, pos) {
			emitted = true
		}
		sp, from = next, th+1
	}
	return emitted
}

// chainedNounLed is the next owner of a speech noun with its that-word
// after toks[from], joined by a semicolon or a comma (and "and"), with the
// index of the token after that punctuation; nil when none.
func (x *extractor) chainedNounLed(toks []tok, from int) (*speaker, int, int) {
	for k := from + 1; k < len(toks)-3; k++ {
		if !speechNounsLed[toks[k].low] && !copularSpeechNouns[toks[k].low] {
			continue
		}
		sp, p := x.possessiveOwner(toks, k)
		if sp == nil {
			continue
		}
		th := x.nounThatAt(toks, k)
		if th == 0 || sp.kind != kindPerson && !speechCopulas[toks[th-1].low] {
			continue
		}
		for j := p - 1; j >= from && j >= p-4; j-- {
			if t := toks[j].trail; strings.Contains(t, ";") || strings.Contains(t, ",") {
				return sp, j + 1, th
			}
			if toks[j].trail != "" || toks[j].low != "and" && !isCapital(toks[j].word) {
				break
			}
		}
	}
	return nil, 0, 0
}

// nounLedEmit emits what follows toks[from] in s (a sentence or the
// opening of one) as sp's statement.
func (x *extractor) nounLedEmit(sp *speaker, s string, toks []tok, from, pos int) bool {
	if from >= len(toks) || toks[from].start >= len(s) {
		return false
	}
	text := trimSentenceEnd(strings.TrimRight(strings.TrimSpace(s[toks[from].start:]), ",;"))
	if len(strings.Fields(text)) < 3 {
		return false
	}
	before := len(x.out)
	x.emit(sp, text, false, pos)
	return len(x.out) > before
}
