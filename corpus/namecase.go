// Name cases: the nominative of a name the grammar has put in another
// case. "По словам Игоря Волкова", "Według Tomasza Wójcika", "Prema
// riječima Ivana Kovačića", "Mikko Korhosen mukaan" name Игорь Волков,
// Tomasz Wójcik, Ivan Kovačić and Mikko Korhonen; a statement gives the
// person in the form a reader searches for. A person known to the
// document or the lexicon is found by inflectedName; this is for the
// others, by a table of endings per language (data/namecases.json).

package corpus

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/namecases.json
var nameCasesJSON []byte

// nameEnding is one "ending=replacement" entry of data/namecases.json.
type nameEnding struct{ from, to string }

// nameCaseTable is one language's endings, longest first.
type nameCaseTable struct {
	endings    []nameEnding
	given      []nameEnding    // tried first on a given name ("Pavla": Pavel)
	lastOnly   bool            // only the last word is declined (Finnish, Turkish)
	comitative []string        // the endings of a name after "with" ("Ушаковым", "Sybihą")
	with       map[string]bool // the language's own forms of "with" (Czech "se"), beside grammar.json's comitatives
	focus      map[string]bool // "сам", "sama": before a name, never of it
	surnames   []string        // a surname's nominative endings, for a surname alone in its case ("Petrenka": Petrenko)
	accusative []nameEnding    // a feminine name's accusative, after a minutes heading ("Наталію": Наталія)
	heard      map[string]bool // minutes headings whose object is who spoke ("слушали", "слухали")
	keepGiven  bool            // a given name written as givennames.json lists it is nominative already (Romanian "Andrei")
}

// nameCases is data/namecases.json, by language code.
var nameCases = func() map[string]nameCaseTable {
	var f struct {
		Languages map[string]struct {
			Endings    []string `json:"endings"`
			Given      []string `json:"given"`
			LastOnly   bool     `json:"lastOnly"`
			Comitative []string `json:"comitative"`
			Focus      []string `json:"focus"`
			With       []string `json:"with"`
			Surnames   []string `json:"surnames"`
			KeepGiven  bool     `json:"keepKnownGiven"`
			Accusative []string `json:"accusative"`
			Heard      []string `json:"heard"`
		} `json:"languages"`
	}
	mustDecodeJSON("data/namecases.json", nameCasesJSON, &f)
	out := map[string]nameCaseTable{}
	for lang, l := range f.Languages {
		t := nameCaseTable{lastOnly: l.LastOnly, comitative: l.Comitative, focus: map[string]bool{}, surnames: l.Surnames, keepGiven: l.KeepGiven}
		for _, w := range l.Focus {
			t.focus[w] = true
		}
		if len(l.With) > 0 {
			t.with = map[string]bool{}
			for _, w := range l.With {
				t.with[w] = true
			}
		}
		t.endings, t.given, t.accusative = parseEndings(l.Endings), parseEndings(l.Given), parseEndings(l.Accusative)
		if len(l.Heard) > 0 {
			t.heard = set(l.Heard)
		}
		out[lang] = t
	}
	return withInstrumentalEndings(out) // interviewintro.json's
}()

// parseEndings reads "ending=replacement" entries, longest ending first.
func parseEndings(list []string) []nameEnding {
	var out []nameEnding
	for _, e := range list {
		from, to, _ := strings.Cut(e, "=")
		out = append(out, nameEnding{from, to})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i].from) > utf8.RuneCountInString(out[j].from)
	})
	return out
}

// nominativeName is the name of words read in a case other than the
// nominative, in lang: each word (or the last, as the language declines
// it) loses its case ending for the nominative one. A word with no ending
// of the table, or one that would keep fewer than two letters, is left as
// written; so is a word in a language the table does not hold.
func nominativeName(lang string, words []string) []string {
	t, ok := nameCases[lang]
	if !ok {
		return words
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if t.lastOnly && i < len(words)-1 || !isCapital(w) {
			continue
		}
		// a double surname declines in each part ("Matić-Radoš")
		parts := strings.Split(w, "-")
		for k, p := range parts {
			if i == 0 && len(words) > 1 {
				if t.keepGiven && givenNames()[lowerString(p)] {
					continue // Romanian "lui Andrei Popescu": a masculine name keeps its form, "-ei" is its own
				}
				if g := nominativeWord(t.given, p); g != p {
					parts[k] = g
					continue
				}
			}
			parts[k] = nominativeWord(t.endings, p)
		}
		out[i] = strings.Join(parts, "-")
	}
	return out
}

// nominativeWord is one word of nominativeName.
func nominativeWord(endings []nameEnding, w string) string {
	low := lowerString(w)
	if len(low) != len(w) {
		return w // a letter that changes length in lower case: the stem cannot be cut as written
	}
	for _, e := range endings {
		stem, ok := strings.CutSuffix(low, e.from)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		return w[:len(stem)] + e.to // the stem as written, capital kept
	}
	return w
}

// focusWord reports whether a word standing before a name is an emphatic
// of the document's language ("Сам Ушаков", "Sama Nowak"): no part of the
// name.
func (x *extractor) focusWord(t tok) bool {
	return nameCases[x.src.Lang].focus[lowerWord(t)]
}

// comitativeWord reports whether t is "with" in any language
// (grammar.json comitatives) or in the document's own (namecases.json
// with: Czech "se", Slovak "so", which are other words elsewhere).
func (x *extractor) comitativeWord(t tok) bool {
	low := lowerWord(t)
	return comitative[low] || nameCases[x.src.Lang].with[low]
}

// comitativeParty returns how many words opening a phrase after "with"
// carry the language's comitative ending ("с Юрием Ушаковым Песков",
// "z Andrijem Sybihą Radosław Sikorski"): they name the other party, and
// the words after them, if any, the speaker. 0 when the language has no
// such ending or the phrase does not open with one.
func comitativeParty(lang string, words []tok) int {
	t := nameCases[lang]
	n := 0
	for n < len(words) && n < 3 && isCapital(words[n].word) {
		low := lowerWord(words[n])
		found := false
		for _, e := range t.comitative {
			if stem, ok := strings.CutSuffix(low, e); ok && utf8.RuneCountInString(stem) >= 2 {
				found = true
				break
			}
		}
		if !found {
			break
		}
		n++
	}
	return n
}

// obliqueSurname is the nominative of a surname standing alone after a cue
// that puts it in a case ("За словами Петренка", "Według Kowalskiego",
// "Podle Nováka je …"), or "" when the word is not read as one: the
// language must list a surname's endings (namecases.json surnames), the
// word must lose a case ending, and its nominative must end as a surname
// of the language does and be no capital, country, body, title or
// nationality ("По словам Берлина", "По данным Украины", "Według PAP").
// The person is one the document and the lexicon do not know; those are
// inflectedName's and obliqueKnownName's.
func (x *extractor) obliqueSurname(nameWords []string) string {
	if !x.oblique || len(nameWords) != 1 {
		return ""
	}
	w := nameWords[0]
	t := nameCases[x.src.Lang]
	if len(t.surnames) == 0 || !isCapital(w) || isAllCaps(w) || strings.ContainsAny(w, ".'’0123456789") {
		return ""
	}
	nom := nominativeName(x.src.Lang, nameWords)[0]
	if nom == w {
		return "" // no case ending: a nominative or an indeclinable word, not this reader's
	}
	low := lowerString(nom)
	if !surnameEnding(t.surnames, low) || capitalSpeaker(w, true) != nil || capitalSpeaker(nom, false) != nil || countryOf(low) != "" {
		return ""
	}
	if lw := lowerString(w); x.lx.bodies[lw] != "" || x.lx.bodies[low] != "" || x.lx.notSpeakers[low] || x.lx.isRole(lw) || x.lx.isRole(low) || demonymLike(low, x.src.Lang) || givenNames()[low] {
		return "" // a body, a title in its case, a nationality, a given name alone (givenNameOf's)
	}
	if x.placeStem(commonPrefix(w, nom)) {
		return "" // "По данным Харькова" where the document writes "в Харькове": a city
	}
	return nom
}

// placeStemPrepositions are the prepositions of place after which a
// capitalised word in a Slavic or Baltic text is a place ("в Харькове",
// "у Львові" is left out: "у Петренка" is "Petrenko has").
var placeStemPrepositions = []string{"в", "во", "на", "из", "w", "we", "v", "ve", "vo", "na", "iš", "į"}

// placeStem reports whether the document writes a word opening with stem
// (three letters at least) right after a preposition of place.
func (x *extractor) placeStem(stem string) bool {
	if utf8.RuneCountInString(stem) < 3 {
		return false
	}
	for _, p := range x.paras {
		for _, prep := range placeStemPrepositions {
			if strings.Contains(p.text, " "+prep+" "+stem) || strings.HasPrefix(p.text, upperFirst(prep)+" "+stem) || strings.Contains(p.text, ". "+upperFirst(prep)+" "+stem) {
				return true
			}
		}
	}
	return false
}

// commonPrefix is the longest opening a and b share, cut at a letter.
func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return a[:n]
}

// upperFirst is w with its first letter in upper case ("в" → "В").
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// surnameEnding reports whether the lower-case nominative low ends in one
// of a language's surname endings with at least two letters before it.
func surnameEnding(endings []string, low string) bool {
	for _, e := range endings {
		if stem, ok := strings.CutSuffix(low, e); ok && utf8.RuneCountInString(stem) >= 2 {
			return true
		}
	}
	return false
}

// accusativeName is nominativeName for a name in the accusative: a
// feminine word in -у/-ю loses it first ("Наталію Бондарчук": Наталія
// Бондарчук); a masculine accusative is the genitive ("Тараса
// Мельничука"), which nominativeName reads.
func accusativeName(lang string, words []string) []string {
	t := nameCases[lang]
	out := nominativeName(lang, words)
	for i, w := range words {
		if a := nominativeWord(t.accusative, w); a != w && isCapital(w) {
			out[i] = a
		}
	}
	return out
}

// heardHeading reports whether t is a minutes heading of the document's
// language whose object is the person heard ("Слушали", "СЛУХАЛИ:"): the
// name after it is in the accusative, and the heading no title.
func (x *extractor) heardHeading(t tok) bool {
	return nameCases[x.src.Lang].heard[lowerWord(t)]
}

// heardOpening is the name, as written, that opens paragraph ps[i] when
// the paragraph before is a minutes heading alone ("1. СЛУХАЛИ:" over
// "Тараса Мельничука, заступника голови, який поінформував …"): its two
// or three capitalised words up to the first stop or comma; "" otherwise.
func (x *extractor) heardOpening(ps []paragraph, i int) string {
	t := nameCases[x.src.Lang]
	if i == 0 || len(t.heard) == 0 || len(ps[i-1].text) > 40 {
		return "" // (a heading of one word and its number: no lowering of every paragraph)
	}
	if !t.heard[lowerString(strings.Trim(ps[i-1].text, "*#:.0123456789 \t"))] {
		return ""
	}
	var words []string
	for _, tk := range tokenize(ps[i].text) {
		if !isCapital(tk.word) || len(words) == 3 {
			break
		}
		words = append(words, tk.word)
		if tk.trail != "" {
			break
		}
	}
	if len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}

// heardWords are the minutes headings of every language (namecases.json
// heard), for readers that do not know the document's language.
var heardWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, t := range nameCases {
		for w := range t.heard {
			out[w] = true
		}
	}
	return out
})
