package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// indexFoldRef is indexFold as it was before foldFinder: both forms of the
// word made and searched for on each call.
func indexFoldRef(s, word string) int {
	r, n := utf8.DecodeRuneInString(word)
	up, lo := string(unicode.ToUpper(r)), string(unicode.ToLower(r))
	tail := word[n:]
	best := -1
	for _, head := range [2]string{up, lo} {
		if i := strings.Index(s, head+tail); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// TestFoldNext checks that reading a text's occurrences in order with
// foldNext finds what indexFold from each offset found.
func TestFoldNext(t *testing.T) {
	texts := []string{
		"Rose picked a rose; ROSE said Rose rose. rose",
		"Margit told our reporter that margit-like margins…",
		"Богдан и богдан, Богдана. богданова",
		"no such word here",
		"",
		"Ιωάννης ιωάννης Ιωάννης",
	}
	words := []string{"Rose", "Margit", "Богдан", "Ιωάννης", "Word", "R", "ßtraße"}
	for _, s := range texts {
		for _, w := range words {
			var want []int
			for off := 0; off < len(s); {
				i := indexFoldRef(s[off:], w)
				if i < 0 {
					break
				}
				want = append(want, off+i)
				off += i + len(w)
			}
			var got []int
			f := newFoldFinder(w)
			var n foldNext
			for off := 0; off < len(s); {
				at := n.index(&f, s, off)
				if at < 0 {
					break
				}
				got = append(got, at)
				off = at + len(w)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q in %q: got %v, want %v", w, s, got, want)
			}
			if g, r := indexFold(s, w), indexFoldRef(s, w); g != r {
				t.Errorf("indexFold(%q, %q) = %d, want %d", s, w, g, r)
			}
		}
	}
}
