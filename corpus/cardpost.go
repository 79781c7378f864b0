package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A social post copied from its page arrives as a card: the author's
// display name (with the name in another script after a slash) and
// handle, the post's text, and a line of time, date and views.
//
//	Volodymyr Zelenskyy / Володимир Зеленський
//	@ZelenskyyUa
//
//	Ukraine will never be an obstacle to peace. …
//
//	9:14 PM · Nov 23, 2025
//
// A Telegram channel's post has the channel's name over the text and the
// views and time under it ("👁 1.2M · 21:14"). headedPost reads a header
// with its date on one line ("Kaja Kallas @kajakallas · Nov 24"); these
// cards put the date under the text, so the text was nobody's. cardPost
// reads them when the name is a person the lexicon knows (a public figure):
// a commenter's or a desk's card stays no one's words, as threads.go has
// it.

// maxCardHeadWords is the most words a card's head may have: a display
// name, a name in another script and a handle.
const maxCardHeadWords = 8

// cardPost reads the card whose head is ps[i] and returns the index of its
// last paragraph, or -1 when ps[i] heads no card.
func (x *extractor) cardPost(ps []paragraph, i int) int {
	p := ps[i]
	if p.index == 0 && x.src.Title == "" || p.kind != paraText && p.kind != paraHeading || i+2 >= len(ps) {
		return -1
	}
	name, handle, ok := cardHead(p.text)
	if !ok {
		return -1
	}
	if _, known := lowerIn2(x.lx.people, name); !known {
		return -1 // a commenter's or a desk's card: no one's statement (threads.go)
	}
	sp := x.person(strings.Fields(name), "")
	if sp == nil || sp.kind != kindPerson {
		return -1
	}
	from := i + 1
	if h := strings.TrimSpace(ps[from].text); strings.HasPrefix(h, "@") && len(strings.Fields(h)) == 1 {
		from, handle = from+1, true // the handle on a line of its own under the name
	}
	end := -1
	for k := from; k < len(ps) && k <= from+5; k++ {
		if postMetaLine(ps[k].text) {
			end = k
			break
		}
		if ps[k].kind != paraText {
			return -1
		}
	}
	if end < 0 && handle {
		// "Name / Имя @handle" over the text with no date line: the text
		// up to the next card or rule
		for k := from; k < len(ps) && k <= from+2 && ps[k].kind == paraText; k++ {
			end = k + 1
		}
	}
	if end <= from {
		return -1
	}
	for k := from; k < end; k++ {
		if t := strings.TrimSpace(ps[k].text); t != "" && !postMetaLine(t) {
			x.pos = ps[k].index
			x.emit(sp, trimQuote(t), true, ps[k].index)
		}
	}
	if end < len(ps) && postMetaLine(ps[end].text) {
		return end
	}
	return end - 1
}

// maxCardHeadBytes is the longest a card's head is: a name in two
// scripts and a handle.
const maxCardHeadBytes = 160

// verifiedMarks are the check marks a display name carries.
var verifiedMarks = strings.NewReplacer("✓", " ", "✔", " ", "☑", " ")

// cardHead reads a card's head: a display name of capitalised words, an
// optional " / " and the name in another script, an optional handle
// ("@ZelenskyyUa"), a verified mark. handle reports whether it had one.
func cardHead(s string) (name string, handle, ok bool) {
	if len(s) > maxCardHeadBytes || containsAny(s, ".,:;!?") && !strings.Contains(s, "@") && !strings.Contains(s, ". ") {
		return "", false, false // (most paragraphs: a sentence, no card's head)
	}
	f := strings.Fields(verifiedMarks.Replace(s))
	if len(f) == 0 || len(f) > maxCardHeadWords {
		return "", false, false
	}
	var words []string
	slash := false
	for _, w := range f {
		switch {
		case strings.HasPrefix(w, "@") && len(w) > 1:
			handle = true
		case w == "/" || w == "|":
			slash = true
		case slash || handle:
			// the name again in another script, or words after the
			// handle: not the name read
		default:
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || containsAny(w, ".,:;!?\"«»“”") && !strings.HasSuffix(w, ".") {
				return "", false, false
			}
			words = append(words, w)
		}
	}
	if len(words) == 0 || len(words) > 4 {
		return "", false, false
	}
	return strings.Join(words, " "), handle, true
}

// maxMetaRunes is the longest a card's line of time, date and views is.
const maxMetaRunes = 60

// postMetaLine reports whether s is a card's line of time, date and views:
// short, with a clock time or a view count, and no sentence in it ("9:14
// PM · Nov 23, 2025", "👁 1.2M · 21:14", "Nov 23, 2025, 1:02 PM").
func postMetaLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxMetaRunes || len(strings.Fields(s)) > 9 {
		return false
	}
	views := strings.Contains(s, "👁")
	clock := false
	for k := 1; k+2 < len(s); k++ {
		if s[k] == ':' && s[k-1] >= '0' && s[k-1] <= '9' && s[k+1] >= '0' && s[k+1] <= '5' && s[k+2] >= '0' && s[k+2] <= '9' {
			clock = true
			break
		}
	}
	if !views && !clock {
		return false
	}
	for k, r := range s {
		if (r == '.' || r == '!' || r == '?') && !(k > 0 && k+1 < len(s) && s[k-1] >= '0' && s[k-1] <= '9' && s[k+1] >= '0' && s[k+1] <= '9') && !monthAbbrevDot(s, k) {
			return false // a sentence's end: text, not the card's line
		}
	}
	return true
}

// monthAbbrevDot reports whether the full stop at s[k] closes an
// abbreviated month or day ("Nov.", "дек.").
func monthAbbrevDot(s string, k int) bool {
	start := strings.LastIndexAny(s[:k], " ·,") + 1
	w := s[start:k]
	return utf8.RuneCountInString(w) >= 3 && utf8.RuneCountInString(w) <= 4
}
