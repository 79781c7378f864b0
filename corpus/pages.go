package corpus

import (
	"strconv"
	"strings"
	"unicode"
)

// Page furniture of text converted out of a PDF that page markers and
// running titles printed the same on every page do not catch: a form
// feed between pages, a page number alone on its line ("7"), and a
// running head or foot whose page number changes ("Valmont Review | 3").

// readingBody is the text reflowBody reads for a body: raw (the body
// before normaliseBody) with its columns read one after the other
// (columns.go), or normalised page by page when form feeds break it,
// else body, the normalised body, as it is.
func readingBody(raw, body string) string {
	if cols, ok := readColumns(raw); ok {
		if strings.Contains(cols, pageBreak) {
			return normalisePages(cols, true)
		}
		return normaliseBody(cols)
	}
	if strings.Contains(raw, "\f") {
		return normalisePages(raw, false)
	}
	return body
}

// pageBreak is the line normalisePages leaves where a form feed was:
// reflowBody drops it as a page marker, so a sentence goes on across it.
const pageBreak = "\f"

// normalisePages normalises each page of a body broken by form feeds
// and joins them with a pageBreak line between: normaliseBody alone
// reads a line holding only a form feed as blank, and a sentence running
// over the page would end there. apart sets the break off with blank
// lines, for pages whose paragraphs readColumns has joined already.
func normalisePages(raw string, apart bool) string {
	var pages []string
	for p := range strings.SplitSeq(raw, "\f") {
		if p = normaliseBody(p); p != "" {
			pages = append(pages, p)
		}
	}
	if apart {
		return strings.Join(pages, "\n\n"+pageBreak+"\n\n")
	}
	return strings.Join(pages, "\n"+pageBreak+"\n")
}

// maskedLeast is how often a running title with its page number masked
// must be printed: three pages, as a numbered heading ("Part 2") may be
// printed twice.
const maskedLeast = 3

// pageNumberKey returns s with the page number at its start or end
// masked ("Valmont Review | 3" -> "Valmont Review | #"), or "" when s
// has no number there or fewer than two words of letters besides it
// ("Article 3" is a heading).
func pageNumberKey(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 {
		return ""
	}
	letters := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	first, last := words[0], words[len(words)-1]
	switch {
	case allDigits(last):
		return strings.Join(words[:len(words)-1], " ") + " #"
	case allDigits(first):
		return "# " + strings.Join(words[1:], " ")
	}
	return ""
}

// pageNumberGap is the fewest content lines between two page numbers:
// the bare numbers of a list are close together.
const pageNumberGap = 8

// markPageNumbers marks page numbers printed alone on their line: bare
// numbers going up one by one, each at least pageNumberGap content lines
// after the one before; two in a paginated text, three otherwise (a
// bare "7" is also a list number).
func markPageNumbers(lines []rawLine, paged bool) bool {
	least := 3
	if paged {
		least = 2
	}
	var chain []int // indexes of the lines of the current run of numbers
	lastN, since := -1, 0
	marked := false
	flush := func() {
		if len(chain) >= least {
			for _, i := range chain {
				lines[i].drop = true
			}
			marked = true
		}
		chain = chain[:0]
	}
	for i := range lines {
		l := &lines[i]
		if l.blank || l.drop || l.note {
			continue
		}
		if len(l.trim) > 4 || !allDigits(l.trim) {
			since++
			continue
		}
		n, _ := strconv.Atoi(l.trim)
		if len(chain) == 0 || n != lastN+1 || since < pageNumberGap {
			flush()
		}
		chain = append(chain, i)
		lastN, since = n, 0
	}
	flush()
	return marked
}

// pageEdges reports for each line whether it stands next to the end of a
// page: the nearest line before or after it that is not blank is a page
// marker or a form feed, or it is the text's last line. A running head
// or foot printed with its page number on two pages is known by it.
func pageEdges(lines []rawLine) []bool {
	edges := make([]bool, len(lines))
	before := false // the last line not blank was a page's end
	for i, l := range lines {
		if l.blank {
			continue
		}
		edges[i] = before
		before = l.page
	}
	after := true // the text's end
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if l.blank {
			continue
		}
		edges[i] = edges[i] || after
		after = l.page
	}
	return edges
}
