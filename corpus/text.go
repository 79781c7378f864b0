package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// paraKind says what a paragraph of the body is.
type paraKind int

const (
	paraText paraKind = iota
	paraHeading
	paraItem
	paraTags // a line of hashtags: no content
)

// paragraph is one block of the body: a run of text, a heading or one list
// item (with its continuation lines).
type paragraph struct {
	text   string
	kind   paraKind
	index  int // position in the body, 0-based
	indent int // leading spaces of a list item
	// list item marker
	number  int  // 1.. for numbered items, 0 for bullets
	letter  byte // 'a'.. for lettered sub-points
	bare    bool // "7 text": a bare number, trusted only in a run
	heading bool // Markdown "#" heading
	dash    bool // a bullet opened by a dash ("— "), as dialogue is printed
	point   bool // a provision was read from it (proseitems.go)
	// bold is a list item whose first line was all in bold ("**1. The
	// deadline softened.**"); head is the length of that line's text in
	// text when lines followed it: a title over its section when it reads
	// as one (storysections.go), 0 otherwise
	bold bool
	head int
	// column is the header of the table column a row's cell stands in
	// ("Evropský protinávrh"): the version that cell gives, when it names one
	column string
	// turn is who has the floor in a parliamentary or briefing record,
	// whose words the paragraph is (protocol.go); nil elsewhere
	turn *recordTurn
	log  bool // a line of a log, its furniture cut (labelledlines.go)
	// post is a paragraph that opens a post of a pasted thread (threads.go)
	post bool
	// chat is a line of a chat export's record, its stamp and sender cut
	// (threads_chat.go); log is set too
	chat bool
	// capsHead is the length in text of a numbered item's first line when
	// it is a title in capitals ("2. KEY MESSAGES"), 0 otherwise
	// (capssections.go)
	capsHead int
	// colonRun is a colon lead of a block of short lines joined with the
	// lines it introduces ("Tusk sagt:" then his words; linecolon.go)
	colonRun bool
}

// splitParagraphs cuts the body into paragraphs. A body with blank lines has
// paragraphs separated by blank lines (wrapped lines are joined, as Markdown
// does); a body without any blank line has one paragraph per line, as
// pasted news usually does. A list item always starts a new paragraph.
func splitParagraphs(body string) []paragraph {
	blankSeparated := strings.Contains(body, "\n\n")
	out := make([]paragraph, 0, strings.Count(body, "\n")/2+1)
	var cur paragraph // the paragraph being read, when open
	open := false
	var cont []string   // continuation lines of cur, joined on flush
	boldOpen := false   // cur opened with a line all in bold
	var header []string // the first row of the table being read, nil outside one
	flush := func() {
		if !open {
			return
		}
		open = false
		var lines []string
		if cur.kind == paraText && len(cont) > 0 && lineBlock(cur.text, cont) && !signatureLine(cont[len(cont)-1]) {
			lines = append(append(make([]string, 0, len(cont)+1), strings.TrimSpace(cur.text)), cont...)
			cont = cont[:0]
		}
		if cur.kind == paraItem && cur.number > 0 && cur.letter == 0 && !cur.bare && capsTitle(cur.text) {
			cur.text = strings.TrimSpace(cur.text)
			cur.capsHead = len(cur.text) // "1. КОНТЕКСТ (не цитувати)": a section's title (capssections.go)
		} else if cur.kind == paraItem && len(cont) > 0 && (cur.bold || endsSentence(cur.text) || plainTitle(cur.text, cont)) {
			cur.text, cur.head = headedText(cur.text) // a numbered title over its section (storysections.go)
		}
		if len(cont) > 0 {
			n := len(cur.text)
			for _, c := range cont {
				n += 1 + len(c)
			}
			var b strings.Builder // one copy for the joined lines
			b.Grow(n)
			b.WriteString(cur.text)
			for _, c := range cont {
				b.WriteByte(' ')
				b.WriteString(c)
			}
			cur.text = b.String()
			cont = cont[:0]
		}
		cur.text = strings.TrimSpace(cur.text)
		if lines != nil {
			// a block of short lines: each line is a paragraph, but for
			// a colon lead and the lines it introduces (linecolon.go)
			out = appendLineBlock(out, lines)
			return
		}
		if cur.text != "" {
			cur.index = len(out)
			out = append(out, cur)
		}
	}
	quoteBreak := false // the line before was ">" alone, inside a block quote
	for line := range strings.SplitSeq(body, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			header = nil
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		if h, ok := markdownHeading(trimmed); ok {
			flush()
			cur, open = paragraph{text: cleanInline(h), kind: paraHeading, heading: true}, true
			flush()
			continue
		}
		if row, cells, ok := tableRow(trimmed); ok {
			// a Markdown table: one paragraph a row, so a table of
			// numbered points reads as a list and no row runs into the next
			flush()
			if header == nil && row.kind != paraItem && row.text != "" {
				header = cells
			}
			for _, r := range columnItems(row, cells, header) {
				r.indent = indent
				cur, open = r, true
				flush()
			}
			continue
		}
		header = nil
		quoted := strings.HasPrefix(trimmed, ">")
		trimmed = strings.TrimPrefix(strings.TrimPrefix(trimmed, ">"), " ") // block quote marker
		if quoted && trimmed == "" && open {
			quoteBreak = true
			continue // ">" alone: the quoted post goes on to its signature
		}
		if quoteBreak && quoted && open && !signatureLine(trimmed) {
			// ">" alone between two quoted paragraphs (a quoted article
			// of numbered paragraphs, a reply of several): Markdown's
			// paragraph break inside a block quote
			flush()
		}
		quoteBreak = false
		// A quoted post's signature ("> — Donald Tusk (@donaldtusk) …")
		// closes the post's paragraph; it is no dashed list item.
		if p, ok := listItem(trimmed); ok && !(quoted && signatureLine(trimmed)) && !copyrightLine(trimmed) {
			flush()
			p.indent = indent
			p.bold = boldLine(trimmed)
			p.text = cleanInline(p.text)
			cur, open = p, true
			if !blankSeparated || messengerBullet(trimmed) {
				flush() // (a messenger's bullet is one line: messengerBullets)
			}
			continue
		}
		if open && blankSeparated && cur.kind == paraText && len(cont) == 0 && boldOpen {
			// "**+++ 22:40 Uhr +++ Selenskyj: „…“**" then the entry's
			// text on the next line: a line all in bold heads what follows
			flush()
		}
		// "  - Point 20: …" then "Oleh said …" at the margin: a plain
		// text's indented list is over and the line opens the next
		// paragraph, no lazy continuation of the last item
		leftList := cur.kind == paraItem && cur.indent > 0 && indent == 0
		if open && blankSeparated && !leftList && !(cur.kind == paraText && (labelLine(trimmed) || stampedRun(cur.text, trimmed) || symbolLabelLine(trimmed))) { // a log's next line (labelledlines.go)
			cont = append(cont, cleanInline(trimmed))
			continue
		}
		flush()
		cur, open = paragraph{text: cleanInline(trimmed)}, true
		boldOpen = boldLine(trimmed)
		if !blankSeparated {
			flush()
		}
	}
	flush()
	out = capsSections(out)  // numbered titles in capitals: a memo's sections (capssections.go)
	out = labelledLines(out) // a log's furniture and a board's items (labelledlines.go)
	for i := range out {
		if out[i].kind == paraText {
			switch {
			case isHashtags(out[i].text) || navigationLine(out[i].text) || noContentLine(out[i].text): // "[...]", "(c) …": nocontent.go
				out[i].kind = paraTags
			case looksLikeHeading(out[i].text) && !out[i].log && stripFlash(out[i].text) == out[i].text: // a log's line in capitals is an item (labelledlines.go), and so is an agency's stamped flash ("PILNE 24.11, 08:15 – Sikorski w Brukseli: …", flash.go)
				out[i].kind = paraHeading
			}
		}
	}
	demoteLoneBareNumbers(out)
	bracketPoints(out) // "[1] …", "[2] …" with no "[1]" in the text above (pointlabels.go)
	return runInPoints(labelPoints(headingPoints(out)))
}

// runInMarker is a point's number in a run-in list: "n. 5 – ", "Nr. 7 – ",
// "№ 9 — ", "п. 21 – ", "point 26 – ", after the paragraph's lead or a
// semicolon.
// runInBareMarker is a bare point number opening a run-in point after the
// lead's colon or the last point's semicolon ("le plan prévoit : 1. la
// souveraineté … ; 2. un pacte … ; 3. …", "1) …; 2) …; 3) …").
var runInBareMarker = regexp.MustCompile(`(?:^|[:;]\s+)(\d{1,2})[.)]\s+`)

var runInMarker = regexp.MustCompile(`(?i)(?:^|[:;.]\s+)(?:n\.|nr\.|no\.|№|п\.|pkt\.?|punto|point|punkt|пункт)\s*(\d{1,3})\s*[–—-]\s+`)

// minRunInPoints is the fewest numbered points a paragraph must run in to
// be read as a list.
const minRunInPoints = 3

// runInPoints reads a paragraph that runs a plan's points together ("ecco
// gli altri passaggi del piano: n. 5 – l'Ucraina otterrà garanzie …; n. 7 –
// Kiev scriverà …; n. 9 – …") as its lead and one numbered item a point,
// as if it were printed as a list.
func runInPoints(ps []paragraph) []paragraph {
	var out []paragraph
	for i, p := range ps {
		// the semicolon first: most paragraphs have none, and the three
		// dash counts are needed only when the test below reads dashed
		semicolon := p.kind == paraText && strings.Contains(p.text, "; ")
		dashed := semicolon && strings.Count(p.text, " – ")+strings.Count(p.text, " — ")+strings.Count(p.text, " - ") >= minRunInPoints
		if !semicolon || !dashed && strings.Count(p.text, "; ")+strings.Count(p.text, " ; ") < minRunInPoints-1 {
			if out != nil {
				p.index = len(out)
				out = append(out, p)
			}
			continue
		}
		var ms [][]int
		if dashed {
			ms = runInMarker.FindAllStringSubmatchIndex(p.text, -1)
		}
		if len(ms) < minRunInPoints {
			ms = runInBareMarker.FindAllStringSubmatchIndex(p.text, -1) // (xprobep: bare numbers between semicolons)
			if len(ms) < minRunInPoints || !consecutiveMarks(p.text, ms) {
				ms = nil
			}
		}
		if len(ms) < minRunInPoints || !ascendingMarks(p.text, ms) {
			if out != nil {
				p.index = len(out)
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]paragraph, 0, len(ps)+len(ms)), ps[:i]...)
		}
		if lead := strings.TrimSpace(p.text[:ms[0][0]+1]); ms[0][0] > 0 && lead != "" {
			out = append(out, paragraph{text: lead, index: len(out)})
		}
		for k, m := range ms {
			end := len(p.text)
			if k+1 < len(ms) {
				end = ms[k+1][0]
			}
			n, _ := strconv.Atoi(p.text[m[2]:m[3]])
			text := strings.TrimRight(strings.TrimSpace(p.text[m[1]:end]), ";.")
			out = append(out, paragraph{text: text, kind: paraItem, number: n, index: len(out)})
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// consecutiveMarks reports whether bare run-in numbers count on one by
// one from 1 or from a later point ("1. …; 2. …; 3. …"): a figure after a
// semicolon ("…; 2025. Then …") is seldom followed by the next one.
func consecutiveMarks(s string, ms [][]int) bool {
	last := 0
	for k, m := range ms {
		n, err := strconv.Atoi(s[m[2]:m[3]])
		if err != nil || k > 0 && n != last+1 {
			return false
		}
		last = n
	}
	return true
}

// ascendingMarks reports whether the numbers of run-in markers go up.
func ascendingMarks(s string, ms [][]int) bool {
	last := 0
	for _, m := range ms {
		n, err := strconv.Atoi(s[m[2]:m[3]])
		if err != nil || n <= last {
			return false
		}
		last = n
	}
	return true
}

// tableRow reads one row of a Markdown table ("| 6 | The size of … | Kept |").
// A row whose first cell is a point number is a numbered item whose text is
// the first cell after it: the version the table lists first, as tables of
// points set the versions side by side in columns (columnItems reads the
// others). The header and other rows are text with their cells joined; the
// row under the header ("|---|") is dropped (an empty text). cells are the
// row's cells, trimmed. ok is false for a line that is no row.
func tableRow(line string) (p paragraph, cells []string, ok bool) {
	if len(line) < 3 || line[0] != '|' || line[len(line)-1] != '|' {
		return paragraph{}, nil, false
	}
	if strings.Trim(line, "|-: ") == "" {
		return p, nil, true
	}
	cells = strings.Split(line[1:len(line)-1], "|")
	for i := range cells {
		cells[i] = cleanInline(strings.TrimSpace(cells[i]))
	}
	first := strings.TrimSuffix(cells[0], ".")
	if n, err := strconv.Atoi(first); err == nil && n > 0 && len(cells) > 1 {
		for _, c := range cells[1:] {
			if c != "" {
				p.kind, p.number, p.text = paraItem, n, c
				return p, cells, true
			}
		}
	}
	var kept []string
	for _, c := range cells {
		if c != "" {
			kept = append(kept, c)
		}
	}
	p.text = strings.Join(kept, " – ")
	return p, cells, true
}

// minColumnWords is the fewest words a table cell needs to be read as a
// term of its column's version: shorter cells give a verdict on the point
// ("Reworded", "Unchanged", "—"), not its text.
const minColumnWords = 3

// columnItems is what a table row gives: the row itself, and, when it is a
// numbered point and the table's header names a version over each of its
// other cells, one point more for each such cell that reads as a term
// ("| 6 | The army … 600,000. | The army … 800,000 in peacetime. |" under
// "| Point | US draft | European counter-proposal |"): the same number in
// the version of its column, so /compare lines the versions up. Each item
// keeps its column's header.
func columnItems(row paragraph, cells, header []string) []paragraph {
	if row.kind != paraItem || len(header) != len(cells) {
		return []paragraph{row}
	}
	out := make([]paragraph, 0, 2)
	first := true
	for k := 1; k < len(cells); k++ {
		c := cells[k]
		if c == "" {
			continue
		}
		if first {
			first = false
			row.column = header[k]
			out = append(out, row)
			continue
		}
		if strings.Count(c, " ")+1 < minColumnWords {
			continue
		}
		if name, _ := planFor(header[k]); name == "" {
			// a column of comment beside the points ("| Moscow's
			// reply |": "Peskov: the Kremlin will state its
			// position"): text of its own, read as any sentence
			out = append(out, paragraph{text: c, column: header[k]})
			continue
		}
		out = append(out, paragraph{kind: paraItem, number: row.number, text: c, column: header[k]})
	}
	return out
}

// headingPoints reads numbered Markdown headings with their text below
// ("### 21. Territorien" then the paragraph that sets the point out) as
// numbered items, as documentations of a plan print them: the heading's
// number and title and the paragraph's text make one point. It takes two
// such headings or more, numbered upwards, so a lone numbered heading (a
// digest's "## 2. What we know") stays a heading, and none whose text
// names a point itself, as an analysis's numbered sections do.
func headingPoints(ps []paragraph) []paragraph {
	var at []int // headings with a point number and a text paragraph below
	last := 0
	var outline headingOutline
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].kind != paraHeading {
			continue
		}
		p, ok := listItem(ps[i].text)
		if !ok || p.bare || p.letter != 0 {
			continue
		}
		outline.add(p.number) // "## 4. Achievements" over a list counts in the outline too
		if ps[i+1].kind != paraText || p.number <= last {
			continue
		}
		if hasPointRef(ps[i+1].text) || hasPointRef(p.text) || storyHead(p.text) && (questionHead(p.text) || storyBody(ps[i+1].text)) {
			outline.sections++
			// "## 1. Army size" over "The November draft's point 6
			// limited …": an analysis numbers its own sections and
			// discusses the points in them; "## 2. Che cosa farà
			// Mosca?" over who said what is an article's section
			// (storysections.go). "## 3. Frozen assets (point 14)":
			// a title that names its point numbers a section.
			continue
		}
		at = append(at, i)
		last = p.number
	}
	if len(at) < 2 || outline.own() {
		return ps
	}
	out := ps[:0:0]
	next := 0
	for i := 0; i < len(ps); i++ {
		if next < len(at) && at[next] == i {
			next++
			p, _ := listItem(ps[i].text)
			title := strings.TrimSpace(p.text)
			if title != "" && !containsAny(title[len(title)-1:], ".:!?") {
				title += ":"
			}
			p.text = strings.TrimSpace(title + " " + ps[i+1].text)
			p.index = len(out)
			out = append(out, p)
			i++
			continue
		}
		ps[i].index = len(out)
		out = append(out, ps[i])
	}
	return out
}

// signatureLine reports whether a block-quoted line is the signature of
// the post quoted above it ("— Donald Tusk (@donaldtusk) …", "— Рустем
// Умєров, допис у Telegram, 30 листопада"), which closes the post's
// paragraph instead of opening a dashed item.
func signatureLine(line string) bool {
	_, _, ok := signedPost(" " + line)
	return ok
}

// boldLine reports whether a raw line is all in bold ("**Nov. 21 —**",
// "**+++ 22:40 Uhr +++ Trump nennt Donnerstag „angemessen“**"): one pair
// of markers around it.
func boldLine(line string) bool {
	return len(line) > 4 && strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") && strings.Count(line, "**") == 2
}

// lineBlockWidth is the longest line of a block whose lines are each a
// paragraph: wrapped prose is wrapped wider (72 to 80 columns).
const lineBlockWidth = 60

// lineBlock reports whether the lines of a blank-separated paragraph are
// each one of their own, as in a transcript's header ("Claire Ashby,
// Deputy Department Spokesperson", "Washington, D.C.", "2:17 p.m. EST"),
// a byline or a caption: every line is short, so none is wrapped prose.
func lineBlock(first string, cont []string) bool {
	if utf8.RuneCountInString(first) > lineBlockWidth {
		return false
	}
	for _, c := range cont {
		if utf8.RuneCountInString(c) > lineBlockWidth {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(c); unicode.IsLower(r) {
			return false // "Zelensky said the plan was" / "unacceptable.": a sentence wrapped narrow
		}
	}
	return true
}

// labelLine reports whether a line opens with a speaker label that keeps
// it a paragraph of its own even without a blank line before it: a label
// in capitals ("MS ASHBY:", "QUESTION:", "Q:") or in bold ("**HM:**",
// "**Sawtschuk:**"). Wrapped prose seldom starts a line with either.
func labelLine(line string) bool {
	bold := strings.HasPrefix(line, "**")
	l := strings.TrimPrefix(line, "**")
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 40 || len(strings.Fields(l[:i])) > 4 {
		return false
	}
	if bold {
		return strings.HasPrefix(l[i+1:], "**") // "**HM:**"
	}
	head := l[:i]
	if j := strings.LastIndex(head, " ("); j > 0 && !isAllCaps(head) && scriptLabel(head) {
		head = head[:j] // "BULLE (Rubio) : …": a script's label and its speaker (scriptlabels.go)
	}
	return isAllCaps(head) && i+1 < len(l) && l[i+1] == ' '
}

// markdownHeading recognises "# Heading" (one to six #, then a space).
func markdownHeading(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return "", false
	}
	return strings.TrimSpace(strings.TrimRight(s[n:], "# ")), true
}

// listItem recognises the list markers news uses: "1." "1)" "(1)" "2 –"
// "8-" "7 " (bare), "-" "*" "•" and lettered sub-points "a." "a)" "(a)".
func listItem(s string) (paragraph, bool) {
	var p paragraph
	p.kind = paraItem
	if m, ok := cjkItemMarker(s); ok {
		s = m // "１．", "一、", "（三）", "④" (cjkitems.go)
	} else if m, ok := keycapItemMarker(s); ok {
		s = m // "1️⃣ Point 7 – …": a digest card's keycap (keycapitems.go)
	} else if m, ok := signItemMarker(s); ok {
		s = m // "§ 1 …", "№ 6: …", "#6 …" (pointlabels.go)
	} else if m, ok := figureItemMarker(s); ok {
		s = m // "1: …", "1\\. …" (pointlabels.go)
	}
	if s != "" && (s[0] == '*' || s[0] == '_' || s[0] > '9') {
		s = pointMarker(s)
	} else if m, ok := numberFirstMarker(s); ok {
		s = m // "21 punktas. …", "21. pont: …" (pointmarker_numberfirst.go)
	}
	// bullets
	for _, b := range bulletMarkers {
		if strings.HasPrefix(s, b) {
			p.text = strings.TrimSpace(s[len(b):])
			p.dash = b == "– " || b == "— "
			return p, p.text != ""
		}
	}
	rest := s
	paren := false
	if strings.HasPrefix(rest, "(") {
		paren = true
		rest = rest[1:]
	}
	// lettered sub-point: a. a) (a)
	if len(rest) >= 3 && rest[0] >= 'a' && rest[0] <= 'z' && (rest[1] == '.' || rest[1] == ')') && rest[2] == ' ' {
		if paren && rest[1] != ')' {
			return p, false
		}
		p.letter = rest[0]
		p.text = strings.TrimSpace(rest[3:])
		return p, p.text != ""
	}
	n := 0
	// any number of points: "1204." is a point of a long schedule, not
	// dropped; a bare number ("1000 soldiers") stays short below
	for n < len(rest) && n < 7 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || n > 6 || n == len(rest) {
		return p, false
	}
	num, _ := strconv.Atoi(rest[:n])
	if num == 0 {
		return p, false
	}
	after := rest[n:]
	if t, ok := ordinalMarkerText(after); ok && !paren {
		after = ". " + t // "6.º Os efetivos …" (ordinalmarker.go)
	} else if !paren && (strings.HasPrefix(after, ".) ") || strings.HasPrefix(after, " . ")) {
		after = ". " + after[3:] // "1.) Die Souveränität …", "1 . Ukraine's …" (xprobep)
	}
	switch {
	case after[0] == '.' || after[0] == ')':
		if paren && after[0] != ')' {
			return p, false
		}
		if len(after) < 2 || after[1] != ' ' {
			return p, false
		}
		p.text = strings.TrimSpace(after[2:])
	case paren:
		return p, false
	default:
		t := strings.TrimLeft(after, " ")
		if dash, ok := cutDash(t); ok {
			// "8-point plan" is a compound word, not a marker: a marker
			// dash has a space on at least one side.
			if len(t) == len(after) && !strings.HasPrefix(dash, " ") {
				return p, false
			}
			p.text = strings.TrimSpace(dash)
		} else if after[0] == ' ' && n <= 3 {
			t = strings.TrimSpace(after)
			r, _ := utf8.DecodeRuneInString(t)
			if !unicode.IsUpper(r) && !isOpenQuote(r) {
				return p, false
			}
			p.text = t
			p.bare = true
		} else {
			return p, false
		}
	}
	p.number = num
	return p, p.text != ""
}

// bulletMarkers open a bulleted item. Besides the typed ones, the small
// squares and diamonds news channels and messengers set before each item
// of a list ("▪️ Россия и Украина обязуются …", "🔹 п. 14 — …"; life.ru
// lists the 28 points so, zp10's bot its summary), and the small right
// triangle "▸" of leaflets, FAQ pages and teaser boxes (zu11's "▸ **Пункт
// 17.** …", zl11, zo01). Emoji that label a line rather than list it
// ("📌", "✅", "▶") are not among them.
var bulletMarkers = append([]string{"- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "‣ ", "◦ ", "▸ "}, messengerBullets...)

// messengerBullets are the emoji bullets of messengers and channels. Their
// text is not wrapped, so an item so marked is one line: the line below
// it ("Для сравнения: …") is the post's next sentence, not its
// continuation.
var messengerBullets = []string{"▪️ ", "▫️ ", "▫ ", "◾ ", "◽ ", "🔹 ", "🔸 ", "🔷 ", "🔶 ", "🔺 ", "🔻 "}

// messengerBullet reports whether line opens with one of messengerBullets.
func messengerBullet(line string) bool {
	if line == "" || line[0] < utf8.RuneSelf {
		return false
	}
	for _, b := range messengerBullets {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return false
}

// pointMarker rewrites the markers of numbered points that web pages and
// reprints write in words or bold ("**1.** …", "Punto 3: …", "Пункт 5. …")
// to the plain "3. …" listItem reads; anything else is returned as is.
func pointMarker(s string) string {
	if strings.HasPrefix(s, "**") || strings.HasPrefix(s, "__") {
		// "**1.** text", "**1.** **Title**"
		m := s[:2]
		n := 2
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 2 && n+1 < len(s) && (s[n] == '.' || s[n] == ')' || s[n] == ':') && strings.HasPrefix(s[n+1:], m) {
			return s[2:n] + ". " + strings.TrimSpace(s[n+1+len(m):])
		}
		if n > 2 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' ' {
			// "**1. Sovereignty** is confirmed": the closing marker goes
			// with the rest of the emphasis
			return s[2:n] + ". " + strings.TrimSpace(s[n+2:])
		}
		// "**Nr. 6:** text", "**Punkt 3.** text": a point word and its
		// number in bold, the text after the emphasis; the bold may go
		// on with the point's title ("**Punto 13 – Russia e G8.** text",
		// "**Point 7 – Security guarantees:** text"), which the
		// recursion below checks opens on a point word and its number.
		if c := strings.Index(s[2:], m); c > 0 && c <= maxBoldPointLabel {
			label := strings.TrimSpace(s[2 : 2+c])
			if rest := strings.TrimSpace(s[2+c+2:]); rest != "" {
				in := strings.TrimRight(label, ".:)") + ": " + rest
				if lm := pointMarker(in); lm != in {
					return lm
				}
			}
		}
		return s
	}
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || sp > 24 || sp+1 >= len(s) {
		return s
	}
	if s[sp+1] < '0' || s[sp+1] > '9' {
		if s[sp+1] == '*' || s[sp+1] == '_' || !lowerIn(lexiconData().pointWords, s[:sp]) {
			return s
		}
		return wordPointLabel(s, sp) // "Point n° 26 : …", "Point one: …" (pointlabels.go)
	}
	if lx := lexiconData(); !lowerIn(lx.pointWords, s[:sp]) && !lowerIn(lx.pointAbbrs, s[:sp]) {
		return s // (a point word or its short form: "п. 14 — …", "pkt 4 – …", as digests label their bullets; stop 51)
	}
	rest := s[sp+1:]
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == len(rest) {
		return s
	}
	after := labelOrdinalSuffix(rest[n:]) // "Point 1er :", "Punto 1.º:" (pointlabels.go)
	if after == "" {
		return s
	}
	switch {
	case after[0] == '.' || after[0] == ':' || after[0] == ')':
		after = after[1:]
	case strings.HasPrefix(after, " :"), strings.HasPrefix(after, "\u00a0:"):
		after = after[strings.IndexByte(after, ':')+1:] // "Point 6 : …", French spacing
	case strings.HasPrefix(after, " –"), strings.HasPrefix(after, " —"), strings.HasPrefix(after, " -"):
		after = strings.TrimLeft(after, " –—-")
	default:
		return s
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return s
	}
	return rest[:n] + ". " + after
}

// maxBoldPointLabel is the longest bold label, in bytes, read as a
// point's number and title: a title of a few words ("Punto 19 –
// Zaporizhzhia.", "Пункт 12 – Восстановление:"), never a bold sentence.
const maxBoldPointLabel = 80

// cutDash strips a leading -, – or — and returns what follows it.
func cutDash(s string) (string, bool) {
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(s, d) {
			return s[len(d):], true
		}
	}
	return "", false
}

// demoteLoneBareNumbers turns a "bare number" item back into text unless it
// is part of a run of at least two bare items numbered in sequence: "100
// Ukrainian soldiers were freed" is a sentence, "7 NATO will ..." after "6
// ..." is a point.
func demoteLoneBareNumbers(ps []paragraph) {
	for i := range ps {
		if ps[i].kind != paraItem || !ps[i].bare {
			continue
		}
		ok := false
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ps) || ps[j].kind != paraItem || ps[j].number == 0 {
				continue
			}
			d := ps[i].number - ps[j].number
			if (j < i && d == 1) || (j > i && d == -1) {
				ok = true
			}
		}
		if !ok {
			ps[i].kind = paraText
			ps[i].text = strconv.Itoa(ps[i].number) + " " + ps[i].text
			ps[i].number = 0
			ps[i].bare = false
			if looksLikeHeading(ps[i].text) {
				ps[i].kind = paraHeading
			}
		}
	}
}

// cleanInline removes the Markdown markup that would otherwise end up in
// extracted text: emphasis markers and link targets.
func cleanInline(s string) string {
	// four vector scans beat ContainsAny's byte-by-byte set look-ups
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '_') < 0 && strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '`') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	s = strings.ReplaceAll(s, "`", "")
	// [text](url) -> text
	for {
		open := strings.Index(s, "[")
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		end := strings.Index(s[open+mid:], ")")
		if end < 0 {
			break
		}
		s = s[:open] + s[open+1:open+mid] + s[open+mid+end+1:]
	}
	return s
}

func isHashtags(s string) bool {
	if !strings.HasPrefix(s, "#") {
		return false
	}
	for f := range strings.FieldsSeq(s) {
		if !strings.HasPrefix(f, "#") {
			return false
		}
	}
	return true
}

// looksLikeHeading tells a plain-text heading ("Next Steps", "Zelensky: A
// Critical Moment for Ukraine") from a sentence: short, no closing
// punctuation, most words capitalised.
func looksLikeHeading(s string) bool {
	if !runesAtMost(s, 100) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!\"”’…。！？」", last) { // a CJK sentence stop too: "…と述べた。" is one unspaced "word", not a short heading
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if isOpenQuote(first) {
		return false
	}
	if last == '?' && statementBeforeQuestion(s) {
		return false // "KURIER: In Genf hat Rubio von Fortschritten gesprochen. Teilen Sie das?": an interviewer's turn, its nouns capitalised
	}
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		if words > 14 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return words <= 3 || caps*2 >= words
}

// statementBeforeQuestion reports whether s, ending in a question mark,
// holds a sentence before the question: a full stop after a lower-case
// word of four letters or more, then a capital ("… von großen
// Fortschritten gesprochen. Teilen Sie das?"). A German interviewer's
// short turn has as many capitals as a heading; a heading asks without a
// sentence before it ("Was steht im Plan?"), and "Dr. Vogt?" or "U.S.
// plan?" stop after no such word.
func statementBeforeQuestion(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		if j := i + 2; j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
			if unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 4 && strings.ToLower(w) == w {
				return true
			}
		}
		k := strings.Index(s[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

func isOpenQuote(r rune) bool  { return r == '"' || r == '“' || r == '«' || r == '„' || r == '‹' }
func isCloseQuote(r rune) bool { return r == '"' || r == '”' || r == '»' }

// findDate returns the first full date the text names ("23 November 2025",
// "November 23, 2025", "Nov. 23, 2025", "2025-11-23") as an ISO date. It
// slides a three-word window over the text without splitting it up front.
func findDate(s string) string {
	var w [3]string
	n := 0
	check := func() string {
		if d := dateInWord(w[0]); d != "" {
			return d
		}
		if n < 3 {
			return ""
		}
		if d := yearDayMonth(w[0], w[1], w[2]); d != "" {
			return d // "2025. gada 24. novembrī" (datewords.go)
		}
		if m, ok := monthOf(w[0]); ok { // Month Day, Year
			if day := dayNum(w[1]); day > 0 {
				if y := yearNum(w[2]); y > 0 {
					return fmtDate(y, m, day)
				}
			}
		}
		if m, ok := monthOf(w[1]); ok { // Day Month Year
			if day := dayNum(w[0]); day > 0 {
				if y := yearNum(w[2]); y > 0 {
					return fmtDate(y, m, day)
				}
			} else if y := yearNum(w[0]); y > 0 && strings.HasSuffix(w[0], ".") {
				// Year. Month Day., as Hungarian writes it: "2025.
				// november 24., hétfő"
				if day := dayNum(w[2]); day > 0 {
					return fmtDate(y, m, day)
				}
			}
		}
		return ""
	}
	for word := range strings.FieldsSeq(s) {
		if dateFiller(word) {
			continue // "24 de novembro de 2025" (datewords.go)
		}
		if yearMarker(word) && n > 0 {
			w[min(n, 3)-1] = markYear(w[min(n, 3)-1]) // "2025 m. lapkričio 24 d."
			continue
		}
		if n < 3 {
			w[n] = word
			n++
			if n < 3 {
				continue
			}
		} else {
			w[0], w[1], w[2] = w[1], w[2], word
		}
		if d := check(); d != "" {
			return d
		}
	}
	// the last words of the text, fewer than a full window
	for n > 0 {
		if d := dateInWord(w[0]); d != "" {
			return d
		}
		w[0], w[1], w[2] = w[1], w[2], ""
		n--
	}
	return ""
}

func monthOf(w string) (int, bool) {
	w = strings.TrimRight(w, ".,")
	if len(w) < 3 || len(w) > 24 { // bytes: "października" is 13
		return 0, false
	}
	m, ok := lowerIn2(sourceData().months, w) // every language of languages.json
	return m, ok
}

func isoInWord(w string) string {
	w = strings.Trim(w, ".,;:()[]\"“”")
	if len(w) < 10 {
		return ""
	}
	w = w[:10]
	if w[4] != '-' || w[7] != '-' {
		return ""
	}
	y, e1 := strconv.Atoi(w[:4])
	m, e2 := strconv.Atoi(w[5:7])
	d, e3 := strconv.Atoi(w[8:10])
	if e1 != nil || e2 != nil || e3 != nil || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	return fmtDate(y, m, d)
}

func dayNum(w string) int {
	w = strings.TrimRight(w, ".,")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

func yearNum(w string) int {
	w = strings.TrimRight(w, ".,;:)")
	if len(w) != 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1900 || n > 2200 {
		return 0
	}
	return n
}

func fmtDate(y, m, d int) string {
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-')
	if m < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(m), 10)
	b = append(b, '-')
	if d < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(d), 10)
	return string(b)
}

// sentences splits a paragraph into sentences, never inside a quotation, and
// not after common abbreviations ("U.S.", "Mr.", "Gen.") or initials.
func sentences(p string) []string {
	var out []string
	inQuote := false
	var opener rune
	start := 0
	rs := p
	for i := 0; i < len(rs); {
		if !sentenceByte[rs[i]] {
			i++ // no quotation mark or sentence end starts here
			continue
		}
		r, n := utf8.DecodeRuneInString(rs[i:])
		if r == '"' && gershayim(rs, i) {
			i += n // "נאט"ו", "ד"ר": a Hebrew abbreviation, not a quotation (caseless.go)
			continue
		}
		switch {
		case inQuote && closesQuote(opener, r):
			inQuote = false
			// "It is over." Then ... : the sentence ends after the quote
			if i > 0 && strings.ContainsRune(".!?", rune(rs[i-1])) && boundaryAfter(rs, i+n) {
				out = append(out, strings.TrimSpace(rs[start:i+n]))
				start = i + n
			}
		case !inQuote && isOpenQuote(r):
			inQuote, opener = true, r
		case (r == '.' || r == '!' || r == '?') && !inQuote:
			if boundaryAfter(rs, i+n) && !(r == '.' && (abbreviationBefore(rs[start:i]) || dayBeforeMonth(rs, i) || pointAbbrBeforeNumber(rs, i) || ordinalDotBeforePoint(rs, i))) { // "am 2. Dezember" (daymonth_split.go); "в п. 12" (provisions_pointclause.go)
				out = append(out, strings.TrimSpace(rs[start:i+n]))
				start = i + n
			} else if f := footnoteAfter(rs, i+n); f > 0 && boundaryAfter(rs, i+n+f) {
				out = append(out, strings.TrimSpace(rs[start:i+n+f])) // "… with Moscow.[6] The president …"
				start = i + n + f
				i += f
			}
		}
		i += n
	}
	if tail := strings.TrimSpace(rs[start:]); tail != "" {
		out = append(out, tail)
	}
	return out
}

// sentenceByte marks the bytes that start what sentences looks for: . ! ?
// and the quotation marks, ASCII or encoded from 0xC2 (« ») and 0xE2
// (“ ” „ ‹ ›). A UTF-8 lead byte is never inside another character, so
// sentences may skip every other byte without decoding it.
var sentenceByte = [256]bool{'.': true, '!': true, '?': true, '"': true, 0xC2: true, 0xE2: true}

// boundaryAfter reports whether a sentence may end before s[i:]: a space and
// then a capital letter, digit or opening quote.
func boundaryAfter(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i+1:])
	if (r == '–' || r == '—') && strings.HasPrefix(s[i+1+n:], " ") {
		// "… od początku. – Nie chodzi o prestiż.": a line of dialogue
		r, _ = utf8.DecodeRuneInString(s[i+2+n:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(r) || r == '¿' || r == '¡' || caselessLetter(r) // Spanish opens a question or exclamation so
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "st": true, "jr": true, "sr": true, "prof": true,
	"no": true, "vs": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "u.s": true, "u.k": true, "e.u": true, "u.n": true, "sgt": true,
	"adm": true, "gov't": true, "doç": true, "approx": true, "etc": false,
	"ds": true, "ws": true, "tzw": true, "godz": true, "np": true, // Polish: "analityczka ds. Rosji" (do spraw), "ws. Ukrainy", "tzw. koalicja", "godz. 13:15", "np. Niemcy"
	"amb": true, "capt": true, "maj": true, "brig": true, "supt": true, // titles before a name: "Amb. Ilse Varga"
	"дж": true, // the Russian and Ukrainian initial of "J": "Дж. Кушнер", "Дж. Венс" (stop 56, xspk2)
}

func abbreviationBefore(s string) bool {
	j := lastWordBreak(s)
	w := s[j+1:]
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return j < 0 || !platformLetter(s[:j]) // an initial: "J. D. Vance"; not the platform of "wrote on X." (platformletter.go)
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && n > 1 && unicode.IsUpper(r) {
		return true // an initial in another script: "Е. В. Самохвалова", "Ł. Kowalski" (initialsname.go)
	}
	if strings.Contains(w, ".") && len(w) <= 5 && !isDigit(w[0]) {
		return true // "U.S", "J.D"; not a numbered rule "(punto 9.2)" (stop 51)
	}
	if len(w) > 6 {
		return false // longer than any abbreviation, in any case
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			l := lowerString(w)
			return abbreviations[l] || eponymAfterName(s[:j+1], l) // "Центра им. Петра Лаврова" (speakerkinds.go)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])] || eponymAfterName(s[:j+1], string(buf[:len(w)])) // "Ośrodka im. Kazimierza Pułaskiego"
}

// navigationMarks open a site's links to other articles ("Read more: …",
// "Читайте также: Песков: …"): not the article's text, and a quote in
// their headline is not a statement of this article.
var navigationMarks = []string{"read more:", "read also:", "see also:", "related:", "more on this:", "читайте также:", "читайте також:", "по теме:", "leggi anche:", "lire aussi :", "lire aussi:", "à lire aussi", "lesen sie auch:", "mehr zum thema:", "czytaj też:", "czytaj także:", "lee también:", "te puede interesar:"}

// photoMarks end a photo caption ("… Архивное фото", "… (file photo)").
var photoMarks = []string{"архивное фото", "архівне фото", "file photo", "archivbild", "foto d'archivio", "photo d'archives", "zdjęcie archiwalne", "foto de archivo"}

// navigationLine reports whether a paragraph is a link to another article,
// a photo credit ("© РИА Новости / …") or a photo caption.
func navigationLine(p string) bool {
	if len(p) > 300 {
		return false
	}
	if strings.HasPrefix(p, "©") {
		return true
	}
	var buf [512]byte // strings.ToLower on the stack: every line is asked
	lb := appendLower(buf[:0], strings.TrimRight(p, ".) "))
	for _, m := range photoMarks {
		if len(lb) >= len(m) && string(lb[len(lb)-len(m):]) == m {
			return true
		}
	}
	for _, m := range navigationMarks {
		if len(p) >= len(m) && strings.EqualFold(p[:len(m)], m) {
			return true
		}
	}
	return false
}
