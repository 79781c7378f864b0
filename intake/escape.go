package intake

import (
	"strconv"
	"strings"
	"unicode"
)

// Escape returns a file name or URL fit to print on a terminal: control
// characters (a newline, an ANSI escape sequence) and invalid UTF-8 are
// written as Go escapes, so a hostile name cannot fake output lines or
// recolour the terminal. Printable names are returned unchanged.
func Escape(name string) string {
	clean := true
	for _, r := range name {
		if r == unicode.ReplacementChar || !unicode.IsPrint(r) && r != ' ' {
			clean = false
			break
		}
	}
	if clean {
		return name
	}
	q := strconv.QuoteToGraphic(name)
	return strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
}

// strconvQuote quotes a title for a log line, control characters escaped.
func strconvQuote(s string) string { return strconv.QuoteToGraphic(s) }
