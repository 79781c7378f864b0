// Package heldout names the held-out test sets of the extraction and
// search quality tests and says which of them are still blind.
//
// Sets are named "heldout-<suffix>" and written in order: "heldout-c" …
// "heldout-z", then "heldout-za", "heldout-zb" … once the single letters
// run out. A set is released (its text may be read and tuned on) by moving
// the first blind suffix past it, so every set written later is hidden
// from the day it is added.
package heldout

import "strings"

// Blind reports whether the set named name ("heldout-y", or a path
// element) comes at or after first (a suffix such as "y") in the order the
// sets are written: a shorter suffix before a longer one, and suffixes of
// one length in alphabetical order. Names that are not a held-out set
// ("heldout", "dev", "heldout-y/all") are never blind here.
func Blind(name, first string) bool {
	rest, ok := strings.CutPrefix(name, "heldout-")
	if !ok || !lowerLetters(rest) {
		return false
	}
	if len(rest) != len(first) {
		return len(rest) > len(first)
	}
	return rest >= first
}

// lowerLetters reports whether s is one or more letters a-z.
func lowerLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
