// Relation references: a report names a person and goes on with someone
// who stands in a relation to them, without a name: "His spokesman said",
// "Il suo consigliere ha detto", "Sein Sprecher sagte", "Его помощник
// заявил", "Putin's aide said", "Помощник Путина заявил", "the adviser to
// Zelensky said". The speaker is never the person the relation is to (a
// back-reference by title would give Putin his spokesman's words): it is
// the person data/relations.json knows in that relation, when the
// document names them or the relation is one only one person has (a
// president's press secretary), and otherwise an unnamed speaker with the
// phrase as the role.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/relations.json
var relationsJSON []byte

// relationLex is data/relations.json as look-ups.
type relationLex struct {
	possessives map[string]string          // possessive word → the possessor's gender ("" unknown)
	links       map[string]bool            // "to", "di": noun → whose name
	nouns       map[string]bool            // relation nouns and phrases, lower case
	maxWords    int                        // the longest relation phrase, in words
	firsts      map[string]bool            // the first words of nouns: a phrase opening with none holds none
	lasts       map[string]bool            // the last words of nouns
	of          map[string][]relationEntry // the related person + "\x00" + noun → who
	requests    map[string]bool            // verbs of asking something of someone ("просить", "asks"; kinaside.go)
}

// relationEntry is one person known in a relation.
type relationEntry struct {
	person string
	sole   bool
}

var relationData = sync.OnceValue(func() *relationLex {
	var d struct {
		Possessives map[string]string `json:"possessives"`
		Links       []string          `json:"links"`
		Nouns       []string          `json:"nouns"`
		Relations   []struct {
			Person string   `json:"person"`
			Of     string   `json:"of"`
			Sole   bool     `json:"sole"`
			Nouns  []string `json:"nouns"`
		} `json:"relations"`
		Requests []string `json:"requestVerbs"`
	}
	mustDecodeJSON("data/relations.json", relationsJSON, &d)
	r := &relationLex{possessives: d.Possessives, links: setOf(d.Links), nouns: map[string]bool{}, firsts: map[string]bool{}, lasts: map[string]bool{}, of: map[string][]relationEntry{}, requests: set(d.Requests)}
	add := func(n string) {
		r.nouns[n] = true
		ws := strings.Fields(n)
		r.firsts[ws[0]], r.lasts[ws[len(ws)-1]] = true, true
		if c := fieldCount(n); c > r.maxWords {
			r.maxWords = c
		}
	}
	for _, n := range d.Nouns {
		add(lowerString(n))
	}
	for _, e := range d.Relations {
		for _, n := range e.Nouns {
			n = lowerString(n)
			add(n)
			k := e.Of + "\x00" + n
			r.of[k] = append(r.of[k], relationEntry{person: e.Person, sole: e.Sole})
		}
	}
	return r
})

// relationOff turns the reading off, for tests that show what it changes.
var relationOff = false

// relationNounEnd returns how many of the last words of lows, at most
// maxWords, form a relation noun (the longest such), or 0.
func relationNounEnd(lows []string) int {
	r := relationData()
	if len(lows) == 0 || !r.lasts[lows[len(lows)-1]] {
		return 0
	}
	for n := min(r.maxWords, len(lows)); n >= 1; n-- {
		if r.nouns[strings.Join(lows[len(lows)-n:], " ")] {
			return n
		}
	}
	return 0
}

// relationNounStart returns how many of the first words of lows form a
// relation noun (the longest), or 0.
func relationNounStart(lows []string) int {
	r := relationData()
	if len(lows) == 0 || !r.firsts[lows[0]] {
		return 0
	}
	for n := min(r.maxWords, len(lows)); n >= 1; n-- {
		if r.nouns[strings.Join(lows[:n], " ")] {
			return n
		}
	}
	return 0
}

// possessiveRelation reports whether toks[k] is a possessive word that
// opens a relation phrase ending at toks[j] ("… and his spokesman said",
// "il suo consigliere ha detto"): the subject reader keeps it, so the
// phrase is read as a relation, not as the bare title.
func possessiveRelation(toks []tok, k, j int) bool {
	if relationOff || k >= j || j-k > 4 || toks[k].trail != "" {
		return false
	}
	if _, ok := relationData().possessives[lowerWord(toks[k])]; !ok && !strings.HasSuffix(toks[k].low, "'s") && !strings.HasSuffix(toks[k].low, "’s") {
		return false // ("the president's spokeswoman" too)
	}
	lows := make([]string, 0, 4)
	for _, t := range toks[k+1 : j+1] {
		lows = append(lows, lowerWord(t))
	}
	return relationNounEnd(lows) > 0
}

// relationLinkNoun returns, when toks[k] is a link word ("des", "del",
// "to") right after a relation noun of one to three words, the noun's
// length in words; 0 otherwise. The subject reader, reading back from
// the verb over a title ("russischen Präsidenten", "presidente ruso"),
// reads on over the link into the noun whose title it is.
func relationLinkNoun(toks []tok, k int) int {
	r := relationData()
	if relationOff || k < 1 || toks[k].trail != "" || !r.links[toks[k].low] {
		return 0
	}
	var buf [3]string
	n := 0
	for i := k - 1; i >= 0 && k-i <= r.maxWords && k-i <= len(buf) && toks[i].trail == ""; i-- {
		n++
	}
	for m := n; m >= 1; m-- {
		ws := buf[:0]
		for i := k - m; i < k; i++ {
			ws = append(ws, lowerWord(toks[i]))
		}
		if r.nouns[strings.Join(ws, " ")] {
			return m
		}
	}
	return 0
}

// possessiveOpens reports whether toks[k] is a possessive word or an
// "X's" that opens a relation phrase after a speech verb ("», dijo su
// portavoz", "— заявил его пресс-секретарь", "said Putin's aide"): the
// inverted subject reader reads on into the noun.
func possessiveOpens(toks []tok, k int) bool {
	if relationOff || k+1 >= len(toks) || toks[k].trail != "" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if possessiveRelation(toks, k, j) {
			return true
		}
		if toks[j].trail != "" {
			break
		}
	}
	return false
}

// byRelation reads a subject phrase (words, and lows in lower case, with
// no article before) as a relation reference; nil when it is none. The
// name of the person the relation is to comes with it, when known.
func (x *extractor) byRelation(words, lows []string) (*speaker, string) {
	if relationOff || len(lows) < 2 || len(lows) > 7 {
		return nil, ""
	}
	r := relationData()
	// "his spokesman", "il suo consigliere", "его пресс-секретарь"
	if g, ok := r.possessives[lows[0]]; ok {
		n := relationNounEnd(lows[1:])
		if n == 0 || len(lows)-1-n > 2 || anyCapitalWord(words[1:len(words)-n]) {
			return nil, "" // ("His adviser Yuri Ushakov": the name says who)
		}
		noun := strings.Join(lows[len(lows)-n:], " ")
		unnamed := &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
		anchor := x.possessor(g)
		if anchor == nil {
			return unnamed, ""
		}
		if sp := x.relatedPerson(anchor.name, noun, lows[len(lows)-1], cleanRole(strings.Join(words[1:], " "))); sp != nil {
			return sp, anchor.name
		}
		return unnamed, anchor.name
	}
	// "Putin's aide", "Vladimir Putin's spokesman", "the Kremlin's spokesman"
	for i := 0; i < 2 && i < len(lows)-1; i++ {
		w := lows[i]
		base, ok := strings.CutSuffix(w, "'s")
		if !ok {
			base, ok = strings.CutSuffix(w, "’s")
		}
		if !ok {
			continue
		}
		n := relationNounEnd(lows[i+1:])
		if n == 0 || len(lows)-(i+1)-n > 2 {
			return nil, ""
		}
		noun := strings.Join(lows[len(lows)-n:], " ")
		role := cleanRole(strings.Join(words, " "))
		nameWords := append(append([]string(nil), words[:i]...), words[i][:len(base)])
		if b, isBody := lowerIn2(x.lx.bodies, strings.Join(nameWords, " ")); isBody {
			// "the Kremlin's spokesman": who speaks for the body
			// (relations.json), else the office the body and the noun
			// name (offices.json's "kremlin spokesman")
			if sp := x.relatedPerson(b, noun, lows[len(lows)-1], role); sp != nil {
				return sp, b
			}
			if name, ok := officeTitles()[lowerString(strings.Join(nameWords, " "))+" "+noun]; ok && x.documentNames(name) {
				return x.person(strings.Fields(name), role), b
			}
			return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}, b
		}
		anchor, _ := x.anchorName(nameWords)
		if anchor == "" {
			anchor = x.titleAnchor(nameWords, false) // "the Russian president's spokesman"
		}
		if anchor == "" {
			if x.lx.isRole(lowerString(nameWords[len(nameWords)-1])) {
				return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}, "" // whose, not who
			}
			return nil, ""
		}
		if sp := x.relatedPerson(anchor, noun, lows[len(lows)-1], role); sp != nil {
			return sp, anchor
		}
		return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}, anchor
	}
	// "Помощник Путина", "adviser to Zelensky", "portavoce di Putin",
	// "Sprecher Putins": the noun, a link or none, and a known name
	n := relationNounStart(lows)
	if n == 0 || n >= len(lows) {
		return nil, ""
	}
	rest := words[n:]
	linked := r.links[lows[n]]
	if linked {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 4 {
		return nil, ""
	}
	anchor := ""
	if len(rest) <= 2 && !anyLowerWord(rest) {
		a, oblique := x.anchorName(rest)
		if a != "" && !linked && !oblique {
			return nil, "" // "Spokesman Dmitry Peskov", "Речник Дмитро Пєсков": the title and the name of who speaks
		}
		anchor = a
	}
	if anchor == "" && (linked || nameCases[x.src.Lang].endings != nil && !isCapital(rest[0])) {
		// "portavoce del presidente russo", "adviser to the president";
		// in a language of cases the genitive needs no link: "помощник
		// российского лидера", "пресс-секретарь президента России"
		anchor = x.titleAnchor(rest, !linked)
	}
	if anchor == "" {
		return nil, ""
	}
	role := cleanRole(strings.Join(words, " "))
	noun := strings.Join(lows[:n], " ")
	if sp := x.relatedPerson(anchor, noun, lows[n-1], role); sp != nil {
		return sp, anchor
	}
	return &speaker{name: unnamedSpeaker, role: role, kind: kindGroup}, anchor
}

// relatedPerson is the person relations.json knows as the noun (or, for
// a phrase the data does not hold, its last word head) of the person
// called anchor: the one the document names, else the sole holder of
// the relation; nil when none or two fit.
func (x *extractor) relatedPerson(anchor, noun, head, role string) *speaker {
	r := relationData()
	es := r.of[anchor+"\x00"+noun]
	if len(es) == 0 && head != noun {
		es = r.of[anchor+"\x00"+head] // "top foreign-policy aide": an aide
	}
	found, sole := "", ""
	for _, e := range es {
		if e.person == anchor {
			continue
		}
		if x.documentNames(e.person) {
			if found != "" && found != e.person {
				return nil // two envoys named: which one is not said
			}
			found = e.person
		} else if e.sole {
			sole = e.person
		}
	}
	if found == "" {
		found = sole
	}
	if found == "" {
		return nil
	}
	sp := x.person(strings.Fields(found), role)
	x.related, x.relatedAt = sp, x.sentenceNo
	return sp
}

// possessor is the person a possessive opening a sentence's subject
// refers to: the known person the sentence before opened with, the one
// person it named, or the person who has just spoken; g is the gender
// the possessive implies ("" when it does not tell).
func (x *extractor) possessor(g string) *speaker {
	fits := func(sp *speaker) bool {
		return sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker && (g == "" || sp.gender == "" || sp.gender == g)
	}
	if sp := x.subjectBefore1(); fits(sp) {
		return sp
	}
	if g != "" {
		if sp := x.mentionedJustBefore(g); fits(sp) {
			return sp
		}
	}
	if n := len(x.speakers); n > 0 && fits(x.speakers[n-1]) && x.recent(x.speakers[n-1], 1) {
		return x.speakers[n-1]
	}
	return nil
}

// anchorName is the canonical name of a known person written as words,
// and whether they were written in a case form other than the name's own
// ("Путина", "Putins"), which makes them whose, not who; "" when the
// words name no one the document or the lexicon knows.
func (x *extractor) anchorName(words []string) (string, bool) {
	low := lowerString(strings.Join(words, " "))
	if full, ok := x.short[low]; ok {
		return full, false
	}
	if p, ok := x.lx.people[low]; ok {
		return p.Name, false
	}
	if full := x.inflectedName(words); full != "" {
		return full, true
	}
	if g, ok := strings.CutSuffix(low, "s"); ok && len(words) == 1 {
		// "Putins Sprecher", "Sprecher Selenskyjs": the German genitive
		if full, ok := x.short[g]; ok {
			return full, true
		}
		if p, ok := x.lx.people[g]; ok {
			return p.Name, true
		}
	}
	if full := x.keyedPerson(words); full != "" {
		return full, false
	}
	return "", false
}

// anyLowerWord reports whether a word of ws does not open with a capital.
func anyLowerWord(ws []string) bool {
	for _, w := range ws {
		if !isCapital(w) {
			return true
		}
	}
	return false
}

// titleAnchor is the canonical name of the person a title names as whose
// relation a phrase speaks of ("del presidente russo", "to the
// president", "the Russian president's"): the office's holder
// (offices.json) when the document names them, else, unless officesOnly,
// the newest person who spoke or was named with that title as the head
// of their role (not "помощник президента", whose "президента" is the
// complement); "" when none. officesOnly is for a genitive with no link
// word ("Помощник президента России"), where the bare "президента" is as
// often the aide's own title as whose.
func (x *extractor) titleAnchor(words []string, officesOnly bool) string {
	if len(words) > 1 && lowerIn(roleArticles, words[0]) {
		words = words[1:]
	}
	phrase := lowerString(strings.Join(words, " "))
	if phrase == "" {
		return ""
	}
	if name, ok := officeTitles()[phrase]; ok && x.documentNames(name) {
		return name
	}
	if name, ok := officeTitles()[x.src.Lang+"\x00"+phrase]; ok && x.documentNames(name) {
		return name
	}
	if name := officeByStems(words); name != "" && x.documentNames(name) {
		return name // "des russischen Präsidenten", "российского лидера": the title in another case
	}
	if officesOnly || len(words) > 2 || !x.lx.isRole(lowerString(words[len(words)-1])) && !x.lx.isRole(lowerString(words[0])) {
		return ""
	}
	holds := func(sp *speaker) bool {
		return sp != nil && sp.kind == kindPerson && roleHoldsWord(sp.role, phrase) && x.titleHeads(sp.role, phrase) && !otherCountryTitle(strings.Fields(phrase), sp)
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if holds(x.speakers[i]) {
			return x.speakers[i].name
		}
	}
	if sp := x.subjectBefore1(); holds(sp) {
		return sp.name
	}
	for _, list := range [][]*speaker{x.titled, x.mentioned} {
		for i := len(list) - 1; i >= 0; i-- {
			if holds(list[i]) {
				return list[i].name
			}
		}
	}
	if len(words) == 1 {
		return x.soleOfficeName([]string{phrase}) // "the president's" in a report naming one president, untitled (titlegate.go)
	}
	return ""
}

// relationMiss is a relation phrase data knows no one in: the unnamed
// speaker it stands for and the person it is a relation to.
type relationMiss struct {
	sp     *speaker
	anchor string
}

// classify reads who a subject phrase names (classifyRead). A relation
// phrase data knows no one in (byRelation's relationMiss) gets the
// reading the phrase gets otherwise, unless that is no person or the
// person the relation is to ("Помощник Путина" is not Putin; "le
// conseiller diplomatique du président russe" after Ushakov opened the
// sentence before is Ushakov, whose name the document spells as the
// lexicon does not): then the unnamed speaker with the phrase as role.
func (x *extractor) classify(phrase []tok, sentenceStart bool) *speaker {
	phrase, _ = initialsGlued(phrase) // "Е. В. Самохвалова" (initialsname.go)
	saved := x.relMiss
	x.relMiss = relationMiss{}
	sp := x.classifyRead(phrase, sentenceStart)
	m := x.relMiss
	x.relMiss = saved
	if m.sp == nil || sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker && sp.name != m.anchor {
		return sp
	}
	if sp != nil && sp.name == m.anchor && strings.EqualFold(sp.role, m.sp.role) {
		sp.role = "" // (the reading gave the title to the person it is whose)
	}
	return m.sp
}

// officeByStems is the holder of the office whose title (offices.json)
// has words's words in another case form: word by word, the two share a
// beginning of four letters or more that leaves at most three letters of
// either ("российского лидера" for "российский лидер", "russischen
// Präsidenten" for "russische Präsident"); "" when no title or two
// holders fit.
func officeByStems(words []string) string {
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	lows := make([]string, len(words))
	for i, w := range words {
		lows[i] = lowerString(w)
	}
	found := ""
	for key, person := range officeTitles() {
		if _, phrase, ok := strings.Cut(key, "\x00"); ok {
			key = phrase
		}
		ks := strings.Fields(key)
		if len(ks) != len(lows) {
			continue
		}
		same := true
		for i := range ks {
			if !sameStem(ks[i], lows[i]) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if found != "" && found != person {
			return ""
		}
		found = person
	}
	return found
}

// sameStem reports whether two lower-case words share a beginning of at
// least four letters that leaves at most three letters of each.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 4 && len(ra)-n <= 3 && len(rb)-n <= 3
}
