// Eight bytes at a time: the ASCII tests and the A-Z lower-casing every
// rule's reading goes through (isASCII, hasASCIIUpper, lowerASCII,
// appendLower) read a word of eight bytes per step instead of one byte.
// Most of a text is lower-case ASCII, so most steps find nothing to do.

package corpus

import (
	"encoding/binary"
	"unsafe"
)

const (
	swarOnes = 0x0101010101010101 // 0x01 in every byte
	swarHigh = 0x8080808080808080 // the top bit of every byte
	swarLow7 = 0x7f7f7f7f7f7f7f7f // every bit but the top one
)

// load8 is the eight bytes of s from i on as one little-endian word (the
// compiler makes it one load). s must hold them.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperMask8 has the top bit set in each byte of x that is A-Z, and no
// other bit. The top bits are cleared before adding so that no byte
// carries into the next; a byte of 0x80 or above is then dropped by &^ x.
// Added 0x3f, a byte of 'A' or more reaches 0x80; added 0x25, a byte
// above 'Z' does.
func upperMask8(x uint64) uint64 {
	low7 := x & swarLow7
	return (low7 + 0x3f*swarOnes) &^ (low7 + 0x25*swarOnes) &^ x & swarHigh
}

// lower8 lower-cases the A-Z bytes of x, leaving every other byte: the
// mask's top bit moved down two places is the 0x20 between the cases.
func lower8(x uint64) uint64 { return x | upperMask8(x)>>2 }

// firstUpper is the index of the first A-Z byte of s from i on, or
// len(s).
func firstUpper(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if upperMask8(load8(s, i)) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'A' < 26 {
			return i
		}
	}
	return len(s)
}

// lowerASCIIInPlace lower-cases the A-Z bytes of b.
func lowerASCIIInPlace(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if x := binary.LittleEndian.Uint64(b[i:]); upperMask8(x) != 0 {
			binary.LittleEndian.PutUint64(b[i:], lower8(x))
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c-'A' < 26 {
			b[i] = c + 'a' - 'A'
		}
	}
}

// lowerASCIIWide is lowerASCII eight bytes a step, for lowerString's
// ASCII texts (whole sentences and paragraphs). lowerASCII keeps its byte
// loop: it is small enough to be inlined, and where its copy does not
// escape the caller keeps it on the stack.
func lowerASCIIWide(s string) string {
	i := firstUpper(s, 0)
	if i == len(s) {
		return s
	}
	b := []byte(s)
	lowerASCIIInPlace(b[i:])
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// hasByte8 reports whether one of the eight bytes of x is c: the bytes
// equal to c become zero, and a zero byte is the one whose subtraction
// borrows into a top bit that was clear.
func hasByte8(x uint64, c byte) bool {
	v := x ^ (swarOnes * uint64(c))
	return (v-swarOnes)&^v&swarHigh != 0
}
