// Calendar exports (iCalendar, RFC 5545): a newsroom's shared diary of the
// talks, a ministry's schedule of meetings, saved as .ics or pasted into a
// text file. Read as text, such a file is property lines: what matters to
// a reader (an event's title, its place, its notes) is split over
// SUMMARY, LOCATION and DESCRIPTION lines, folded at 75 octets in the
// middle of words and escaped ("\,", "\;", "\n"), among lines nobody
// asks about (UID, DTSTAMP, STATUS). An event's notes then become a
// passage without the title that says what the event was, and a folded
// word ("after" / " wards") is two words. calendarText turns the file into
// one paragraph per event, title first, as a diary would print it.

package corpus

import "strings"

// calendarKinds are the components whose SUMMARY and DESCRIPTION are
// written by people: events, to-dos and journal entries. An alarm's
// DESCRIPTION ("Reminder") and a time zone's names are not.
var calendarKinds = map[string]bool{"VEVENT": true, "VTODO": true, "VJOURNAL": true}

// isCalendar reports whether body is an iCalendar stream: its first line
// that is not blank opens a VCALENDAR. A text that quotes a calendar
// further down is an article about it and is read as one.
func isCalendar(body string) bool {
	t := strings.TrimLeft(body, " \t\n")
	line, _, _ := strings.Cut(t, "\n")
	return strings.EqualFold(strings.TrimSpace(line), "BEGIN:VCALENDAR")
}

// calendarEntry is what one event says, unescaped.
type calendarEntry struct {
	summary, location, description, date string
}

// calendarText reads an iCalendar stream (line endings already "\n") as
// one paragraph per event, to-do or journal entry, in the file's order:
// "SUMMARY (LOCATION; DATE). DESCRIPTION". The calendar's name
// (X-WR-CALNAME) is the title a document without front matter gets.
func calendarText(body string) (string, nameMeta) {
	var meta nameMeta
	var out strings.Builder
	var stack []string // the components open at this line, innermost last
	var cur *calendarEntry
	for _, line := range unfoldCalendar(body) {
		name, value, ok := calendarProperty(line)
		if !ok {
			continue
		}
		switch name {
		case "BEGIN":
			kind := strings.ToUpper(strings.TrimSpace(value))
			stack = append(stack, kind)
			if calendarKinds[kind] {
				cur = &calendarEntry{}
			}
			continue
		case "END":
			if len(stack) > 0 {
				kind := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if calendarKinds[kind] && cur != nil {
					writeCalendarEntry(&out, cur)
					cur = nil
				}
			}
			continue
		}
		if len(stack) == 1 && name == "X-WR-CALNAME" && meta.title == "" {
			meta.title = strings.TrimSpace(unescapeCalendar(value))
		}
		if cur == nil || len(stack) == 0 || !calendarKinds[stack[len(stack)-1]] {
			continue // a property of the calendar, an alarm or a time zone
		}
		switch name {
		case "SUMMARY":
			cur.summary = strings.TrimSpace(unescapeCalendar(value))
		case "LOCATION":
			cur.location = strings.TrimSpace(unescapeCalendar(value))
		case "DESCRIPTION":
			cur.description = strings.TrimSpace(unescapeCalendar(value))
		case "DTSTART":
			cur.date = calendarDate(value)
		}
	}
	if cur != nil { // a file cut off inside its last event
		writeCalendarEntry(&out, cur)
	}
	return out.String(), meta
}

// writeCalendarEntry appends one entry as a paragraph; an entry with
// neither title nor notes gives none.
func writeCalendarEntry(out *strings.Builder, e *calendarEntry) {
	if e.summary == "" && e.description == "" {
		return
	}
	if out.Len() > 0 {
		out.WriteString("\n\n")
	}
	head := e.summary
	var aside []string
	if e.location != "" {
		aside = append(aside, e.location)
	}
	if e.date != "" {
		aside = append(aside, e.date)
	}
	if len(aside) > 0 {
		if head != "" {
			head += " "
		}
		head += "(" + strings.Join(aside, "; ") + ")"
	}
	out.WriteString(head)
	if e.description == "" {
		return
	}
	if head != "" {
		if !strings.ContainsRune(".!?:", rune(head[len(head)-1])) {
			out.WriteByte('.')
		}
		out.WriteByte(' ')
	}
	out.WriteString(e.description)
}

// unfoldCalendar splits the stream into its logical lines: a line that
// starts with a space or a tab continues the one before, less that one
// character (RFC 5545 §3.1), so a word folded in two is whole again.
func unfoldCalendar(body string) []string {
	var lines []string
	for _, l := range strings.Split(body, "\n") {
		if (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) && len(lines) > 0 {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// calendarProperty splits a content line into its name (upper case, the
// parameters dropped) and its value. The value starts after the first
// colon outside a quoted parameter (ALTREP="https://…" holds colons).
func calendarProperty(line string) (name, value string, ok bool) {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case ':':
			if quoted {
				continue
			}
			head := line[:i]
			if j := strings.IndexByte(head, ';'); j >= 0 {
				head = head[:j]
			}
			head = strings.TrimSpace(head)
			if head == "" {
				return "", "", false
			}
			return strings.ToUpper(head), line[i+1:], true
		}
	}
	return "", "", false
}

// unescapeCalendar undoes a text value's escapes: "\n" and "\N" are line
// breaks, "\,", "\;" and "\\" the characters themselves.
func unescapeCalendar(v string) string {
	if !strings.Contains(v, `\`) {
		return v
	}
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+1 == len(v) {
			b.WriteByte(v[i])
			continue
		}
		i++
		switch v[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(v[i])
		}
	}
	return b.String()
}

// calendarDate gives a DTSTART value's day as 2006-01-02
// ("20251123", "20251123T100000Z"); anything else gives "".
func calendarDate(v string) string {
	v = strings.TrimSpace(v)
	if len(v) < 8 {
		return ""
	}
	for i := 0; i < 8; i++ {
		if v[i] < '0' || v[i] > '9' {
			return ""
		}
	}
	if len(v) > 8 && v[8] != 'T' {
		return ""
	}
	return v[:4] + "-" + v[4:6] + "-" + v[6:8]
}
