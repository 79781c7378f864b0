package index

import (
	"unicode"
	"unicode/utf8"
)

// This file holds byte scans that let the per-record text steps of an
// ingest (recordsOf) skip work their answer does not need: most records
// are ASCII text already spaced as normSpace would space it, and hold no
// Cyrillic word for translitForms to spell. Profiled at 100k items,
// strings.Fields and strings.FieldsFunc over every record's text were
// about a third of recordsOf's CPU on the index builder goroutine, which
// feeds every batch; the scans read the text once and allocate nothing.
// The answers are the same as the full steps' (TestTextScans).

// singleSpaced reports whether s is what normSpace makes of it: ASCII
// words joined by single spaces, with no other white space and none at
// either end. It answers false for any non-ASCII byte, leaving Unicode
// white space (NBSP, NEL, the ideographic space) to strings.Fields.
func singleSpaced(s string) bool {
	prevSpace := true // a space at the start is not normal either
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// hasCyrillic reports whether s holds a Cyrillic letter; ASCII bytes are
// skipped without decoding.
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		for _, r := range s[i:] {
			if r >= utf8.RuneSelf && unicode.Is(unicode.Cyrillic, r) {
				return true
			}
		}
		return false
	}
	return false
}
