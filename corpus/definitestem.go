// Titles written with the definite article as an ending: Swedish, Danish
// and Norwegian "ministern"/"ministeren", Bulgarian "министърът", refer
// back to the person whose title holds "minister"/"министър", as "the
// minister" does in English.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// articleStem is the title inside a lower-case word written with a
// definite ending of the document's language ("ministern" -> "minister",
// "министърът" -> "министър"), or "" when the word is no such title. The
// endings are data/speakernames.json's definiteTitleSuffixes.
//
// roles.json lists some definite forms as roleWords too, so a definite
// title before a name is split off it ("Den ukrainske presidenten
// Volodymyr Zelenskyj sa"); such a word is still read as its stem here,
// so used alone it refers back to "Statsminister Ulf Kristersson" (stop
// 65, zrole3). A role word whose stem is no title is left as it is.
func (x *extractor) articleStem(l string) string {
	for _, s := range speakerNames.DefiniteTitleSuffixes[x.src.Lang] {
		stem, ok := strings.CutSuffix(l, s)
		if ok && utf8.RuneCountInString(stem) >= 4 && x.lx.isRole(stem) {
			return stem
		}
	}
	return ""
}

// articleStems returns lows with each definite title read as its title,
// and whether any word changed (a new slice then, lows untouched).
func (x *extractor) articleStems(lows []string) ([]string, bool) {
	var out []string
	for i, l := range lows {
		if st := x.articleStem(l); st != "" {
			if out == nil {
				out = append([]string(nil), lows...)
			}
			out[i] = st
		}
	}
	if out == nil {
		return lows, false
	}
	return out, true
}
