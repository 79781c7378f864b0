// Unnamed sources: "a senior official", "two sources familiar with the
// talks", "Источник, знакомый с ходом переговоров", and the same sources
// going on ("one of them", "the source").

package corpus

import (
	"strings"
)

// unnamedPhrase is the unnamed speaker an indefinite phrase describes ("a
// senior official", "two diplomats"), nil when it names no such noun.
func (x *extractor) unnamedPhrase(ts []tok) *speaker {
	if sp := freeRelativeSource(ts); sp != nil {
		return sp // "assicura chi le ha parlato domenica" (speakerkinds.go)
	}
	if len(ts) == 0 || !x.lx.indefinites[lowerWord(ts[0])] && !oneOfOpener(x, ts) {
		return nil
	}
	return x.unnamedDescription(ts)
}

// unnamedDescription is the unnamed speaker ts describe, up to the first
// punctuation that does not end a list, when a word of it is an unnamed
// noun; nil otherwise.
func (x *extractor) unnamedDescription(ts []tok) *speaker {
	for i, t := range ts {
		if t.trail != "" && i+1 < len(ts) && (t.trail != "," || clauseOpener(ts[i+1])) {
			// the description ends before a relative clause ("…, які
			// попросили не називати їхніх імен") or other punctuation
			ts = ts[:i+1]
			break
		}
	}
	for _, t := range ts {
		if x.lx.isUnnamed(lowerWord(t)) {
			words := make([]string, len(ts))
			for i, t := range ts {
				words[i] = t.word
			}
			return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
		}
	}
	return nil
}

// oneOfOpener reports whether a phrase opens with "one of" in a word the
// indefinites leave out ("l'une des sources", "l'un des diplomates"): a
// member of a group the report does not name, as "one of the diplomats".
func oneOfOpener(x *extractor, ts []tok) bool {
	return len(ts) >= 3 && ts[0].trail == "" && ts[1].trail == "" && x.lx.oneWords[lowerWord(ts[0])] && x.lx.ofWords[lowerWord(ts[1])]
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
	if first := lowerWord(toks[0]); from == 0 && (placePreps[first] || first == "à") && !x.lx.indefinites[first] {
		// "À Kiev, un conseiller de la présidence, qui a requis
		// l'anonymat, affirme …": a place before the sources (not "A
		// White House official, speaking …": an article)
		for c := 1; c < len(toks)-1 && c <= 3; c++ {
			if toks[c].trail == "," && isCapital(toks[c].word) {
				from = c + 1
				break
			}
			if toks[c].trail != "" {
				break
			}
		}
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
	if g := x.lastSpeaker; g != nil && x.lastUnnamed == nil && g.kind == kindGroup && x.lastStmtSentence == x.sentenceNo-1 && from+3 < len(toks) && oneOfThem(toks[from:from+3]) && x.lx.sayVerbs[lowerWord(toks[from+3])] {
		// "US officials, who briefed reporters on condition of anonymity,
		// said … One of them said …": one member of the group the sentence
		// before quoted, whom the report does not name
		if text, direct := x.content(s, toks, from+3, false); text != "" {
			x.emit(&speaker{name: unnamedSpeaker, role: cleanRole(s[toks[from].start : toks[from+2].start+len(toks[from+2].word)]), kind: kindGroup}, text, direct, pos)
			return true
		}
	}
	if u := x.lastUnnamed; u != nil && x.recent(u, 2) && from+3 < len(toks) && x.sameSources(toks[from:]) > 0 {
		// "Le stesse fonti riferiscono che …", "The same sources said":
		// the sources just cited speak again
		k := from + x.sameSources(toks[from:])
		if k < len(toks) && x.lx.auxiliaries[toks[k].low] {
			k++
		}
		if k < len(toks) && x.lx.sayVerbs[lowerWord(toks[k])] {
			if text, direct := x.content(s, toks, k, false); text != "" {
				x.emit(u, text, direct, pos)
				return true
			}
		}
	}
	if first := lowerWord(toks[from]); x.lx.isUnnamed(first) && !x.lx.indefinites[first] && from+2 < len(toks) && toks[from].trail == "" && isCapital(toks[from+1].word) && isCapital(toks[from+2].word) {
		return false // "Aide Pavel Orlik said": a title before a name
	}
	dn := x.describedPersonNoun(toks, from) // "A friend in Kyiv", "Респондентка з Харкова" (describedpeople.go)
	if first := lowerWord(toks[from]); !x.lx.indefinites[first] && !x.lx.isUnnamed(first) && dn < 0 {
		// "Высокопоставленный чиновник, пожелавший…", "Senior officials
		// said": an adjective and the noun, with no name among them
		n := unnamedNounAfterAdjectives(x, toks, from) // "Высокопоставленный европейский дипломат" (groupsubject.go)
		if n+1 >= len(toks) || toks[from].trail != "" || n < 0 || isCapital(toks[n].word) ||
			roleArticles[first] || x.lx.isRole(first) && !demonymAdjectives()[first] || x.lx.groupNouns[first] || x.lx.groupNouns[lowerWord(toks[n])] ||
			toks[n].trail == "" && isCapital(toks[n+1].word) {
			return false // "The official said", "Ukrainian negotiator Serhiy Kyslytsya said"
		}
	}
	vi := -1
	inClause := false // ", who asked not to be named,"
	noun := false
	for k := from; k < len(toks) && k-from < 24; k++ {
		t := toks[k]
		if !inClause && (x.lx.isUnnamed(lowerWord(t)) || k == dn) {
			noun = true
		}
		if !inClause && (x.sayVerbAt(s, toks, k) || x.lx.actVerbs[t.low]) && k > from {
			vi = k
			break
		}
		if strings.HasPrefix(t.trail, ",") && k+1 < len(toks) {
			if !inClause && x.lx.indefinites[lowerWord(toks[from])] && x.anonymousClause(toks, k+1) {
				// "One leasing executive, speaking on condition of
				// anonymity, said …": the aside says the subject is a
				// source, whatever its noun (anonymoussubject.go)
				noun = true
				inClause = true
				continue
			}
			if l := lowerWord(toks[k+1]); l == "who" || x.lx.relPronouns[l] || clauseOpener(toks[k+1]) {
				// ", who asked not to be named,", ", que pidió el
				// anonimato,"
				inClause = true
				continue
			}
			if inClause {
				inClause = false
				continue
			}
			if x.namedAfterComma(s, toks, from, k+1) {
				return false // "Conseillère municipale …, Julie Arnaud a jugé": named (frontedname.go)
			}
			if !noun || x.lx.conjunctions[lowerWord(toks[k+1])] {
				// ("Negotiators cut it to 19 points, and Kremlin
				// spokesman Dmitry Peskov said …": the sources' clause
				// is over, and someone else speaks)
				return false
			}
		}
		if containsAny(t.raw, "“”\"«»„") && !(noun && !inClause && isCapital(strings.TrimLeft(t.word, "«„“\""))) {
			// (but "Джерело «Правди Київської» в делегації": the outlet
			// whose source it is, in quotation marks after the noun)
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
	if i := strings.Index(desc, " ("); i > 0 {
		desc = desc[:i] // nor a bracketed code or age: "Респондентка з Харкова (Р3, 52 роки)"
	}
	text, direct := x.content(s, toks, vi, x.lx.actVerbs[toks[vi].low])
	for _, p := range []string{"privately ", "on condition of anonymity ", "that "} {
		if rest, ok := strings.CutPrefix(text, p); ok && (p != "that " || !thatTextDemonstrative(rest)) {
			text = rest
		}
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
	if !x.lx.indefinites[lowerWord(toks[from])] {
		if p := x.quotedBackRef(toks[from : last+1]); p != nil {
			x.emit(p, text, direct, pos) // "… Лавров заявил, что … Дипломат добавил" (quotedbackref.go)
			return true
		}
	}
	x.emit(&speaker{name: unnamedSpeaker, role: cleanRole(desc), kind: kindGroup}, text, direct, pos)
	return true
}

// unnamedSpeaker is the speaker of what people not named by the report
// said; their description is the statement's role.
const unnamedSpeaker = "unnamed source"

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

// sameSources returns how many words of ts name the sources just cited
// again, "the same sources", "le stesse fonti", "ті самі джерела", or 0.
func (x *extractor) sameSources(ts []tok) int {
	k := 0
	if roleArticles[lowerWord(ts[0])] {
		k++
	}
	if k+1 >= len(ts) || !x.lx.sameWords[lowerWord(ts[k])] || !x.lx.isUnnamed(lowerWord(ts[k+1])) || ts[k].trail != "" {
		return 0
	}
	return k + 2
}
