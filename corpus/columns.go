package corpus

import (
	"strings"
	"unicode/utf8"
)

// Text converted out of a PDF with its layout kept ("pdftotext -layout"
// and the like) prints a two-column page line by line: each line holds a
// line of the left column, a run of spaces (the gutter) and a line of the
// right column. Read as it stands, every sentence is interleaved with one
// from the other column. readColumns finds such pages and reads them
// column by column. It must see the body before normaliseBody collapses
// runs of spaces, so parse calls it on the raw body and cuts paragraphs
// from its result; Document.Body, the hash and IDs keep the normalised
// raw body.

// Column detection thresholds. A gutter is a character position that
// falls inside a run of at least gutterMin spaces, with text on both
// sides, on at least half of a page's lines and at least columnMinLines
// of them; at most a quarter of the lines may run across it (a heading
// over both columns). Each column's parts must read as prose, not table
// cells: columnMinPart runes on average, most of them of several words.
const (
	gutterMin      = 2
	columnMinLines = 4
	columnMinPart  = 18
	columnMaxDepth = 3 // three or four columns at most
)

// colLine is one line of a page on its way through readColumns.
type colLine struct {
	text  string
	width int // the width of its column, 0 for a line outside columns
	kind  colKind
}

type colKind uint8

const (
	colText  colKind = iota // a line of a column
	colOwn                  // a line outside any column: a heading over both, a page with none
	colBlank                // a blank line: a paragraph ends
	colBreak                // the foot of a column: a sentence may go on
	colPage                 // a page break: a sentence may go on
)

// readColumns returns raw with side-by-side columns read one after the
// other, page by page (a form feed ends a page), and whether it found
// any. The lines of each column are joined into paragraphs here, where
// the width of each column is known (reflowBody sees one width for a
// whole body); a sentence goes on from the foot of a column or a page to
// the head of the next unless it ended there. Page numbers printed apart
// from the columns are dropped. A body with no run of spaces or tab
// inside a line is returned at once.
func readColumns(raw string) (string, bool) {
	if !strings.Contains(raw, "  ") && !strings.Contains(raw, "\t") || innerGapLines(raw) < columnMinLines {
		return raw, false
	}
	var all []colLine
	found := false
	for i, p := range strings.Split(raw, "\f") {
		if i > 0 {
			all = append(all, colLine{kind: colPage})
		}
		lines := strings.Split(p, "\n")
		if mayHaveColumns(lines) { // most pages are not read rune by rune
			for j, l := range lines {
				lines[j] = expandTabs(l)
			}
			if cols, ok := splitColumns(lines, 0); ok {
				all = append(all, cols...)
				found = true
				continue
			}
		}
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				all = append(all, colLine{kind: colBlank})
			} else {
				all = append(all, colLine{text: l, kind: colOwn})
			}
		}
	}
	if !found {
		return raw, false
	}
	return joinColumnLines(all, raw), true
}

// innerGapLines counts the lines of raw holding a run of two spaces or
// a tab inside them, without splitting it.
func innerGapLines(raw string) int {
	n := 0
	for l := range strings.SplitSeq(raw, "\n") {
		if t := strings.TrimSpace(l); strings.Contains(t, "  ") || strings.Contains(t, "\t") {
			n++
		}
	}
	return n
}

// mayHaveColumns reports whether enough of a page's lines hold a run of
// two spaces or a tab inside them (not indentation, not trailing) for a
// gutter to be there: a byte scan before any line is read rune by rune.
func mayHaveColumns(lines []string) bool {
	n, inner := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		if strings.Contains(t, "  ") || strings.Contains(t, "\t") {
			inner++
		}
	}
	return inner >= columnMinLines && inner*2 >= n
}

// joinColumnLines joins the lines of each column into paragraphs, one a
// line, blank lines between them; lines outside columns are kept as
// they are for reflowBody, and a page break as a pageBreak line.
func joinColumnLines(all []colLine, raw string) string {
	lw := layoutData()
	var out []string
	cur := -1 // index in out of the paragraph being built, -1 when none
	lastLen, lastIndent, item := 0, 0, false
	blank, broke, owned := false, false, false
	newPara := func(s string) {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, s)
	}
	for _, c := range all {
		switch c.kind {
		case colBlank:
			blank = blank || !broke // blank lines round a page foot end nothing
			continue
		case colBreak:
			broke, blank = true, false
			continue
		case colPage: // kept for reflowBody, which reads running heads by it
			out = append(out, pageBreak)
			broke, blank = true, false
			continue
		case colOwn:
			if blank || broke || cur >= 0 {
				out = append(out, "")
			}
			out = append(out, c.text)
			// a running foot between two halves of a sentence: the
			// paragraph before may still go on, as across a dropped line
			owned, blank, broke = true, false, false
			continue
		}
		t := strings.TrimSpace(c.text)
		indent := len(c.text) - len(strings.TrimLeft(c.text, " "))
		joined := false
		if cur >= 0 && !blank && !structuralLine(t) {
			prev := out[cur]
			switch {
			case owned:
				joined = !endsClause(prev) && (startsLower(t) || quoteOpen(prev))
				if joined {
					out[cur] = prev + " " + t
				}
			case hyphenBreak(prev) && startsWord(t):
				out[cur] = joinHyphenated(prev, t, raw, lw)
				joined = true
			case broke:
				// the foot of a column: a sentence ended there ends
				// the paragraph, as often as not
				joined = !endsClause(prev) || startsLower(t)
				if joined {
					out[cur] = prev + " " + t
				}
			case wrapsInto(prev, lastLen, lastIndent, indent, item, t, c.width):
				out[cur] = prev + " " + t
				joined = true
			}
		}
		if !joined {
			newPara(t)
			cur = len(out) - 1
			_, item = listItem(t)
		}
		lastLen, lastIndent = utf8.RuneCountInString(t), indent
		blank, broke, owned = false, false, false
	}
	return strings.Join(out, "\n")
}

// expandTabs replaces tabs by spaces to the next multiple of eight, as a
// terminal shows them, so a gutter typed with tabs lines up.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// gap is a run of spaces inside a line with text on both sides, in runes.
type gap struct{ start, end int }

// splitColumns reads the lines of one page column by column when they
// are laid out side by side, and reports whether they were. Each column
// is asked again, for a third or fourth column.
func splitColumns(lines []string, depth int) ([]colLine, bool) {
	if depth >= columnMaxDepth {
		return nil, false
	}
	rs := make([][]rune, len(lines))
	n, width := 0, 0
	for i, l := range lines {
		rs[i] = []rune(strings.TrimRight(l, " \r"))
		if len(rs[i]) > 0 {
			n++
			width = max(width, len(rs[i]))
		}
	}
	if n < columnMinLines {
		return nil, false
	}
	x, ok := findGutter(rs, n, width)
	if !ok {
		return nil, false
	}
	var out []colLine
	var left, right []string
	colStart := width // where the right column's lines start, at the least
	for _, r := range rs {
		if g, ok := gapAt(r, x); ok {
			colStart = min(colStart, g.end)
		} else if lead := leadingSpaces(r); lead > x && lead < len(r) {
			colStart = min(colStart, lead)
		}
	}
	flush := func() {
		for _, col := range [][]string{left, right} {
			col = trimBlankEnds(col)
			if len(col) == 0 {
				continue
			}
			if sub, ok := splitColumns(col, depth+1); ok {
				out = append(out, sub...)
			} else {
				out = append(out, columnLines(col)...)
			}
			out = append(out, colLine{kind: colBreak})
		}
		left, right = left[:0], right[:0]
	}
	for _, r := range rs {
		lead := leadingSpaces(r)
		switch {
		case lead == len(r): // a blank line ends a paragraph in both columns
			left, right = append(left, ""), append(right, "")
		case lineApart(r): // a page number: no part of the text
			flush()
		case len(r) <= x:
			left, right = append(left, string(r)), append(right, "")
		case lead > x:
			left, right = append(left, ""), append(right, rightPart(r, lead, colStart))
		default:
			g, ok := gapAt(r, x)
			if !ok { // a heading over both columns
				flush()
				out = append(out, colLine{text: strings.TrimSpace(string(r)), kind: colOwn})
				continue
			}
			left = append(left, string(r[:g.start]))
			right = append(right, rightPart(r, g.end, colStart))
		}
	}
	flush()
	return out, true
}

// columnLines are the lines of one column, with its width.
func columnLines(col []string) []colLine {
	w := 0
	for _, l := range col {
		w = max(w, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	out := make([]colLine, len(col))
	for i, l := range col {
		if strings.TrimSpace(l) == "" {
			out[i] = colLine{kind: colBlank}
		} else {
			out[i] = colLine{text: l, width: w}
		}
	}
	return out
}

// rightPart is a right column's line from from, keeping the indentation
// it has within its column (a paragraph indent).
func rightPart(r []rune, from, colStart int) string {
	indent := min(max(from-colStart, 0), 8)
	return strings.Repeat(" ", indent) + string(r[from:])
}

// findGutter returns the position of the gutter between two columns of
// the lines rs (n of them not blank, the longest width runes), if the
// lines are laid out in columns.
func findGutter(rs [][]rune, n, width int) (int, bool) {
	cover := make([]int, width+1)
	for _, r := range rs {
		for _, g := range gaps(r) {
			for x := g.start; x < g.end; x++ {
				cover[x]++
			}
		}
	}
	best := -1
	for x := 1; x < width; x++ {
		if best < 0 || cover[x] > cover[best] {
			best = x
		}
	}
	if best < 0 || cover[best] < columnMinLines || cover[best]*2 < n {
		return 0, false
	}
	// the middle of the positions every split line's gap covers, so a
	// ragged left column or a right column's indent leaves it inside
	end := best
	for end+1 < width && cover[end+1] == cover[best] {
		end++
	}
	x := (best + end) / 2
	across, leftRunes, rightRunes, parts, wordy, table := 0, 0, 0, 0, 0, 0
	for _, r := range rs {
		if strings.ContainsRune(string(r), '|') {
			table++ // a table's cells, padded: never columns of prose
		}
		lead := leadingSpaces(r)
		if lead == len(r) || len(r) <= x || lead > x {
			continue
		}
		g, ok := gapAt(r, x)
		if !ok {
			if !lineApart(r) {
				across++
			}
			continue
		}
		l, rt := strings.TrimSpace(string(r[:g.start])), string(r[g.end:])
		leftRunes += utf8.RuneCountInString(l)
		rightRunes += utf8.RuneCountInString(rt)
		parts++
		if strings.Contains(l, " ") && strings.Contains(rt, " ") {
			wordy++
		}
	}
	if table*4 > n || across*4 > n || parts == 0 || leftRunes < parts*columnMinPart || rightRunes < parts*columnMinPart || wordy*3 < parts*2 {
		return 0, false
	}
	return x, true
}

// gaps returns the runs of at least gutterMin spaces inside r with text
// on both sides.
func gaps(r []rune) []gap {
	var out []gap
	lead := leadingSpaces(r)
	for i := lead; i < len(r); {
		if r[i] != ' ' {
			i++
			continue
		}
		j := i
		for j < len(r) && r[j] == ' ' {
			j++
		}
		if j-i >= gutterMin && j < len(r) {
			out = append(out, gap{i, j})
		}
		i = j
	}
	return out
}

// gapAt returns the gap of r that holds position x.
func gapAt(r []rune, x int) (gap, bool) {
	for _, g := range gaps(r) {
		if g.start <= x && x < g.end {
			return g, true
		}
	}
	return gap{}, false
}

// leadingSpaces counts the spaces r opens with.
func leadingSpaces(r []rune) int {
	i := 0
	for i < len(r) && r[i] == ' ' {
		i++
	}
	return i
}

// lineApart reports whether a line stands apart from the columns: a page
// number or page marker, centred or not, which belongs to no column.
func lineApart(r []rune) bool {
	t := strings.TrimSpace(string(r))
	if t == "" || len(t) > 40 {
		return false
	}
	return allDigits(t) || layoutData().page.MatchString(t)
}

// trimBlankEnds drops blank lines at both ends of a column.
func trimBlankEnds(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
