// Names that are not people inside the phrase naming a speaker: an
// institution named after someone ("z Ośrodka … im. Kazimierza
// Pułaskiego"), and the institution or town a speaker comes from, written
// after the name in a language of cases ("Toomas Leppik Tallinna
// Julgeolekuuuringute Keskusest hoiatas"). Either one ends the subject
// right before the verb, where the last capitalised words are read as the
// speaker's name; these rules give the name back to the person before it.

package corpus

import "strings"

// eponymMarks are the abbreviations that open an institution's eponym
// ("im." for Polish "imienia", "им." for Russian "имени", "ім." for
// Ukrainian "імені": "named after"). Their point ends no subject: the
// capitalised words after them belong to the institution's name.
var eponymMarks = grammarSet("eponymMarks")

// originCaseLanguages write where a person comes from in a local case
// after the name, with no preposition (Estonian and Finnish elative
// "Tartu Ülikoolist", "Helsingin yliopistosta"), and originCaseEndings are
// those cases' endings.
var (
	originCaseLanguages = grammarSet("originCaseLanguages")
	originCaseEndings   = grammarWords["originCaseEndings"]
)

// eponymMark reports whether toks[k] is an eponym's abbreviation ("im.")
// followed by a capitalised word, the eponym's name.
func eponymMark(toks []tok, k int) bool {
	return eponymMarks[toks[k].low] && k+1 < len(toks) && isCapital(toks[k+1].word)
}

// eponymAfterName reports whether the lower-case word l, written with a
// full stop after the text before, is an eponym's abbreviation after a
// capitalised word ("Instytutu im." before "Jana Zamoyskiego"): the stop
// ends no sentence. The capital before it keeps "им." the pronoun ("Мы
// позвонили им.") a sentence's end.
func eponymAfterName(before, l string) bool {
	if !eponymMarks[l] {
		return false
	}
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	return isCapital(before[i+1:])
}

// originCase reports whether w ends in a case of origin of the document's
// language, with a stem of four letters or more before the ending.
func originCase(w string) bool {
	l := lowerString(w)
	for _, e := range originCaseEndings {
		if len(l) >= len(e)+4 && l[len(l)-len(e):] == e {
			return true
		}
	}
	return false
}

// originTail reads a subject ending, right before the verb at toks[j+1],
// in the speaker's institution or town in the elative ("Kaitseekspert
// Priit Saar Rahvusvahelisest Kaitseuuringute Keskusest ütles", "Liis Tamm
// Tallinnast ütles"): the speaker is the name that opens the capitalised
// run, after the titles there; the words in the elative and their
// genitive modifiers are where they work. It needs a name of two words
// before a tail of one or more ("Karl Ernst ütles" is a name ending in
// "-st"), and reads the subject again with the tail cut off.
func (x *extractor) originTail(s string, toks []tok, j int) (*speaker, int, bool) {
	if !originCaseLanguages[x.src.Lang] || j < 2 || toks[j].trail != "" || !originCase(toks[j].word) {
		return nil, 0, false
	}
	end := j // the last capitalised word of the run
	if !isCapital(toks[j].word) {
		end = j - 1 // "Helsingin yliopistosta": a lower-case head after its genitive
	}
	if end < 1 || !isCapital(toks[end].word) || x.lx.isRole(lowerWord(toks[j])) {
		return nil, 0, false
	}
	a := end
	for a > 0 && toks[a-1].trail == "" && isCapital(toks[a-1].word) {
		a--
	}
	for a < end && x.lx.isRole(lowerWord(toks[a])) {
		a++ // "Kaitseekspert …": the title opening the sentence
	}
	if j-a+1 < 3 {
		return nil, 0, false // "Karl Ernst": no tail beside a two-word name
	}
	nameEnd := a + 1
	if x.lx.isRole(lowerWord(toks[nameEnd])) || originCase(toks[nameEnd].word) {
		return nil, 0, false
	}
	// read the subject again as if the verb followed the name
	span := make([]tok, nameEnd+2)
	copy(span, toks[:nameEnd+1])
	span[nameEnd].trail = ""
	span[nameEnd+1] = tok{raw: "said", word: "said", low: "said", start: toks[nameEnd].start + len(toks[nameEnd].raw) + 1}
	sp, at := x.subjectSpan(s, span, nameEnd+1)
	if sp == nil || sp.kind != kindPerson {
		return nil, 0, false
	}
	return sp, at, true
}

// sameSourceAfter reads "the same source" after a verb of saying set off
// by a comma ("A Roma, spiega la stessa fonte, la versione europea …",
// "…, explica la misma fuente."): the unnamed source cited within the last
// two paragraphs speaks again. It returns that source and the index of the
// first token after the phrase, or nil.
func (x *extractor) sameSourceAfter(toks []tok, vi int) (*speaker, int) {
	u := x.lastUnnamed
	if u == nil || !x.recent(u, 2) || vi+2 >= len(toks) {
		return nil, 0
	}
	n := x.sameSources(toks[vi+1:])
	if n == 0 {
		return nil, 0
	}
	for _, t := range toks[:vi] {
		if x.lx.isRole(lowerWord(t)) {
			// "La premier, spiegano le stesse fonti, ha espresso …": the
			// sources relay what the person before the clause said
			return nil, 0
		}
	}
	if sp := x.classify(toks[:vi], true); sp != nil && sp.kind == kindPerson {
		return nil, 0 // "Meloni, spiegano le stesse fonti, …"
	}
	end := vi + 1 + n
	if t := toks[end-1].trail; t != "" && !strings.HasPrefix(t, ",") && !strings.HasPrefix(t, ".") && !strings.HasPrefix(t, ":") {
		return nil, 0
	}
	return u, end
}

// freeRelatives open a clause that describes a source without naming it:
// Italian "chi", Spanish "quien", Portuguese "quem" ("whoever"), and the
// indefinite pronouns a relative clause follows ("quelqu'un qui",
// "someone who", "jemand, der", "ktoś, kto").
var freeRelatives = grammarSet("freeRelatives")

// freeRelativeSource reads a source described by a free relative clause
// after the verb ("«…», assicura chi le ha parlato domenica", "asegura
// quien habló con ella"): an unnamed source whose role is the clause, up
// to the sentence's end or the next punctuation. The clause needs a verb
// of its own, so two words at least after the pronoun.
func freeRelativeSource(ts []tok) *speaker {
	if len(ts) < 3 || !freeRelatives[lowerWord(ts[0])] {
		return nil
	}
	end := len(ts)
	for i, t := range ts {
		if t.trail != "" && !(i == 0 && t.trail == ",") {
			end = i + 1 // "jemand, der …": the pronoun's comma opens the clause
			break
		}
	}
	if end < 3 {
		return nil
	}
	words := make([]string, end)
	for i, t := range ts[:end] {
		// as written: a pronoun inside may have been read as another
		// language's ("ella" as "she")
		words[i] = strings.Trim(strings.TrimSuffix(t.raw, t.trail), "«»“”\"„")
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
}

// frontedAdverbial reports whether toks[:i], ending in a comma, is a
// phrase of place or time fronted before the name at toks[i] ("Dos mesas
// más allá, Taras Hnatiuk, …", "A few tables away, Ivan Petrenko, …",
// "Qualche metro più in là, Marta Ricci …"): two to six words, in lower
// case after the first, with no quotation, title or speech verb, so that
// the name after it is the sentence's subject and not the last of a list
// or an apposition.
func (x *extractor) frontedAdverbial(toks []tok, i int) bool {
	if i < 2 || i > 6 || toks[i-1].trail != "," {
		return false
	}
	for k, t := range toks[:i] {
		if k < i-1 && t.trail != "" || k > 0 && isCapital(t.word) || containsAny(t.raw, quoteMarks) {
			return false
		}
		if l := lowerWord(t); x.lx.isRole(l) || x.lx.sayVerbs[l] || x.lx.isUnnamed(l) {
			return false
		}
	}
	return true
}

// appositionRole is the title set off by commas right after a name that
// ends at toks[n-1] ("Taras Hnatiuk, veterano de 34 años, lee …", "Paul
// Stone, a retired driver, reads …"): the words up to the next comma
// when the first, or the first after an article, is a title; "" otherwise.
func (x *extractor) appositionRole(toks []tok, n int) string {
	if n < 1 || n >= len(toks) || toks[n-1].trail != "," {
		return ""
	}
	k := n
	if roleArticles[lowerWord(toks[k])] {
		k++
	}
	if k >= len(toks) || !x.lx.isRole(lowerWord(toks[k])) {
		return ""
	}
	var words []string
	for e := n; e < len(toks) && e-n < 10; e++ {
		words = append(words, toks[e].word)
		if toks[e].trail != "" {
			if toks[e].trail != "," {
				return "" // the sentence ends: no apposition
			}
			return cleanRole(strings.Join(words, " "))
		}
	}
	return ""
}

// placeAsidePreps open a place phrase that may stand between a relative
// pronoun and its verb ("che da Johannesburg aveva detto", "who from
// Kyiv had said", "qui depuis Bruxelles a déclaré").
var placeAsidePreps = grammarSet("placeAsidePreps")

// placeAside reports whether the lower-case word l, whose next word
// starts at byte next of s, is a place preposition before one
// capitalised word; it returns where the word after the place begins.
func placeAside(s, l string, next int) (int, bool) {
	if !placeAsidePreps[l] {
		return 0, false
	}
	w, nx := nextWord(s, next)
	if w == "" || !isCapital(w) || containsAny(w, ",;:.") {
		return 0, false
	}
	return nx, true
}
