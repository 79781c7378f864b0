package corpus

import (
	"strconv"
	"strings"
)

// Dates as the smaller languages write them, read by findDate beside the
// orders of text.go: words between a date's parts ("24 de novembro de
// 2025"), a word after the year that marks it as one ("2025 m. lapkričio
// 24 d.", "2025. gada 24. novembrī"), the year-day-month order that the
// Latvian marker leaves, and all-digit dates with full stops ("24.11.2025",
// "2025.11.24."). The words are data (grammar.json dateFillers,
// yearMarkers).

// dateFillers and yearMarkers are data/grammar.json's lists.
var (
	dateFillers = grammarSet("dateFillers")
	yearMarkers = grammarSet("yearMarkers")
)

// dateFiller reports whether w stands between a date's parts and is
// skipped. Only short words are looked up: findDate reads whole bodies.
func dateFiller(w string) bool { return len(w) <= 4 && dateFillers[w] }

// yearMarker reports whether w marks the number before it as a year.
func yearMarker(w string) bool { return len(w) <= 4 && yearMarkers[w] }

// markYear gives a year before a yearMarker the full stop of a written
// year ("2025" of "2025 m." reads as "2025."), so the year-first orders
// read it; any other word is returned as it is.
func markYear(w string) string {
	if yearNum(w) > 0 && !strings.HasSuffix(w, ".") {
		return w + "."
	}
	return w
}

// yearDayMonth reads a year with its full stop, a day and a month:
// "2025. 24. novembrī" once "gada" is skipped.
func yearDayMonth(w0, w1, w2 string) string {
	y := yearNum(w0)
	if y == 0 || !strings.HasSuffix(w0, ".") || !strings.HasSuffix(w1, ".") {
		return ""
	}
	day := dayNum(w1)
	if day == 0 {
		return ""
	}
	if m, ok := monthOf(w2); ok {
		return fmtDate(y, m, day)
	}
	return ""
}

// dottedDate reads a date written in digits cut by full stops, day first
// ("24.11.2025") or year first ("2025.11.24."), as Central and Northern
// European papers print them; "" for any other word (a time "12.00", a
// version "2.1").
func dottedDate(w string) string {
	if len(w) < 8 || w[0] < '0' || w[0] > '9' || strings.IndexByte(w, '.') < 0 {
		return ""
	}
	w = strings.TrimRight(w, ".,;:)")
	a, rest, ok1 := strings.Cut(w, ".")
	b, c, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 {
		return ""
	}
	if len(a) == 4 {
		a, c = c, a // year first
	}
	if len(c) != 4 || len(a) > 2 || len(b) > 2 || len(a) == 0 || len(b) == 0 {
		return ""
	}
	d, e1 := strconv.Atoi(a)
	m, e2 := strconv.Atoi(b)
	y := yearNum(c)
	if e1 != nil || e2 != nil || y == 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmtDate(y, m, d)
}

// dateInWord reads a date written as one word: ISO or dotted digits.
func dateInWord(w string) string {
	if d := isoInWord(w); d != "" {
		return d
	}
	return dottedDate(w)
}

// dayMarkers are data/grammar.json's dayMarkers.
var dayMarkers = grammarSet("dayMarkers")

// dateFields splits a dateline's day and month into words without the
// words between them or after the day ("24 de novembro" and "lapkričio 24
// d." are two words each, as "24 noiembrie" is).
func dateFields(s string) []string {
	f := strings.Fields(s)
	out := f[:0]
	for _, w := range f {
		if !dateFiller(w) && !dayMarkers[w] {
			out = append(out, w)
		}
	}
	return out
}
