package corpus

import (
	"strings"
	"unicode"
)

// Lines that carry no content of their own, read as such in every
// language: an editor's elision mark between two parts of a reprint
// ("[...]", "(…)", "[ … ]") and a copyright line spelt with "(c)" instead
// of "©" ("(c) Agencia Ibérica de Noticias"). Left as text, a short line
// with no full stop looks like a heading: an elision mark then took the
// place of the real heading over a reprinted list ("Il piano, punti 15-28"
// then "[...]" then "15. …"), so the list lost the plan it belongs to, and
// a credit line became a sentence rules could read a provision from.

// noContentLine reports whether a paragraph's text is only an elision mark
// or a "(c)" copyright line: splitParagraphs files it with the hashtag
// lines, which every reader skips.
func noContentLine(s string) bool {
	return elisionMark(s) || copyrightLine(s)
}

// elisionMark reports whether s is an ellipsis alone or in brackets: no
// letter or digit, at least one "…" or "...", and nothing but brackets,
// dots and spaces besides.
func elisionMark(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 16 || !strings.Contains(s, "…") && !strings.Contains(s, "...") {
		return false
	}
	for _, r := range s {
		switch r {
		case '.', '…', '[', ']', '(', ')', ' ', '\u00a0':
		default:
			return false
		}
	}
	return true
}

// copyrightLine reports whether s is a short credit opened by "(c)" and a
// capitalised name: "(c) Agencia Ibérica de Noticias", "(C) 2025 Newsline".
// A sentence ending on a full stop is not a credit line, nor is a lettered
// sub-point "(c) the parties will …", which goes on in lower case.
func copyrightLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 120 || !strings.HasPrefix(s, "(c) ") && !strings.HasPrefix(s, "(C) ") {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "S.A.") {
		return false
	}
	rest := strings.TrimSpace(s[4:])
	for _, r := range rest {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}
