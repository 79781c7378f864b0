// Institutions and groups as speakers (issue 12). A body that speaks is a
// speaker as a person is: "the Kremlin said", "Кремль заявил", "МИД России
// сообщил", "Le conseil départemental demande …", "das Auswärtige Amt
// teilte mit", and so is a group named by a plural noun with a qualifier
// ("europejscy przywódcy", "les dirigeants européens"). Slavic reports
// also let a body speak impersonally from where it sits: "В Кремле
// заявили", "У МЗС повідомили", "W Kremlu przekazano" (the place is the
// body, in the locative). English bodies and groups were read before
// (speakers.json: bodyWords, groupNouns); this file reads the other
// languages from data/institutions.json, heads and plural nouns per
// language, never a fixture's names. Outlets stay where a statement was
// reported, never its speaker.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/institutions.json
var institutionsJSON []byte

// institutionLexicon is data/institutions.json read into sets.
type institutionLexicon struct {
	heads         map[string]bool // nouns heading a body's name, lower case
	compoundHeads []string        // heads closing a German or Dutch compound
	sole          map[string]bool // words naming one body by themselves
	groups        map[string]bool // plural nouns of a group speaker
	negations     map[string]bool // a verb's negation, which may close a subject phrase
	headFinal     map[string]bool // languages whose body names end in their head
	caseEndings   []string        // a head's Slavic oblique endings, longest first
	stems         map[string]string
}

// institutionData loads data/institutions.json once.
var institutionData = sync.OnceValue(func() *institutionLexicon {
	var d struct {
		Heads         []string `json:"heads"`
		CompoundHeads []string `json:"compoundHeads"`
		Sole          []string `json:"sole"`
		Groups        []string `json:"groups"`
		Negations     []string `json:"negations"`
		HeadFinal     []string `json:"headFinal"`
		CaseEndings   []string `json:"caseEndings"`
	}
	mustDecodeJSON("data/institutions.json", institutionsJSON, &d)
	il := &institutionLexicon{heads: set(d.Heads), compoundHeads: d.CompoundHeads, sole: set(d.Sole), groups: set(d.Groups), negations: set(d.Negations), headFinal: set(d.HeadFinal), caseEndings: d.CaseEndings, stems: map[string]string{}}
	// a head in an oblique case ("Кремле", "Кремлі", "Kremlu",
	// "министерстве") is found by its stem: the head less a final vowel
	// or soft sign, which the case endings replace
	for _, h := range append(append([]string{}, d.Heads...), d.Sole...) {
		if utf8.RuneCountInString(h) < 4 {
			continue
		}
		r, size := utf8.DecodeLastRuneInString(h)
		if strings.ContainsRune("ьйоаяеoaey", r) {
			il.stems[h[:len(h)-size]] = h
		}
		il.stems[h] = h
	}
	return il
})

// isHead reports whether w (as written) heads a body's name: a head word,
// a compound closed by one ("Außenministerium"), or a word naming one body
// alone. Heads of three letters or fewer ("МИД", "MSZ", "Amt", "Rat") count
// only capitalised, so that "mon" or "rat" in running text is no body.
func (il *institutionLexicon) isHead(w string) bool {
	var lb [64]byte // the look-up key on the stack: most words are no head
	key := appendLower(lb[:0], w)
	if il.heads[string(key)] || il.sole[string(key)] {
		return utf8.RuneCount(key) > 3 || isCapital(w)
	}
	if !isCapital(w) {
		return false
	}
	for _, h := range il.compoundHeads {
		if len(key) >= len(h)+3 && string(key[len(key)-len(h):]) == h {
			return true
		}
	}
	return false
}

// obliqueHead returns the head w is a case form of ("Кремле" -> "кремль",
// "Kremlu" -> "kreml", "МИДе" -> "мид"), or "".
func (il *institutionLexicon) obliqueHead(w string) string {
	l := lowerString(w)
	if il.heads[l] || il.sole[l] {
		return l
	}
	for _, e := range il.caseEndings {
		base, ok := strings.CutSuffix(l, e)
		if !ok || utf8.RuneCountInString(base) < 3 {
			continue
		}
		if h, ok := il.stems[base]; ok {
			return h
		}
		if il.heads[base] && isAllCaps(w[:len(base)]) {
			return base // "МИДе": an acronym with a case ending
		}
	}
	return ""
}

// institution reads a subject phrase (words as written, lows in lower
// case; article says an article before them was dropped) as a body or a
// group speaker of the languages data/institutions.json covers, or nil.
func (x *extractor) institution(words, lows []string, article bool) *speaker {
	il := institutionData()
	n := len(words)
	if n == 0 || n > 6 {
		return nil
	}
	if n >= 2 && roleArticles[lows[0]] || definiteArticles[lows[0]] && n >= 2 {
		words, lows, n, article = words[1:], lows[1:], n-1, true // "Il Consiglio", "Le conseil départemental", "Die Synode"
	} else if rest, ok := elidedArticle(words[0]); ok {
		// "L'Élysée a indiqué", "l'Unione europea chiede": the article
		// elided onto the name
		words = append([]string{rest}, words[1:]...)
		lows = append([]string{lowerString(rest)}, lows[1:]...)
		article = true
	}
	headFirst := il.isHead(words[0]) && (n == 1 || !il.headFinal[x.src.Lang])
	headLast := n >= 2 && il.isHead(words[n-1])
	group := n >= 2 && n <= 4 && (il.groups[lows[n-1]] || il.groups[lows[0]] || n >= 3 && il.groups[lows[n-3]+" "+lows[n-2]+" "+lows[n-1]])
	_, alias := x.lx.bodies[lows[0]]
	if !headFirst && !headLast && !group && !(n == 1 && alias) {
		return nil // most phrases are people: nothing below is built for them
	}
	for i, l := range lows {
		if x.lx.notSpeakers[l] || outletNamed(l) != "" || x.lx.isUnnamed(l) {
			return nil // an unnamed noun makes a source, an outlet no speaker
		}
		if il.negations[l] {
			return nil // "La Comisión Europea no ha …": the verb's negation, no part of the name
		}
		if headFirst && i > 0 && i < n-1 && x.lx.isRole(l) && !il.isHead(words[i]) && isCapital(words[n-1]) && !x.lx.isRole(lows[n-1]) {
			// (but "Ministerstwo Spraw Zagranicznych": the capitals are the
			// head's complement, words of titles too)
			return nil // "Kremlin spokesman Dmitry Peskov": a title and a name after the body
		}
		if !headFirst && x.lx.isRole(l) && !il.isHead(words[i]) {
			// a title before the head makes a person ("the ministry's
			// spokesman"); after a head, title words are its complement
			// ("МИД России": "России" is a title word too, for "глава
			// МИД России")
			return nil
		}
	}
	if outletNamed(strings.Join(words, " ")) != "" || x.knownName(strings.Join(words, " ")) {
		return nil
	}
	name := bodyName(words)
	if b, ok := lowerIn2(x.lx.bodies, name); ok {
		return &speaker{name: b, kind: kindBody}
	}
	switch {
	case n == 1 && il.sole[lows[0]]:
		return &speaker{name: name, kind: kindBody} // "Кремль", "Farnesina"
	case headFirst && (n > 1 || isCapital(words[0]) || article):
		// "МИД России", "Міністерство закордонних справ", "Il Consiglio"
		return &speaker{name: name, kind: kindBody}
	case headLast:
		return &speaker{name: name, kind: kindBody} // "das Auswärtige Amt"
	case n == 1 && isCapital(words[0]) && il.isHead(words[0]):
		return &speaker{name: name, kind: kindBody} // "Außenministerium", "Bundesregierung"
	}
	if group {
		return &speaker{name: strings.Join(words, " "), kind: kindGroup} // "europejscy przywódcy", "les dirigeants européens"
	}
	return nil
}

// bodyName is a body's name as the report writes it, its first letter in
// upper case ("conseil départemental" -> "Conseil départemental").
func bodyName(words []string) string {
	name := strings.Join(words, " ")
	r, size := utf8.DecodeRuneInString(name)
	if unicode.IsLower(r) {
		name = string(unicode.ToUpper(r)) + name[size:]
	}
	return name
}

// locativeBody reads "В Кремле", "У МЗС", "W Kremlu", "В Министерстве
// иностранных дел России" (a place preposition, then a body in the
// locative, with its complement) as the body itself, in its nominative:
// Slavic reports let a body speak impersonally from where it sits ("В
// Кремле заявили, что …"). words and lows hold the whole phrase, the
// preposition first. A city ("У Києві") is no body and gives nil.
func (x *extractor) locativeBody(words, lows []string) *speaker {
	if len(words) < 2 || len(words) > 6 {
		return nil
	}
	il := institutionData()
	h := il.obliqueHead(words[1])
	if h == "" || utf8.RuneCountInString(h) <= 3 && !isAllCaps(words[1]) {
		return nil
	}
	for _, l := range lows[2:] {
		if x.lx.isRole(l) || x.lx.notSpeakers[l] {
			return nil
		}
	}
	if x.closingAttribution() {
		return nil // "В Кремле считают …, отметил он": the view is the one who reports it
	}
	head := h
	if isAllCaps(words[1]) {
		head = strings.ToUpper(h)
	} else if isCapital(words[1]) {
		r, size := utf8.DecodeRuneInString(h)
		head = string(unicode.ToUpper(r)) + h[size:]
	}
	name := bodyName(append([]string{head}, words[2:]...))
	if b, ok := lowerIn2(x.lx.bodies, name); ok {
		name = b
	}
	return &speaker{name: name, kind: kindBody}
}

// institutionSubject reads back from the verb at toks[j+1] a subject the
// subject reader stops short of because it holds lower-case words: "Le
// conseil départemental demande", "europejscy przywódcy uznali", "Das
// Auswärtige Amt teilte mit". The phrase runs from the start of its
// clause to toks[j] and must be a body or group by institution. It
// returns the speaker and the index of its first token, or nil.
func (x *extractor) institutionSubject(toks []tok, j int) (*speaker, int) {
	if j < 0 || toks[j].trail != "" {
		return nil, 0
	}
	k := j
	for k > 0 && j-k < 6 && toks[k-1].trail == "" {
		k--
	}
	if k > 0 && j-k >= 6 {
		return nil, 0 // no clause start within reach
	}
	for k < j && (x.lx.adverbs[toks[k].low] || timePreps[toks[k].low]) {
		k++ // "Вчера европейские лидеры заявили"
	}
	words := make([]string, 0, j-k+1)
	lows := make([]string, 0, j-k+1)
	for _, t := range toks[k : j+1] {
		if containsAny(t.raw, "“”\"«»„()") {
			return nil, 0
		}
		words, lows = append(words, t.word), append(lows, lowerWord(t))
	}
	if sp := x.institution(words, lows, false); sp != nil {
		return sp, k
	}
	return nil, 0
}

// elidedArticle returns a capitalised word after the French or Italian
// article elided onto it ("L'Élysée" -> "Élysée").
func elidedArticle(w string) (string, bool) {
	for _, p := range []string{"L'", "l'", "L’", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && isCapital(rest) {
			return rest, true
		}
	}
	return "", false
}

// lowerWords is words in lower case.
func lowerWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lowerString(w)
	}
	return out
}

// closingAttribution reports whether the sentence being read ends with its
// own attribution after a comma (", отметил он", ", said Peskov"): what a
// body holds is then told by that person.
func (x *extractor) closingAttribution() bool {
	toks := x.toks
	n := len(toks)
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		if strings.HasPrefix(toks[k].trail, ",") && (x.lx.sayVerbs[toks[k+1].low] || x.lx.sayVerbs[lowerWord(toks[k+1])]) {
			return true
		}
	}
	return false
}
