// Labelled lines: broadcast and live coverage is often kept as one line an
// item, each opened by its furniture: a TV channel's log of lower thirds
// ("`08:02` **[PASEK]** TUSK: ZANIM ZACZNIEMY …", "`08:02` **[PASEK 2]**
// Premier na X: …"), a ticker ("+++ 14:05 +++ Peskov: …"), a flash
// ("🔴 BREAKING | Rubio: …", "EILMELDUNG: …") and boards whose items are
// set side by side with " | " ("PLAN USA – CO ZAWIERA? | Punkt 6: … |
// Punkt 7: …"). The time stamp, the bracketed slot label, the flag and
// the pictographs say when and where the line ran, not what was said:
// they are cut, so the line is read as its text. Lines of such a log that
// follow each other without a blank line are items of their own, not a
// wrapped paragraph, and a board's items are paragraphs of their own, so
// its "Punkt 6: …" items are the numbered points of the version its head
// names, as a printed list's are.

package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineStamp is a time stamp opening a line of a log, as cleanInline leaves
// it: "08:02 ", "[08:02] ", "14:05:31 ", "+++ 14:05 +++ ", "22:40 Uhr +++ ".
// Only a time with a colon counts: "23.11" is a date more often than a
// time.
var lineStamp = regexp.MustCompile(`^(?:\+{3}\s*)?\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:Uhr|GMT|UTC|CET|CEST|EET|MSK|ET|BST|мск|h))?\]?(?:\s*\+{3})?(?:\s*[—–|-]\s+|\s+)`)

// slotLabel is a bracketed slot or strap label a log gives a line: "[PASEK]",
// "[PASEK 2]", "[PLANSZA]", "[LIVE]", "[TICKER]", "[L3]": one to three
// words without punctuation other than a dot, a hyphen or a slash.
var slotLabel = regexp.MustCompile(`^\[\p{L}[\p{L}\p{N} ./-]{0,24}\]\s*`)

// lineFlags are the flags a ticker or a flash puts before its text, in the
// languages coverage uses, lower case.
var lineFlags = []string{
	"breaking news", "breaking", "just in", "urgent", "flash", "live",
	"eilmeldung", "eilt", "liveticker",
	"pilne", "z ostatniej chwili", "na żywo",
	"alerte", "dernière minute", "en direct",
	"ultim'ora", "ultima ora", "urgente", "in diretta",
	"última hora",
	"срочно", "молния", "терміново", "блискавка",
}

// maxFlagRunes is the longest flag in lineFlags, in runes.
const maxFlagRunes = 20

// flagAt returns how much of s a ticker flag opening it takes up, with the
// separator after it ("PILNE | ", "BREAKING: ", "EILMELDUNG +++ "), or 0.
// A flag is in capitals or followed by a separator: "Live coverage
// continues" opens with no flag.
func flagAt(s string) int {
	if s == "" || s[0] < utf8.RuneSelf && !unicode.IsLetter(rune(s[0])) {
		return 0 // most lines: a flag opens with a letter
	}
	head, _ := prefixRunes(s, maxFlagRunes)
	low := lowerString(head) // only the head: a line may be long
	for _, f := range lineFlags {
		if !strings.HasPrefix(low, f) || len(s) < len(f) {
			continue
		}
		// the lower-case form may differ in length only outside ASCII;
		// the flags' prefixes are compared rune for rune below
		word, n := prefixRunes(s, utf8.RuneCountInString(f))
		if lowerString(word) != f {
			continue
		}
		rest := s[n:]
		if rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // "Liveblog", "Urgentemente"
			}
		}
		trimmed := strings.TrimLeft(rest, " ")
		sep := strings.TrimLeft(trimmed, "|:–—-+!")
		if len(sep) < len(trimmed) {
			return len(s) - len(strings.TrimLeft(sep, " "))
		}
		if isAllCaps(word) && rest != "" && rest[0] == ' ' {
			return len(s) - len(trimmed)
		}
	}
	return 0
}

// prefixRunes returns s's first n runes and their length in bytes.
func prefixRunes(s string, n int) (string, int) {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i], i
}

// lineFurniture returns how much of s its furniture takes up: time stamps,
// slot labels, flags and pictographs, in any order and number, and
// whether any of it was a slot label or a flag (a time alone opens a live
// blog's entry as well, which its readers already know).
func lineFurniture(s string) (end int, labelled bool) {
	if s == "" {
		return 0, false
	}
	if c := s[0]; c < utf8.RuneSelf && c != '[' && c != '+' && (c < '0' || c > '9') && !unicode.IsUpper(rune(c)) && c != '|' {
		return 0, false // most paragraphs open with no furniture
	}
	for end < len(s) {
		rest := s[end:]
		if !mayOpenStamp(rest) {
			// neither expression can match (regexpgates.go)
		} else if m := lineStamp.FindStringIndex(rest); m != nil {
			end += m[1]
			continue
		} else if rest[0] != '[' {
			// slotLabel opens with a bracket
		} else if m := slotLabel.FindStringIndex(rest); m != nil && !strings.HasPrefix(rest, "[...") && !bracketedSubjectAt(rest) { // ("[Un diplomate] a dit …": editorialbrackets.go)
			end += m[1]
			labelled = true
			continue
		}
		if n := flagAt(rest); n > 0 && n < len(rest) {
			end += n
			labelled = true
			continue
		}
		if n := leadSymbolsEnd(rest); n > 0 && n < len(rest) {
			end += n
			continue
		}
		if strings.HasPrefix(rest, "+++ ") {
			end += 4 // a ticker's marks after its time
			continue
		}
		if strings.HasPrefix(rest, "| ") {
			end += 2 // the separator a flag left
			continue
		}
		break
	}
	return end, labelled
}

// stampedLine reports whether a line of the source opens with a log's time
// stamp or slot label (its inline marks are read through: "`08:02`
// **[PASEK]**").
func stampedLine(line string) bool {
	if !mayOpenLog(line) {
		return false
	}
	s := strings.TrimLeft(cleanInline(line), " ")
	if !mayOpenStamp(s) {
		return false // (regexpgates.go)
	}
	if m := lineStamp.FindStringIndex(s); m != nil {
		return true
	}
	return slotLabel.MatchString(s) && !strings.HasPrefix(s, "[...")
}

// mayOpenLog is a cheap first look at a source line: past its inline marks
// ("`", "**"), a log's furniture opens with a digit, a bracket, a ticker's
// "+", a capital (a flag) or a pictograph; most lines open otherwise.
func mayOpenLog(line string) bool {
	s := strings.TrimLeft(line, "`*_ ")
	if s == "" {
		return false
	}
	c := s[0]
	return c >= '0' && c <= '9' || c == '[' || c == '+' || c >= utf8.RuneSelf || c >= 'A' && c <= 'Z'
}

// logLineStart reports whether a line of the source opens a log's line:
// its furniture holds a slot label or a flag ("`13:21` **[PASEK 2]** …",
// "[STRAP] …"), so it is never the wrapped end of the line before.
func logLineStart(line string) bool {
	if !mayOpenLog(line) {
		return false
	}
	s := strings.TrimLeft(cleanInline(line), " ")
	end, labelled := lineFurniture(s)
	return labelled && end < len(s)
}

// symbolLabelLine reports whether a line opens with pictographs and then a
// speaker's label ("🇺🇦 Zelensky: …", "💬 Песков: …"), as a slide's or a
// digest's lines do: a line of its own, never the wrapped end of the line
// before.
func symbolLabelLine(line string) bool {
	i := leadSymbolsEnd(line)
	if i == 0 || i == len(line) {
		return false
	}
	rest := line[i:]
	c := strings.Index(rest, ": ")
	if c <= 0 || c > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(rest[:c]) {
		if n++; n > 4 || !isCapital(w) {
			return false
		}
	}
	return true
}

// stampedRun reports whether line, following a paragraph opened by cur
// without a blank line between them, starts an item of its own: both open
// with a log's time stamp or slot label.
func stampedRun(cur, line string) bool {
	return stampedLine(line) && stampedLine(cur)
}

// boardSep is what sets a board's items side by side on one line.
const boardSep = " | "

// labelledLines cuts the furniture off the paragraphs of a log and reads
// a line of items set side by side with " | " as one paragraph an item: a
// "Punkt 6: …" item as a numbered item. Text paragraphs only; a paragraph
// neither opened by furniture nor holding two point items is left as it
// is.
func labelledLines(ps []paragraph) []paragraph {
	var out []paragraph
	for i, p := range ps {
		parts, ok := labelledParts(p)
		if !ok {
			if out != nil {
				p.index = len(out)
				out = append(out, p)
			}
			continue
		}
		if out == nil {
			out = append(make([]paragraph, 0, len(ps)+len(parts)), ps[:i]...)
		}
		for _, part := range parts {
			part.index = len(out)
			out = append(out, part)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// labelledParts returns what paragraph i of a log is read as: its text
// without furniture, cut at " | " into items. ok is false when it is no
// line of a log: it opens with no slot label or flag, and
// holds no two point items.
func labelledParts(p paragraph) ([]paragraph, bool) {
	if p.kind != paraText || stripFlash(p.text) != p.text {
		return nil, false // "URGENT 3/12 07:05 - Okonjo: …": an agency's flash series (flash.go)
	}
	// a time alone opens a transcript's turn, a live blog's entry or a
	// ticker's headline ("+++ 16:40 Wadephul: … +++" over the entry that
	// tells it) as well, which their own readers know: only a slot label
	// or a flag makes a line a log's
	end, labelled := lineFurniture(p.text)
	furnished := end > 0 && labelled
	if !furnished && strings.Count(p.text, boardSep) < 2 {
		return nil, false // no log's line, no board: most paragraphs
	}
	pieces := strings.Split(p.text[end:], boardSep)
	if !furnished {
		pieces = strings.Split(p.text, boardSep)
		if pointPieces(pieces) < 2 {
			return nil, false
		}
	}
	var out []paragraph
	points := pointPieces(pieces)
	for k, piece := range pieces {
		if len(pieces) > 1 {
			n, _ := lineFurniture(piece) // "🔴 PILNE" before the text
			piece = piece[n:]
		}
		piece = strings.TrimSpace(piece)
		if piece == "" || flagAt(piece+" |") > 0 {
			continue // the flag alone: "🔴 PILNE | TRUMP: …"
		}
		if len(pieces) > 1 {
			if item, ok := listItem(piece); ok && item.number > 0 {
				out = append(out, item)
				continue
			}
		}
		// a board's head ("PLAN USA – CO ZAWIERA?") heads its items as a
		// heading does; a log's other lines are no headings
		out = append(out, paragraph{text: piece, log: furnished && !(k == 0 && points > 0)})
	}
	return out, len(out) > 0
}

// pointPieces counts the items of a board that are numbered points
// ("Punkt 6: …", "Point 7 – …").
func pointPieces(pieces []string) int {
	n := 0
	for _, piece := range pieces {
		if item, ok := listItem(strings.TrimSpace(piece)); ok && item.number > 0 && !item.bare {
			n++
		}
	}
	return n
}
