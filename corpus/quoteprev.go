// The sentence-before reading of a quotation (stop 58): a step of the
// quotation-first pass (quotefirst.go), before the context reading
// (quotecontext.go). Reports in every language introduce a person in one
// sentence and quote them in the next, with an attribution that only
// points back: a pronoun, a title, a subject the language drops, an
// addressee ("Analytik Petr Hrubeš … upozorňuje, že … . „…,“ řekl serveru
// Zprávy Vltava.", "Volgens defensie-analist Thijs van Langeveld … . "…",
// legt hij uit.", "Falámos com Iryna Kovalenko … . «…», disse-nos."). The
// rules that read the verb give the pronoun to the last speaker and drop
// it when the paragraph does not name them; this step takes the one
// person the sentence just before names, when that is all there is:
//
//   - the quotation opens its sentence and is of real length, and the rest
//     of the sentence is a short attribution naming nobody (a capitalised
//     name after "serveru", "ao", "told" is whom the words were given to);
//   - the sentence before, in the same paragraph, names exactly one person
//     outside its quotations, not as an object or an owner ("criticised
//     X", "Trump's plan"), and no unnamed source;
//   - a pronoun of the attribution agrees with what is known of the
//     person's gender, and a title of the attribution is one the person
//     bears ("уточнил президент" after "Владимир Путин", not "the
//     diplomat said" after a sentence about a president).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/quoteprev.json
var quotePrevJSON []byte

// orgWords are data/quoteprev.json's organisationWords: a capitalised run
// holding one names an organisation, not a person.
var orgWords = sync.OnceValue(func() map[string]bool {
	var d struct {
		OrganisationWords []string `json:"organisationWords"`
	}
	mustDecodeJSON("data/quoteprev.json", quotePrevJSON, &d)
	return set(d.OrganisationWords)
})

// orgRun reports whether a capitalised run holds an organisation word
// ("Haagse Instituut", "Külügyi Műhely").
func orgRun(run []tok) bool {
	ow := orgWords()
	for _, t := range run {
		if ow[lowerWord(t)] {
			return true
		}
	}
	return false
}

// prevQuoteMaxRest is the most words a sentence may hold outside its
// quotation for the sentence-before reading: a verb, a pronoun or a short
// title, an addressee ("řekl serveru Zprávy Vltava").
const prevQuoteMaxRest = 8

// prevQuoteOff disables the sentence-before reading; tests set it to
// measure what it adds.
var prevQuoteOff bool

// prevSentenceSpeaker is the one person the sentence before s in its
// paragraph text (s begins at byte at) names, for the quotation q of s
// whose rest is rest; nil when the shape above does not hold.
func (x *extractor) prevSentenceSpeaker(text, s string, at int, q quoteSpan, rest string) *speaker {
	if prevQuoteOff || strings.TrimSpace(s[:q.start]) != "" || at <= 0 || at > len(text) {
		return nil // the quotation must open its sentence, after another one
	}
	if strings.HasSuffix(strings.TrimRight(s[q.inner:q.innerEnd], " .…\"”»“«"), "?") {
		return nil // a question is most often the asker's, the publication's own
	}
	toks := readAs(tokenize(rest), x.src.Lang)
	head := attributionHead(toks)
	if len(head) > prevQuoteMaxRest || x.otherSpeakerIn(toks) || x.documentQuoted(toks) || publishesWork(toks) {
		return nil // ("the draft reads", "published": a document's wording, a work's title)
	}
	for _, t := range head {
		if l := lowerWord(t); x.lx.proseNouns[l] || x.lx.pointRefs[l] || x.lx.pointWords[l] || x.lx.termNouns[l] {
			return nil // "«…», dit le point 7": a document speaks its own wording
		}
	}
	if len(head) > 0 && !x.speechVerbIn(head) {
		return nil // "«…» is the title of her book": no verb says the words were spoken
	}
	before := sentences(text[:at])
	if len(before) == 0 {
		return nil
	}
	sp := x.onePersonIn(before[len(before)-1])
	if sp == nil {
		return nil
	}
	for _, t := range toks {
		l := lowerWord(t)
		if g := pronounGender[l]; g != "" && sp.gender != "" && g != sp.gender {
			return nil // "she added" after a sentence about a man
		}
		if x.lx.isRole(l) && !isCapital(t.word) && !strings.Contains(lowerString(sp.role), l) && !strings.Contains(lowerString(before[len(before)-1]), l) {
			return nil // "the diplomat said" after a sentence naming a president: a title the person does not bear
		}
	}
	return sp
}

// speechVerbIn reports whether an attribution holds a verb of speech, as
// the readers of a quotation's own attribution know them (ownAttribution,
// quotefirst.go), a clitic joined to it or not ("disse-nos",
// "a-t-il lancé").
func (x *extractor) speechVerbIn(toks []tok) bool {
	rv := reportVerbsFor(x.lx, x.src.Lang)
	qv := quoteFirstData().quoteVerbs
	for _, t := range toks {
		l := lowerWord(t)
		if i := strings.IndexByte(l, '-'); i > 0 && !x.lx.sayVerbs[l] {
			l = l[:i]
		}
		if x.lx.sayVerbs[l] || qv[l] || rv.classOf(l)&(rvSay|rvChar|rvAct) != 0 {
			return true
		}
	}
	return false
}

// attributionHead is the attribution proper of the words after a
// quotation that opens its sentence: up to the first comma or bracket
// after a word ("a-t-il lancé, visant l'article …", "a scris șeful
// statului, adăugând că …"); what follows is a participle's or a
// caption's, which says no more about who spoke.
func attributionHead(toks []tok) []tok {
	for k := 1; k < len(toks); k++ {
		if strings.ContainsAny(toks[k].trail, ",;(") || strings.HasPrefix(toks[k].raw, "(") {
			return toks[:k+1]
		}
	}
	return toks
}

// otherSpeakerIn reports whether an attribution's words name someone who
// may have spoken besides a person of the sentence before: a person's
// name as subject, an unnamed source ("a senior official"), an outlet. A
// name after a medium noun, an addressee or an object cue is whom the
// words were given to.
func (x *extractor) otherSpeakerIn(toks []tok) bool {
	qf := quoteFirstData()
	for i, run := range x.personRuns(toks) {
		if orgRun(run) && i > 0 {
			continue // "(Foto Agenzia Lumen)", "at the Kyiv Institute": no subject of the verb
		}
		if i > 0 && (qf.mediaNouns[lowerWord(toks[i-1])] || qf.objectCues[lowerWord(toks[i-1])] || reportTo[toks[i-1].low] || x.lx.addressees[lowerWord(toks[i-1])]) {
			continue // "řekl serveru Zprávy Vltava", "told Radio Delta"
		}
		if outletNamed(lowerString(strings.Join(tokWords(run), " "))) != "" {
			continue // where the words were printed
		}
		return true
	}
	for _, t := range toks {
		l := lowerWord(t)
		if x.lx.isUnnamed(l) || x.lx.groupNouns[l] {
			return true // "said a senior official", "the delegates said"
		}
	}
	return false
}

// onePersonIn is the one person sentence p names outside its quotations,
// as the readers of a subject would take them (their document person, or
// a new one with the title before the name); nil when it names none, two,
// one as an object or an owner, or an unnamed source beside them.
func (x *extractor) onePersonIn(p string) *speaker {
	toks := readAs(tokenize(withoutQuotations(p)), x.src.Lang)
	qf := quoteFirstData()
	var name []tok
	nameAt := 0
	for i, run := range x.personRuns(toks) {
		if i > 0 && placePhraseEnd(x.src.Lang, toks, i-1) > i-1 {
			return nil // "en Abu Dabi", "z Kają Kallas": a place or a person met, which the shape cannot tell
		}
		if name != nil && strings.Join(tokWords(name), " ") != strings.Join(tokWords(run), " ") {
			return nil // two people
		}
		if i > 0 && (qf.objectCues[lowerWord(toks[i-1])] || comitative[lowerWord(toks[i-1])] || qf.mediaNouns[lowerWord(toks[i-1])]) {
			return nil // "criticised X", "with X": about or beside them
		}
		if i > 0 && run[0].start == toks[i].start && (definiteArticles[lowerWord(toks[i-1])] || roleArticles[lowerWord(toks[i-1])]) {
			continue // "gli Stati Uniti", "the White House": an article takes a place or a body, not a name
		}
		if outletNamed(lowerString(strings.Join(tokWords(run), " "))) != "" || articleInside(run) {
			continue // "Pour Le Courrier": an outlet or a title, no person
		}
		if orgRun(run) {
			if i == 0 {
				return nil // an organisation as subject may be who spoke
			}
			continue // "van het Haagse Instituut": where the person works
		}
		if possessive(run[len(run)-1].raw) {
			return nil // "Trump's plan": the name qualifies a thing
		}
		name, nameAt = run, i
	}
	if name == nil {
		return nil
	}
	for _, t := range toks {
		if l := lowerWord(t); x.lx.isUnnamed(l) || x.lx.groupNouns[l] {
			return nil // an unnamed source or a group beside the person
		}
	}
	words := tokWords(name)
	if sp := x.knownPerson(words); sp != nil {
		return sp
	}
	if len(words) < 2 {
		return nil // a lone capitalised word nobody introduced may be a place
	}
	// the name with the words before it that no punctuation parts from
	// it, read as a subject is read: "Mme Ivanna Hordiienko", "Riigikogu
	// väliskomisjoni liige Kadri Roosimägi" give the name and its title
	end := nameAt
	for end < len(toks) && toks[end].start < name[len(name)-1].start {
		end++
	}
	lo := end
	for lo > 0 && end-lo < maxTitleWords && toks[lo-1].trail == "" {
		lo--
	}
	for lo < nameAt && !x.lx.isRole(lowerWord(toks[lo])) {
		lo++ // "Para o economista Rui Tavares": the title from its first title word, not the view's preposition
	}
	if sp := x.resolvePhrase(tokWords(toks[lo : end+1])); sp != nil && sp.kind == kindPerson && strings.Contains(sp.name, words[len(words)-1]) {
		return sp
	}
	return nil
}

// articleInside reports whether a capitalised run holds an article after
// its first word ("Pour Le Courrier", "Corriere Della Sera"): the name of
// a paper or a work, not of a person.
func articleInside(run []tok) bool {
	for _, t := range run[1:] {
		if l := lowerWord(t); definiteArticles[l] || roleArticles[l] {
			return true
		}
	}
	return false
}
