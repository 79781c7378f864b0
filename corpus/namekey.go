package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Name keys (issues 11 and 12): the coverage writes a known person's
// surname in every language's spelling, script and case ("Dmitrijev",
// "Zelenszkij", "Зеленського", "Ζελένσκι", "Zelenskiui"), and the
// lexicon cannot list them all. Each spelling is written in one rough
// Latin key that the transliteration schemes share (data/namekeys.json);
// a word whose key is a known surname's key, or that key followed by a
// case ending of the document's language, names that person.

//go:embed data/namekeys.json
var nameKeysJSON []byte

// nameKeysData is data/namekeys.json (see its _comment).
type nameKeysData struct {
	Letters   map[string]string            `json:"letters"`
	Pairs     map[string]string            `json:"pairs"`
	Scripts   map[string]map[string]string `json:"scripts"`
	Rules     []string                     `json:"rules"`
	After     []string                     `json:"after"`
	Languages map[string][]string          `json:"languages"`
	Endings   map[string][]string          `json:"endings"`
	Fold      map[string]string            `json:"fold"`
	Before    []string                     `json:"before"`
}

// minNameKey is the shortest key that names a person: shorter keys
// ("tusk" is four) are too common a run of letters to trust.
const minNameKey = 4

// nameKeyer holds the decoded tables, built once.
type nameKeyer struct {
	letters map[rune]string
	pairs   map[[2]rune]string
	scripts map[string]map[rune]string
	ruleSeq [][2]string
	after   [][2]string
	langs   map[string][][2]string
	endings map[string][]string // ending keys per language
	anyEnd  map[string]bool     // every language's ending keys
	known   map[string]string   // surname key -> canonical name ("" when two people share it)
	spelled map[string]string   // a surname's whole spelling -> canonical name, for keys too short to trust alone
	before  map[string]bool     // words opening a circumposition before a name ("Pēc X teiktā")
	given   map[string]map[string]bool
}

var nameKeys = sync.OnceValue(func() *nameKeyer {
	var d nameKeysData
	mustDecodeJSON("data/namekeys.json", nameKeysJSON, &d)
	k := &nameKeyer{
		letters: map[rune]string{},
		pairs:   map[[2]rune]string{},
		scripts: map[string]map[rune]string{},
		langs:   map[string][][2]string{},
		endings: map[string][]string{},
		anyEnd:  map[string]bool{},
		known:   map[string]string{},
		spelled: map[string]string{},
		before:  set(d.Before),
		given:   map[string]map[string]bool{},
	}
	for l, s := range d.Letters {
		r, _ := utf8.DecodeRuneInString(l)
		k.letters[r] = s
	}
	for to, from := range d.Fold {
		for _, r := range from {
			k.letters[r] = to
		}
	}
	for p, s := range d.Pairs {
		rs := []rune(p)
		k.pairs[[2]rune{rs[0], rs[1]}] = s
	}
	for lang, m := range d.Scripts {
		k.scripts[lang] = map[rune]string{}
		for l, s := range m {
			r, _ := utf8.DecodeRuneInString(l)
			k.scripts[lang][r] = s
		}
	}
	k.ruleSeq = splitRules(d.Rules)
	k.after = splitRules(d.After)
	for lang, rs := range d.Languages {
		k.langs[lang] = splitRules(rs)
	}
	for lang, es := range d.Endings {
		for _, e := range es {
			ek := k.spell(e, lang)
			if ek == "" {
				continue
			}
			k.endings[lang] = append(k.endings[lang], ek)
			k.anyEnd[ek] = true
		}
	}
	// the known surnames: the last word of every spelling of every person
	lx := lexiconData()
	seen := map[*person]bool{}
	for _, p := range lx.people {
		if seen[p] {
			continue
		}
		seen[p] = true
		given := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			f := strings.Fields(n)
			if len(f) == 0 {
				continue
			}
			if len(f) >= 2 {
				if g := k.key(f[0], ""); g != "" {
					given[g] = true
				}
			} else if n != p.Name && len(f) == 1 && strings.EqualFold(n, strings.Fields(p.Name)[0]) {
				continue // an alias that is the given name ("Keir")
			}
			if sp := k.spell(f[len(f)-1], ""); len(sp) >= minNameKey {
				if prev, ok := k.spelled[sp]; ok && prev != p.Name {
					k.spelled[sp] = ""
				} else {
					k.spelled[sp] = p.Name // "Ρούτε" and "Rutte" are both "rute"
				}
			}
			sk := k.key(f[len(f)-1], "")
			if utf8.RuneCountInString(sk) < minNameKey {
				continue
			}
			if prev, ok := k.known[sk]; ok && prev != p.Name {
				k.known[sk] = "" // two people: neither
				continue
			}
			k.known[sk] = p.Name
		}
		k.given[p.Name] = given
	}
	return k
})

// splitRules reads "from=to" rules.
func splitRules(rs []string) [][2]string {
	out := make([][2]string, 0, len(rs))
	for _, r := range rs {
		from, to, ok := strings.Cut(r, "=")
		if ok && from != "" {
			out = append(out, [2]string{from, to})
		}
	}
	return out
}

// spell writes a lower-case word in Latin letters: the language's own
// rules, then the letters of other scripts and the accents folded, then
// the rules every spelling shares.
func (k *nameKeyer) spell(w, lang string) string {
	w = lowerString(w)
	for _, r := range k.langs[lang] {
		w = strings.ReplaceAll(w, r[0], r[1])
	}
	var b strings.Builder
	rs := []rune(w)
	script := k.scripts[lang]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if i+1 < len(rs) {
			if s, ok := k.pairs[[2]rune{r, rs[i+1]}]; ok {
				b.WriteString(s)
				i++
				continue
			}
		}
		if s, ok := script[r]; ok {
			b.WriteString(s)
			continue
		}
		if s, ok := k.letters[r]; ok {
			b.WriteString(s)
			continue
		}
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			b.WriteRune(r)
			continue
		}
		if unicode.IsLetter(r) {
			return "" // a script the table does not spell
		}
		// an apostrophe or hyphen inside an ending ("'s") is kept out
	}
	s := b.String()
	for _, r := range k.ruleSeq {
		if strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	s = collapseDoubles(s)
	for _, r := range k.after {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return collapseDoubles(s)
}

// key is the name key of one word: its spelling with an initial i before
// a vowel dropped (Yermak, Jermak, Iermak, Ермак) and its final vowels
// cut (Zelenski, Zelenskyi; Kislica, Kyslytsya).
func (k *nameKeyer) key(w, lang string) string {
	s := k.spell(w, lang)
	if len(s) > 2 && s[0] == 'i' && isKeyVowel(s[1]) {
		s = s[1:]
	}
	return strings.TrimRightFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isKeyVowel(byte(r)) })
}

func isKeyVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// collapseDoubles writes each run of one letter once.
func collapseDoubles(s string) string {
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			b := []byte(s[:i])
			for j := i; j < len(s); j++ {
				if s[j] != b[len(b)-1] {
					b = append(b, s[j])
				}
			}
			return string(b)
		}
	}
	return s
}

// surnamePerson returns the known person a surname names in a document of
// lang ("" when the language is not known: every language's endings and
// spellings are tried), or "".
func (k *nameKeyer) surnamePerson(w, lang string) string {
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		if utf8.RuneCountInString(w[:i]) < 3 {
			return ""
		}
		w = w[:i] // "Putin'e", "Vance'as", "Trump's": the name before the apostrophe
	}
	if utf8.RuneCountInString(w) < minNameKey {
		return ""
	}
	langs := []string{lang}
	if lang == "" {
		langs = []string{"", "fr", "de", "cs"}
	} else if _, own := k.langs[lang]; own {
		langs = append(langs, "")
	}
	found := ""
	for _, l := range langs {
		s := k.spell(w, l)
		if s == "" {
			continue
		}
		if name, ok := k.spelled[s]; ok {
			if name == "" || found != "" && found != name {
				return ""
			}
			found = name
			continue
		}
		if len(s) > 2 && s[0] == 'i' && isKeyVowel(s[1]) {
			s = s[1:]
		}
		// the whole word, then a known key followed by an ending
		for cut := len(s); cut >= minNameKey; cut-- {
			stem, end := s[:cut], s[cut:]
			if end != "" && !k.isEnding(end, lang) {
				continue
			}
			stem = strings.TrimRightFunc(stem, func(r rune) bool { return r < utf8.RuneSelf && isKeyVowel(byte(r)) })
			if len(stem) < minNameKey {
				break
			}
			name, ok := k.known[stem]
			if !ok {
				continue
			}
			if name == "" || found != "" && found != name {
				return "" // two people share the key
			}
			found = name
			break
		}
	}
	return found
}

// isEnding reports whether end, a key's tail, is a case ending of lang
// (of any language when lang is "") or that ending after a final vowel
// the key cut ("Putina": "a").
func (k *nameKeyer) isEnding(end, lang string) bool {
	if lang == "" {
		return k.anyEnd[end]
	}
	for _, e := range k.endings[lang] {
		if e == end {
			return true
		}
	}
	return false
}

// keyedPerson is the known person a name in another spelling, script or
// case stands for: its surname's key is theirs, and a given name before it
// is one of theirs too (so "Anna Kallas" is not Kaja Kallas). A name
// article before the name ("Ο Κούσνερ") is no part of it.
func (x *extractor) keyedPerson(nameWords []string) string {
	k := nameKeys()
	if len(nameWords) >= 2 {
		if l := lowerString(nameWords[0]); nameArticles[l] || k.before[l] {
			nameWords = nameWords[1:] // "Ο Κούσνερ", "Pēc Trampa (teiktā)"
		}
	}
	if n := len(nameWords); n > 2 && particlesOnly(nameWords[:n-1]) {
		nameWords = nameWords[n-1:] // "von der Leyenin (mukaan)": the particles decline with nothing
	}
	if len(nameWords) == 0 || len(nameWords) > 2 {
		return ""
	}
	lang := x.src.Lang
	last := nameWords[len(nameWords)-1]
	if t, ok := nameCases[lang]; ok {
		low := lowerString(last)
		for _, e := range t.comitative {
			if strings.HasSuffix(low, e) && utf8.RuneCountInString(low)-utf8.RuneCountInString(e) >= minNameKey {
				return "" // "с Юрием Ушаковым": a name after "with" is the other party, never who speaks
			}
		}
	}
	name := k.surnamePerson(last, lang)
	if name == "" || len(nameWords) == 1 {
		return name
	}
	g := nameWords[0]
	for _, l := range []string{lang, ""} {
		gk := k.key(g, l)
		for known := range k.given[name] {
			if gk == known || strings.HasPrefix(gk, known) && len(gk)-len(known) <= 3 {
				return name // "Wołodymyra Zełenskiego": the given name in its case too
			}
		}
	}
	return ""
}

// KnownPersonOf returns the canonical name of the known person a word
// names in a document of lang ("" when not known), in any spelling, script
// or case the name keys read ("Zelenszkijjel", "Дмитрієва"); "" when none
// or more than one. Search indexes it beside the text, so that a question
// typing the English name finds the report.
func KnownPersonOf(word, lang string) string {
	return nameKeys().surnamePerson(word, lang)
}

// particlesOnly reports whether every word is lower case: the particles
// before a surname ("von der", "фон дер").
func particlesOnly(words []string) bool {
	for _, w := range words {
		if isCapital(w) {
			return false
		}
	}
	return true
}

// NameKeysData returns data/namekeys.json as embedded: the index's
// version hashes it, since the name forms it indexes beside each record
// (index/nameforms.go) follow these tables.
func NameKeysData() []byte {
	return append([]byte(nil), nameKeysJSON...)
}
