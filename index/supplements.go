package index

import (
	"fmt"
	"strings"
)

// Supplement lines let a vocabulary file add forms to a line another file
// holds, without editing that line: "+ shelling / bombardment | Czech and
// Dutch forms" appends "bombardment" to the English side and the forms
// after "|" to the other languages' side of the one translation line whose
// English side holds "shelling". The semantic-field files
// (translations-fields-*.txt) fill the languages and case forms the older
// lines lack this way, so one sense stays one group (two lines of one
// sense would pull each other's texts only through English) and no other
// file's lines change under the helpers who edit them.

// supplementPrefix starts a supplement line.
const supplementPrefix = "+"

// englishSide returns the English terms of a translation line: the terms
// before "|", or the first term of a line without one (see pivoted).
func englishSide(line string) []string {
	en, _, ok := strings.Cut(line, "|")
	terms := splitTerms(en)
	if !ok && len(terms) > 1 {
		terms = terms[:1]
	}
	return terms
}

// splitTerms splits a "/"-separated list of terms, trimmed and lower case,
// leaving out empty ones.
func splitTerms(s string) []string {
	var out []string
	for _, t := range strings.Split(s, "/") {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// mergeSupplements folds every supplement line of data (translation lines
// in the format of translations.txt) into the line it names and returns
// the lines without supplements. The key, the first term after "+", must
// be an English term of exactly one ordinary line: a supplement that names
// no line, or an ambiguous one, is an error, so a renamed line cannot
// silently drop its supplement.
func mergeSupplements(data []byte) ([]byte, error) {
	lines := strings.Split(string(data), "\n")
	owner := map[string]int{} // English term -> index of its ordinary line
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, supplementPrefix) {
			continue
		}
		for _, en := range englishSide(t) {
			if j, ok := owner[en]; ok && j != i {
				owner[en] = -1 // in two lines: not a usable key
				continue
			}
			owner[en] = i
		}
	}
	extraEN := map[int][]string{}
	extraTo := map[int][]string{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, supplementPrefix) {
			continue
		}
		en, to, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, supplementPrefix)), "|")
		ens := splitTerms(en)
		if len(ens) == 0 {
			return nil, fmt.Errorf("supplement line %d: no key: %q", i+1, t)
		}
		j, ok := owner[ens[0]]
		if !ok || j < 0 {
			return nil, fmt.Errorf("supplement line %d: %q is not the English term of exactly one line", i+1, ens[0])
		}
		extraEN[j] = append(extraEN[j], ens[1:]...)
		extraTo[j] = append(extraTo[j], splitTerms(to)...)
	}
	if len(extraEN) == 0 && len(extraTo) == 0 {
		return data, nil
	}
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, supplementPrefix) {
			continue
		}
		if len(extraEN[i]) > 0 || len(extraTo[i]) > 0 {
			l = supplemented(t, extraEN[i], extraTo[i])
		}
		out = append(out, l)
	}
	return []byte(strings.Join(out, "\n")), nil
}

// supplemented returns line with the English terms en added to its English
// side and the terms to added to its other side.
func supplemented(line string, en, to []string) string {
	left, right, ok := strings.Cut(line, "|")
	if !ok {
		// A line without "|" pivots on its first term: the rest are its
		// other side.
		terms := strings.Split(line, "/")
		left, right = terms[0], strings.Join(terms[1:], "/")
	}
	left = strings.TrimSpace(left)
	if len(en) > 0 {
		left += " / " + strings.Join(en, " / ")
	}
	right = strings.TrimSpace(right)
	if len(to) > 0 {
		if right != "" {
			right += " / "
		}
		right += strings.Join(to, " / ")
	}
	return left + " | " + right
}
