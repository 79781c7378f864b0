package corpus

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Text copied out of PDFs and web pages keeps the shapes of its page:
// lines hard-wrapped at a fixed width (often with no blank line between
// paragraphs), words hyphenated across a line end, page headers and
// footers ("Page 3 of 7", "— 4 —", a running title), footnote marks and
// blocks, and a site's furniture (advertisement labels, share and
// newsletter boxes, photo captions, cookie notices, related links). Cut
// into paragraphs as it stands, a wrapped paragraph without blank lines is
// one paragraph per line, so a quotation is cut from its speaker and a
// point from its end; a page footer between two halves of a sentence
// splits it; a furniture line becomes a passage search can return.
// reflowBody undoes these before splitParagraphs, on the text paragraphs
// are cut from only: Document.Body, which IDs and the hash derive from, is
// left as it is. Its vocabulary is data (data/layout.json).

//go:embed data/layout.json
var layoutJSON []byte

// layoutWords is data/layout.json, indexed.
type layoutWords struct {
	lines, prefixes, captions, related map[string]bool
	prefixList, captionList            []string
	prefixIndex, captionIndex          *prefixList // the same, for markFurniture's look-up of every line
	timePrefixes, timeSuffixes         []string
	creditMarks                        []string
	authors                            map[string]bool
	keepPrefixes, keepSeconds          map[string]bool
	keepEndings                        []string
	suspended                          map[string]bool
	page                               *regexp.Regexp
}

var layoutData = sync.OnceValue(func() *layoutWords {
	var d struct {
		Lines     []string `json:"furnitureLines"`
		Prefixes  []string `json:"furniturePrefixes"`
		Captions  []string `json:"captionPrefixes"`
		Related   []string `json:"relatedHeadings"`
		PageWords []string `json:"pageWords"`
		PageOf    []string `json:"pageOf"`
		KeepPre   []string `json:"hyphenKeepPrefixes"`
		KeepEnd   []string `json:"hyphenKeepEndings"`
		KeepSec   []string `json:"hyphenKeepSeconds"`
		Suspended []string `json:"suspendedHyphenWords"`
		TimePre   []string `json:"timePrefixes"`
		TimeSuf   []string `json:"timeSuffixes"`
		Credits   []string `json:"creditMarks"`
		Authors   []string `json:"authorHeadings"`
	}
	mustDecodeJSON("data/layout.json", layoutJSON, &d)
	quote := func(ws []string) string {
		q := make([]string, len(ws))
		for i, w := range ws {
			q[i] = regexp.QuoteMeta(w)
		}
		return strings.Join(q, "|")
	}
	return &layoutWords{
		lines: set(d.Lines), prefixes: set(d.Prefixes), captions: set(d.Captions), related: set(d.Related),
		prefixList: d.Prefixes, captionList: d.Captions,
		prefixIndex: newPrefixList(d.Prefixes), captionIndex: newPrefixList(d.Captions),
		keepPrefixes: set(d.KeepPre), keepSeconds: set(d.KeepSec), keepEndings: d.KeepEnd,
		suspended:    set(d.Suspended),
		timePrefixes: d.TimePre, timeSuffixes: d.TimeSuf, creditMarks: d.Credits, authors: set(d.Authors),
		// "Page 3 of 7", "Seite 3", "стр. 3 из 7", "Page 6/9", "— 4 —", "- 12 -", "3/7"
		page: regexp.MustCompile(`(?i)^(?:(?:` + quote(d.PageWords) + `)\s*\d{1,4}(?:\s*(?:` + quote(d.PageOf) + `)\s*\d{1,4})?|[-–—]+\s*\d{1,4}\s*[-–—]+|\d{1,4}\s*/\s*\d{1,4})$`),
	}
})

// furnitureMaxRunes bounds the lines read as furniture: a long paragraph
// is content whatever it opens with.
const furnitureMaxRunes = 220

// rawLine is one line of the body on its way through reflowBody.
type rawLine struct {
	text  string // as in the body, indentation kept
	trim  string // without surrounding spaces, footnote marks stripped
	drop  bool   // furniture or a page marker
	page  bool   // a page marker or a form feed: where a page ends
	note  bool   // a footnote block line: moved after the text
	blank bool
	mark  bool // may hold a footnote mark (mayHoldMark), asked once
}

// linePool keeps reflowBody's line slices for the next body.
var linePool = sync.Pool{New: func() any { return new([]rawLine) }}

// reflowBody returns body with page and web furniture dropped, footnote
// marks stripped, words broken at a line end rejoined and, when the text
// is evidently hard-wrapped, the wrapped lines of each paragraph joined
// into one. A body that needs none of this is returned as it is.
func reflowBody(body string) string {
	lw := layoutData()
	lp := linePool.Get().(*[]rawLine)
	defer func() { clear(*lp); linePool.Put(lp) }() // no body kept alive by the pool
	lines := (*lp)[:0]
	fed := false // a page break by form feed
	for l := range strings.SplitSeq(body, "\n") {
		t := strings.TrimSpace(l)
		if l == pageBreak { // a form feed kept by normalisePages
			lines = append(lines, rawLine{text: l, drop: true, page: true})
			fed = true
			continue
		}
		lines = append(lines, rawLine{text: l, trim: t, blank: t == "", mark: mayHoldMark(t)})
	}
	*lp = lines
	changed, paged := markFurniture(lines, lw)
	changed, paged = changed || fed, paged || fed
	if stripFootnotes(lines) {
		changed = true
	}
	blankSeparated := strings.Contains(body, "\n\n")
	width := wrapWidth(lines, blankSeparated)
	if (paged || width > 0) && markRunningTitles(lines, paged) {
		changed, paged = true, true // a running head or foot: the text has pages
	}
	if (paged || width > 0) && markPageNumbers(lines, paged) {
		changed = true
	}
	if !changed && width == 0 && !strings.Contains(body, "-\n") && !strings.Contains(body, ",\n— ") && !strings.Contains(body, ",\n– ") && !strings.Contains(body, ",\n- ") {
		return body // nothing to drop, join or rejoin: most bodies
	}
	out := make([]string, 0, len(lines))
	var notes []string
	cur := -1 // index in out of the paragraph line being built, -1 when none
	lastLen, lastIndent := 0, 0
	curItem := false
	blank, gap := false, false // between cur and the next content line
	for i := range lines {
		l := &lines[i]
		if l.drop || l.note {
			if l.note {
				notes = append(notes, l.trim)
			}
			gap = true
			changed = true
			continue
		}
		if l.blank {
			blank = true
			continue
		}
		indent := len(l.text) - len(strings.TrimLeft(l.text, " \t"))
		if cur >= 0 && !blank && dashGoesOn(out[cur], l.trim) {
			// "«…»," then "— сказал он": the attribution of the quote before
			out[cur] += " " + l.trim
			changed = true
			lastLen, gap = utf8.RuneCountInString(l.trim), false
			continue
		}
		if cur >= 0 && mayJoin(out[cur], blank, gap, width > 0) && !structuralLine(l.trim) {
			prev := out[cur]
			switch {
			case (!blank || gap) && hyphenBreak(prev) && startsWord(l.trim):
				out[cur] = joinHyphenated(prev, l.trim, body, lw)
				changed = true
				lastLen, blank, gap = utf8.RuneCountInString(l.trim), false, false
				continue
			case gap && !endsClause(prev) && (startsLower(l.trim) || quoteOpen(prev)) && !strings.HasPrefix(strings.TrimSpace(prev), "#"):
				// a page break (or a dropped caption) inside a sentence;
				// inside a quotation left open, a capital goes on it too
				// (a German noun: "„… keinen" / "Vertrag …“")
				out[cur] = prev + " " + l.trim
				changed = true
				lastLen, blank, gap = utf8.RuneCountInString(l.trim), false, false
				continue
			case !blank && width > 0 && wrapsInto(prev, lastLen, lastIndent, indent, curItem, l.trim, width):
				out[cur] = prev + " " + l.trim
				changed = true
				lastLen, gap = utf8.RuneCountInString(l.trim), false
				continue
			}
		}
		if blank && len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, l.text) // normaliseBody trimmed its end; stripFootnotes keeps it so
		cur = len(out) - 1
		lastLen, lastIndent = utf8.RuneCountInString(l.trim), indent
		if width > 0 {
			_, curItem = listItem(l.trim)
		}
		blank, gap = false, false
	}
	if !changed {
		return body
	}
	for _, n := range notes {
		if blankSeparated && len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, n)
	}
	return strings.Join(out, "\n")
}

// mayJoin reports whether the paragraph line prev may take the next
// content line at all, before the next line is read: after a word cut by
// a hyphen, across a dropped line, or in a wrapped body.
func mayJoin(prev string, blank, gap, wrapped bool) bool {
	return gap || (!blank && (wrapped || hyphenBreak(prev)))
}

// markFurniture marks the lines that are no part of the text (page
// markers, web furniture, captions, a related-links block) and the lines
// of footnote blocks. It reports whether it marked any, and whether the
// text is paginated (a page marker was found).
func markFurniture(lines []rawLine, lw *layoutWords) (marked, paged bool) {
	var buf [furnitureHead + 8]byte // the lower-cased head of a line, on the stack: every line is asked
	for i := range lines {
		l := &lines[i]
		if l.blank || utf8.RuneCountInString(l.trim) > furnitureMaxRunes {
			continue
		}
		if len(l.trim) <= 40 && containsAny(l.trim, "0123456789") && lw.page.MatchString(l.trim) {
			l.drop, l.page, paged, marked = true, true, true, true
			continue
		}
		// Only a line's head is lower-cased: the furniture phrases are
		// shorter, and a whole line is compared only when it is no longer.
		head, whole := l.trim, true
		if len(head) > furnitureHead {
			cut := furnitureHead
			for cut > 0 && !utf8.RuneStart(head[cut]) {
				cut--
			}
			head, whole = head[:cut], false
		}
		lower := appendLower(buf[:0], head)
		key := trimToWord(lower)
		if !whole {
			key = nil // a line longer than any whole-line phrase
		}
		if lw.lines[string(key)] {
			l.drop, marked = true, true
			continue
		}
		if (lw.prefixIndex.opens(trimToWordStart(lower)) || lw.captionIndex.opens(lower) ||
			timeLine(l.trim, lower, lw) || photoCreditLine(l.trim, lw) || breadcrumbLine(l.trim)) && (!keepLine(l.trim) || consentNotice(lower)) {
			l.drop, marked = true, true
			continue
		}
		if lw.authors[string(key)] {
			l.drop, marked = true, true
			markAuthorBox(lines[i+1:])
			continue
		}
		if lw.related[string(key)] {
			l.drop, marked = true, true
			// the headlines of the related articles under it
			for j := i + 1; j < len(lines); j++ {
				n := &lines[j]
				if n.blank {
					continue
				}
				if n.drop || !relatedLinkLine(n.trim) || keepLine(n.trim) {
					break
				}
				n.drop = true
			}
		}
	}
	if markFootnoteBlocks(lines) {
		marked = true
	}
	return marked, paged
}

// furnitureHead is how many bytes of a line are lower-cased to be
// compared with the furniture phrases, all shorter.
const furnitureHead = 96

// trimToWordStart trims what is no letter or digit from the start of a
// lower-cased line.
func trimToWordStart(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		b = b[n:]
	}
	return b
}

// trimToWord trims what is no letter or digit from both ends of a
// lower-cased line ("share this article ›" -> "share this article").
func trimToWord(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		b = b[n:]
	}
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

// hasAnyPrefix reports whether b opens with one of ps. markFurniture asks
// a prefixList (prefixlist.go), which answers the same by index; this is
// the reference its test compares with.
func hasAnyPrefix(b []byte, ps []string) bool {
	for _, p := range ps {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

// relatedLinkLine reports whether a line under a related-articles heading
// is one of its links: a Markdown link alone, or a short headline without
// a sentence end.
func relatedLinkLine(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(s, "-*•· "))
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, ")") && strings.Contains(s, "](") {
		return true
	}
	return utf8.RuneCountInString(s) <= 120 && !endsSentence(s) && !strings.HasSuffix(s, ":")
}

// markRunningTitles marks a page's running title: a short line of two
// words or more, no sentence and no label, printed three times or more,
// or twice in a paginated text. Its first printing stays when it opens
// the text (the title the running head repeats).
func markRunningTitles(lines []rawLine, paged bool) bool {
	counts := map[string]int{}
	masked := map[string]int{} // with its page number masked
	edged := map[string]int{}  // so, and next to a page's end
	edges := pageEdges(lines)
	for i, l := range lines {
		if shortUnended(l) {
			counts[l.trim]++
			if k := pageNumberKey(l.trim); k != "" {
				masked[k]++
				if edges[i] {
					edged[k]++
				}
			}
		}
	}
	least := 3
	if paged {
		least = 2
	}
	marked := false
	first := true // the first content line not yet passed
	for i := range lines {
		l := &lines[i]
		if l.blank || l.drop || l.note {
			continue
		}
		opening := first
		first = false
		if opening || !shortUnended(*l) || !runningCandidate(l.trim) {
			continue
		}
		k := pageNumberKey(l.trim)
		if counts[l.trim] < least && masked[k] < maskedLeast && !(edges[i] && edged[k] >= 2) {
			continue
		}
		l.drop, marked = true, true
	}
	return marked
}

// shortUnended reports whether a line is short, of two words or more and
// ends no sentence: what a running title looks like at first sight.
func shortUnended(l rawLine) bool {
	return !l.blank && !l.drop && !l.note && len(l.trim) <= 180 && utf8.RuneCountInString(l.trim) <= 90 &&
		strings.IndexByte(l.trim, ' ') > 0 && !endsSentence(l.trim) && !strings.HasSuffix(l.trim, ":")
}

// runningCandidate reports whether a repeated short line could be a
// running title: no bracketed aside, table row, quotation, heading, list
// item or speaker label.
func runningCandidate(s string) bool {
	if containsAny(s[:1], "([|>#*-–—") {
		return false
	}
	if _, ok := listItem(s); ok {
		return false
	}
	return !labelLine(s)
}

// footnoteMark reads a footnote mark at the start of s: "[3]", "^3" or
// superscript digits, and returns the mark's digits and its length.
func footnoteMark(s string) (digits string, n int) {
	switch {
	case strings.HasPrefix(s, "[^"): // Markdown: "text[^2]", "[^2]: the note"
		end := strings.IndexByte(s, ']')
		if end < 3 || end > 5 || !allDigits(s[2:end]) {
			return "", 0
		}
		return s[2:end], end + 1
	case strings.HasPrefix(s, "["):
		end := strings.IndexByte(s, ']')
		if end < 2 || end > 4 || !allDigits(s[1:end]) {
			return "", 0
		}
		return s[1:end], end + 1
	case strings.HasPrefix(s, "^"):
		j := 1
		for j < len(s) && j < 4 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == 1 {
			return "", 0
		}
		return s[1:j], j
	}
	var b strings.Builder
	j := 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !superscriptDigit(r) {
			break
		}
		b.WriteRune(superscriptValue(r))
		j += w
	}
	return b.String(), j
}

// superscriptValue is the digit a superscript digit stands for.
func superscriptValue(r rune) rune {
	switch r {
	case '¹':
		return '1'
	case '²':
		return '2'
	case '³':
		return '3'
	case '⁰':
		return '0'
	}
	return '4' + (r - '⁴')
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// unitWords take a superscript as a power, not a footnote ("80 m²").
var unitWords = map[string]bool{"m": true, "km": true, "cm": true, "mm": true, "м": true, "км": true, "см": true}

// inlineMarks returns the footnote marks s carries after a word or a
// sentence end ("cap¹", "troops.[3]", "plan^2"), with the byte spans to
// cut.
func inlineMarks(s string, marks map[string]bool) (spans [][2]int) {
	for i := 1; i < len(s); {
		c := s[i]
		if c != '[' && c != '^' && c != 0xC2 && c != 0xE2 {
			i++
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(prev) || unicode.IsDigit(prev) || prev == '[' {
			i++
			continue
		}
		d, n := footnoteMark(s[i:])
		if n == 0 {
			i++
			continue
		}
		if c != '[' && c != '^' { // a superscript: not after a unit
			w := s[:i]
			if k := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
				w = w[k+1:]
				w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			}
			if lowerIn(unitWords, w) {
				i += n
				continue
			}
		}
		// the mark is followed by a space, punctuation or the line's end
		if i+n < len(s) {
			r, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' || r == ':' { // "[1](url)" is a link
				i += n
				continue
			}
		}
		if marks != nil {
			marks[d] = true
		}
		spans = append(spans, [2]int{i, i + n})
		i += n
	}
	return spans
}

// mayHoldMark reports whether s may hold a footnote mark: a bracket, a
// caret or a superscript digit (U+00B2, U+00B3, U+00B9, U+2070-U+2079),
// looked for byte by byte as every line is asked.
func mayHoldMark(s string) bool {
	i := 0
	// eight bytes a step past ASCII runs with no bracket or caret: the
	// marks' other bytes all have the top bit set (swar.go)
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&swarHigh != 0 || hasByte8(x, '[') || hasByte8(x, '^') {
			break // read byte by byte from here
		}
	}
	return markFrom(s, i)
}

// markFrom is mayHoldMark's byte-by-byte reading of s from i: a bracket,
// a caret, or the UTF-8 bytes of a superscript digit.
func markFrom(s string, i int) bool {
	for ; i < len(s); i++ {
		switch s[i] {
		case '[', '^':
			return true
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xB2 || s[i+1] == 0xB3 || s[i+1] == 0xB9) {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x81 && s[i+2] >= 0xB0 && s[i+2] <= 0xB9 {
				return true
			}
		}
	}
	return false
}

// stripFootnotes cuts the footnote marks from the lines' words. It
// reports whether it cut any.
func stripFootnotes(lines []rawLine) bool {
	marked := false
	for i := range lines {
		l := &lines[i]
		if l.drop || l.blank || !l.mark {
			continue
		}
		spans := inlineMarks(l.trim, nil)
		if len(spans) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		for _, sp := range spans {
			b.WriteString(l.trim[last:sp[0]])
			last = sp[1]
		}
		b.WriteString(l.trim[last:])
		indent := len(l.text) - len(strings.TrimLeft(l.text, " \t"))
		l.trim = b.String()
		l.text = l.text[:indent] + l.trim
		marked = true
	}
	return marked
}

// markFootnoteBlocks marks the lines of a footnote block: a line opening
// with a mark ("[3] …", "¹ …", "^2 …") that the text uses inline. A note
// is text (it may quote someone) but no part of the sentence a page break
// cut it into: reflowBody moves it after the text.
func markFootnoteBlocks(lines []rawLine) bool {
	var used map[string]bool
	for _, l := range lines {
		if l.blank || l.drop || !l.mark {
			continue
		}
		if used == nil {
			used = map[string]bool{}
		}
		inlineMarks(l.trim, used)
	}
	if len(used) == 0 {
		return false
	}
	marked := false
	for i := range lines {
		l := &lines[i]
		if l.blank || l.drop {
			continue
		}
		d, n := footnoteMark(l.trim)
		if n > 0 && used[d] && n+1 < len(l.trim) && (l.trim[n] == ' ' || l.trim[n] == ':' && l.trim[n+1] == ' ') {
			l.note, marked = true, true
		}
	}
	return marked
}

// wrapWidth returns the width a body's lines are hard-wrapped at, or 0
// when the body is evidently not wrapped: most of its lines must come
// within a few characters of the longest (at most 130 wide), and some of
// those end in the middle of a sentence. Without blank lines, where a
// wrong join glues two paragraphs (a list of headlines of like length),
// two of those must also be followed by a line going on in lower case.
func wrapWidth(lines []rawLine, blankSeparated bool) int {
	const maxWidth, minWidth, slack = 130, 35, 14
	n, long, width := 0, 0, 0
	for _, l := range lines {
		if l.blank || l.drop || l.note {
			continue
		}
		n++
		c := utf8.RuneCountInString(l.trim)
		if c > maxWidth {
			long++
			continue
		}
		width = max(width, c)
	}
	if n < 4 || width < minWidth || long*5 > n {
		return 0
	}
	near, mid, lower := 0, 0, 0
	prevMid := false // the content line before was near the width, mid-clause
	for _, l := range lines {
		if l.blank || l.drop || l.note {
			continue
		}
		if prevMid && startsLower(l.trim) {
			lower++
		}
		prevMid = false
		if c := utf8.RuneCountInString(l.trim); c <= width && c >= width-slack {
			near++
			if !endsClause(l.trim) {
				mid++
				prevMid = true
			}
		}
	}
	if near < 3 || near*5 < n*2 || mid < 2 || !blankSeparated && lower < 2 {
		return 0
	}
	return width
}

// wrapsInto reports whether next goes on the paragraph whose last line
// (lastLen runes, indented lastIndent) ends prev, in a body wrapped at
// width: the next line's first word would not have fitted on the last
// line, or the last line stops mid-clause and the next goes on in lower
// case. A list item ended by a full stop takes no sentence that opens in
// capitals; an indented line after prose opens a paragraph.
func wrapsInto(prev string, lastLen, lastIndent, indent int, item bool, next string, width int) bool {
	if _, heading := markdownHeading(strings.TrimSpace(prev)); heading {
		return false
	}
	if indent > lastIndent && !item {
		return false
	}
	first, _, _ := strings.Cut(next, " ")
	full := lastLen+1+utf8.RuneCountInString(first) > width
	lower := startsLower(next)
	if item && endsSentence(prev) && !lower {
		return false
	}
	if full {
		return true
	}
	return lower && !endsClause(prev) && lastLen*2 >= width
}

// dashGoesOn reports whether a line opening with a dash goes on the line
// before rather than opening a dialogue turn: the line before ends with a
// quotation closed by a comma ("»," or "\","; a list item ended by a bare
// comma is no quotation), and the dash is followed by
// a word in lower case ("— сказал Сафронов", "– dodał minister"), as
// Russian, Ukrainian and Polish print the attribution after a quotation.
// Wrapped at the dash, the quotation would lose its speaker.
func dashGoesOn(prev, next string) bool {
	var rest string
	switch {
	case strings.HasPrefix(next, "— "):
		rest = next[len("— "):]
	case strings.HasPrefix(next, "– "):
		rest = next[len("– "):]
	case strings.HasPrefix(next, "- "):
		rest = next[2:]
	default:
		return false
	}
	if !startsLower(rest) || !strings.HasSuffix(prev, ",") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	return strings.ContainsRune("»\"”“'’", r) // a quotation closed, not a list item ended by a comma
}

// structuralLine reports whether a line opens something of its own that
// a wrapped line never goes on into: a list item, a speaker label, a
// heading, a table row, a block quote, a bold line or a dialogue dash.
func structuralLine(s string) bool {
	if s == "" {
		return true
	}
	switch s[0] {
	case '#', '|', '>':
		return true
	}
	if strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || boldLine(s) {
		return true
	}
	if _, ok := listItem(s); ok {
		return true
	}
	return labelLine(s) || logLineStart(s) // "`13:21` **[PASEK 2]** …" (labelledlines.go)
}

// endsClause reports whether s ends a sentence or a clause that a new
// line may follow: a full stop, a colon, a closing quotation mark.
func endsClause(s string) bool {
	s = strings.TrimRight(s, " *_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;»“”\")", r)
}

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// startsWord reports whether s opens with a letter or a digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hyphenBreak reports whether a line ends with a word cut by a hyphen
// ("negoti-", "Sicherheits-"): a letter then one hyphen, no dash.
func hyphenBreak(s string) bool {
	if !strings.HasSuffix(s, "-") || strings.HasSuffix(s, "--") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

// joinHyphenated joins prev, which ends in a word cut by a hyphen, with
// the next line. The hyphen stays when the word was a compound: the
// second half opens in capitals or with a digit ("Trump-Putin",
// "28-Punkte-Plan"), the text writes the pair with a hyphen elsewhere, or
// the halves are those of a hyphenated compound in data/layout.json
// ("long-term", "российско-американские", "dit-il"). A conjunction after
// the hyphen makes it a suspended compound, kept with its space
// ("Sicherheits- und Verteidigungspolitik"). Otherwise the hyphen only
// cut the word ("negoti-" "ations"), unless the text itself writes it
// whole elsewhere.
func joinHyphenated(prev, next, body string, lw *layoutWords) string {
	stem := prev[:len(prev)-1]
	k := strings.LastIndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	half := stem[k+1:] // the last part before the hyphen
	second, _, _ := strings.Cut(next, " ")
	secondWord := strings.TrimRightFunc(second, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if j := strings.IndexByte(secondWord, '-'); j > 0 {
		secondWord = secondWord[:j]
	}
	lowHalf, lowSecond := lowerString(half), lowerString(secondWord)
	switch {
	case lowerIn(lw.suspended, second) || lw.suspended[lowSecond] && secondWord == second:
		return prev + " " + next
	case !startsLower(next):
		return prev + next
	case secondWord != "" && strings.Contains(body, half+secondWord):
		return stem + next
	case secondWord != "" && strings.Contains(body, half+"-"+secondWord):
		return prev + next
	case lw.keepPrefixes[lowHalf] || lw.keepSeconds[lowSecond] || endsWithAny(lowHalf, lw.keepEndings):
		return prev + next
	case nameCompound(stem, k, half, body):
		return prev + next
	}
	return stem + next
}

// nameCompound reports whether half, the part of stem before a line-end
// hyphen (from byte k+1), is a name or an acronym that makes a compound
// with a lower-case word ("NATO-" "led", "Biden-" "administration"): an
// acronym always; a capitalised word when it does not open its sentence,
// the text writes it alone elsewhere, and the text is in no language that
// capitalises its nouns (German "Sicherheits-" "garantien" is one word).
func nameCompound(stem string, k int, half, body string) bool {
	if utf8.RuneCountInString(half) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(half)
	if !unicode.IsUpper(first) {
		return false
	}
	if isAllCaps(half) {
		return true
	}
	before := strings.TrimSpace(stem[:k+1])
	if before == "" || endsSentence(before) || strings.HasSuffix(before, ":") {
		return false // the first word of a sentence or a line: capitalised anyway
	}
	if !standsAlone(body, half) {
		return false
	}
	switch detectLang(body) {
	case "de", "lb":
		return false
	}
	return true
}

// standsAlone reports whether body writes word as a word of its own
// somewhere: not followed by a hyphen, a letter or a digit.
func standsAlone(body, word string) bool {
	for i := 0; ; {
		j := strings.Index(body[i:], word)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(word)
		i = end
		if j > 0 {
			r, _ := utf8.DecodeLastRuneInString(body[:j])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if end < len(body) {
			r, _ := utf8.DecodeRuneInString(body[end:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
				continue
			}
		}
		return true
	}
}

// endsWithAny reports whether s ends with one of ends and is longer.
func endsWithAny(s string, ends []string) bool {
	for _, e := range ends {
		if len(s) > len(e) && strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
