// Documents leaders or governments issue, speaking as themselves: "Monday's
// leaders' statement, signed by a dozen heads of government, said …", "La
// déclaration de Paris prévoit que …", "Laut gemeinsamer Erklärung waren
// die Gespräche …", "В совместном заявлении говорится, что …", "…, the
// final communiqué said.". News coverage in every language lets such a
// document speak: as the subject of a say or set-out verb, after an
// according cue, and, in German, Italian and the Slavic languages, in the
// place phrase before an impersonal verb ("heißt es", "si legge",
// "говорится", "йдеться", "czytamy"). The test sets name the speaker as the
// report writes the document ("leaders' statement", "la déclaration de
// paris"), or, for a joint statement, as joint.go has always named it.
//
// Precision: a head noun alone ("the statement said") is anyone's
// statement and speaks only right after a document spoke; a qualifier
// (data/docspeakers.json) makes it the statement of leaders or
// governments. A plan's own text ("the draft says Ukraine would …") has no
// head here: its terms are provisions, read elsewhere.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/docspeakers.json
var docSpeakersJSON []byte

// docLexicon is data/docspeakers.json read into sets.
type docLexicon struct {
	heads      map[string]bool
	headFilter *keyFilter // heads, for a cheap look at every word of a sentence
	joint      map[string]bool
	qualifiers map[string]bool
	links      map[string]bool
	timeOwned  map[string]bool
	setOut     map[string]bool
	particles  map[string]bool
	cues       map[string]bool
	cueLinks   map[string]bool
	nominative map[string]string   // a head's case form -> its nominative
	adjectives map[string][]string // an adjective's case form -> its nominatives, masculine, feminine, neuter
}

// docData loads data/docspeakers.json once.
var docData = sync.OnceValue(func() *docLexicon {
	var d struct {
		Heads           []string            `json:"heads"`
		Joint           []string            `json:"joint"`
		Qualifiers      []string            `json:"qualifiers"`
		Links           []string            `json:"links"`
		TimePossessives []string            `json:"timePossessives"`
		SetOut          []string            `json:"setOut"`
		Particles       []string            `json:"particles"`
		Cues            []string            `json:"cues"`
		CueLinks        []string            `json:"cueLinks"`
		Nominatives     map[string]string   `json:"nominatives"`
		Adjectives      map[string][]string `json:"adjectives"`
	}
	mustDecodeJSON("data/docspeakers.json", docSpeakersJSON, &d)
	dl := &docLexicon{heads: set(d.Heads), joint: set(d.Joint), qualifiers: set(d.Qualifiers), links: set(d.Links), timeOwned: set(d.TimePossessives), setOut: set(d.SetOut), particles: set(d.Particles), cues: set(d.Cues), cueLinks: set(d.CueLinks), nominative: d.Nominatives, adjectives: d.Adjectives}
	dl.headFilter = wordFilter(dl.heads)
	return dl
})

// isDocHead reports whether a word as written is a document head.
func (dl *docLexicon) isDocHead(w string) bool {
	return foldedIn(dl.heads, dl.headFilter, w)
}

// mentionsDocHead reports whether any word of s is a document head: most
// sentences hold none and are not tokenised for this reader.
func mentionsDocHead(s string) bool {
	dl := docData()
	for i := 0; i < len(s); {
		for i < len(s) && !isWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j > i && dl.isDocHead(s[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// docPhrase reads a document's name at toks[k]: an optional day
// ("Monday's") and article, qualifiers before the head, the head, and
// qualifiers or a link word and a place after it ("déclaration de Paris",
// "communiqué final"). It returns the speaker and the index of the
// phrase's last token, or nil. A head with no qualifier is the document
// that has just spoken (lastDoc), if one has.
func (x *extractor) docPhrase(toks []tok, k int) (*speaker, int) {
	dl := docData()
	n := len(toks)
	i := k
	if i < n && dl.timeOwned[lowerWord(toks[i])] && toks[i].trail == "" {
		i++ // "Monday's leaders' statement"
	}
	article := false
	if i < n && toks[i].trail == "" && (roleArticles[lowerWord(toks[i])] || definiteArticles[lowerWord(toks[i])]) {
		i, article = i+1, true
	}
	start := i
	h := -1
	qualified, joint := false, false
	for j := i; j < n && j < i+4; j++ {
		w, l := toks[j].word, lowerWord(toks[j])
		if dl.isDocHead(w) {
			h = j
			qualified = qualified || dl.qualifiers[l] // "Abschlusserklärung": the qualifier inside the head
			break
		}
		if toks[j].trail != "" {
			return nil, 0
		}
		switch {
		case dl.joint[l]:
			qualified, joint = true, true
		case dl.qualifiers[l]:
			qualified = true
		case x.groupPossessive(l):
			qualified = true // "leaders'", "ministers’"
		case isCapital(w) && x.placeOrBody(toks, j) > 0:
			qualified = true // "the Paris declaration", "the White House readout", "Berliner Erklärung"
			if x.placeOrBody(toks, j) == 2 {
				j++ // "White House": both words
			}
		case isCapital(w) && strings.Contains(w, "-"):
			qualified = true // "A joint US-Ukrainian statement"
		case isCapital(w) && j > k && !x.knownName(possessor(w)):
			qualified = true // "A Downing Street readout", "The G7 statement", "The Kremlin's readout": its issuer, no person
		default:
			return nil, 0
		}
	}
	if h < 0 {
		return nil, 0
	}
	end := h
	for j := h + 1; j < n && j <= h+2 && toks[end].trail == ""; j++ {
		l := lowerWord(toks[j])
		switch {
		case dl.joint[l]:
			qualified, joint, end = true, true, j // "déclaration commune"
			continue
		case dl.qualifiers[l]:
			qualified, end = true, j // "communiqué final"
			continue
		case dl.links[l] && j+1 < n && x.linkedIssuer(toks[j+1].word):
			qualified, end = true, j+1 // "la déclaration de Paris", "the declaration of Paris", "le communiqué de l'Élysée"
		}
		break
	}
	if !qualified {
		if sp := x.lastDoc; sp != nil && article && start == h && x.lastSpeaker == sp && x.lastStmtSentence >= x.sentenceNo-2 {
			return sp, end // "The statement also said …" right after it spoke
		}
		return nil, 0
	}
	if joint {
		if named := jointNamedWide(toks, start, end+1); named != nil {
			return named, end // "A joint US-Ukrainian statement": the parties inside the name (jointwide.go)
		}
		return x.jointSpeaker(), end
	}
	words := make([]string, 0, end-start+1)
	for _, t := range toks[start : end+1] {
		words = append(words, t.word)
	}
	name := strings.Join(dl.nominativeName(words), " ")
	if r, size := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
		name = string(unicode.ToUpper(r)) + name[size:]
	}
	return &speaker{name: name, kind: kindBody}, end
}

// nominativeName gives a Slavic document's name read in its case in the
// nominative ("итоговом коммюнике" -> "итоговое коммюнике", "końcowej
// deklaracji" -> "końcowa deklaracja"): the head's nominative from the
// data, then each adjective's for the head's gender, told by its ending
// (a neuter in -е/-e, a feminine in -а/-я/-a, else masculine). Words the
// data does not list stay as written; words holds the phrase as written
// and is changed in place.
func (dl *docLexicon) nominativeName(words []string) []string {
	gender := -1
	for i, w := range words {
		if n, ok := lowerIn2(dl.nominative, w); ok {
			words[i] = n
			w = n
		}
		if !dl.isDocHead(w) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(lowerString(w))
		switch {
		case strings.ContainsRune("еe", r):
			gender = 2
		case strings.ContainsRune("аяa", r):
			gender = 1
		default:
			gender = 0
		}
	}
	if gender < 0 {
		return words
	}
	for i, w := range words {
		if forms, ok := lowerIn2(dl.adjectives, w); ok && gender < len(forms) {
			words[i] = forms[gender]
		}
	}
	return words
}

// groupPossessive reports whether l is a group's plural possessive
// ("leaders'", "ministers’"): the group issued the document.
func (x *extractor) groupPossessive(l string) bool {
	for _, a := range []string{"s'", "s’"} {
		if stem, ok := strings.CutSuffix(l, a); ok {
			return x.lx.groupNouns[stem+"s"]
		}
	}
	return false
}

// possessor is a capitalised word without its possessive ending
// ("Kremlin's" -> "Kremlin").
func possessor(w string) string {
	for _, e := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(w, e); ok {
			return stem
		}
	}
	return w
}

// linkedIssuer reports whether the word after a link word names a capital
// or a body, its elided article aside: "de Paris", "de l'Élysée", "del
// Cremlino".
func (x *extractor) linkedIssuer(w string) bool {
	if rest, ok := elidedArticle(w); ok {
		w = rest
	}
	return isCapital(w) && (capitalSpeaker(w, false) != nil || lowerIn(x.lx.bodies, w) != "")
}

// placeOrBody returns how many words from the capitalised toks[j] name a
// capital or a body (one, or two: "White House"), 1 for a German adjective
// of a city ("Berliner", "Pariser"), or 0.
func (x *extractor) placeOrBody(toks []tok, j int) int {
	w := toks[j].word
	if j+1 < len(toks) && toks[j].trail == "" && isCapital(toks[j+1].word) && lowerIn(x.lx.bodies, w+" "+toks[j+1].word) != "" {
		return 2 // "White House"
	}
	if capitalSpeaker(w, false) != nil || lowerIn(x.lx.bodies, w) != "" {
		return 1
	}
	if base, ok := strings.CutSuffix(w, "er"); ok && capitalSpeaker(base, false) != nil {
		return 1 // "Berliner", "Pariser"
	}
	return 0
}

// documentSpeech reads a sentence in which a document speaks, in any of
// the shapes the file comment lists, and emits its statement.
func (x *extractor) documentSpeech(s string, pos int) bool {
	if !mentionsDocHead(s) {
		return false
	}
	x.toks = x.tokensOf(s)
	toks := x.toks
	if len(toks) < 4 {
		return false
	}
	if sp, text := x.docSubjectSpeech(s, toks); sp != nil {
		return x.emitDoc(sp, text, pos)
	}
	if sp, text := x.docImpersonal(s, toks); sp != nil {
		return x.emitDoc(sp, text, pos)
	}
	if sp, text := x.docAccording(s, toks); sp != nil {
		return x.emitDoc(sp, text, pos)
	}
	if sp, text := x.docTrailing(s, toks); sp != nil {
		return x.emitDoc(sp, text, pos)
	}
	return false
}

// emitDoc emits a document's statement and remembers the document, so
// that "It also said …" and "The statement added …" go on with it.
func (x *extractor) emitDoc(sp *speaker, text string, pos int) bool {
	if strings.Count(text, " ") < 2 {
		return false // "said so": nothing to hold
	}
	x.emit(sp, text, false, pos)
	x.lastDoc = sp
	return true
}

// docVerb reports whether the word at toks[v] is a verb by which a
// document speaks or sets something out, and the index of the verb
// itself after an auxiliary ("has said", "a affirmé").
func (x *extractor) docVerb(toks []tok, v int) (int, bool) {
	if v >= len(toks) {
		return 0, false
	}
	l := lowerWord(toks[v])
	if x.lx.auxiliaries[l] && toks[v].trail == "" && v+1 < len(toks) {
		if _, ok := x.docVerb(toks, v+1); ok {
			return v + 1, true
		}
	}
	if x.lx.sayVerbs[l] || docData().setOut[l] || x.lx.isProseVerb(toks[v].word) {
		return v, true
	}
	return 0, false
}

// docSubjectSpeech reads "[time] [article] document [, participle clause,]
// verb [that] content": the document opens the sentence.
func (x *extractor) docSubjectSpeech(s string, toks []tok) (*speaker, string) {
	k := 0
	if strings.HasPrefix(toks[0].raw, "(") && strings.HasSuffix(toks[0].raw, ")") {
		k++ // "(07:50) A joint statement said": a live blog's time
	} else if t := x.reporterThat(toks); t > 0 {
		k = t // "Worth adding that the leaders' statement … spoke of …"
	}
	sp, end := x.docPhrase(toks, k)
	if sp == nil {
		return nil, ""
	}
	v := end + 1
	if strings.HasPrefix(toks[end].trail, ",") {
		// "…, signed by a dozen European heads of government, said":
		// a participle or relative clause set off by commas
		for c := end + 1; c < len(toks) && c <= end+14; c++ {
			if strings.HasPrefix(toks[c].trail, ",") {
				v = c + 1
				break
			}
			if toks[c].trail != "" {
				return nil, ""
			}
		}
	} else {
		// "the leaders' statement on Monday evening spoke of …": a short
		// phrase of time or place before the verb
		for v < len(toks) && v <= end+4 && toks[v-1].trail == "" {
			if _, ok := x.docVerb(toks, v); ok {
				break
			}
			v++
		}
	}
	if v == end+1 && toks[end].trail != "" && !strings.HasPrefix(toks[end].trail, ",") {
		return nil, ""
	}
	vi, ok := x.docVerb(toks, v)
	if !ok || vi+2 >= len(toks) {
		return nil, ""
	}
	return sp, x.docContent(s, toks, vi)
}

// reporterThat returns the index after a that-word within a sentence's
// first four words when the words before it name no one ("Worth adding
// that …", "It is notable that …"), or 0: the reporter's own frame before
// the document speaks.
func (x *extractor) reporterThat(toks []tok) int {
	for t := 1; t < len(toks)-3 && t <= 4; t++ {
		if toks[t-1].trail != "" {
			return 0
		}
		if x.lx.thatWords[lowerWord(toks[t])] && toks[t].trail == "" {
			return t + 1
		}
		if isCapital(toks[t].word) || x.lx.sayVerbs[lowerWord(toks[t])] {
			return 0 // "Zelensky said that …": someone's speech, not the reporter's frame
		}
	}
	return 0
}

// docContent is what the document says after its verb at toks[vi]: the
// say verbs' content as for any speaker, the set-out verbs' clause after
// a that-word, and "spoke of" from the verb on (speakof_plain.go keeps a
// characterisation so).
func (x *extractor) docContent(s string, toks []tok, vi int) string {
	l := lowerWord(toks[vi])
	if l == "spoke" || l == "speaks" {
		return trimSentenceEnd(s[toks[vi].start:])
	}
	if x.lx.sayVerbs[l] {
		if text, direct := x.content(s, toks, vi, false); text != "" {
			if !direct {
				text = x.characteriseSpan(s, toks, vi, text) // "called the talks highly productive", as a person's (charspan.go)
			}
			return text
		}
	}
	j := vi + 1
	if j < len(toks) && toks[vi].trail == "" && (x.lx.separable[toks[j].low] || docData().particles[toks[j].low]) {
		j++ // "sieht vor, dass"
	}
	if j < len(toks) && x.lx.thatWords[lowerWord(toks[j])] {
		j++
	}
	if j >= len(toks) {
		return ""
	}
	return x.characteriseSpan(s, toks, vi, trimSentenceEnd(s[toks[j].start:]))
}

// docImpersonal reads "Place-preposition document impersonal-verb [es,]
// [that] content": "В совместном заявлении говорится, что …", "In der
// gemeinsamen Erklärung heißt es, …", "Nella dichiarazione congiunta si
// legge che …", "We wspólnym oświadczeniu czytamy, że …".
func (x *extractor) docImpersonal(s string, toks []tok) (*speaker, string) {
	if !x.lx.docPreps[lowerWord(toks[0])] {
		return nil, ""
	}
	sp, end := x.docPhrase(toks, 1)
	if sp == nil || toks[end].trail != "" && !strings.HasPrefix(toks[end].trail, ",") {
		return nil, ""
	}
	v := end + 1
	for v < len(toks)-1 && v <= end+3 && toks[v-1].trail == "" && !x.lx.impersonal[lowerWord(toks[v])] && !reflexive[lowerWord(toks[v])] {
		v++ // "In der Abschlusserklärung des Gipfels heißt es": the document's complement
	}
	if v < len(toks) && reflexive[lowerWord(toks[v])] {
		v++ // "si legge", "se lee"
	}
	if v >= len(toks) || !x.lx.impersonal[lowerWord(toks[v])] {
		return nil, ""
	}
	j := v + 1
	for j < len(toks)-1 && j <= v+3 && (toks[j].low == "es" || x.lx.thatWords[lowerWord(toks[j])] || reflexive[lowerWord(toks[j])]) {
		j++ // "heißt es, …", "говорится, что …"
	}
	if j >= len(toks) {
		return nil, ""
	}
	return sp, trimSentenceEnd(s[toks[j].start:])
}

// docAccording reads an according cue opening the sentence before a
// document: "According to the leaders' statement, …", "Laut gemeinsamer
// Erklärung waren …", "Selon la déclaration commune, …", "Según la
// declaración final, …".
func (x *extractor) docAccording(s string, toks []tok) (*speaker, string) {
	k := -1
	switch {
	case toks[0].low == "according" && toks[1].low == "to":
		k = 2
	case x.lx.according[lowerWord(toks[0])]:
		k = 1
	case accordingLead[lowerWord(toks[0])] && x.lx.according[lowerWord(toks[1])]:
		k = 2
	case docData().cues[lowerWord(toks[0])]:
		k = 1 // "Согласно совместному заявлению", "Згідно зі спільною заявою"
		if docData().cueLinks[lowerWord(toks[1])] {
			k = 2
		}
	}
	if k < 0 {
		return nil, ""
	}
	sp, end := x.docPhrase(toks, k)
	if sp == nil || end+2 >= len(toks) {
		return nil, ""
	}
	for _, t := range toks[end+1:] {
		if x.lx.sayVerbs[lowerWord(t)] {
			return nil, "" // "According to a Kremlin readout, Ushakov said …": the one the readout quotes speaks
		}
	}
	return sp, trimSentenceEnd(s[toks[end+1].start:])
}

// docTrailing reads a document closing the sentence after a comma: "…,
// the final communiqué said.", "…, said the joint statement.", "…, heißt
// es in der gemeinsamen Erklärung.", "…, говорится в совместном
// заявлении.", "…, selon la déclaration commune.".
func (x *extractor) docTrailing(s string, toks []tok) (*speaker, string) {
	n := len(toks)
	for c := n - 3; c >= 2 && c >= n-9; c-- {
		if !strings.HasPrefix(toks[c-1].trail, ",") {
			continue
		}
		text := trimSentenceEnd(strings.TrimRight(s[:toks[c-1].start+len(toks[c-1].raw)], ","))
		k := c
		switch l := lowerWord(toks[c]); {
		case l == "according" && toks[c+1].low == "to":
			k = c + 2
		case x.lx.according[l]:
			k = c + 1
		case reflexive[l] && x.lx.impersonal[lowerWord(toks[c+1])]:
			k = c + 2 // "…, si legge nella dichiarazione congiunta."
			if k < n && x.lx.docPreps[lowerWord(toks[k])] {
				k++
			}
		case x.lx.impersonal[l]:
			k = c + 1
			if k < n && toks[k].low == "es" {
				k++
			}
			if k < n && x.lx.docPreps[lowerWord(toks[k])] {
				k++
			}
		case x.lx.sayVerbs[l]:
			k = c + 1 // "…, said the joint statement."
		}
		sp, end := x.docPhrase(toks, k)
		if sp == nil {
			continue
		}
		if end == n-1 && k != c {
			return sp, text
		}
		if k == c && end == n-2 && x.lx.sayVerbs[lowerWord(toks[n-1])] {
			return sp, text // "…, the final communiqué said."
		}
	}
	return nil, ""
}

// docAttribution is a document named beside the speech verb of the
// sentence a quotation opens or closes, for the quote-first reader:
// "“…,” the leaders' statement said", "« … », indique la déclaration de
// Paris", "„…“, heißt es in der Abschlusserklärung". toks is the sentence
// with the quotation taken out.
func (x *extractor) docAttribution(toks []tok) *speaker {
	dl := docData()
	head := false
	for _, t := range toks {
		if dl.isDocHead(t.word) {
			head = true
			break
		}
	}
	if !head {
		return nil // most quotations name no document
	}
	for k := 0; k < len(toks) && k < 8; k++ {
		sp, end := x.docPhrase(toks, k)
		if sp == nil {
			continue
		}
		if _, ok := x.docVerb(toks, end+1); ok {
			return sp // "the leaders' statement said"
		}
		p := k - 1
		if p >= 0 && x.lx.docPreps[lowerWord(toks[p])] {
			p-- // "heißt es in der …", "говорится в …"
		}
		if p >= 0 && toks[p].low == "es" {
			p--
		}
		if p >= 0 {
			if l := lowerWord(toks[p]); x.lx.sayVerbs[l] || x.lx.impersonal[l] || x.lx.isProseVerb(toks[p].word) {
				return sp // "said the final communiqué", "indique la déclaration de Paris"
			}
		}
	}
	return nil
}
