// Quote tables. Research desks, monitoring services and open datasets
// publish who said what as a delimited table, one row a remark, under a
// header row that names the columns:
//
//	row,date,speaker,role,where,text,kind,use,src
//	1,2025-11-22,Donald Trump,US president,White House lawn,"Said the draft …",paraphrase,Y,https://…
//
// Read as prose, a row is one long sentence of cells and gives nothing, or
// worse, a name from another cell ("Moscow after Witkoff meeting") as the
// speaker of the text. The header says which cell is whom and which is
// what was said, so quoteTable reads each row as a statement of its
// speaker column, with the role column's title, whatever the language of
// the header (data/quotetable.json). Comma, semicolon, tab and pipe
// delimited tables are read, CSV quoting and all; a Markdown table, whose
// rows splitParagraphs joins cell by cell, is not.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/quotetable.json
var quoteTableJSON []byte

// quoteTableLex is data/quotetable.json as sets of lower-case header
// names and of the values that refuse a row.
type quoteTableLex struct {
	speaker, role, quote, text, use, no map[string]bool
}

var quoteTableData = sync.OnceValue(func() *quoteTableLex {
	var d struct {
		Speaker []string `json:"speaker"`
		Role    []string `json:"role"`
		Quote   []string `json:"quote"`
		Text    []string `json:"text"`
		Use     []string `json:"use"`
		No      []string `json:"noValues"`
	}
	mustDecodeJSON("data/quotetable.json", quoteTableJSON, &d)
	return &quoteTableLex{speaker: setOf(d.Speaker), role: setOf(d.Role), quote: setOf(d.Quote),
		text: setOf(d.Text), use: setOf(d.Use), no: setOf(d.No)}
})

// quoteTableDelims are the delimiters a quote table's cells are separated
// by, in the order they are tried.
const quoteTableDelims = ",;\t|"

// Header cells are short: a header row whose cells run longer is prose
// with commas, and is rejected before anything is split or allocated.
const (
	maxHeaderCell  = 32
	maxHeaderWords = 3
	maxHeaderLine  = 400
)

// quoteColumns is what a quote table's header says: the number of cells
// a row has, its delimiter, and the index of each column read (-1 when
// the table has none).
type quoteColumns struct {
	n                       int
	delim                   byte
	speaker, role, say, use int
	direct                  bool // the said column holds quotations ("quote", "Zitat"), not summaries ("text")
}

// quoteTable reads a quote table whose header is ps[i]: every row below
// it is a statement of its speaker. It returns the index of the last row
// read, -1 when ps[i] is no such header or no row follows it.
func (x *extractor) quoteTable(ps []paragraph, i int) int {
	cols, ok := quoteHeader(ps[i].text)
	if !ok {
		return -1
	}
	end := -1
	var cells []string
	for k := i + 1; k < len(ps); k++ {
		cells, ok = tableCells(ps[k], cols, cells[:0])
		if !ok {
			break
		}
		end = k
		x.quoteRow(cells, cols, ps[k].index)
	}
	return end
}

// quoteRow emits the statement of one row, unless the row has no speaker
// or nothing said, or its use column refuses it.
func (x *extractor) quoteRow(cells []string, cols quoteColumns, pos int) {
	name, said := strings.TrimSpace(cells[cols.speaker]), trimQuote(cells[cols.say])
	if name == "" || said == "" || containsAny(name, "\"“”«»„") {
		return // a row of a name in quotation marks is an account's label ("\"Zelensky aide\" (X account)"), no person
	}
	if cols.use >= 0 && quoteTableData().no[lowerString(strings.TrimSpace(cells[cols.use]))] {
		return
	}
	role := ""
	if cols.role >= 0 {
		role = strings.TrimSpace(cells[cols.role])
	}
	direct := cols.direct
	if q, ok := wholeQuote(said); ok {
		said, direct = q, true // a cell that is itself one quotation
	}
	sp := x.tableSpeaker(name, role)
	x.pos = pos
	x.out = append(x.out, Statement{Speaker: sp.name, Role: sp.role, Text: said, Direct: direct, Position: pos})
	x.markLast()
	x.remember(sp)
}

// tableSpeaker is the speaker a table's cell names: a person the lexicon
// or the document knows under any spelling, a name of two words or more,
// else the cell as it stands, a body ("US-Ukraine joint statement"). The
// header said the cell is a speaker, so a lone unknown word is trusted
// here as it is not in prose.
func (x *extractor) tableSpeaker(name, role string) *speaker {
	words := strings.Fields(name)
	capital := len(words) <= 4
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !particles[w] {
			capital = false
		}
	}
	if capital {
		if sp := x.person(words, role); sp != nil && sp.kind == kindPerson {
			if sp.role == "" {
				sp.role = role
			}
			return sp
		}
	}
	return &speaker{name: name, role: role, kind: kindBody}
}

// quoteHeader reads line as a quote table's header: cells all short,
// one of them a speaker column and one a column of what was said.
func quoteHeader(line string) (quoteColumns, bool) {
	if len(line) > maxHeaderLine {
		return quoteColumns{}, false
	}
	for k := 0; k < len(quoteTableDelims); k++ {
		d := quoteTableDelims[k]
		if strings.IndexByte(line, d) < 0 || !shortCells(line, d) {
			continue
		}
		if c, ok := headerColumns(line, d); ok {
			return c, true
		}
	}
	return quoteColumns{}, false
}

// shortCells reports, without allocating, whether every cell of line cut
// at d is short enough to be a header's.
func shortCells(line string, d byte) bool {
	for rest := line; ; {
		cell, after, more := strings.Cut(rest, string(d))
		cell = strings.TrimSpace(cell)
		if len(cell) > maxHeaderCell || strings.Count(cell, " ") >= maxHeaderWords {
			return false
		}
		if !more {
			return true
		}
		rest = after
	}
}

// headerColumns finds the columns of a header cut at d.
func headerColumns(line string, d byte) (quoteColumns, bool) {
	cells, ok := splitDelimited(line, d, nil)
	if !ok || len(cells) < 2 {
		return quoteColumns{}, false
	}
	lx := quoteTableData()
	c := quoteColumns{n: len(cells), delim: d, speaker: -1, role: -1, say: -1, use: -1}
	for k, cell := range cells {
		h := lowerString(strings.Trim(strings.TrimSpace(cell), "\"'*_#"))
		switch {
		case c.speaker < 0 && lx.speaker[h]:
			c.speaker = k
		case c.role < 0 && lx.role[h]:
			c.role = k
		case c.say < 0 && lx.quote[h]:
			c.say, c.direct = k, true
		case c.say < 0 && lx.text[h]:
			c.say = k
		case c.use < 0 && lx.use[h]:
			c.use = k
		}
	}
	return c, c.speaker >= 0 && c.say >= 0
}

// tableCells splits a row of the table cols describes into buf, and
// reports whether it is one: as many cells as the header. A list marker
// the paragraph reader took off ("1\t…" read as a bare-numbered item) is
// put back as the row's first cell.
func tableCells(p paragraph, cols quoteColumns, buf []string) ([]string, bool) {
	if strings.IndexByte(p.text, cols.delim) < 0 {
		return buf, false
	}
	cells, ok := splitDelimited(p.text, cols.delim, buf)
	if !ok {
		return cells, false
	}
	if len(cells) == cols.n-1 && p.kind == paraItem && p.number > 0 {
		cells = append(cells, "")
		copy(cells[1:], cells)
		cells[0] = ""
	}
	return cells, len(cells) == cols.n
}

// splitDelimited cuts line into cells at d, reading CSV quoting: a cell
// opened with a double quote runs to the quote that closes it, a doubled
// quote inside standing for one. ok is false for a quote left open.
func splitDelimited(line string, d byte, buf []string) (cells []string, ok bool) {
	cells = buf
	for i := 0; ; {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i < len(line) && line[i] == '"' {
			cell, next, closed := quotedCell(line, i+1)
			if !closed {
				return cells, false
			}
			cells = append(cells, cell)
			i = next
			for i < len(line) && line[i] == ' ' {
				i++
			}
			if i >= len(line) {
				return cells, true
			}
			if line[i] != d {
				return cells, false // text after a closing quote: no CSV cell
			}
			i++
			continue
		}
		j := strings.IndexByte(line[i:], d)
		if j < 0 {
			return append(cells, strings.TrimSpace(line[i:])), true
		}
		cells = append(cells, strings.TrimSpace(line[i:i+j]))
		i += j + 1
	}
}

// quotedCell reads a quoted CSV cell whose text starts at line[i]: its
// text with doubled quotes undone, the index after its closing quote, and
// whether that quote was found. The text is a substring of line unless it
// held a doubled quote.
func quotedCell(line string, i int) (cell string, next int, closed bool) {
	var b []byte
	start := i
	for i < len(line) {
		q := strings.IndexByte(line[i:], '"')
		if q < 0 {
			return "", len(line), false
		}
		q += i
		if q+1 < len(line) && line[q+1] == '"' {
			b = append(b, line[i:q+1]...) // a doubled quote: one kept
			i = q + 2
			continue
		}
		if b == nil {
			return line[start:q], q + 1, true
		}
		return string(append(b, line[i:q]...)), q + 1, true
	}
	return "", len(line), false
}

// readQuoteTables returns the text paragraphs are cut from with every
// quote table of raw (the body before normaliseBody) rewritten as CSV,
// one row a paragraph; reading, unchanged, when raw has none. Read as
// the rest of the body is, a table loses what quoteTable needs: tabs are
// collapsed into spaces, a pipe-delimited header is dropped as a site's
// navigation bar, and in a body of blank-separated paragraphs the rows
// are joined into one.
func readQuoteTables(raw, reading string) string {
	out, ok := isolateQuoteTables(raw)
	if !ok {
		return reading
	}
	return normaliseBody(out)
}

// isolateQuoteTables rewrites each quote table of body (a header
// quoteHeader reads and at least one row of as many cells under it) as
// CSV, each row a paragraph of its own: set off by blank lines when the
// body's paragraphs are blank-separated, one a line already otherwise (a
// blank line there would make the whole body blank-separated). ok is false, and body returned,
// when there is none.
func isolateQuoteTables(body string) (string, bool) {
	if strings.IndexAny(body, quoteTableDelims) < 0 {
		return body, false
	}
	lines := strings.Split(body, "\n")
	apart := strings.Contains(body, "\n\n")
	var b strings.Builder
	changed, done := false, 0 // lines before done are written
	var cells []string
	for i := 0; i < len(lines); i++ {
		cols, ok := quoteHeader(strings.TrimSpace(lines[i]))
		if !ok {
			continue
		}
		end := i + 1
		for ; end < len(lines); end++ {
			row := strings.TrimSpace(lines[end])
			if strings.IndexByte(row, cols.delim) < 0 {
				break
			}
			if cells, ok = splitDelimited(row, cols.delim, cells[:0]); !ok || len(cells) != cols.n {
				break
			}
		}
		if end == i+1 {
			continue
		}
		if !changed {
			b.Grow(len(body) + 64)
			changed = true
		}
		writeLines(&b, lines[done:i])
		if apart {
			b.WriteByte('\n')
		}
		for k := i; k < end; k++ {
			cells, _ = splitDelimited(strings.TrimSpace(lines[k]), cols.delim, cells[:0])
			writeCSVLine(&b, cells)
			if apart {
				b.WriteByte('\n')
			}
		}
		done, i = end, end-1
	}
	if !changed {
		return body, false
	}
	writeLines(&b, lines[done:])
	return b.String(), true
}

// writeCSVLine writes cells as one CSV line, quoting a cell that holds a
// comma or a double quote.
func writeCSVLine(b *strings.Builder, cells []string) {
	for k, c := range cells {
		if k > 0 {
			b.WriteByte(',')
		}
		if !containsAny(c, ",\"") {
			b.WriteString(c)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(c, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteByte('\n')
}
