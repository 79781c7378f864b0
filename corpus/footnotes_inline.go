// Footnotes read in place: a PDF export or a think-tank note prints its
// footnotes at the foot of the page or the end ("³ Europe would add a
// further USD 100 billion under the same point."), and their superscript
// markers glued to the sentences they annotate ("… half of the
// profits.³"). A note read where it stands, after the text, has lost what
// it speaks of: "the same point" is the point of the sentence carrying its
// marker. Each note is put back as a sentence after the one its marker
// closes, and its lines at the foot are taken out. The layout reader
// (rawtext.go) strips marks and tells a hard wrap by the lines' width, so
// the marker is held by a private-use rune of its width while it reads
// (holdFootnotes) and the note set in its place after (placeFootnotes).

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

// footnoteHold is the first of the private-use runes a placed footnote's
// marker is held by while the layout reader (rawtext.go) reflows the
// text: one rune for one, so the lines keep their width (a hard wrap is
// told by it), and no rune the reader strips as a mark. maxHeldNotes is
// how many notes a body may have held.
const (
	footnoteHold = '\uF8E0'
	maxHeldNotes = 32
)

// holdFootnotes returns body with the marker of each note that can be
// put back after a sentence held by a private-use rune and the note's
// lines (its first, opening with the marker, and the indented ones that
// go on with it) taken out, and the held notes in the order of their
// runes. A marker can be put back after the stop before it or, as French
// sets it, after it ("… the profits.³", "… l'Ukraine⁴."); one inside a
// sentence would split it, so it and its note stay for the layout reader.
// A body with no superscript digits (most bodies) is returned as it is.
func holdFootnotes(body string) (string, []string) {
	if !holdsSuperscriptDigit(body) {
		return body, nil
	}
	lines := strings.Split(body, "\n")
	notes := map[string]string{}
	noteAt := map[string][2]int{} // mark -> the note's first and last line
	for i := 0; i < len(lines); i++ {
		mark, note, ok := footnoteLine(lines[i])
		if !ok || note == "" {
			continue
		}
		if _, dup := notes[mark]; dup {
			continue
		}
		first := i
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && startsIndented(lines[i+1]) && !strings.ContainsFunc(firstWord(strings.TrimSpace(lines[i+1])), superscriptDigit) {
			i++
			note += " " + strings.TrimSpace(lines[i])
		}
		notes[mark], noteAt[mark] = note, [2]int{first, i}
	}
	if len(notes) == 0 {
		return body, nil
	}
	var held []string
	heldAt := map[string]rune{}
	isNote := make([]bool, len(lines))
	for _, at := range noteAt {
		for k := at[0]; k <= at[1]; k++ {
			isNote[k] = true
		}
	}
	for i, l := range lines {
		if isNote[i] || !strings.ContainsFunc(l, superscriptDigit) {
			continue
		}
		lines[i] = holdMarks(l, func(mark string) (rune, bool) {
			if r, ok := heldAt[mark]; ok {
				return r, true
			}
			note, ok := notes[mark]
			if !ok || len(held) >= maxHeldNotes {
				return 0, false
			}
			r := footnoteHold + rune(len(held))
			held, heldAt[mark] = append(held, note), r
			return r, true
		})
	}
	if len(held) == 0 {
		return body, nil
	}
	out := lines[:0]
	for i, l := range lines {
		if isNote[i] {
			if mark, _, ok := footnoteLine(l); ok {
				if _, placed := heldAt[mark]; placed {
					continue
				}
			} else if heldNoteLine(i, noteAt, heldAt) {
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), held
}

// heldNoteLine reports whether line i goes on a note that was held.
func heldNoteLine(i int, noteAt map[string][2]int, heldAt map[string]rune) bool {
	for mark, at := range noteAt {
		if _, placed := heldAt[mark]; placed && i > at[0] && i <= at[1] {
			return true
		}
	}
	return false
}

// startsIndented reports whether a line opens with a space or a tab.
func startsIndented(l string) bool {
	return l != "" && (l[0] == ' ' || l[0] == '\t')
}

// holdMarks replaces in a line each marker glued to the word before it
// that can be put back after a sentence by the rune hold gives it. A
// marker after a space, a digit ("10⁵") or a unit ("80 m²"), inside a
// sentence, or one hold refuses (no note explains it) is kept.
func holdMarks(t string, hold func(mark string) (rune, bool)) string {
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
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		next, _ := utf8.DecodeRuneInString(t[j:])
		placeable := i > 0 && (strings.ContainsRune(".!?\"”»", prev) || j < len(t) && strings.ContainsRune(".!?", next))
		if placeable && !unicode.IsSpace(prev) && !unicode.IsDigit(prev) && !lowerIn(unitWords, lettersBefore(t[:i])) {
			if h, ok := hold(mark); ok {
				b.WriteRune(h)
				i = j
				continue
			}
		}
		b.WriteString(mark)
		i = j
	}
	return b.String()
}

// placeFootnotes puts each held note back in the paragraphs as a sentence
// of its own after the stop next to its rune, which it replaces.
func placeFootnotes(ps []paragraph, held []string) []paragraph {
	if len(held) == 0 {
		return ps
	}
	for i := range ps {
		t := ps[i].text
		if !strings.ContainsFunc(t, isHeldNote) {
			continue
		}
		var b strings.Builder
		for k := 0; k < len(t); {
			r, n := utf8.DecodeRuneInString(t[k:])
			if !isHeldNote(r) {
				b.WriteString(t[k : k+n])
				k += n
				continue
			}
			note := held[r-footnoteHold]
			k += n
			if next, nn := utf8.DecodeRuneInString(t[k:]); k < len(t) && strings.ContainsRune(".!?", next) {
				b.WriteRune(next) // "… l'Ukraine⁴. …": after the stop
				k += nn
			}
			writeNote(&b, note)
		}
		ps[i].text = b.String()
	}
	return ps
}

// isHeldNote reports whether r holds a footnote's place (holdFootnotes).
func isHeldNote(r rune) bool {
	return r >= footnoteHold && r < footnoteHold+maxHeldNotes
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
