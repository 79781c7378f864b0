// A clause that names another version beside its own term. Coverage sets
// a version's term against the main clause's in a contrasting clause:
// "The European text allows 800,000 in peacetime, where the November draft
// had capped it at 600,000", "While the US draft capped the army at
// 600,000, the new text allows 800,000", "…, тогда как американский
// вариант …". nearestVersion gives each term the version named nearest,
// so a main clause that names none took the contrasting clause's version.
// Here a version named in a contrasting clause (data/contrastclauses.json)
// that states a term of its own is read only for that clause's terms.

package corpus

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:embed data/contrastclauses.json
var contrastClausesJSON []byte

// contrastMarkers is data/contrastclauses.json's markers of every
// language, lower case, longest first (so "mientras que" is read whole).
var contrastMarkers = sync.OnceValue(func() []string {
	var f struct {
		Markers map[string][]string `json:"markers"`
	}
	mustDecodeJSON("data/contrastclauses.json", contrastClausesJSON, &f) // fixed at build time; TestContrastClauseVersions reads it
	seen := map[string]bool{}
	var ms []string
	for _, ws := range f.Markers {
		for _, w := range ws {
			if w = lowerString(w); !seen[w] {
				seen[w] = true
				ms = append(ms, w)
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return len(ms[i]) > len(ms[j]) || len(ms[i]) == len(ms[j]) && ms[i] < ms[j] })
	return ms
})

// opensOnMarker reports whether low starts with a contrast marker as a
// whole word.
func opensOnMarker(low string) bool {
	for _, m := range contrastMarkers() {
		if strings.HasPrefix(low, m) && (len(low) == len(m) || low[len(m)] == ' ') {
			return true
		}
	}
	return false
}

// contrastCuts cuts low into clauses: at a comma before a marker ("…,
// where the November draft …", a contrasting clause to the sentence's
// end), and for a sentence that opens on a marker ("While the US draft
// …, the new text …") at its start and its first comma. It returns the
// cuts' byte offsets and, per clause (one more than the cuts), whether it
// is a contrasting one. sl may hold two sentences (the one before and
// this one); each is read.
func contrastCuts(low string) ([]int, []bool) {
	var cuts []int
	contrast := []bool{false}
	cut := func(at int, c bool) {
		cuts = append(cuts, at)
		contrast = append(contrast, c)
	}
	open := false // a contrasting clause after a comma runs on to the sentence's end
	for i := 0; i < len(low); i++ {
		switch {
		case i == 0 || i > 1 && (low[i-2] == '.' || low[i-2] == ';') && low[i-1] == ' ':
			if open {
				cut(i, false) // "…, а не декларация. В 17-м пункте рамочного документа …": the next sentence is no part of it
				open = false
			}
			if opensOnMarker(low[i:]) {
				if c := strings.Index(low[i:], ", "); c > 0 {
					if i > 0 {
						cut(i, true)
					} else {
						contrast[0] = true
					}
					cut(i+c, false)
				}
			}
		case low[i] == ',' && i+2 < len(low) && low[i+1] == ' ' && opensOnMarker(low[i+2:]):
			cut(i, true)
			open = true
		}
	}
	return cuts, contrast
}

// clauseIndex is the clause of byte pos among cuts.
func clauseIndex(cuts []int, pos int) int {
	return sort.SearchInts(cuts, pos+1)
}

// ownClauseVersions is named without the versions that stand in another
// clause than hit h when one of the two clauses is a contrasting one (see
// above) and the version's clause holds a term of its own among hits:
// "…800,000 in peacetime, where the November draft had capped it at
// 600,000" leaves the November draft to the 600,000. named itself is
// returned when there is nothing to leave.
func ownClauseVersions(low string, named []versionAt, hits []termHit, h termHit) []versionAt {
	if len(named) == 0 {
		return named
	}
	cuts, contrast := contrastCuts(low)
	if len(cuts) == 0 {
		return named
	}
	own := clauseIndex(cuts, h.start)
	var out []versionAt // nil until a version is left out
	for k, v := range named {
		vc := clauseIndex(cuts, v.start)
		if vc != own && (contrast[vc] || contrast[own]) && clauseHoldsTerm(cuts, vc, hits) {
			if out == nil {
				out = append(make([]versionAt, 0, len(named)), named[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, v)
		}
	}
	if out == nil {
		return named
	}
	return out
}

// clauseHoldsTerm reports whether one of hits starts in clause vc.
func clauseHoldsTerm(cuts []int, vc int, hits []termHit) bool {
	for _, h := range hits {
		if clauseIndex(cuts, h.start) == vc {
			return true
		}
	}
	return false
}
