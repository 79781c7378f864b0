package index

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"planbot/corpus"
)

// A report names a known person in its own language's spelling, script
// and case ("Zelenszkijjel", "Zelenskiui", "Ζελένσκι", "Dmitrijev"), and a
// reader types the English name. Beside the text of a record, the
// canonical surname of each known person its capitalised words name
// (corpus.KnownPersonOf, the extractor's name keys) is indexed (see
// withMeta), so that "zelenskiy" (through the people's spelling groups) or
// "dmitriev" finds the Hungarian or Lithuanian report.

// nameFormCache remembers what a capitalised word names: the same names
// recur in every report, and working the key out costs more than the
// look-up. It is bounded so that a corpus of many distinct words cannot
// grow it without end.
var nameFormCache = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// maxNameFormCache bounds nameFormCache.
const maxNameFormCache = 1 << 16

// nameForms returns the lower-case canonical surnames of the known people
// the capitalised words of text name in a spelling other than that
// surname, without repeats.
func nameForms(text string) []string {
	var out []string
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := text[start:i]
		start = -1
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		s := knownSurname(w)
		if s == "" || strings.EqualFold(s, w) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == s
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// knownSurname is the lower-case last word of the canonical name of the
// known person w names, or "".
func knownSurname(w string) string {
	nameFormCache.Lock()
	s, ok := nameFormCache.m[w]
	nameFormCache.Unlock()
	if ok {
		return s
	}
	if name := corpus.KnownPersonOf(w, ""); name != "" {
		f := strings.Fields(strings.ToLower(name))
		s = f[len(f)-1]
	}
	nameFormCache.Lock()
	if len(nameFormCache.m) >= maxNameFormCache {
		clear(nameFormCache.m)
	}
	nameFormCache.m[w] = s
	nameFormCache.Unlock()
	return s
}
