package corpus

import (
	"unicode/utf8"
	"unsafe"
)

// lowerHead is strings.ToLower of as much of t's head as a test of its
// lower case against a prefix of up to n bytes needs: a rule asking only
// whether a paragraph opens on one of a few words no longer lower-cases
// the whole paragraph. A rune lower-cases to no fewer than a third of its
// bytes (K, the Kelvin sign, to k) and rune by rune, so the lower case of
// t's first 3n bytes, cut at a rune's start, opens lowerString(t) and
// is at least n bytes long (or is all of it):
//
//	strings.HasPrefix(lowerString(t), p) == strings.HasPrefix(lowerHead(buf, t, n), p)
//
// for every p of at most n bytes. The lower case is written into buf (a
// caller's array on its stack: no copy on the heap for each paragraph)
// and is valid while buf is.
func lowerHead(buf []byte, t string, n int) string {
	if k := 3*n + 1; len(t) > k {
		for k < len(t) && !utf8.RuneStart(t[k]) {
			k++
		}
		t = t[:k]
	}
	b := appendLower(buf[:0], t) // lowerString(t), in buf
	return unsafe.String(unsafe.SliceData(b), len(b))
}
