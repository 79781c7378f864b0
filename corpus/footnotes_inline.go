// Footnotes read in place: a PDF export or a think-tank note prints its
// footnotes at the foot of the page or the end ("³ Europe would add a
// further USD 100 billion under the same point."), and their superscript
// markers glued to the sentences they annotate ("… half of the
// profits.³"). A note read where it stands, after the text, has lost what
// it speaks of: "the same point" is the point of the sentence carrying its
// marker. Each note is put back as a sentence after the one its marker
// closes, and its lines at the foot are taken out; the layout reader
// (rawtext.go) then finds no marks left to strip.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxFootnoteLen bounds a note's length in bytes: a longer line opening
// with a superscript digit is text, not a note.
const maxFootnoteLen = 600

// footnoteLine splits a line opening with a footnote's superscript marker
// ("³ Europe would add …") into the marker and the note.
func footnoteLine(t string) (mark, note string, ok bool) {
	t = strings.TrimSpace(t)
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !superscriptDigit(r) {
			break
		}
		i += n
	}
	if i == 0 || i >= len(t) || t[i] != ' ' || len(t) > maxFootnoteLen {
		return "", "", false
	}
	return t[:i], strings.TrimSpace(t[i+1:]), true
}

// inlineFootnotes rewrites body with each footnote put back after the
// sentence its marker closes and the note's lines (its first, opening
// with the marker, and the indented ones that go on with it) taken out.
// A marker inside a sentence is only cut, its note left at the foot: set
// there it would split the sentence. A body whose notes no marker in the text uses is returned
// as it is, as is a body with no superscript digits (most bodies).
func inlineFootnotes(body string) string {
	if !strings.ContainsFunc(body, superscriptDigit) {
		return body
	}
	lines := strings.Split(body, "\n")
	notes := map[string]string{}
	noteLine := make([]bool, len(lines))
	for i := 0; i < len(lines); i++ {
		mark, note, ok := footnoteLine(lines[i])
		if !ok || note == "" {
			continue
		}
		if _, dup := notes[mark]; dup {
			continue
		}
		noteLine[i] = true
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && startsIndented(lines[i+1]) && !strings.ContainsFunc(firstWord(strings.TrimSpace(lines[i+1])), superscriptDigit) {
			i++
			noteLine[i] = true
			note += " " + strings.TrimSpace(lines[i])
		}
		notes[mark] = note
	}
	if len(notes) == 0 {
		return body
	}
	used := map[string]bool{}
	for i, l := range lines {
		if !noteLine[i] && strings.ContainsFunc(l, superscriptDigit) {
			lines[i] = placeNotes(l, notes, used)
		}
	}
	if len(used) == 0 {
		return body
	}
	out := lines[:0]
	for i, l := range lines {
		if noteLine[i] {
			mark, _, _ := footnoteLine(l)
			if mark != "" && !used[mark] {
				out = append(out, l) // a note no marker uses stays where it is
			}
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// startsIndented reports whether a line opens with a space or a tab.
func startsIndented(l string) bool {
	return l != "" && (l[0] == ' ' || l[0] == '\t')
}

// placeNotes rewrites a line with each marker of a known note glued to the
// word before it replaced: by the note as a sentence of its own after a
// sentence's end (the stop before the marker or, as French sets it, after
// it), by nothing inside a sentence, whose note then stays at the foot. A marker after a space, a
// digit ("10⁵") or a unit ("80 m²"), or one no note explains, is kept. used records the
// marks placed.
func placeNotes(t string, notes map[string]string, used map[string]bool) string {
	var b strings.Builder
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !superscriptDigit(r) {
			b.WriteString(t[i : i+n])
			i += n
			continue
		}
		j := i
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if !superscriptDigit(r2) {
				break
			}
			j += n2
		}
		mark := t[i:j]
		note, ok := notes[mark]
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		if !ok || i == 0 || unicode.IsSpace(prev) || unicode.IsDigit(prev) || unitWords[strings.ToLower(lettersBefore(t[:i]))] {
			b.WriteString(mark)
			i = j
			continue
		}
		next, nn := utf8.DecodeRuneInString(t[j:])
		switch {
		case strings.ContainsRune(".!?\"”»", prev):
			// "… the profits.³ The …": the note after the sentence
			used[mark] = true
			writeNote(&b, note)
			i = j
		case j < len(t) && strings.ContainsRune(".!?", next):
			// "… l'Ukraine⁴. Les …", as French sets the marker: the
			// note after the stop
			used[mark] = true
			b.WriteRune(next)
			writeNote(&b, note)
			i = j + nn
		default:
			// inside the sentence: the marker is cut and its note stays
			// at the foot, read there
			i = j
		}
	}
	return b.String()
}

// writeNote writes a note as a sentence of its own, after a space.
func writeNote(b *strings.Builder, note string) {
	b.WriteByte(' ')
	b.WriteString(note)
	if last, _ := utf8.DecodeLastRuneInString(note); !strings.ContainsRune(".!?»”\"", last) {
		b.WriteByte('.')
	}
}

// lettersBefore is the run of letters t ends with.
func lettersBefore(t string) string {
	k := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	return t[k+1:]
}
