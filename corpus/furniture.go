package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The furniture of a copied web page that no fixed phrase names whole:
// timestamps and reading times ("Updated 3 min ago", "vor 2 Stunden",
// "4 min read"), photo credits at a caption's end ("… REUTERS/Jan Kos",
// "… / dpa"), breadcrumb navigation ("Home › World › Europe") and author
// boxes. markFurniture asks these after its phrase look-ups; keepLine
// vetoes every one of them for a line that holds a quotation or a
// numbered point, which is never furniture.

// timeLineMaxRunes and timeLineMaxWords bound a timestamp line: a
// sentence that happens to open with "Vor 3 Jahren" is longer.
const (
	timeLineMaxRunes   = 60
	timeLineMaxWords   = 10
	timeSuffixMaxWords = 6 // "Il y a 3 heures", "2 hours ago", "4 min read"
)

// timeLine reports whether s (lower the lower-cased head of it) is a
// timestamp or a reading time: short, holding a digit, no sentence, and
// opening or ending with a time word of data/layout.json.
func timeLine(s string, lower []byte, lw *layoutWords) bool {
	if len(s) > 4*timeLineMaxRunes || utf8.RuneCountInString(s) > timeLineMaxRunes || !containsAny(s, "0123456789") {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) > timeLineMaxWords || endsSentence(s) && !(strings.HasSuffix(s, ".") && utf8.RuneCountInString(fields[len(fields)-1]) <= 4) {
		return false // a sentence, unless it ends with an abbreviation ("4 Min.")
	}
	if len(lower) < len(s) { // only a head was lower-cased
		lower = []byte(lowerString(s))
	}
	low := trimToWord(lower)
	for _, p := range lw.timePrefixes {
		if len(low) >= len(p) && string(low[:len(p)]) == p && wordEdge(low, len(p)) {
			return true
		}
	}
	if len(fields) > timeSuffixMaxWords {
		return false // "By Helen Okafor, diplomatic correspondent · 6 min read" is a byline
	}
	for _, e := range lw.timeSuffixes {
		if len(low) > len(e) && string(low[len(low)-len(e):]) == e && wordEdgeBefore(low, len(low)-len(e)) {
			return true
		}
	}
	return false
}

// wordEdge reports whether b[i:] opens after a whole word: the end of b,
// or no letter at i.
func wordEdge(b []byte, i int) bool {
	if i >= len(b) {
		return true
	}
	r, _ := utf8.DecodeRune(b[i:])
	return !unicode.IsLetter(r)
}

// wordEdgeBefore reports whether b[:i] ends a word: no letter before i.
func wordEdgeBefore(b []byte, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRune(b[:i])
	return !unicode.IsLetter(r)
}

// creditMaxRunes bounds a caption line read by its credit: a caption is
// a sentence or two, a paragraph that cites an agency is longer.
const creditMaxRunes = 200

// photoServiceSet holds the photo services a credit names without a
// slash or a bracket, for one scan of a line (lookset.go) instead of a
// strings.Contains per name.
var photoServiceSet = sync.OnceValue(func() *lookSet {
	return newLookSet([]string{"Getty", "Shutterstock", "picture alliance", "IMAGO", "Imago"})
})

// photoCreditLine reports whether s is a photo caption by its credit: a short
// line ending with an agency's or a photo service's credit, or holding
// one written as photographers sign ("REUTERS/Jan Kos").
func photoCreditLine(s string, lw *layoutWords) bool {
	if len(s) > 4*creditMaxRunes || utf8.RuneCountInString(s) > creditMaxRunes {
		return false
	}
	if !containsAny(s, "/()") && !photoServiceSet().in(s) {
		return false
	}
	if strings.Contains(s, ": ") && strings.Contains(s, "/") && captionAfterSentence(lowerString(s), lw) {
		return true
	}
	tail := strings.TrimRight(s, " .)")
	if len(tail) > creditTailBytes {
		cut := len(tail) - creditTailBytes
		for cut < len(tail) && !utf8.RuneStart(tail[cut]) {
			cut++
		}
		tail = tail[cut:]
	}
	tail = lowerString(tail)
	for _, m := range lw.creditMarks {
		m = strings.TrimRight(m, ")")
		if strings.HasSuffix(tail, m) {
			return true
		}
		if strings.HasSuffix(m, "/") && strings.Contains(tail, m) {
			// "REUTERS/Jan Kos": the photographer's name after the agency
			i := strings.LastIndex(tail, m)
			return utf8.RuneCountInString(tail[i+len(m):]) <= 40 && !containsAny(tail[i+len(m):], ".,;")
		}
	}
	return false
}

// breadcrumbLine reports whether s is a page's breadcrumb navigation:
// three parts or more, set off by one separator (" › ", " > ", " » ",
// " / ", " | "), each of at most four words, no sentence and no number
// ("Mon 24 Nov | Kyiv | Address" heads a log entry).
func breadcrumbLine(s string) bool {
	if len(s) > 200 || s == "" || s[0] == '|' || s[0] == '>' || s[0] == '*' || s[0] == '#' {
		return false // a table row, a block quote, a bold or heading line
	}
	seen := breadcrumbSeps(s)
	for k, sep := range []string{" › ", " > ", " » ", " / ", " | "} {
		if seen[k] < 2 || strings.Count(s, sep) < 2 {
			continue
		}
		parts := strings.Split(s, sep)
		ok := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" || len(strings.Fields(p)) > 4 || containsAny(p, ".,:;!?\"«»“”0123456789") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// breadcrumbSeps counts, in one pass, where each of breadcrumbLine's
// separators " › ", " > ", " » ", " / ", " | " (in that order) occurs in s,
// overlapping occurrences included: a separator seen fewer than twice
// cannot be counted twice by strings.Count, which then need not run (five
// Counts stopped at every space of every short line of every document).
func breadcrumbSeps(s string) (n [5]int) {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		switch s[i+1] {
		case '>':
			if s[i+2] == ' ' {
				n[1]++
			}
		case '/':
			if s[i+2] == ' ' {
				n[3]++
			}
		case '|':
			if s[i+2] == ' ' {
				n[4]++
			}
		case 0xE2: // › is E2 80 BA
			if strings.HasPrefix(s[i+2:], "\x80\xba ") {
				n[0]++
			}
		case 0xC2: // » is C2 BB
			if strings.HasPrefix(s[i+2:], "\xbb ") {
				n[2]++
			}
		}
	}
	return n
}

// keepLine reports whether a line is text whatever it opens with: it
// holds a quotation mark, or it opens a numbered point.
func keepLine(s string) bool {
	if containsAny(s, "\"«»“”„") {
		return true
	}
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == '(') {
		return false
	}
	_, ok := listItem(s)
	return ok
}

// authorBoxMaxRunes bounds the biography under an author box heading.
const authorBoxMaxRunes = 600

// markAuthorBox marks the biography under an author box heading: the
// lines up to the next blank line, when they are short and quote no one.
func markAuthorBox(lines []rawLine) {
	n, end := 0, 0
	for end < len(lines) && lines[end].blank {
		end++
	}
	start := end
	for end < len(lines) && !lines[end].blank {
		if keepLine(lines[end].trim) {
			return
		}
		n += utf8.RuneCountInString(lines[end].trim)
		end++
	}
	if n == 0 || n > authorBoxMaxRunes {
		return
	}
	for i := start; i < end; i++ {
		lines[i].drop = true
	}
}

// quoteOpen reports whether s leaves a quotation open: an odd number of
// straight double quotes, guillemets unpaired (either way round: German
// prints »…«), a low opening mark („) not closed by “ or ”, or an
// English “ not closed by ”.
func quoteOpen(s string) bool {
	if strings.Count(s, "\"")%2 == 1 || strings.Count(s, "«") != strings.Count(s, "»") {
		return true
	}
	if low := strings.Count(s, "„"); low > 0 {
		return low > strings.Count(s, "“")+strings.Count(s, "”")
	}
	return strings.Count(s, "“") > strings.Count(s, "”")
}

// creditTailBytes is how much of a line's end is read for its credit:
// more than the longest credit mark and a photographer's name after it.
const creditTailBytes = 96

// captionCreditWords bounds the credit after a caption label inside a
// line ("Foto: Sanne de Wit / Valmont Persbureau").
const captionCreditWords = 8

// captionAfterSentence reports whether the lower-cased line low is a
// caption whose credit follows its description: a caption label
// ("foto:", "photo:") after a sentence end, then a short credit with a
// slash ("… in Valmont. Foto: Sanne de Wit / Persbureau").
func captionAfterSentence(low string, lw *layoutWords) bool {
	for _, cp := range lw.captionList {
		if !strings.HasSuffix(cp, ":") {
			continue
		}
		i := strings.Index(low, ". "+cp)
		if i < 0 {
			continue
		}
		credit := low[i+2+len(cp):]
		if strings.Contains(credit, "/") && len(strings.Fields(credit)) <= captionCreditWords {
			return true
		}
	}
	return false
}
