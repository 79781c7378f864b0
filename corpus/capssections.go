// Numbered section titles in capitals: memos, briefs, testimony and
// minutes number their own sections and set the titles in capitals ("1.
// КОНТЕКСТ (не цитувати)", "2. KEY MESSAGES", "3. RECOMMANDATIONS"), with
// the section's lines right below and no blank line between. Read as list
// items, the titles became a plan's points 1, 2, 3 …, and every bullet of
// the memo (key messages, quotations to use, phrases to avoid) became a
// point of the version the memo's subject line names. A plan's points are
// sentences; a title in capitals is a heading.

package corpus

import (
	"unicode"
	"unicode/utf8"
)

// minCapsSections is the fewest numbered titles in capitals a document
// must have for them to be read as its sections: one alone may be a
// point that shouts ("8. NATO …" is not one: it runs on in lower case).
const minCapsSections = 2

// minCapsLetters is the fewest capital letters a section title holds.
const minCapsLetters = 4

// capsTitle reports whether line, a numbered item's first line without its
// marker, is a section title in capitals: every letter outside brackets is
// upper case and there are at least minCapsLetters of them, one word of
// four letters or more among them ("ЧОГО УНИКАТИ", "FACTS YOU CAN CITE",
// "КОНТЕКСТ (не цитувати)"). "NATO agrees …" runs on in lower case and is
// a sentence.
func capsTitle(line string) bool {
	caps, run, longest, depth := 0, 0, 0, 0
	for _, r := range line {
		switch {
		case r == '(' || r == '[':
			depth++
			run = 0
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
			run = 0
		case depth > 0:
			continue
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			caps++
			if run++; run > longest {
				longest = run
			}
		default:
			if r != '\'' && r != '’' {
				run = 0
			}
		}
	}
	return caps >= minCapsLetters && longest >= 4
}

// capsSections turns the numbered titles in capitals of ps into headings
// when the document has minCapsSections of them or more, each title's
// continuation lines becoming a text paragraph of their own below it.
// ps is returned as it is when there are fewer; positions are renumbered
// otherwise.
func capsSections(ps []paragraph) []paragraph {
	n := 0
	for _, p := range ps {
		if p.capsHead > 0 {
			n++
		}
	}
	if n < minCapsSections {
		return ps
	}
	out := make([]paragraph, 0, len(ps)+n)
	for _, p := range ps {
		if p.capsHead == 0 {
			out = append(out, p)
			continue
		}
		title, rest := p.text[:p.capsHead], trimLeftSpace(p.text[p.capsHead:])
		out = append(out, paragraph{text: title, kind: paraHeading})
		if rest != "" {
			out = append(out, paragraph{text: rest})
		}
	}
	for i := range out {
		out[i].index = i
	}
	return out
}

// trimLeftSpace cuts the spaces at the head of s.
func trimLeftSpace(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[size:]
	}
	return s
}
