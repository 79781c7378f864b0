package corpus

import (
	"sync"
	"unsafe"
)

// lowerMemo holds the lowered form of the long texts the provision
// pipeline's passes lower one after another: a provision's text or its
// paragraph is lowered by dropTermlessTalk, versionPieces, headCue,
// proposalVersions, termVersion, termNumber and others, each pass over the
// whole list in turn, so the text lowered last is seldom the one asked for
// next and a memo of a few entries would not serve; at stop 67 about 1.9 MB
// an iteration of BenchmarkParse, 58% of the long texts lowerString was
// given, was a text lowered before.
//
// The key is the text's address and length, not its content: a text read
// again is the same string, and a copy of a document elsewhere in memory
// (the benchmark's copies) is lowered anew rather than found. The entry
// keeps its text alive, so no other text takes its address while the entry
// is there. Parse may run on several goroutines, hence the lock; the memo
// is dropped when it reaches lowerMemoMax entries.
var lowerMemo struct {
	sync.Mutex
	m map[lowerKey]lowerEntry
}

// lowerKey is a text's address and length.
type lowerKey struct {
	p *byte
	n int
}

// lowerEntry is a text and its lowered form.
type lowerEntry struct {
	text, low string
}

// lowerMemoMin is the shortest text lowerText remembers: a word or a
// short label is lowered about as fast as it is looked up.
const lowerMemoMin = 32

// lowerMemoMax bounds the texts kept: more than a long document's
// provisions and paragraphs, about a megabyte of text at most.
const lowerMemoMax = 4096

// lowerText is lowerString(s) for texts that are read-only Go strings (a
// provision's Text, a paragraph's text, a sentence sliced from one): never
// a string made over a buffer that is written again (unsafe.String of a
// scratch buffer), whose address would outlive its content.
func lowerText(s string) string {
	if len(s) < lowerMemoMin {
		return lowerString(s)
	}
	k := lowerKey{unsafe.StringData(s), len(s)}
	lowerMemo.Lock()
	e, ok := lowerMemo.m[k]
	lowerMemo.Unlock()
	if ok && e.text == s { // (same address: equal at once)
		return e.low
	}
	low := lowerString(s)
	lowerMemo.Lock()
	if lowerMemo.m == nil || len(lowerMemo.m) >= lowerMemoMax {
		lowerMemo.m = make(map[lowerKey]lowerEntry, 256)
	}
	lowerMemo.m[k] = lowerEntry{s, low}
	lowerMemo.Unlock()
	return low
}
