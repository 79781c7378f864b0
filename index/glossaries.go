package index

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"planbot/corpus"
)

// The search's vocabulary has three sources. synonyms.txt is the domain
// glossary: the plan's subject terms, places and people, in every
// language; its terms are domain words for the relevance rule. The known
// people's spellings (corpus.People) give one group per person, so that
// "ushakov" finds "Uschakow" and "Ушаков" for everyone the extractor
// knows, not only the people the glossary lists. translations.txt holds
// the general words of news coverage in every language ("thursday /
// donnerstag / jeudi ..."): they let an English question find a German
// text, but they are not domain words, so "weather in paris" still needs
// a text about the weather.

// translationFiles hold the general news vocabulary: translations.txt
// (see the comment at its top) and the themed files in its format
// (translations-economy.txt, ...), kept apart so that none grows past
// what one can review.
//
//go:embed translations.txt translations-*.txt
var translationFiles embed.FS

// translationData is every file of translationFiles, in name order (so
// the mapping's version and the groups are the same on every run), one
// after the other.
var translationData = joinTranslations(translationFiles)

// joinTranslations concatenates the embedded translation files in name
// order, each ending with a line break.
func joinTranslations(fsys embed.FS) []byte {
	return joinEmbedded(fsys, "translations*.txt")
}

// joinEmbedded concatenates the embedded files matching pattern in name
// (byte) order, each ending with a line break: the same bytes, so the
// same mapping version, on every run.
func joinEmbedded(fsys embed.FS, pattern string) []byte {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	sort.Strings(names)
	var out []byte
	for _, n := range names {
		b, err := fsys.ReadFile(n)
		if err != nil {
			panic(err) // embedded at build time: cannot fail
		}
		out = append(out, b...)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			out = append(out, '\n')
		}
	}
	return out
}

// minNameLen is the length, in letters, of the shortest surname spelling
// grouped: shorter ones ("Wu", "Li") are words of other languages too.
const minNameLen = 4

// nameLetters is the length of a name in letters, a Han, Hangul or
// katakana character counting two: one such character is a syllable, and
// a two-syllable name ("普京", "푸틴") is no more a common word than a
// four-letter Latin one. Katakana writes foreign names a mora a sign, so
// "ルビオ" (Rubio) or "メルツ" (Merz) is as long as its Latin spelling and
// was left out of its group for three signs.
func nameLetters(s string) int {
	n := 0
	for _, r := range s {
		n++
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r) {
			n++
		}
	}
	return n
}

// glossaryGroups returns every synonym group the search uses: the
// glossary's, the people's spellings and the translations (general).
func glossaryGroups() ([]synonymGroup, error) {
	groups, err := parseSynonyms(synonymData)
	if err != nil {
		return nil, fmt.Errorf("synonyms.txt: %w", err)
	}
	groups = append(groups, nameGroups(corpus.People())...)
	merged, err := mergeSupplements(translationData)
	if err != nil {
		return nil, fmt.Errorf("translations: %w", err)
	}
	tr, err := parseSynonyms(translationLines(merged))
	if err != nil {
		return nil, fmt.Errorf("translations.txt: %w", err)
	}
	return append(groups, pivoted(tr)...), nil
}

// translationLines rewrites translations.txt's "english | others" lines
// as one-way synonym lines ("english => others") for parseSynonyms; the
// English side becomes the group's from, the other languages its to.
func translationLines(data []byte) []byte {
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines[i] = strings.Replace(l, "|", "=>", 1)
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// pivoted turns each translation line into two one-way groups between its
// English terms (the terms before "|", or the first term of a line
// without one) and the other languages' terms: every English form finds
// every translation, every translation finds every English form, and the
// English terms find each other ("careful" / "cautious", "defence" /
// "defense"), but "Donnerstag" does not find "jeudi". A line of n terms, k of them
// English, then costs bleve's synonym index 2k(n-k) + k² pairs rather than n²,
// which at sixteen terms a line made creating an index several times
// slower; and most questions are asked in English. Pivoting on the first
// term alone left the other English forms ("fights", "signed",
// "careful") finding only that term, never a translation.
func pivoted(lines []synonymGroup) []synonymGroup {
	out := make([]synonymGroup, 0, 2*len(lines))
	for _, g := range lines {
		en, rest := g.from, g.to
		if g.twoWay {
			if len(g.from) < 2 {
				continue
			}
			en, rest = g.from[:1], g.from[1:]
		}
		out = append(out,
			synonymGroup{from: en, to: rest, general: true},
			synonymGroup{from: rest, to: en, general: true})
		if len(en) > 1 {
			out = append(out, synonymGroup{from: en, to: en, twoWay: true, general: true})
		}
	}
	return out
}

// cyrillicGenitive returns the genitive of a Cyrillic surname in -ов, -ев,
// -ёв, -ин or -ын ("Ушаков", "Песков"), or "" for any other word. Russian
// text names people in the oblique cases more often than not ("по словам
// Пескова"), and the Russian stemmer cuts the nominative to "песк" but the
// other cases to "песков": with the genitive in the group, a query finds
// both.
func cyrillicGenitive(w string) string {
	for _, end := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasSuffix(w, end) {
			return w + "а"
		}
	}
	return ""
}

// nameGroups returns, for each person with two surname spellings or more,
// the group of them: the last word of the name and of each alias, lower
// case ("Yuri Ushakov", "Uschakow", "Юрий Ушаков" give ushakov /
// uschakow / ушаков).
func nameGroups(people []corpus.Person) []synonymGroup {
	var out []synonymGroup
	for _, p := range people {
		set := map[string]bool{}
		given := ""
		if f := strings.Fields(strings.ToLower(p.Name)); len(f) > 1 {
			given = f[0] // an alias "Keir" is a given name, not a surname
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			f := strings.Fields(strings.ToLower(n))
			if len(f) == 0 {
				continue
			}
			last := strings.Trim(f[len(f)-1], ".,;:'’\"")
			if last != given && nameLetters(last) >= minNameLen {
				set[last] = true
				if g := cyrillicGenitive(last); g != "" {
					set[g] = true
				}
			}
		}
		if len(set) < 2 {
			continue
		}
		terms := make([]string, 0, len(set))
		for t := range set {
			terms = append(terms, t)
		}
		sort.Strings(terms)
		out = append(out, synonymGroup{from: terms, to: terms, twoWay: true})
	}
	return out
}
