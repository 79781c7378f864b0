package corpus

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// cjkItemMarker rewrites the list markers of Japanese, Chinese and
// Korean typesetting as the "N. " listItem reads: full-width digits
// ("１．", "3．"), Chinese numerals with the enumeration comma ("一、",
// "十二、"), bracketed numerals ("（三）") and circled digits ("④"). Without
// it a CJK plan's numbered list reads as prose. It reports false when s
// opens with none of them.
func cjkItemMarker(s string) (string, bool) {
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < '0' || s[0] > '9') {
		return "", false
	}
	if r, n := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return itemText(int(r-'①')+1, s[n:])
	}
	rest := s
	bracket := false
	for _, open := range []string{"（", "("} {
		if t, ok := strings.CutPrefix(rest, open); ok {
			rest, bracket = t, true
			break
		}
	}
	i := 0
	for i < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)) {
			break
		}
		i += n
	}
	if i == 0 || utf8.RuneCountInString(rest[:i]) > 3 {
		return "", false
	}
	num := eastNumber(rest[:i])
	after := rest[i:]
	seps := []string{"．", "、", "."}
	if bracket {
		seps = []string{"）", ")"}
	}
	for _, sep := range seps {
		if t, ok := strings.CutPrefix(after, sep); ok {
			if sep == "." && !bracket && rest[0] < utf8.RuneSelf {
				return "", false // "1. …" is listItem's own
			}
			return itemText(num, t)
		}
	}
	return "", false
}

func itemText(n int, text string) (string, bool) {
	text = strings.TrimSpace(text)
	if n <= 0 || text == "" {
		return "", false
	}
	return strconv.Itoa(n) + ". " + text, true
}
