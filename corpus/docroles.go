// Roles learnt where the report describes a person without quoting them,
// in the forms the title reader (subjectSpan, mentions) does not take:
//
//   - a title in an oblique case, as Slavic languages put it after a
//     preposition: "встретился с министром иностранных дел Сергеем
//     Лавровым", "s americkým prezidentom Donaldom Trumpom". The role is
//     written in the nominative ("министр иностранных дел"), as the
//     report would write it at a statement; the endings are data
//     (data/obliqueroles.json) and the title lexicon says which reading is
//     a title;
//   - a description set off after the name with an indefinite article
//     ("X, a negotiation coach in Rotterdam, …"), a title with its
//     definite article ("X, der Sprecher der Landesregierung, sagte") or
//     a relative clause ("X, who runs the community centre, said …");
//   - an institution after the name ("X vom Berner Forum für …") and an
//     abbreviated title before it ("gen. X").
//
// A statement of that person that names no title, before or after, takes
// the role learnt (fillLearnedRoles), as fillRoles does for titles read
// the usual way.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/obliqueroles.json
var obliqueRolesJSON []byte

// obliqueLang is one language's entry in data/obliqueroles.json.
type obliqueLang struct {
	Nouns        []string    `json:"nouns"`
	Restore      []string    `json:"restore"`
	Adjectives   [][2]string `json:"adjectives"`
	Feminine     [][2]string `json:"feminine"`
	FeminineEnds []string    `json:"feminineEnds"`
	Fleeting     []string    `json:"fleeting"`
}

// docRoleData is data/obliqueroles.json.
type docRoleData struct {
	Languages  map[string]obliqueLang `json:"languages"`
	Apposition struct {
		Articles  []string `json:"articles"`
		Relatives []string `json:"relatives"`
		And       []string `json:"and"`     // coordinators inside a relative clause (relativeand.go)
		Persons   []string `json:"persons"` // nouns opening an article-less description that are no title (bareappos.go)
	} `json:"apposition"`
	Affiliation struct {
		Prepositions []string `json:"prepositions"`
		Stems        []string `json:"stems"`
	} `json:"affiliation"`
	Abbreviations       map[string]map[string]string `json:"abbreviations"`
	PreTitle            []string                     `json:"preTitle"` // words tying a title before a name to its complement (pretitle.go)
	preTitleLinks       map[string]bool
	articles, relatives map[string]bool
	relAnd              map[string]bool
	persons             map[string]bool
	affPreps            map[string]bool
	// cheap looks before a sentence is tokenized: the affiliation
	// prepositions and the words opening an apposition, with the spaces
	// or comma around them, and each language's abbreviations as written
	affLooks  []string
	appWords  map[string]bool
	abbrLooks map[string][]string
}

var docRoles = sync.OnceValue(func() *docRoleData {
	var d docRoleData
	mustDecodeJSON("data/obliqueroles.json", obliqueRolesJSON, &d)
	d.articles, d.relatives = set(d.Apposition.Articles), set(d.Apposition.Relatives)
	d.relAnd = set(d.Apposition.And)
	d.persons = set(d.Apposition.Persons)
	d.preTitleLinks = set(d.PreTitle)
	d.affPreps = set(d.Affiliation.Prepositions)
	for _, p := range d.Affiliation.Prepositions {
		d.affLooks = append(d.affLooks, " "+p+" ")
	}
	d.appWords = set(append(append(append([]string{}, d.Apposition.Articles...), d.Apposition.Relatives...), grammarWords["definiteArticles"]...))
	d.abbrLooks = map[string][]string{}
	for lang, m := range d.Abbreviations {
		for k := range m {
			r, size := utf8.DecodeRuneInString(k)
			d.abbrLooks[lang] = append(d.abbrLooks[lang], k, string(unicode.ToUpper(r))+k[size:])
		}
	}
	return &d
})

// roleStems holds every title of the lexicon less its last letter, and
// less a fleeting vowel before its last letter, so that nominativeTitle
// builds a candidate only for a stem some title has.
var roleStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for r := range lexiconData().roleWords {
		out[r] = true
		_, size := utf8.DecodeLastRuneInString(r)
		out[r[:len(r)-size]] = true
		if rest := r[:len(r)-size]; len(rest) > 0 {
			_, vs := utf8.DecodeLastRuneInString(rest)
			out[rest[:len(rest)-vs]+r[len(r)-size:]] = true // "veľvyslanec" -> "veľvyslanc"
		}
	}
	return out
})

// anyIn reports whether s holds one of looks.
func anyIn(s string, looks []string) bool {
	for _, l := range looks {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// nominativeTitle reads a lower-case word as a title in an oblique case
// and returns its nominative ("министром" -> "министр", "prezidentom" ->
// "prezident") and whether that is feminine. A word already in the
// nominative gives ok false: the usual readers take it.
func (x *extractor) nominativeTitle(ol *obliqueLang, w string) (nom string, fem, ok bool) {
	if x.lx.isRole(w) {
		return "", false, false
	}
	stems := roleStems()
	if x.lx != lexiconData() {
		stems = nil // (a test's own lexicon: no look-up filter)
	}
	for _, e := range ol.Nouns {
		base, cut := strings.CutSuffix(w, e)
		if !cut || utf8.RuneCountInString(base) < 3 || stems != nil && !stems[base] {
			continue
		}
		// the bare stem first, then with a fleeting vowel, then the other
		// nominative endings: the title lexicon lists some oblique forms
		// too ("veľvyslanca"), which must not win over the nominative
		cands := make([]string, 0, len(ol.Restore)+len(ol.Fleeting)+1)
		cands = append(cands, base)
		if r, size := utf8.DecodeLastRuneInString(base); !strings.ContainsRune("aeiouyáéíóúýаеиоуыэюяіїє", r) {
			for _, v := range ol.Fleeting {
				cands = append(cands, base[:len(base)-size]+v+string(r)) // "veľvyslanc" -> "veľvyslanec"
			}
		}
		for _, r := range ol.Restore {
			cands = append(cands, base+r)
		}
		for _, c := range cands {
			if c != w && x.lx.isRole(c) {
				for _, f := range ol.FeminineEnds {
					if strings.HasSuffix(c, f) {
						fem = true
					}
				}
				return c, fem, true
			}
		}
	}
	return "", false, false
}

// nominativeAdjective reads a lower-case adjective before an oblique title
// in its nominative, or gives ok false.
func nominativeAdjective(ol *obliqueLang, w string, fem bool) (string, bool) {
	table := ol.Adjectives
	if fem {
		table = ol.Feminine
	}
	for _, p := range table {
		if base, ok := strings.CutSuffix(w, p[0]); ok && utf8.RuneCountInString(base) >= 2 {
			return base + p[1], true
		}
	}
	return "", false
}

// learnRoles reads a sentence for the roles this file learns.
func (x *extractor) learnRoles(s string) {
	// one scan for the qualifiers, the affiliation prepositions and the
	// verbs of office (rolelooks.go)
	holds := roleLooks(x.src.Lang).holds(s)
	if holds&roleLookQual != 0 {
		x.qualifiedTitlesHeld(s, true) // "Lieutenant General (ret.) Ian Fox spent …" (titlequal.go)
	}
	d := docRoles()
	ol, slavic := d.Languages[x.src.Lang]
	abbr := abbrLookSets()[x.src.Lang].in(s) // anyIn(s, d.abbrLooks[x.src.Lang]), lookset.go
	aff := holds&roleLookAff != 0            // anyIn(s, d.affLooks)
	app := d.opensApposition(s) || x.opensBareApposition(d, s)
	office := holds&roleLookOffice != 0 // "X … now chairs the Forum" (predicaterole.go)
	listed := listedRoleLook(s)         // "Mr Gideon Falk (Chief Executive)" (listedroles.go)
	// "Our violinist Ruth Anstey" (possessiverole.go), "Le capitaine
	// Baptiste Cazeneuve estime" (articlerole.go): one pass (rolelooks.go)
	poss, art := roleWordLooks(s)
	if !slavic && !aff && !abbr && !app && !office && !listed && !poss && !art {
		return
	}
	toks := x.lookToks(s)
	if listed {
		x.listedRoles(toks)
	}
	if slavic {
		x.obliqueTitles(&ol, toks)
	}
	if poss {
		x.possessiveRoles(toks)
	}
	if app {
		x.appositionRoles(d, toks)
	}
	if abbr {
		x.abbreviatedTitles(d.Abbreviations[x.src.Lang], toks)
	}
	if aff {
		x.affiliations(d, toks)
	}
	if office {
		x.predicateRoles(toks) // last: a title or an apposition said first is kept
	}
	if art {
		x.articleRoles(toks) // after the others: any title or apposition they read is kept
	}
}

// abbreviatedTitles learns "gen. Wiesław Koniarek": an abbreviated title of
// the document's language before a name of two capitalised words, as the
// title spelled out.
func (x *extractor) abbreviatedTitles(abbr map[string]string, toks []tok) {
	for i := 0; i+2 < len(toks); i++ {
		key := lowerWord(toks[i])
		if toks[i].trail == "." {
			key += "."
		} else if toks[i].trail != "" {
			continue
		}
		full, ok := abbr[key]
		if !ok {
			continue
		}
		a, b := toks[i+1], toks[i+2]
		if !isCapital(a.word) || !isCapital(b.word) || a.trail != "" || !x.nameLike(toks[i+1:i+3]) {
			continue
		}
		x.learnRole([]string{a.word, b.word}, full)
	}
}

// affiliations learns "Regula Imboden vom Berner Forum für
// Sicherheitspolitik", "Věra Kubištová z brněnského Institutu pro
// bezpečnostní analýzy": a name, an affiliation preposition, and up to the
// next punctuation an institution (a word with one of the stems of
// data/obliqueroles.json), kept as written.
func (x *extractor) affiliations(d *docRoleData, toks []tok) {
	for i := 2; i+1 < len(toks); i++ {
		if !d.affPreps[lowerWord(toks[i])] || toks[i-1].trail != "" || !isCapital(toks[i-1].word) || toks[i-2].trail != "" || !isCapital(toks[i-2].word) || toks[i].trail != "" {
			continue
		}
		name := toks[i-2 : i]
		if !x.nameLike(name) {
			continue
		}
		var words []string
		institution := false
		for k := i + 1; k < len(toks) && k-i <= 8; k++ {
			w := toks[k]
			l := lowerWord(w)
			if x.lx.sayVerbs[l] || x.lx.auxiliaries[l] {
				break // "Anna Weber vom Institut für Sicherheit sagte": the verb ends it
			}
			words = append(words, w.word)
			for _, st := range d.Affiliation.Stems {
				if isCapital(w.word) && strings.HasPrefix(l, st) {
					institution = true
				}
			}
			if w.trail != "" {
				break
			}
		}
		if institution {
			x.learnRole(tokWords(name), strings.Join(words, " "))
		}
	}
}

// obliqueTitles learns "[adjectives] TITLE [complement] Name" with the
// title in an oblique case.
func (x *extractor) obliqueTitles(ol *obliqueLang, toks []tok) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isCapital(t.word) || t.trail != "" || utf8.RuneCountInString(t.word) < 4 {
			continue
		}
		nom, fem, ok := x.nominativeTitle(ol, lowerWord(t))
		if !ok {
			continue
		}
		// adjectives before the title ("американским президентом")
		var adjs []string
		for k := i - 1; k >= 0 && k >= i-2 && toks[k].trail == "" && !isCapital(toks[k].word); k-- {
			a, ok := nominativeAdjective(ol, lowerWord(toks[k]), fem)
			if !ok {
				break
			}
			adjs = append([]string{a}, adjs...)
		}
		// the complement, lower-case words, then a run of capitalised
		// words whose last one or two are the name
		m := i + 1
		for m < len(toks) && m-i <= 4 && toks[m-1].trail == "" && !isCapital(toks[m].word) {
			m++
		}
		if m >= len(toks) || toks[m-1].trail != "" || !isCapital(toks[m].word) {
			continue
		}
		// an acronym of the body the title belongs to is complement too
		// ("секретарем РНБО Рустемом Умєровим", "главой МИД Сергеем
		// Лавровым", "prezydentem USA Donaldem Trumpem"): capitals of two
		// letters or more, then the name
		for m+1 < len(toks) && m-i <= 4 && toks[m].trail == "" && isAllCaps(toks[m].word) && utf8.RuneCountInString(toks[m].word) >= 2 && isCapital(toks[m+1].word) {
			m++
		}
		c := m
		for c < len(toks) && c-m < 4 && isCapital(toks[c].word) && !isAllCaps(toks[c].word) && (c == m || toks[c-1].trail == "") {
			c++
		}
		if c > m && isAllCaps(toks[c-1].word) || c-m >= 4 {
			continue
		}
		nameAt := m
		if c-m >= 3 {
			nameAt = c - 2 // "президента России Юрием Ушаковым": "России" is the complement
		}
		role := append(adjs, nom)
		for _, w := range toks[i+1 : nameAt] {
			role = append(role, w.word)
		}
		x.learnRole(tokWords(toks[nameAt:c]), strings.Join(role, " "))
		i = c - 1
	}
}

// appositionRoles learns "Name Surname, a DESCRIPTION," and "Name Surname,
// who CLAUSE,".
func (x *extractor) appositionRoles(d *docRoleData, toks []tok) {
	for i := 1; i+2 < len(toks); i++ {
		t := toks[i]
		if !strings.HasPrefix(t.trail, ",") || !isCapital(t.word) || toks[i-1].trail != "" || !isCapital(toks[i-1].word) {
			continue
		}
		first := i - 1
		if first > 0 && toks[first-1].trail == "" && isCapital(toks[first-1].word) && !x.lx.honorifics[lowerWord(toks[first-1])] {
			first--
		}
		name := toks[first : i+1]
		if !x.nameLike(name) {
			continue
		}
		next := lowerWord(toks[i+1])
		if inWhichOpenerAt(toks, i+1) > 0 {
			continue // "Ramón Ferrer, en la que dijo …": a relative clause (inwhichsaid.go), not Swedish "en" opening a description
		}
		article, relative := d.articles[next], d.relatives[next]
		definite := !article && definiteArticles[next] && (x.lx.isRole(lowerWord(toks[i+2])) || x.possessiveTitle(toks, i+2)) // ("the EU's foreign policy chief": appospossessive.go)
		if definite {
			article = true // "Jan Kowalke, der Sprecher der Landesregierung,"
		}
		bare := !article && !relative && x.bareApposHead(d, toks, i+1)
		if bare {
			if end, role := x.bareApposition(d, toks, i+1); role != "" {
				x.learnApposRole(tokWords(name), role)
				i = end
			}
			continue
		}
		if !article && !relative {
			continue
		}
		if article && apposNounWords().timeNouns[lowerWord(toks[i+2])] {
			continue // "Petr Novák, a week later, said": when, not what the person is
		}
		from := i + 2
		if relative {
			from = i + 1 // the clause keeps its pronoun: "who runs the centre"
		}
		var words []string
		end := from
		for ; end < len(toks) && end-from < 12; end++ {
			w := toks[end]
			l := lowerWord(w)
			if end > from && (article && (d.relatives[l] || x.lx.relPronouns[l] && !definiteArticles[l]) || l == "and" || relative && d.relAnd[l] || x.lx.sayVerbs[l]) {
				break // "a negotiation coach in Rotterdam who …": the description ends
			}
			words = append(words, w.word)
			if w.trail != "" {
				break
			}
		}
		if relative && end > from && end < len(toks) && d.relAnd[lowerWord(toks[end])] {
			end = x.coordinatedClauseEnd(toks, end) // "X, who heads the office and led the team," (relativeand.go)
		}
		if len(words) == 0 || relative && len(words) < 3 || article && len(words) > 8 {
			continue
		}
		if relative || definite {
			if end == len(toks) || !strings.HasPrefix(toks[end].trail, ",") {
				continue // a clause that is not closed is what the sentence says, not a description
			}
			sayClause := false
			for _, w := range words {
				sayClause = sayClause || lowerIn(x.lx.sayVerbs, w) || speakOfVerb(lowerString(w)) // "who spoke to reporters on Tuesday": an occasion, not who they are
			}
			if sayClause {
				continue // "X, who said …": speech, not who they are
			}
		}
		if article && x.describesPerson(d, words) {
			x.learnApposRole(tokWords(name), strings.Join(words, " ")) // joined to a title (bareappos.go)
		} else {
			x.learnRole(tokWords(name), strings.Join(words, " "))
		}
		i = end
	}
}

// nameLike reports whether capitalised tokens read as a person's name: no
// title, group, body or non-speaker word among them.
func (x *extractor) nameLike(ts []tok) bool {
	for _, t := range ts {
		l := lowerWord(t)
		if x.lx.isRole(l) || x.lx.notSpeakers[l] || x.lx.groupNouns[l] || x.lx.bodyWords[l] || x.lx.bodies[l] != "" || outletNamed(l) != "" || isAllCaps(t.word) {
			return false
		}
	}
	return true
}

// learnRole keeps the first role learnt for a person, under their
// canonical name when the document or the lexicon knows it and under the
// stem of their surname, so that "Лавровым" here finds "Лавров" there.
func (x *extractor) learnRole(nameWords []string, role string) {
	role = cleanRole(role)
	if role == "" || len(nameWords) == 0 {
		return
	}
	if x.learnedRoles == nil {
		x.learnedRoles = map[string]string{}
	}
	keep := func(k string) {
		if _, ok := x.learnedRoles[k]; !ok && k != "" {
			x.learnedRoles[k] = role
		}
	}
	if canon := x.inflectedName(nameWords); canon != "" {
		keep(canon)
	}
	if canon := x.lx.spelledPerson(nameWords); canon != "" {
		keep(canon)
	}
	if p, ok := lowerIn2(x.lx.people, strings.Join(nameWords, " ")); ok {
		keep(p.Name)
	}
	full := strings.Join(nameWords, " ")
	keep(full)
	stem := "~" + x.surnameStem(nameWords[len(nameWords)-1])
	if x.learnedStemOf == nil {
		x.learnedStemOf = map[string]string{}
	}
	if owner, ok := x.learnedStemOf[stem]; ok && len(nameWords) > 1 && strings.Contains(owner, " ") && !x.sameGivenName(owner, full) {
		// two people of one surname ("Adam Falk (Chair), Eva Falk
		// (Secretary)"): "Ms Falk said" is neither's for certain
		x.learnedRoles[stem] = ""
		return
	}
	if len(nameWords) > 1 {
		x.learnedStemOf[stem] = full
	}
	keep(stem)
}

// sameGivenName reports whether two full names open, past their
// honorifics, with the same three letters, caseless: one person written
// twice ("Mr Arlo Pennant", "Arlo Pennant") or in two case forms ("Сергей
// Лавров", "Сергеем Лавровым") rather than two people of one surname.
func (x *extractor) sameGivenName(a, b string) bool {
	given := func(s string) []rune {
		f := strings.Fields(lowerString(s))
		for len(f) > 1 && (x.lx.honorifics[f[0]] || x.lx.honorifics[strings.TrimSuffix(f[0], ".")]) {
			f = f[1:]
		}
		return []rune(f[0])
	}
	pa, pb := given(a), given(b)
	n := 0
	for n < 3 && n < len(pa) && n < len(pb) && pa[n] == pb[n] {
		n++
	}
	return n == 3 || n == len(pa) && n == len(pb)
}

// fillLearnedRoles gives a person's statements that name no title the role
// learnt for them.
func (x *extractor) fillLearnedRoles() {
	if x.src.Title != "" {
		x.learnRoles(x.src.Title) // "Gość Poranka: gen. Wiesław Koniarek o …"
	}
	x.qualifiedTitlesOfParas() // "Lieutenant General (ret.) Ian Fox" (titlequal.go)
	if len(x.learnedRoles) == 0 {
		return
	}
	byStem := map[string]string{}
	// the surname stems learnt: a spelling whose lower-cased surname
	// opens with none of them has no role under its stem, and its stem
	// (a lower-cased copy and a loop over the case endings per spelling,
	// for every speaker's every alias) is not worked out
	var stems []string
	for k := range x.learnedRoles {
		if st, ok := strings.CutPrefix(k, "~"); ok {
			stems = append(stems, st)
		}
	}
	for i := range x.out {
		st := &x.out[i]
		if st.Speaker == unnamedSpeaker {
			continue
		}
		if sp, ok := x.people[st.Speaker]; !ok || sp.kind != kindPerson {
			continue
		}
		r, ok := x.learnedRoles[st.Speaker]
		if !ok {
			if r, ok = byStem[st.Speaker]; !ok {
				r = x.learnedByStem(st.Speaker, stems)
				byStem[st.Speaker] = r // (a person's statements come many to a speaker)
			}
		}
		if r != "" && (st.Role == "" || x.obliqueOf(st.Role, r)) {
			st.Role = r
		} else if r != "" && x.learnedAppos[r] {
			st.Role = joinedRole(st.Role, r) // "professor" and "docente di relazioni internazionali" (bareappos.go)
		}
	}
}

// learnedByStem is the role learnt under the surname stem of name or of
// one of its spellings in the speaker lexicon ("Sergei Lavrov" is
// "Сергей Лавров" in a Russian report), or "".
//
// stems are the surname stems learnt (the "~" keys of learnedRoles): a
// stem is surnameStem's, a beginning of the lower-cased surname, so a
// surname that opens with none of them is passed over.
func (x *extractor) learnedByStem(name string, stems []string) string {
	spellings := []string{name}
	if p, ok := lowerIn2(x.lx.people, name); ok {
		spellings = append(spellings, p.Aliases...)
	}
	var buf [64]byte
	for _, a := range spellings {
		last := lastWord(a)
		low := appendLower(buf[:0], last)
		opens := false
		for _, st := range stems {
			if len(low) >= len(st) && string(low[:len(st)]) == st {
				opens = true
				break
			}
		}
		if !opens {
			continue
		}
		if r, ok := x.learnedRoles["~"+x.surnameStem(last)]; ok {
			return r
		}
	}
	return ""
}

// surnameStem is a surname without its case ending: the name endings of
// speakers.json, else the noun endings of the document's language
// ("Trumpom" and "Trump" give "trump").
func (x *extractor) surnameStem(w string) string {
	l := lowerString(w)
	if st := x.nameStem(l); st != l {
		return st
	}
	if ol, ok := docRoles().Languages[x.src.Lang]; ok {
		for _, e := range ol.Nouns {
			if base, cut := strings.CutSuffix(l, e); cut && utf8.RuneCountInString(base) >= 4 {
				return base
			}
		}
	}
	return l
}

// obliqueOf reports whether role is one word, the title of learnt in an
// oblique case: "veľvyslanca" read at a statement where "maďarský
// veľvyslanec" was learnt. The stem, less its last letter (a fleeting
// vowel may stand before it), opens a word of learnt.
func (x *extractor) obliqueOf(role, learnt string) bool {
	ol, ok := docRoles().Languages[x.src.Lang]
	if !ok || strings.Contains(role, " ") {
		return false
	}
	role = lowerString(role)
	for _, e := range ol.Nouns {
		base, cut := strings.CutSuffix(role, e)
		if !cut || utf8.RuneCountInString(base) < 4 {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(base)
		for _, w := range strings.Fields(lowerString(learnt)) {
			if w != role && strings.HasPrefix(w, base[:len(base)-size]) && x.lx.isRole(w) {
				return true
			}
		}
	}
	return false
}

// opensApposition reports whether a comma in s is followed by a word that
// opens an apposition (an article, a relative pronoun): one pass over the
// commas, where a look for each word would read s once per word.
func (d *docRoleData) opensApposition(s string) bool {
	for i := strings.Index(s, ", "); i >= 0; {
		rest := s[i+2:]
		end := strings.IndexByte(rest, ' ')
		if end > 0 {
			var lb [16]byte
			if w := appendLower(lb[:0], rest[:min(end, 16)]); d.appWords[string(w)] {
				return true
			}
		}
		next := strings.Index(rest, ", ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return false
}
