// Names and titles as each language writes them, read from
// data/speakernames.json: the particles that stand inside a name in
// scripts other than Latin ("Урсула фон дер Ляйен"), and the titles that
// carry their definite article as an ending ("Riksdagsledamoten Karin
// Västberg", "Säkerhetsanalytikern Johan Berglöv"). Without them the
// particle ended the name, so the person was lost, and the Scandinavian
// title was read as a given name, so the person got no role.

package corpus

import (
	_ "embed"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed data/speakernames.json
var speakerNamesJSON []byte

// speakerNamesData is data/speakernames.json.
type speakerNamesData struct {
	NameParticles         map[string][]string `json:"nameParticles"`
	DefiniteTitleSuffixes map[string][]string `json:"definiteTitleSuffixes"`
	QuestionParticles     map[string][]string `json:"questionParticles"`
	RelativePronouns      map[string][]string `json:"relativePronouns"`
	SpellingFolds         []string            `json:"spellingFolds"`
	WherePrepositions     []string            `json:"wherePrepositions"`
	FromPrepositions      []string            `json:"fromPrepositions"`
	TitleTails            []string            `json:"titleTails"`
	// AddressWords are the polite forms of address before a surname
	// ("Herr Hartl", "signora Bordoni"), lower case: a surname's full
	// name is never one of them (fullNameOf).
	AddressWords []string `json:"addressWords"`
	// GreetingWords open a salutation, a sign-off or a self-introduction
	// ("Liebe Eltern,", "Gruß Hartmut", "I'm Rory"), lower case: no
	// speaker's name starts with one (nounledname.go).
	GreetingWords []string `json:"greetingWords"`
	// ArticledPrepositions are the prepositions joined with an article
	// ("nello", "della", "pelo", "zum") and the articles of place names,
	// lower case: capitalised words after one name a place or an
	// institution ("nello Studio Ovale"), not a person (plainMention).
	ArticledPrepositions []string `json:"articledPrepositions"`
	// HyphenParticles are the particles joined to a surname by a hyphen
	// ("al-Sabah"), lower case (particlename.go).
	HyphenParticles []string `json:"hyphenParticles"`
	// LanguageParticles are name particles read so only in a document of
	// the language ("den" in Dutch: "Joop den Uyl"), being an article
	// between capitalised nouns elsewhere (German "die Ukraine den
	// Donbass"), lower case (particlename.go).
	LanguageParticles map[string][]string `json:"languageParticles"`
	// ClauseOpeners are, per language, the question words,
	// conjunctions, negations and prepositions that open a clause and
	// never a name ("Why I", "Desde Madrid"), lower case (clauseopener.go).
	ClauseOpeners map[string][]string `json:"clauseOpeners"`
	// FrontedWords are, per language that capitalises its nouns, the
	// prepositions with an article, oblique articles and "als" that open
	// a fronted phrase ("Den Anfang machte …"): at a sentence's start,
	// no word of a subject and no person's first name, lower case
	// (clauseopener.go).
	FrontedWords map[string][]string `json:"frontedWords"`
	// ObjectPrepositions are, per language, the prepositions and
	// articles after which a role's capitals are the preposition's
	// object ("Teil des Gebiets Donezk"), lower case (prepobject.go).
	ObjectPrepositions map[string][]string `json:"objectPrepositions"`
}

// speakerNames holds the file, decoded once when the package loads: the
// data is embedded, so a decoding error is a build mistake.
var speakerNames = func() speakerNamesData {
	var d speakerNamesData
	mustDecodeJSON("data/speakernames.json", speakerNamesJSON, &d) // TestSpeakerNamesData reads it
	for lang, sfx := range d.DefiniteTitleSuffixes {
		// longest first, so that "-en" is tried before "-n"
		s := append([]string(nil), sfx...)
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		d.DefiniteTitleSuffixes[lang] = s
	}
	addressWords = map[string]bool{}
	for _, w := range d.AddressWords {
		addressWords[w] = true
	}
	return d
}()

// greetingWords is speakerNames.GreetingWords as a set.
var greetingWords = set(speakerNames.GreetingWords)

// addressWords is speakerNames.AddressWords as a set.
var addressWords map[string]bool

// articledPrepositions is speakerNames.ArticledPrepositions as a set.
var articledPrepositions = set(speakerNames.ArticledPrepositions)

// withNameParticles adds the particles of every script in
// data/speakernames.json to the Latin ones: a particle is read inside a
// name whatever the document's language, as the Latin ones are.
func withNameParticles(latin map[string]bool) map[string]bool {
	for _, ws := range speakerNames.NameParticles {
		for _, w := range ws {
			latin[lowerString(w)] = true
		}
	}
	return latin
}

// articleTitle reports whether the lower-case word l is a title written
// with its definite ending in the document's language ("riksdagsledamoten"
// in Swedish): the word without the ending is a title or a compound closed
// by one. Only languages listed in data/speakernames.json are read so,
// since the same endings are case or plural endings elsewhere.
func (x *extractor) articleTitle(l string) bool {
	sfx := speakerNames.DefiniteTitleSuffixes[x.src.Lang]
	for _, s := range sfx {
		stem, ok := strings.CutSuffix(l, s)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		if x.lx.isRole(stem) {
			return true
		}
	}
	return false
}

// titleRun is how many capitalised words opening run are titles, leaving
// at least two words for a name: German capitalises every title
// ("Oberkirchenrätin Heike Stallmann"), and a title opening a sentence is
// capitalised in every language, so a run of capitals may hold the title
// before the person it names.
func (x *extractor) titleRun(run []tok) int {
	t := 0
	for t < len(run)-2 {
		l := lowerWord(run[t])
		if !x.lx.isRole(l) && !x.articleTitle(l) {
			break
		}
		t++
	}
	return t
}

// questionParticles are the particles of every language that open a
// yes-no question, lower-case.
var questionParticles = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range speakerNames.QuestionParticles {
		for _, w := range ws {
			m[lowerString(w)] = true
		}
	}
	return m
}()

// questionOpened reports whether a subject phrase opens with a question
// particle: "Czy rząd uważa, że …?" asks what the government thinks, and
// "Czy rząd" is no speaker. A particle is unambiguous at the head of a
// phrase in any language, so the document's language is not asked.
func questionOpened(phrase []tok) bool {
	return len(phrase) > 1 && questionParticles[lowerWord(phrase[0])]
}

// relativePronouns are the relative pronouns of data/speakernames.json,
// lower-case, in every language: a clause they open after a name is about
// that person.
var relativePronouns = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range speakerNames.RelativePronouns {
		for _, w := range ws {
			m[lowerString(w)] = true
		}
	}
	return m
}()

// nameFold is a lower-case surname without its accents and with its
// transliterated ending folded by data/speakernames.json's spellingFolds:
// "zelenský", "zelenskyj" and "zelenskyi" all give "zelensky".
func nameFold(w string) string {
	w = lowerString(foldAccents(w))
	for _, f := range speakerNames.SpellingFolds {
		from, to, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		if stem, ok := strings.CutSuffix(w, foldAccents(from)); ok && stem != "" {
			return stem + to
		}
	}
	return w
}

// foldAccents drops the accents of the Latin letters Central European
// names carry; other letters are kept.
func foldAccents(s string) string {
	return accentFolder.Replace(s)
}

// accentFolder maps accented Latin letters to their base letter.
var accentFolder = strings.NewReplacer(
	"á", "a", "ä", "a", "č", "c", "ď", "d", "é", "e", "ě", "e", "í", "i", "ĺ", "l", "ľ", "l", "ň", "n",
	"ó", "o", "ô", "o", "ŕ", "r", "ř", "r", "š", "s", "ť", "t", "ú", "u", "ů", "u", "ý", "y", "ž", "z",
	"ć", "c", "đ", "d", "ł", "l", "ń", "n", "ś", "s", "ź", "z", "ż", "z", "ą", "a", "ę", "e",
)

// obliqueKnownName maps a surname in an oblique case after a cue that
// governs one ("Podľa Zelenského", "Podle Zelenského") to the person the
// document named in full under another transliteration ("Volodymyr
// Zelenskyj"): the language's case ending is taken off (namecases.json)
// and both spellings are folded. It answers only for one word, only for
// one person, and only after such a cue.
func (x *extractor) obliqueKnownName(nameWords []string) string {
	if !x.oblique || len(nameWords) != 1 {
		return ""
	}
	nom := nominativeName(x.src.Lang, nameWords)[0]
	if strings.EqualFold(nom, nameWords[0]) {
		return "" // no case ending of the language: the other rules read it as written
	}
	want := nameFold(nom)
	found := ""
	for key, canon := range x.short {
		if strings.Contains(key, " ") || nameFold(key) != want {
			continue
		}
		if found != "" && found != canon {
			return "" // two people fold alike: say neither
		}
		found = canon
	}
	return found
}

// wherePrepositions open a phrase of place inside a subject phrase.
var wherePrepositions = set(speakerNames.WherePrepositions)

// fromPrepositions open a phrase of origin or direction: the capitalised
// word after one is a place (lonename.go).
var fromPrepositions = set(speakerNames.FromPrepositions)

// placeBeforeName reports where a phrase of place opens inside a subject
// phrase whose capitals (words[k:]) follow a lower-case noun of that
// phrase: "Prezydent USA na pokładzie samolotu Air Force One" names a
// vehicle, not a person "Force One". It returns the preposition's index:
// the title or name before it is the speaker.
func (x *extractor) placeBeforeName(words, lows []string, k int) (int, bool) {
	if k < 3 || isCapital(words[k-1]) || x.lx.isRole(lows[k-1]) || particles[lows[k-1]] || endsWithTitleTail(lows[:k]) {
		return 0, false
	}
	for i := k - 2; i >= 1; i-- {
		if isCapital(words[i]) {
			return 0, false // the lower-case run between the title and the capitals is the place phrase
		}
		if wherePrepositions[lows[i]] {
			if x.titleGenitive(lows, i) {
				return 0, false // "Министърът на отбраната Христо Николов" (titlegenitive.go)
			}
			return i, true
		}
	}
	return 0, false
}

// titleTails are the lower-case phrases that close a title rather than
// open a place ("Generał w stanie spoczynku Zbigniew Ratajczak", "генерал в
// отставке Иван Петров"): the capitals after them are the person's name.
var titleTails = func() [][]string {
	var out [][]string
	for _, p := range speakerNames.TitleTails {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// endsWithTitleTail reports whether the lower-cased words end with one of
// titleTails.
func endsWithTitleTail(lows []string) bool {
	for _, tail := range titleTails {
		if len(tail) <= len(lows) && slices.Equal(lows[len(lows)-len(tail):], tail) {
			return true
		}
	}
	return false
}
