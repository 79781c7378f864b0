package index

import (
	_ "embed"
	"strings"
	"sync"
)

// A question on any topic says where and when: "weather in miami in
// december", "cheap flights kyiv warsaw". A large corpus names the same
// cities and months somewhere, and a hit that matches two of them passed
// the relevance rule (half the query, a place made a domain word by its
// capital) though it says nothing of the weather or of flights. The
// filler rule (offtopic.go) covers a glossary place with a word of time
// ("weather in kyiv tomorrow"); whereWhenOnly covers the places the
// glossary does not list and the months, days and years, which are no
// glossary terms either: a hit that matches, of the words that say what
// the question is about, only words of where and when (wherewhenwords.txt,
// a four-digit year), at least two of them, while a plain word of the
// question's own matches nothing, does not answer it. Two, because one
// place is often the question's subject as the seat of a government
// ("warsaw reaction") or of the talks ("geneva outcome"), where the
// reports write the subject in words of their own; two places, or a place
// and a month, are the frame of a question about something else. A
// speaker's name, a glossary term of the subject matter or any other word
// the hit matches still carries it.

// classWhere: a word of where or when (wherewhenwords.txt, a year), which
// says where or when a question is set, not what it is about. It is
// read by whereWhenOnly alone.
const classWhere termClass = 1 << 7

// whereWhenData lists the words of where and when (wherewhenwords.txt).
//
//go:embed wherewhenwords.txt
var whereWhenData string

// whereWhenWords are the words of where and when, lower case as typed.
var whereWhenWords = dataWords(whereWhenData)

// whereWhenClass is the class a query word typed as raw (lower case)
// adds for whereWhenOnly: classWhere for a word of wherewhenwords.txt or
// a year of digits (isYear), nothing otherwise.
func whereWhenClass(raw string) termClass {
	if whereWhenWords[raw] || isYear(raw) && strings.Trim(raw, "0123456789") == "" { // see quantity.go
		return classWhere
	}
	return 0
}

// whereWhenClasses adds classWhere to cls for the words of qts that are
// words of where and when (whereWhenClass), save a spelling of a place
// an earlier word of the query already names: "kiev or kyiv house style"
// names one place, and asks about its name.
func whereWhenClasses(qts []queryTerm, cls []termClass) {
	seen := map[int]bool{}
	for i, qt := range qts {
		if i >= len(cls) || whereWhenClass(qt.raw) == 0 {
			continue
		}
		if g, ok := spellingGroups()[qt.raw]; ok {
			if seen[g] {
				continue
			}
			seen[g] = true
		}
		cls[i] |= classWhere
	}
}

// spellingGroups numbers the lines of the glossary's section of places
// (synonyms.txt), keyed by each single-word spelling on them: the
// spellings of one place share a number.
var spellingGroups = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	in := false
	for n, l := range strings.Split(string(synonymData), "\n") {
		if strings.HasPrefix(l, "# ----") {
			in = strings.HasPrefix(l, properSections[0])
			continue
		}
		if !in || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		for _, t := range strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == '|' || r == '=' || r == '>' }) {
			if f := strings.Fields(strings.ToLower(t)); len(f) == 1 {
				if _, ok := out[f[0]]; !ok {
					out[f[0]] = n
				}
			}
		}
	}
	return out
})

// minWhereWhen is how many words of where and when a hit must match, and
// nothing else, for whereWhenOnly to turn it down.
const minWhereWhen = 2

// whereWhenOnly says whether m matches, of the query's words, only
// words of where and when (classWhere) and filler words, at least
// minWhereWhen of the former, while a plain word of the query (no domain,
// frame, saying, filler, where or when word) matches nothing.
func whereWhenOnly(m markResult, cls []termClass) bool {
	skip := neutral(cls)
	where, missing := 0, false
	for i, ok := range m.matched {
		if i >= len(cls) || i < len(skip) && skip[i] {
			continue
		}
		c := cls[i]
		switch {
		case !ok:
			missing = missing || c&(classDomain|classFrame|classSay|classTopic|classFiller|classWhere) == 0
		case c&classWhere != 0:
			where++
		case c&classFiller != 0:
		default:
			return false // a word that says what about
		}
	}
	return missing && where >= minWhereWhen
}
