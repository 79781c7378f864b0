// Keycap list markers: channel digests and newsletters number a card's
// points with keycap emoji ("1️⃣ Point 7 – …", "🔟 …"), a digit followed
// by the variation selector and the combining enclosing keycap. Read as
// "1. ", they make the card a numbered list, so each line is an item of
// its own rather than a run of text glued to the line before it.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// keycapMark is the combining enclosing keycap (U+20E3) and keycapTen the
// one-character "🔟".
const (
	keycapMark = "\u20e3"
	keycapTen  = "\U0001F51F"
)

// keycapItemMarker rewrites a keycap marker opening s as the "N. "
// listItem reads, and reports false when s opens with none: one or more
// keycap digits (a digit, an optional variation selector U+FE0F, the
// keycap mark: "1️⃣1️⃣" is 11) or "🔟", then a space.
func keycapItemMarker(s string) (string, bool) {
	if t, ok := strings.CutPrefix(s, keycapTen); ok {
		return itemText(10, strings.TrimPrefix(t, "\ufe0f"))
	}
	n, digits, rest := 0, 0, s
	for rest != "" && rest[0] >= '0' && rest[0] <= '9' && digits < 3 {
		t, ok := strings.CutPrefix(strings.TrimPrefix(rest[1:], "\ufe0f"), keycapMark)
		if !ok {
			break
		}
		n, digits, rest = n*10+int(rest[0]-'0'), digits+1, t
	}
	if digits == 0 {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(rest); r != ' ' && r != '\u00a0' {
		return "", false
	}
	return itemText(n, rest)
}
