// Memos of the splits and lower-casings readers ask again: the readers of
// a document split the same paragraph into sentences and lower-case the
// same sentence again and again (counted on BenchmarkParse's text: 57% of
// the bytes sentences read and 35% of those lowerString read were a text
// one of the last 64 calls had just read), and they hold no per-document
// context through which one reading could be shared. A memo is keyed by
// the text's address and length, not its content: a hit is the same
// substring of the same document asked again, never another document that
// happens to repeat it, and costs no comparison of bytes.

package corpus

import (
	"sync"
	"unsafe"
)

// textMemoSlots is the number of results a textMemo remembers: about the
// sentences calls of two or three news articles, enough for the readers
// of one document to meet what an earlier reader worked out.
const textMemoSlots = 64

// minMemoText is the shortest text a textMemo remembers: a shorter one is
// read again, which costs less than a slot's lock.
const minMemoText = 48

// textMemo remembers the results of a pure function of a text for the
// last texts asked, one per slot (direct-mapped by address and length).
type textMemo[T any] struct {
	slots [textMemoSlots]textSlot[T]
}

// textSlot is one remembered result. text holds the text, which keeps its
// bytes alive: while the slot holds it no other string can be allocated
// at its address, so address and length name that text alone (the texts
// the memos are given are substrings of documents and of fresh copies,
// never of buffers written again).
type textSlot[T any] struct {
	mu   sync.Mutex // documents are parsed concurrently
	text string
	val  T
}

// slotOf picks the slot of s by its address and length.
func (m *textMemo[T]) slotOf(s string) *textSlot[T] {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))*0x9E3779B97F4A7C15 ^ uint64(len(s))*0xC2B2AE3D27D4EB4F
	return &m.slots[h>>58] // the top 6 bits: 64 slots
}

// get returns f(s), remembered. f must be a pure function of s, and its
// result is shared by every caller that asks for s: nobody may write
// into it.
func (m *textMemo[T]) get(s string, f func(string) T) T {
	if len(s) < minMemoText {
		return f(s)
	}
	sl := m.slotOf(s)
	sl.mu.Lock()
	if len(sl.text) == len(s) && unsafe.StringData(sl.text) == unsafe.StringData(s) {
		v := sl.val
		sl.mu.Unlock()
		return v
	}
	sl.mu.Unlock()
	v := f(s)
	sl.mu.Lock()
	sl.text, sl.val = s, v
	sl.mu.Unlock()
	return v
}

// sentenceMemo remembers the last splits of sentences.
var sentenceMemo textMemo[[]string]

// sentences splits p into sentences (splitSentences), remembered. The
// slice is clipped, so a caller's append copies it; no caller writes into
// it.
func sentences(p string) []string {
	return sentenceMemo.get(p, splitClipped)
}

// splitClipped is splitSentences with its slice clipped to its length.
func splitClipped(p string) []string {
	ss := splitSentences(p)
	return ss[:len(ss):len(ss)]
}
