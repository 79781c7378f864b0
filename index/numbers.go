package index

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// Numbers are written differently in every language and by every outlet:
// "600,000" (English), "600.000" (German, Italian), "600 000" (French,
// Russian, often with a non-breaking space), "600000", or in words with a
// number, "600 thousand", "600 тысяч", "600 mila". The analyzers keep
// "600,000" as one token and split "600 000" into two, so without help a
// query finds only the spelling it was typed in. Every spelling is brought
// to its plain digits ("600000"): in the query, and as an extra word beside
// the indexed text (see withMeta), which leaves the stored and shown text
// as the source wrote it.

// groupedEnd returns where a grouped number at the start of s ends: one
// to three digits followed by groups of exactly three, each after a
// comma, a point or a (thin, non-breaking) space ("600,000", "1 234 567");
// -1 when s does not start with one. Where it starts and ends is checked by
// eachNumber. It reads as the regexp
// \d{1,3}(?:[,.\x{00a0}\x{202f}\x{2009} ]\d{3})+ anchored at the start
// would, without its allocation on every number of a query.
func groupedEnd(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	if n == 0 || n > 3 {
		return -1
	}
	end := -1
	for {
		k := groupSepLen(s[n:])
		if k == 0 || n+k+3 > len(s) || !isDigitByte(s[n+k]) || !isDigitByte(s[n+k+1]) || !isDigitByte(s[n+k+2]) {
			return end
		}
		n += k + 3
		end = n
	}
}

// groupSepLen returns the byte length of the group separator s starts
// with (comma, point, space, no-break, narrow no-break or thin space), or 0.
func groupSepLen(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == ',' || s[0] == '.' || s[0] == ' ':
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return 2
	case strings.HasPrefix(s, "\u202f") || strings.HasPrefix(s, "\u2009"):
		return 3
	}
	return 0
}

// thousandWords are the words that multiply the number before them by a
// thousand, in the languages the glossary covers (stems, matched as the
// start of the next word).
var thousandWords = []string{
	"thousand", "tausend", "mila", "mille", "mil", "tysiąc", "tysięcy", "tysiące",
	"тысяч", "тыс", "тисяч", "тис",
}

// numberForms returns the plain-digit form of every number in text that is
// written with group separators or with a word for thousands, in order,
// without repeats. Numbers already plain are left out: the analyzers index
// them as they are.
func numberForms(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	eachNumber(text, func(_, _ int, digits string, rewritten bool) {
		if rewritten {
			add(digits)
		}
	})
	return out
}

// normalizeNumbers rewrites every number of a query written with group
// separators or a word for thousands as plain digits, so "800,000 troops"
// and "800 000 troops" ask for the same word.
func normalizeNumbers(text string) string {
	r := spanRewrite{src: text}
	eachNumber(text, func(start, end int, digits string, rewritten bool) {
		if rewritten {
			r.replace(start, end, digits)
		}
	})
	return r.String()
}

// eachNumber calls fn for each number in text: its byte span, its value as
// plain digits, and whether that differs from how it is written.
func eachNumber(text string, fn func(start, end int, digits string, rewritten bool)) {
	if strings.IndexFunc(text, unicode.IsDigit) < 0 {
		return
	}
	i := 0
	for i < len(text) {
		if text[i] < '0' || text[i] > '9' || (i > 0 && isNumberPart(text, i-1)) {
			i++
			continue
		}
		start, end := i, i
		for end < len(text) && text[end] >= '0' && text[end] <= '9' {
			end++
		}
		digits := text[start:end]
		if g := groupedEnd(text[start:]); g > 0 && !continuesNumber(text, start+g) {
			end = start + g
			digits = onlyDigits(text[start:end])
		}
		rewritten := end-start != len(digits)
		if kiloSuffix(text, end) && len(digits) <= 6 {
			if v, err := strconv.Atoi(digits); err == nil {
				digits, end, rewritten = strconv.Itoa(v*1000), end+1, true
			}
		} else if n, wend, ok := thousandsAfter(text, end); ok && len(digits) <= 6 {
			if v, err := strconv.Atoi(digits); err == nil {
				digits = strconv.Itoa(v * n)
				end = wend
				rewritten = true
			}
		}
		fn(start, end, digits, rewritten)
		i = end
	}
}

// isNumberPart says whether the byte at i is a digit or a separator right
// after a digit: a number does not start in the middle of another
// ("1,5" or "3.14" are not read from their second half).
func isNumberPart(text string, i int) bool {
	c := text[i]
	if c >= '0' && c <= '9' {
		return true
	}
	return (c == ',' || c == '.') && i > 0 && text[i-1] >= '0' && text[i-1] <= '9'
}

// continuesNumber says whether a grouped number goes on past end with more
// digits or a decimal part ("1,234.5", "12 3456"): then it is not read as a
// grouped number at all.
func continuesNumber(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	c := text[end]
	if c >= '0' && c <= '9' {
		return true
	}
	return (c == ',' || c == '.') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9'
}

// kiloSuffix reports whether the number ending at end is followed by a
// "k" standing for thousands ("800k troops"), not by a word ("5km").
func kiloSuffix(text string, end int) bool {
	if end >= len(text) || text[end] != 'k' && text[end] != 'K' {
		return false
	}
	if end+1 == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// thousandsAfter reads a word for thousands after a number ending at end,
// separated by spaces: its multiplier and where the word ends.
func thousandsAfter(text string, end int) (int, int, bool) {
	j := end
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			break
		}
		j += n
	}
	if j == end {
		return 0, 0, false
	}
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	word := text[j:k]
	for _, w := range thousandWords {
		if prefix, whole := lowerPrefix(word, w); prefix && (utf8.RuneCountInString(w) >= 4 || whole) {
			return 1000, k, true
		}
	}
	return 0, 0, false
}

// lowerPrefix says whether word in lower case starts with w (itself lower
// case), and whether it is w, as strings.HasPrefix(strings.ToLower(word), w)
// and strings.ToLower(word) == w would, without lowering a copy of it.
func lowerPrefix(word, w string) (prefix, whole bool) {
	i := 0
	for _, wr := range w {
		if i >= len(word) {
			return false, false
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if unicode.ToLower(r) != wr {
			return false, false
		}
		i += n
	}
	return true, i == len(word)
}

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// markNumbers adds to tlm, for each plain-digit term matched only among the
// words indexed after the text (numberForms), the places in the text where
// that number is written its own way, so the snippet shows "600 000" in
// bold for a query "600,000".
func markNumbers(text string, tlm search.TermLocationMap) {
	body, _, _ := strings.Cut(text, metaSep)
	for t, locs := range tlm {
		if onlyDigits(t) != t || len(locs) == 0 || locs[0].Start < uint64(len(body)) {
			continue
		}
		eachNumber(body, func(start, end int, digits string, rewritten bool) {
			if rewritten && digits == t {
				tlm[t] = append(tlm[t], &search.Location{Start: uint64(start), End: uint64(end)})
			}
		})
	}
}
