// Versions named by their count of points in a form the plan rules do not
// list. Coverage writes a version's count as an adjective in every
// language ("the 20-point framework", "20-пунктова рамка",
// "28-punktowy plan", "der 28-Punkte-Entwurf") and pages set it with
// typographic dashes ("28‑point" with a no-break hyphen, "20–point").
// The rules in data/plans.json list the common
// forms one by one; what they miss fell back to the document's main
// version or to no version at all, so a point of the 20-point framework
// in a Ukrainian page was filed under the US draft.

package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// countPlans maps a count of points to the version known by it, read
// from the plan rules whose phrases include the English "<N>-point":
// the data names each version's count once, and the count forms of every
// language follow from it.
var countPlans = sync.OnceValue(func() map[int]string {
	m := map[int]string{}
	re := regexp.MustCompile(`^(\d{1,3})-point$`)
	for _, r := range lexiconData().plans {
		for _, ph := range r.Phrases {
			if sm := re.FindStringSubmatch(ph); sm != nil {
				n, _ := strconv.Atoi(sm[1])
				if _, seen := m[n]; !seen {
					m[n] = r.Plan
				}
			}
		}
	}
	return m
})

// planByCount is the version low (lower case) names first by a count
// followed by a word for "point" (countVersionsAt), or "" when it names
// none.
func planByCount(low string) string {
	if vs := countVersionsAt(low); len(vs) > 0 {
		return vs[0].plan
	}
	return ""
}

// countVersionsAt lists, with where each starts, the versions low (lower
// case) names by a count followed by a word for "point" of any language
// the lexicon's countStems list ("20-пунктова", "28 pontos",
// "20-punktowa"), the two joined by a hyphen or a typographic dash
// ("28‑point", "20–point") into one adjective. The count
// must stand as a word of its own ("1.20 points" and "120-point" are not
// 20), and only counts the plan rules know name a version.
func countVersionsAt(low string) []versionAt {
	stems := lexiconData().countStems
	if len(stems) == 0 {
		return nil
	}
	plans := countPlans()
	var out []versionAt
	for i := 0; i < len(low); i++ {
		if low[i] < '0' || low[i] > '9' {
			continue
		}
		j := i
		for j < len(low) && low[j] >= '0' && low[j] <= '9' {
			j++
		}
		start := i
		i = j - 1 // the next look starts after this number
		if start > 0 {
			r, _ := utf8.DecodeLastRuneInString(low[:start])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '-' {
				continue
			}
		}
		n, err := strconv.Atoi(low[start:j])
		if err != nil {
			continue
		}
		plan, ok := plans[n]
		if !ok {
			continue
		}
		r, size := utf8.DecodeRuneInString(low[j:])
		if !countJoiner(r) {
			continue
		}
		j += size
		for _, st := range stems {
			if strings.HasPrefix(low[j:], st) {
				out = append(out, versionAt{plan: plan, start: start, end: j + len(st)})
				break
			}
		}
	}
	return out
}

// countJoiner reports whether r joins a count to its word for "point"
// into one adjective: a hyphen as typed or a dash as pages set it. A
// space is not enough: in Lithuanian, Latvian or Estonian the number
// stands before the noun of a single point ("25 punktas" is point 25),
// and the spaced count forms of each language ("28 punktów") are listed
// by the rules.
func countJoiner(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return true
	}
	return false
}

// mergeCountVersions adds to named (sorted by start, from the rules'
// phrases) the count names of low the rules did not find at the same
// place, keeping the order by start.
func mergeCountVersions(named []versionAt, low string) []versionAt {
	counts := countVersionsAt(low)
	if len(counts) == 0 {
		return named
	}
	for _, c := range counts {
		covered := false
		for _, v := range named {
			if c.start < v.end && v.start < c.end {
				covered = true
				break
			}
		}
		if !covered {
			named = append(named, c)
		}
	}
	slices.SortStableFunc(named, func(a, b versionAt) int { return a.start - b.start })
	return named
}
