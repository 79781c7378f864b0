// Point adjectives: a comparison often names the version at the point
// itself, by an adjective rather than a document noun: "the European
// seventh point says …", "the American point 6", "prema prvobitnoj sedmoj
// tački", "il settimo punto europeo". The version phrases (plans.json)
// need a document noun ("European text", "Europe's point"), so such a
// point took the version named above it, and a bare "Under point 8" in the
// next sentence the same. The adjectives are data
// (data/pointadjectives.json), read next to a point word only, where
// "European" can only qualify the point ("European fighter jets" stays no
// version).

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/pointadjectives.json
var pointAdjectivesJSON []byte

// pointAdjective is one version's adjectives, lower case.
type pointAdjective struct {
	Plan  string   `json:"plan"`
	Stems []string `json:"stems"`
	Words []string `json:"words"`
}

// pointAdjectiveData reads data/pointadjectives.json once.
var pointAdjectiveData = sync.OnceValue(func() []pointAdjective {
	var f struct {
		Versions []pointAdjective `json:"versions"`
	}
	mustDecodeJSON("data/pointadjectives.json", pointAdjectivesJSON, &f)
	for i := range f.Versions {
		lowerEach(f.Versions[i].Stems)
		lowerEach(f.Versions[i].Words)
	}
	return f.Versions
})

// adjectiveVersion is the version adjective w names, "" for any other word.
func adjectiveVersion(w string) string {
	if w == "" {
		return ""
	}
	low := lowerString(strings.Trim(w, ",;:()«»\"“”"))
	for _, v := range pointAdjectiveData() {
		for _, x := range v.Words {
			if low == x {
				return v.Plan
			}
		}
		for _, x := range v.Stems {
			if strings.HasPrefix(low, x) {
				return v.Plan
			}
		}
	}
	return ""
}

// adjectivePointVersion is the version an adjective at one of s's point
// words names: the word before the point word, or before the ordinal or
// number in front of it, or the word right after it; "" when none does.
func adjectivePointVersion(lx *lexicon, s string) string {
	for _, at := range lx.pointWordsIn(s) {
		if articleWord(lowerString(at.word)) {
			continue // "the American article 5": a treaty's article
		}
		b1 := wordBefore(s, at.start)
		if v := adjectiveVersion(b1); v != "" {
			return v // "the European point 7"
		}
		if _, isNum := smallNumber(b1); isNum || ordinalNumber(lx, b1) > 0 {
			if v := adjectiveVersion(wordBefore(s, at.start-1-len(b1))); v != "" {
				return v // "the European seventh point"
			}
		}
		if at.end < len(s) && s[at.end] == ' ' {
			if w, _ := nextWord(s, at.end); adjectiveVersion(w) != "" && strings.HasPrefix(s[at.end+1:], w) {
				return adjectiveVersion(w) // "il settimo punto europeo"
			}
		}
	}
	return ""
}
