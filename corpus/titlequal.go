package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Titles with a qualifier between them and the name (issue 12): a
// report introduces a retired officer or official as "Lieutenant General
// (ret.) Ian Fox", "Generalleutnant a. D. Hans Kurz", "generał w st.
// spocz. Jan Nowak", "генерал в отставке Иван Попов". The title reader
// takes the title words right before a name; the qualifier between them
// ended the title, so the person, quoted later by surname or pronoun,
// was left without one. The qualifiers are data
// (data/titlequalifiers.json); the title, qualifier included, is learnt
// for the name (learnRole) and given to their statements that name no
// title (fillLearnedRoles). Paragraphs are read whole, once extraction is done.

// titleQualOff disables the reader, for the test that shows it is what
// gives the titles.
var titleQualOff bool

//go:embed data/titlequalifiers.json
var titleQualifiersJSON []byte

// titleQualifiers are the qualifiers split into their lower-case words,
// and a lookSet of them as the data prints them ("a. D.") and in lower
// case, capitalised and capitals, to pass over text without one in a
// single scan.
type titleQualifiers struct {
	words     [][]string
	looks     *lookSet
	rankLeads map[string]bool // "lieutenant", "teniente": the first word of a rank of two
	former    map[string]bool // "former", "ex": a former holder of the title after it
}

var titleQualifierData = sync.OnceValue(func() titleQualifiers {
	var d struct {
		Qualifiers []string `json:"qualifiers"`
		RankLeads  []string `json:"rankLeads"`
		Former     []string `json:"formerLeads"`
	}
	mustDecodeJSON("data/titlequalifiers.json", titleQualifiersJSON, &d)
	var q titleQualifiers
	seen := map[string]bool{}
	var looks []string
	for _, printed := range d.Qualifiers {
		w := lowerString(printed)
		q.words = append(q.words, strings.Fields(w))
		for _, v := range []string{printed, capitalFirst(printed), w, capitalFirst(w), strings.ToUpper(w)} {
			if !seen[v] {
				seen[v] = true
				looks = append(looks, " "+v+" ")
			}
		}
	}
	q.looks = newLookSet(looks)
	q.rankLeads = set(d.RankLeads)
	q.former = set(d.Former)
	return q
})

// capitalFirst is w with its first letter in upper case, past an opening
// bracket ("(ret.)" gives "(Ret.)").
func capitalFirst(w string) string {
	for i, r := range w {
		if unicode.IsLetter(r) {
			return w[:i] + string(unicode.ToUpper(r)) + w[i+utf8.RuneLen(r):]
		}
	}
	return w
}

// qualifiedTitlesOfParas reads every paragraph of the document whole: the
// sentence splitter may cut one at a qualifier's period ("a. D. Hans",
// "w st. spocz. Jan").
func (x *extractor) qualifiedTitlesOfParas() {
	for i := range x.paras {
		x.qualifiedTitles(x.paras[i].text, false)
	}
}

// qualifiedTitles learns the title of each name text s introduces as
// title words, a qualifier of the lexicon and a name of two or three
// capitalised words. Read sentence by sentence (mention), it also notes
// the person as named with a title there, as the title reader does for a
// title without a qualifier: a pronoun or "the general" then finds them.
func (x *extractor) qualifiedTitles(s string, mention bool) {
	if titleQualOff {
		return
	}
	if !titleQualifierData().looks.in(s) {
		return
	}
	x.qualifiedTitlesHeld(s, mention)
}

// qualifiedTitlesHeld is qualifiedTitles for a text known to hold a
// qualifier (learnRoles found it in its scan, rolelooks.go).
func (x *extractor) qualifiedTitlesHeld(s string, mention bool) {
	if titleQualOff {
		return
	}
	q := titleQualifierData()
	toks := tokenize(s)
	for i := 1; i < len(toks); i++ {
		for _, qw := range q.words {
			j := i + len(qw)
			if j >= len(toks) || !qualifierAt(toks, i, qw) {
				continue
			}
			x.qualifiedTitle1(s, toks, i, j, mention)
		}
	}
}

// qualifierAt reports whether the words of toks from i are the
// qualifier's words qw.
func qualifierAt(toks []tok, i int, qw []string) bool {
	for k, w := range qw {
		if lowerString(toks[i+k].raw) != w {
			return false
		}
	}
	return true
}

// qualifiedTitle1 learns the title ending in the qualifier toks[i:j] for
// the name after it, when title words stand right before the qualifier.
func (x *extractor) qualifiedTitle1(s string, toks []tok, i, j int, mention bool) {
	if toks[i-1].trail != "" || !x.lx.isRole(lowerWord(toks[i-1])) {
		return
	}
	k := i - 1
	leads := titleQualifierData().rankLeads
	for k > 0 && i-k < 4 && toks[k-1].trail == "" && (x.lx.isRole(lowerWord(toks[k-1])) || leads[lowerWord(toks[k-1])]) {
		k-- // "Lieutenant General", "teniente general"
	}
	n := j
	for n < len(toks) && n-j < 3 && isCapital(toks[n].word) {
		n++
		if toks[n-1].trail != "" {
			break
		}
	}
	if n-j < 2 || !x.nameLike(toks[j:n]) {
		return
	}
	last := toks[j-1]
	name, role := tokWords(toks[j:n]), s[toks[k].start:last.start+len(last.raw)]
	x.learnRole(name, role)
	if mention {
		if sp := x.person(name, cleanRole(role)); sp != nil && sp.kind == kindPerson {
			x.noteMention(sp)
		}
	}
}

// rankLeadBeforeTitle reports whether toks[k], inside a subject ending at
// toks[j], is the lower-case first word of a rank of two right before a
// title word ("el primer ministro", "il primo ministro", "o primeiro
// vice-presidente", "первый заместитель"): the subject reader stops at a
// lower-case word no title list holds, and "primer ministro polaco" came
// back as "ministro polaco", another office. Only before a name: a title
// alone ("El primer ministro polaco había recordado") is a back reference,
// read as before. Capitalised leads ("First
// Deputy", "Lieutenant General") are read as part of the title already.
func (x *extractor) rankLeadBeforeTitle(toks []tok, k, j int) bool {
	if k >= j || toks[k].trail != "" || isCapital(toks[k].word) || !isCapital(toks[j].word) || !titleQualifierData().rankLeads[toks[k].low] {
		return false
	}
	return !isCapital(toks[k+1].word) && x.lx.isRole(lowerWord(toks[k+1])) // (not "At first President Trump said": an adverb before a capitalised title)
}
