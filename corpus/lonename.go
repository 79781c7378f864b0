package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Hobby, community and travel pages quote private people by a given name
// alone, never with a surname: "Margit told our reporter that …", "«…», ha
// detto Halyna.", "Sam, still in his foil blanket, said …". A lone unknown
// word was never a speaker (person), so these statements were lost in most
// released sets (a single first name is the gold speaker of about 370
// misses in 45 sets). A capitalised word is trusted as such a name when it
// is a given name (data/givennames.json) that the document never writes in
// lower case ("Will", "Hope", "Mark" are common words too) and never puts
// after a preposition of place ("from Leeds", "in Florence": a place that
// is also a given name). German is left out: it capitalises every noun, and
// its lone names are few.

//go:embed data/givennames.json
var givenNamesJSON []byte

// givenNames is data/givennames.json's names, in lower case.
var givenNames = sync.OnceValue(func() map[string]bool {
	var d struct {
		Names []string `json:"names"`
	}
	mustDecodeJSON("data/givennames.json", givenNamesJSON, &d)
	return set(d.Names)
})

// loneName reports whether the lone capitalised word name may be taken as
// a person's name the document gives without a surname. The answer is
// cached per word in x.loneNames, bounded like fullNameOf's look-ups.
func (x *extractor) loneName(name string) bool {
	if x.loneOff {
		return false
	}
	if ok, seen := x.loneNames[name]; seen {
		return ok
	}
	if x.loneNames == nil {
		x.loneNames = map[string]bool{}
	}
	if len(x.loneNames) >= maxFullNameLookups {
		return false
	}
	ok := x.loneNameEvidence(name)
	x.loneNames[name] = ok
	return ok
}

// loneNameEvidence is loneName's uncached test: the word's own form and
// lexicon first, then one pass over the paragraphs for a lower-case
// occurrence (a common word), one after a preposition of place, or one
// before a capitalised word (a full name, left to givenNameOf).
func (x *extractor) loneNameEvidence(name string) bool {
	if x.src.Lang == "de" || x.src.Lang == "lb" || utf8.RuneCountInString(name) < 3 || !isCapital(name) || isAllCaps(name) || strings.ContainsAny(name, ".'’-0123456789") {
		return false // (German capitalises nouns: "Kritiker warnen")
	}
	low := lowerString(name)
	if !givenNames()[low] || x.maleGenitive(low) {
		return false
	}
	if demonymLike(low, x.src.Lang) || x.lx.isRole(low) || x.lx.honorifics[low] || addressWords[low] || stopCaps[low] ||
		x.lx.notSpeakers[low] || x.lx.bodies[low] != "" || x.lx.according[low] || x.lx.sayVerbs[low] || x.lx.actVerbs[low] ||
		x.lx.unnamed[low] || x.lx.groupNouns[low] || x.lx.bodyWords[low] || x.lx.adverbs[low] || x.lx.indefinites[low] ||
		x.lx.oneWords[low] || x.lx.conjunctions[low] || x.lx.thatWords[low] || x.lx.asWords[low] || lowerIn(eveWords, name) {
		return false
	}
	f := newFoldFinder(name)
	for _, p := range x.paras {
		t := p.text
		var next foldNext
		for off := 0; off < len(t); {
			at := next.index(&f, t, off)
			if at < 0 {
				break
			}
			end := at + len(name)
			off = end
			if at > 0 && isLetterAt(t, prevRuneStart(t, at)) || end < len(t) && isLetterAt(t, end) {
				continue // inside a longer word
			}
			if t[at:end] != name {
				if r, _ := utf8.DecodeRuneInString(t[at:]); unicode.IsLower(r) {
					return false // "reports", "margin": written in lower case, a common word
				}
				continue // all capitals: a heading or a label
			}
			if end+1 < len(t) && t[end] == ' ' {
				if w, _ := nextWord(t, end+1); isCapital(w) && !isAllCaps(w) && !strings.ContainsAny(w, ".,;:!?") {
					return false // "Mark Tell", "Anna Kowalska": named in full somewhere, which givenNameOf reads (or finds two people)
				}
			}
			if at >= 2 {
				before := strings.TrimRight(t[:at], " ")
				if len(before) < at && before != "" {
					prev := lowerString(before[strings.LastIndexAny(before, " ,(\n")+1:])
					if fromPrepositions[prev] || wherePrepositions[prev] {
						return false // "from Leeds", "a Piacenza": a place
					}
				}
			}
		}
	}
	return true
}

// indexFold returns the byte offset of the first occurrence of word in s
// whose letters match it in either case, or -1. Only the first letter is
// compared case-blind: a lone name differs from the common word it may be
// by its capital ("Rose"/"rose").
func indexFold(s, word string) int {
	f := newFoldFinder(word)
	var n foldNext
	return n.index(&f, s, 0)
}

// foldFinder is a word with its first letter in upper and in lower case,
// made once per word: indexFold made both for each look.
type foldFinder struct{ up, lo string }

func newFoldFinder(word string) foldFinder {
	r, n := utf8.DecodeRuneInString(word)
	tail := word[n:]
	return foldFinder{up: string(unicode.ToUpper(r)) + tail, lo: string(unicode.ToLower(r)) + tail}
}

// foldNext remembers where each form of a foldFinder's word next occurs in
// one text, so that reading a text's occurrences in order searches it for
// each form once, not once per occurrence of the other.
type foldNext struct {
	up, lo  int // byte offsets; -1: none left; -2 or below the asked offset: to search
	started bool
}

// index is indexFold(s[off:], word) + off (or -1), for off that do not
// decrease between calls on the same s.
func (n *foldNext) index(f *foldFinder, s string, off int) int {
	if !n.started {
		n.up, n.lo, n.started = -2, -2, true
	}
	n.up = nextAt(s, f.up, off, n.up)
	n.lo = nextAt(s, f.lo, off, n.lo)
	switch {
	case n.up < 0:
		return n.lo
	case n.lo < 0:
		return n.up
	}
	return min(n.up, n.lo)
}

// nextAt is the first occurrence of w in s at or after off, given at, the
// first at or after an earlier offset (-1: there was none; -2: not searched).
func nextAt(s, w string, off, at int) int {
	if at == -1 || at >= off {
		return at // none left, or still ahead
	}
	if i := strings.Index(s[off:], w); i >= 0 {
		return off + i
	}
	return -1
}

// maleGenitive reports whether low, a given name in Cyrillic letters
// ending in -а or -я, is also the genitive of a man's name on the list:
// "за словами Богдана" is Богдан's, not a woman Богдана's, and
// "Андрія", "Ігоря" are Андрій's and Ігор's. Such a word is left to the
// readers of case forms (inflectedName).
func (x *extractor) maleGenitive(low string) bool {
	r, n := utf8.DecodeLastRuneInString(low)
	if r != 'а' && r != 'я' {
		return false
	}
	stem := low[:len(low)-n]
	g := givenNames()
	return g[stem] || r == 'я' && (g[stem+"й"] || g[stem+"ь"])
}
