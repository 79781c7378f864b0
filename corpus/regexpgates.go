// Byte tests in front of regular expressions that read the opening lines
// of every document: Go's backtracker clears a bit per instruction and
// input byte on each call, so an expression run over a paragraph it cannot
// match cost more than all the rules reading that paragraph's words. Each
// test asks for something the expression cannot match without (a first
// byte, a bracket, a digit), so it only ever saves the call.

package corpus

import "strings"

// mayOpenStamp reports whether s opens with a byte lineStamp or
// slotLabel can open with: "+" (a ticker's "+++"), "[" or a digit.
func mayOpenStamp(s string) bool {
	return s != "" && (s[0] == '+' || s[0] == '[' || s[0] >= '0' && s[0] <= '9')
}

// mayHoldPlaceDate reports whether w holds a comma and an ASCII digit,
// which datelinePlaceDate needs (the comma after the place, \d in either
// order of day and month).
func mayHoldPlaceDate(w string) bool {
	return strings.IndexByte(w, ',') >= 0 && hasASCIIDigit(w)
}
