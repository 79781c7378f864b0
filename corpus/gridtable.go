package corpus

import (
	"strings"
	"unicode/utf8"
)

// Grid tables. Plain-text versions of pages (screen-reader text, e-mail,
// pandoc's and database clients' output, pasted terminal text) draw a
// table with borders ("+-----+------+", "┌───┬───┐", "╔═══╦═══╗") and
// wrap a long cell over several lines of the same row:
//
//	| 4   | Point 4: the army keeps its      | No reaction |
//	|     | peacetime strength of 800,000    |             |
//	+-----+----------------------------------+-------------+
//
// Read line by line, each line is a row of its own and a point's text
// stops at the first line's end. readGridTables turns each such table
// into a Markdown table, one line a row with each cell's lines joined,
// which splitParagraphs reads as it reads any Markdown table (a row whose
// first cell is a number is a point, tableRow).

// gridMinRows is the fewest rows a bordered block needs to be read as a
// table: one row under a border is more likely a boxed note.
const gridMinRows = 2

// readGridTables returns body with every bordered table rewritten as a
// Markdown table, and body itself when it has none.
func readGridTables(body string) string {
	if !strings.Contains(body, "+-") && !strings.Contains(body, "+=") && !holdsBoxCorner(body) {
		return body
	}
	lines := strings.Split(body, "\n")
	var b strings.Builder
	changed := false
	for i := 0; i < len(lines); {
		if !gridBorder(lines[i]) {
			i++
			continue
		}
		end, rows := gridTable(lines, i)
		if len(rows) < gridMinRows {
			i++
			continue
		}
		if !changed {
			b.Grow(len(body))
			changed = true
		}
		writeLines(&b, lines[:i])
		for _, r := range rows {
			b.WriteString("| ")
			b.WriteString(strings.Join(r, " | "))
			b.WriteString(" |\n")
		}
		lines, i = lines[end:], 0
	}
	if !changed {
		return body
	}
	writeLines(&b, lines)
	return strings.TrimSuffix(b.String(), "\n")
}

// writeLines writes each of lines with its line end.
func writeLines(b *strings.Builder, lines []string) {
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// gridTable reads the table whose top border is lines[at]: it returns the
// index after the table's last line and its rows, each a list of cells.
// Between two borders stand one row's lines, or, in a table bordered only
// above and below its header and at its foot (as database clients print
// one), several rows: there a line whose first cell is empty goes on with
// the row above, and any other line starts a row.
func gridTable(lines []string, at int) (end int, rows [][]string) {
	var segments [][][]string // each segment: its lines, each split in cells
	var seg [][]string
	end = at + 1
	for i := at + 1; i < len(lines); i++ {
		l := lines[i]
		if gridBorder(l) {
			if len(seg) > 0 {
				segments = append(segments, seg)
				seg = nil
			}
			end = i + 1
			continue
		}
		cells, ok := gridCells(l)
		if !ok {
			break
		}
		seg = append(seg, cells)
	}
	// lines after the last border that belong to no closed segment are
	// not the table's: end stays at the last border
	perSegment := len(segments) >= 3
	for _, s := range segments {
		if perSegment {
			rows = append(rows, joinCells(s))
			continue
		}
		start := 0
		for k := 1; k <= len(s); k++ {
			if k == len(s) || s[k][0] != "" {
				rows = append(rows, joinCells(s[start:k]))
				start = k
			}
		}
	}
	return end, rows
}

// joinCells joins the lines of one row cell by cell.
func joinCells(lines [][]string) []string {
	width := 0
	for _, l := range lines {
		width = max(width, len(l))
	}
	out := make([]string, width)
	for _, l := range lines {
		for k, c := range l {
			if c == "" {
				continue
			}
			if out[k] != "" {
				out[k] += " "
			}
			out[k] += c
		}
	}
	return out
}

// gridBorder reports whether line is a table's border: a corner or a
// joint at each end and dashes or rules between, three at least.
func gridBorder(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) < 5 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune("+┌├└╔╠╚╞╟", first) || !strings.ContainsRune("+┐┤┘╗╣╝╡╢", last) {
		return false
	}
	rules := 0
	for _, r := range t {
		switch {
		case r == '-' || r == '=' || r == '─' || r == '━' || r == '═':
			rules++
		case r == '+' || r == ':' || r == ' ' || strings.ContainsRune("┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢", r):
		default:
			return false
		}
	}
	return rules >= 3
}

// cellWalls are the box-drawing walls between cells, read as "|".
var cellWalls = strings.NewReplacer("│", "|", "║", "|", "┃", "|")

// gridCells splits a table's line into its cells, trimmed; ok is false
// for a line that does not open and close with a cell wall.
func gridCells(line string) (cells []string, ok bool) {
	t := strings.TrimSpace(line)
	if t == "" {
		return nil, false
	}
	t = cellWalls.Replace(t)
	if len(t) < 3 || t[0] != '|' || t[len(t)-1] != '|' {
		return nil, false
	}
	cells = strings.Split(t[1:len(t)-1], "|")
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells, true
}

// holdsBoxCorner is containsAny(body, "┌├╔╠") without decoding
// every rune of the document (ContainsAny's path for non-ASCII sets): the
// four are E2 94 8C, E2 94 9C, E2 95 94 and E2 95 A0 in UTF-8, and E2
// only ever opens a character, so a search for it finds each of them.
func holdsBoxCorner(body string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(body[i:], 0xE2)
		if k < 0 || i+k+2 >= len(body) {
			return false
		}
		i += k
		switch body[i+1 : i+3] {
		case "\x94\x8c", "\x94\x9c", "\x95\x94", "\x95\xa0":
			return true
		}
	}
}
