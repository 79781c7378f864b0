// Items run on with semicolons: a motion's recitals ("Considérant que … ;
// Considérant que … ;"), a list printed as one line, a blockquote whose
// lines each end with ";". A semicolon followed by a capital letter opens
// a new item, which is read as a sentence of its own, so a point named in
// one item does not take the next item's words (nor the version the next
// item names).

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// semicolonItems cuts each sentence of ss at every semicolon that a
// capitalised word follows ("… 600 000 hommes ; Considérant que …",
// "… in 100 days; Russia rejoins …"); the semicolon stays with the item
// it ends. ss itself is returned when no sentence has one.
func semicolonItems(ss []string) []string {
	var out []string // nil until a sentence is cut
	for k, s := range ss {
		parts := cutSemicolons(s)
		if out == nil && len(parts) == 1 {
			continue
		}
		if out == nil {
			out = append([]string(nil), ss[:k]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return ss
	}
	return out
}

// cutSemicolons is semicolonItems for one sentence: its items, after an
// item of four words at least.
func cutSemicolons(s string) []string {
	var parts []string
	for from := 0; ; {
		i := strings.IndexByte(s[from:], ';')
		if i < 0 {
			break
		}
		i += from
		rest := strings.TrimLeft(s[i+1:], " \u00a0")
		r, _ := utf8.DecodeRuneInString(rest)
		if len(rest) < len(s[i+1:]) && unicode.IsUpper(r) && strings.Count(s[:i], " ") >= 3 {
			parts = append(parts, strings.TrimSpace(s[:i+1]))
			s, from = rest, 0
			continue
		}
		from = i + 1
	}
	return append(parts, s)
}
