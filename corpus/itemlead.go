// Item leads: a timeline, a quote bank or a briefing memo prints the day
// or the hour before the speaker of each bullet ("- **24.01**, Песков:
// пауза … продлится до 1 февраля.", "- 29 Jan, Trump: Putin agreed …",
// "- 14:02 — Macron (Élysée): …"), and a chat export the post's author
// and time ("- **Артём Гребнев** 14:50 — Зеленский в вечернем обращении:
// …"). The list-item label readers (threadlabels.go, quotelist.go) take
// the name first; stripItemLead removes such a lead so they see it.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxItemLead is the longest lead, in bytes, printed before an item's
// speaker: a date, a time, a chat author's name and time.
const maxItemLead = 48

// maxItemLeadWords is the most words such a lead has ("**Артём Гребнев**
// 14:50", "2 февраля 2026").
const maxItemLeadWords = 4

// itemLeadSeps end a lead: a comma or a dash.
var itemLeadSeps = []string{", ", " — ", " – ", " - "}

// stripItemLead removes a date or time lead from a list item whose
// speaker label follows ("**24.01**, Ушаков: …" gives "Ушаков: …"); an
// item without one, or whose lead holds no digit, is returned as it is.
// The words after the lead must open with a capital: "600,000 troops,
// says …" keeps its lead.
func stripItemLead(s string) string {
	if strings.IndexAny(s[:min(len(s), maxItemLead)], "0123456789") < 0 {
		return s
	}
	if t := stripTimestamp(s); t != s {
		return t // "14:02 — Macron: …"
	}
	colon := strings.Index(s, ": ")
	if colon < 0 {
		return s
	}
	cut, sepLen := -1, 0
	for _, sep := range itemLeadSeps {
		if i := strings.Index(s[:colon], sep); i > 0 && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	if cut < 0 || cut > maxItemLead {
		return s
	}
	lead := s[:cut]
	if strings.IndexFunc(lead, unicode.IsDigit) < 0 || len(strings.Fields(lead)) > maxItemLeadWords || containsAny(lead, "«»“”\"()") {
		return s
	}
	rest := strings.TrimLeft(s[cut+sepLen:], "*_ ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return s
	}
	return s[cut+sepLen:]
}

// maxLeadMarker is the longest marker, in bytes, a line prints before its
// speaker label: "LETTURA", "**ma 15 dec, 16:05 — PUSH:**".
const maxLeadMarker = 40

// ledLabel reads a line whose speaker label follows a marker label: a
// script's voice ("LETTURA: Donald Trump: non è la mia offerta finale."),
// a push alert's time and kind ("**ma 15 dec, 16:05 — PUSH:** Merz: ‘…’").
// The marker's last word is in capitals or holds a digit, and the label after it must
// name a person the document or the lexicon knows (itemLabel,
// quoteListItem), so "Subject: Trump: what we know" and "Note: …" are left
// alone. It reports whether it emitted a statement.
func (x *extractor) ledLabel(p paragraph) bool {
	i := strings.Index(p.text, ": ")
	if i <= 0 || i > maxLeadMarker+maxAskedLabel {
		return false
	}
	lead, rest := "", ""
	if j := strings.Index(p.text[:i], ":** "); j > 0 {
		lead, rest = p.text[:j], p.text[j+4:] // "**… — PUSH:** Merz: …"
	} else if k := strings.Index(p.text[i+2:], ": "); k > 0 && k <= 80 {
		lead, rest = p.text[:i], p.text[i+2:] // "LETTURA: Donald Trump: …"
	} else {
		return false
	}
	lead = strings.Trim(lead, "*_ ")
	if lead == "" || len(lead) > maxLeadMarker || containsAny(lead, "«»“”\"\n") || strings.IndexByte(rest, '\n') >= 0 {
		// (a block of fields, "ITEM 2\ntitle: Zelensky: …\nsource: …", is a
		// record, not a line)
		return false
	}
	if f := strings.Fields(lead); !isAllCaps(f[len(f)-1]) && strings.IndexFunc(f[len(f)-1], unicode.IsDigit) < 0 {
		return false // the marker's last word is in capitals or a number: "ITEM 2 title: Zelensky: …" is a feed's field
	}
	q := p
	q.text = strings.TrimSpace(rest)
	return x.itemLabel(q) || x.quoteListItem(q)
}
