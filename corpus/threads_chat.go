package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Chat exports: coverage is pasted from a messenger as one record a line,
// each opened by its stamp and its sender: WhatsApp's "23/11/2025, 14:55 -
// Nell Ashdown: …" (Android) and "[23/11/2025, 14:55:12] Nell Ashdown: …"
// (iOS, Signal's and Element's copies alike, "2025-11-23 14:55"), US
// "11/23/25, 2:55 PM - …", German "23.11.25, 14:55 - …", Telegram
// Desktop's "Nell Ashdown, [23.11.2025 14:55]" over the message, and a
// time alone ("[14:55] Nell Ashdown: …") among a messenger's own notices.
// The lines do not end with a stop, so read as prose they ran together:
// one "sentence" spanned several posts, the sender of the first became
// its speaker and the words a desk member relayed ("Yermak on X: talks
// were very productive") were lost. readChat cuts each record's stamp and
// sender off and makes each record, and each line of a record, a
// paragraph of its own; the messenger's notices ("<Media omitted>", "This
// message was deleted", "Forwarded", "created group", "added …") go. A
// sender is never a speaker: they relay, and what they relay is read by
// the label readers ("Peskov: …", "Rubio just now: …"). The first record's
// date is the document's when nothing else gives one.

// chatMarks is what readChat tells the paragraphs of a chat export:
// the first line of each record and of each line within one (lines), the
// records that open another sender's turn (turns), and the date of the
// first record, ISO.
type chatMarks struct {
	lines, turns map[string]bool
	date         string
}

// chatShapes are the record heads readChat knows, compiled once. Each
// holds the groups day-or-month, month-or-day, year, AM/PM (the
// year-first shape: year, month, day); the sender follows the head.
type chatShape struct {
	re        *regexp.Regexp
	yearFirst bool
	timeOnly  bool
	sender    bool // the sender comes before the stamp, alone on the line (Telegram Desktop)
}

var chatShapes = sync.OnceValue(func() []chatShape {
	const ampm = `(?:\s?([AaPp])\.?\s?[Mm]\.?)?`
	const date = `(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})`
	const clock = `\d{1,2}:\d{2}(?::\d{2})?` + ampm
	return []chatShape{
		// "23/11/2025, 14:55 - ", "11/23/25, 2:55 PM - "
		{re: regexp.MustCompile(`^[\x{200e}\x{200f}]?` + date + `,?\s` + clock + `\s[-–—]\s`)},
		// "[23/11/2025, 14:55:12] ", "[23.11.25 14:55] "
		{re: regexp.MustCompile(`^[\x{200e}\x{200f}]?\[` + date + `,?\s` + clock + `\]\s`)},
		// "2025-11-23 14:55 - ", "[2025-11-23 14:55] "
		{re: regexp.MustCompile(`^[\x{200e}\x{200f}]?\[?(\d{4})-(\d{2})-(\d{2})[ ,T]+` + clock + `\]?\s(?:[-–—]\s)?`), yearFirst: true},
		// "Nell Ashdown, [23.11.2025 14:55]" alone (Telegram Desktop)
		{re: regexp.MustCompile(`^[^\[\]:]{2,40}, \[` + date + `,?\s` + clock + `\]\s*$`), sender: true},
		// "Nell Ashdown — 23/11/2025 14:55" alone (Discord)
		{re: regexp.MustCompile(`^[^\[\]:]{2,40} [—–-] ` + date + `,?\s` + clock + `\s*$`), sender: true},
		// "[14:55] ", "[2:55 PM] "
		{re: regexp.MustCompile(`^\[\d{1,2}:\d{2}` + ampm + `\]\s`), timeOnly: true},
	}
})

// chatRecord is one line of a body read as a chat export.
type chatRecord struct {
	head   bool   // a record's head opens the line
	drop   bool   // a notice, a messenger's line of its own
	sender string // of a head
	text   string // the line's text without its head and sender
	a, b   int    // the head's first two date numbers, 0 when it has none
	year   int
	pm     bool // the head's time has AM or PM
}

// readChat returns body with a chat export's stamps, senders and notices
// taken out and each record and line a paragraph of its own, or body as
// it is and ok false when it reads as no chat export: three records of
// one shape at least, each with a sender, or (for a time alone) with a
// messenger's notice among them.
//
// boldHeads says the body's bold record heads were written plain
// (chatbold.go, ParseOptions.noNamedPosts off): a time alone then needs no
// notice among its records.
func readChat(body string, boldHeads, namedPosts bool) (string, chatMarks, bool) {
	if !mayBeChat(body) {
		return body, chatMarks{}, false
	}
	w := threadData()
	raw := strings.Split(body, "\n")
	for _, sh := range chatShapes() {
		recs, heads, notices := readChatShape(raw, sh, w)
		if heads < 3 || sh.timeOnly && notices == 0 && !boldHeads {
			continue
		}
		var named *threadWords
		if namedPosts && boldHeads { // a log published with bold heads, not a desk's pasted export whose senders relay
			named = w
		}
		return writeChat(recs, named)
	}
	return body, chatMarks{}, false
}

// mayBeChat is readChat's quick look: a line opening with a digit, a
// bracket or a direction mark and holding a time's colon soon after,
// three times at least, or a sender's line of Telegram Desktop ("…,
// [23.11.2025 14:55]") or Discord ("… — 23/11/2025 14:55").
func mayBeChat(body string) bool {
	n := 0
	for i := 0; i < len(body); {
		c := body[i]
		if c >= '0' && c <= '9' || c == '[' || c == 0xe2 && strings.HasPrefix(body[i:], "\u200e") {
			head := body[i:min(len(body), i+28)]
			if nl := strings.IndexByte(head, '\n'); nl >= 0 {
				head = head[:nl]
			}
			if strings.IndexByte(head, ':') > 0 {
				n++
			}
			if n >= 3 {
				return true
			}
		}
		j := strings.IndexByte(body[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return strings.Count(body, ", [") >= 3 || strings.Count(body, " — ") >= 3
}

// readChatShape reads every line of raw against one record shape and
// counts the heads with a sender and the notices.
func readChatShape(raw []string, sh chatShape, w *threadWords) ([]chatRecord, int, int) {
	recs := make([]chatRecord, len(raw))
	heads, notices := 0, 0
	for i, l := range raw {
		r := chatRecord{text: l}
		t := strings.TrimSpace(l)
		if w.chatNotice(t) {
			r.drop = true
			notices++
			recs[i] = r
			continue
		}
		m := sh.re.FindStringSubmatchIndex(t)
		if m == nil {
			recs[i] = r
			continue
		}
		r.head = true
		num := func(g int) int {
			if m[2*g] < 0 {
				return 0
			}
			n, _ := strconv.Atoi(t[m[2*g]:m[2*g+1]])
			return n
		}
		switch {
		case sh.timeOnly:
			r.pm = m[2] >= 0
		case sh.yearFirst:
			r.year, r.b, r.a = num(1), num(2), num(3) // read as day-first below
			r.pm = len(m) > 8 && m[8] >= 0
		default:
			r.a, r.b, r.year = num(1), num(2), num(3)
			r.pm = m[8] >= 0
		}
		if sh.sender {
			c := strings.LastIndex(t, ", [")
			if c < 0 {
				c = strings.LastIndexAny(t[:m[2]], "—–-") // "Name — 23/11/2025 14:55"
			}
			r.sender, r.text = strings.TrimSpace(t[:max(c, 0)]), ""
			heads++
			recs[i] = r
			continue
		}
		rest := t[m[1]:]
		sender, text, ok := chatSender(rest)
		if !ok {
			// "Nell Ashdown created group …", "… added Tobias Wren": the
			// messenger's own line
			r.drop = true
			recs[i] = r
			continue
		}
		r.sender, r.text = sender, strings.TrimLeft(text, "\u200e\u200f ")
		if w.chatNotice(r.text) {
			r.text = ""
			notices++
		}
		heads++
		recs[i] = r
	}
	return recs, heads, notices
}

// chatSender cuts "Sender: text" after a record's stamp: a name, a
// handle or a telephone number of at most five words before the colon.
func chatSender(s string) (sender, text string, ok bool) {
	c := strings.Index(s, ": ")
	if c < 0 {
		if strings.HasSuffix(s, ":") {
			c = len(s) - 1
		} else {
			return "", "", false
		}
	}
	sender = strings.TrimSpace(s[:c])
	runes, words := 40, 5
	if strings.HasSuffix(sender, ")") { // "Col. (ret.) Andriy Sokolenko-Grant (Panellist)": a role in brackets
		runes, words = 60, 7
	}
	if sender == "" || utf8.RuneCountInString(sender) > runes || len(strings.Fields(sender)) > words || containsAny(sender, "\"“”«»") {
		return "", "", false
	}
	if c+2 <= len(s) {
		text = s[c+2:]
	}
	return sender, text, true
}

// chatNotice reports whether t is a messenger's notice: a whole text
// ("<Media omitted>", "This message was deleted", "‎Forwarded") or a line
// a chat opens with ("Messages and calls are end-to-end encrypted. …").
func (w *threadWords) chatNotice(t string) bool {
	t = strings.TrimLeft(t, "\u200e\u200f ")
	if t == "" || len(t) > 200 {
		return false
	}
	l := lowerString(strings.Trim(t, "<>()*_ .\u200e"))
	if w.chatNotices[l] {
		return true
	}
	for _, p := range w.chatNoticePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// writeChat writes the records as paragraphs and returns what the
// paragraphs are.
func writeChat(recs []chatRecord, named *threadWords) (string, chatMarks, bool) {
	marks := chatMarks{lines: map[string]bool{}, turns: map[string]bool{}}
	var b strings.Builder
	inChat := false // a record was read: the lines after it are its text
	last := ""      // the sender of the record before
	turn := false   // the next line written opens another sender's turn
	dayFirst := chatDayFirst(recs)
	for _, r := range recs {
		if r.drop {
			continue
		}
		if r.head {
			if marks.date == "" && r.year > 0 {
				d, m := r.a, r.b
				if !dayFirst {
					d, m = r.b, r.a
				}
				y := r.year
				if y < 100 {
					y += 2000
				}
				if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					marks.date = fmtDate(y, m, d)
				}
			}
			inChat = true
			turn = r.sender != last
			last = r.sender
		}
		t := strings.TrimSpace(r.text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if named != nil && inChat {
			t = named.postLabel(last, t) // a named participant's post: their statement (namedposts.go)
		}
		b.WriteString(t)
		if inChat {
			marks.lines[t] = true
			if turn {
				marks.turns[t] = true
				turn = false
			}
		}
	}
	return b.String(), marks, true
}

// chatDayFirst reports whether the records' dates are written day first:
// a first number above 12 says so, a second above 12 says not; else a
// clock with AM or PM is the US order, month first.
func chatDayFirst(recs []chatRecord) bool {
	pm := false
	for _, r := range recs {
		if !r.head || r.year == 0 {
			continue
		}
		if r.a > 12 {
			return true
		}
		if r.b > 12 {
			return false
		}
		pm = pm || r.pm
	}
	return !pm
}

// markChat marks the paragraphs of a chat export's records as lines of
// a log, which no label makes a turn and whose label names a relayed
// speaker, and those that open another sender's turn as posts.
func markChat(ps []paragraph, marks chatMarks) []paragraph {
	if len(marks.lines) == 0 {
		return ps
	}
	mark := func(p *paragraph, turn bool) {
		p.log, p.chat = true, true
		p.post = p.post || turn
		if p.kind == paraHeading && !p.heading {
			p.kind = paraText // "Tusk: Europa musi być przy stole": a record without a stop, no heading
		}
	}
	for i := range ps {
		t := ps[i].text
		if marks.lines[t] {
			mark(&ps[i], marks.turns[t])
			continue
		}
		for s := range marks.lines {
			if strings.HasPrefix(t, s) || strings.HasPrefix(s, t) && t != "" {
				mark(&ps[i], marks.turns[s])
				break
			}
		}
	}
	return ps
}
