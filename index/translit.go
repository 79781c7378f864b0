package index

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search"
)

// Names in Russian and Ukrainian texts are written in Cyrillic, and
// people on Discord type them in Latin letters: "sviridov" for Свиридов,
// "diachuk" or "dyachuk" for Дячук. Beside the text of a record, the Latin
// spellings of its capitalised Cyrillic words (names, places) are indexed
// (see withMeta), in the two common ways of writing them: the Russian one
// (я ya, ю yu, г g, и i) and the Ukrainian national one (я ia, ю iu, г h,
// и y). A spelling one letter away is then found by the fuzzy search.

// cyrLatin maps a lower-case Cyrillic letter to its Latin spellings: the
// Russian-style one, then the Ukrainian-style one when it differs.
var cyrLatin = map[rune][2]string{
	'а': {"a"}, 'б': {"b"}, 'в': {"v"}, 'г': {"g", "h"}, 'ґ': {"g"}, 'д': {"d"},
	'е': {"e"}, 'ё': {"yo", "e"}, 'є': {"ye", "ie"}, 'ж': {"zh"}, 'з': {"z"},
	'и': {"i", "y"}, 'і': {"i"}, 'ї': {"yi", "i"}, 'й': {"y", "i"}, 'к': {"k"},
	'л': {"l"}, 'м': {"m"}, 'н': {"n"}, 'о': {"o"}, 'п': {"p"}, 'р': {"r"},
	'с': {"s"}, 'т': {"t"}, 'у': {"u"}, 'ф': {"f"}, 'х': {"kh"}, 'ц': {"ts"},
	'ч': {"ch"}, 'ш': {"sh"}, 'щ': {"shch"}, 'ъ': {""}, 'ы': {"y"}, 'ь': {""},
	'э': {"e"}, 'ю': {"yu", "iu"}, 'я': {"ya", "ia"}, '\'': {""}, '’': {""},
}

// translitForms returns the Latin spellings of the capitalised Cyrillic
// words of text, without repeats.
func translitForms(text string) []string {
	if !hasCyrillic(text) { // most records (textscan.go)
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		first := []rune(w)[0]
		if !unicode.Is(unicode.Cyrillic, first) || !unicode.IsUpper(first) {
			continue
		}
		for _, f := range translit(w) {
			if f != "" && !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// translit spells one Cyrillic word in Latin letters, both ways; nil when
// the word holds a letter that is neither Cyrillic nor Latin.
func translit(w string) []string {
	var ru, uk strings.Builder
	for _, r := range strings.ToLower(w) {
		if l, ok := cyrLatin[r]; ok {
			ru.WriteString(l[0])
			if l[1] != "" {
				uk.WriteString(l[1])
			} else {
				uk.WriteString(l[0])
			}
			continue
		}
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			ru.WriteRune(r)
			uk.WriteRune(r)
			continue
		}
		return nil
	}
	a, b := ru.String(), uk.String()
	// "-ий" ends a name "-iy" in one way and "-yi" in the other; English
	// coverage mostly writes "-y" (Zelensky, Dmitriyevsky)
	for _, end := range []string{"iy", "yi", "yy"} {
		if s, ok := strings.CutSuffix(a, end); ok && len(s) > 2 {
			a = s + "y"
		}
	}
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// markTranslit adds to tlm, for each Latin term matched only among the
// words indexed after the text (translitForms), the places in the text of
// the Cyrillic words it spells, so the snippet shows "Свиридов" in bold
// for a query "sviridov".
func markTranslit(text string, tlm search.TermLocationMap) {
	body, _, _ := strings.Cut(text, metaSep)
	for t, locs := range tlm {
		if len(locs) == 0 || locs[0].Start < uint64(len(body)) || !isASCIIWord(t) {
			continue
		}
		start := -1
		for i, r := range body + " " {
			if unicode.IsLetter(r) || r == '\'' || r == '’' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				w := body[start:i]
				for _, f := range translit(w) {
					if f == t {
						tlm[t] = append(tlm[t], &search.Location{Start: uint64(start), End: uint64(i)})
						break
					}
				}
				start = -1
			}
		}
	}
}

func isASCIIWord(s string) bool {
	for _, r := range s {
		if r >= unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
