// Unnamed interlocutors in editorial brackets. A leaked cable, memo or
// transcript printed with its private names replaced puts a description
// in square brackets where the name stood: "[A State Department official
// working on Europe] told Poloff that …", "[Un diplomate européen] a
// estimé que …", "[Ein Berater der Botschaft] sagte, …". The brackets
// hide the sentence's subject from every reader of speakers, so the
// words were lost or went to the person quoted before. Read without its
// brackets the description is an unnamed source like any other.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBracketedDescription bounds the bytes of a bracketed description:
// longer brackets hold an editor's note, not a subject.
const maxBracketedDescription = 120

// withEditorialBrackets returns ps with the brackets around unnamed
// descriptions taken out (unbracketDescriptions), and the classification
// mark a paragraph opens with (withoutPortionMark), copying ps only when a
// paragraph changes. It runs on the paragraphs statements are read from,
// after every reader that keeps offsets into their text.
func withEditorialBrackets(ps []paragraph) []paragraph {
	var out []paragraph
	for i := range ps {
		t, marked := withoutPortionMark(ps[i].text) // "(C) [A counsellor …] said" (cablemarks.go)
		unbracketed := false
		if strings.IndexByte(t, '[') >= 0 {
			t, unbracketed = unbracketDescriptions(t, lexiconData().indefinites)
		}
		if !marked && !unbracketed {
			continue
		}
		if out == nil {
			out = append([]paragraph(nil), ps...)
		}
		out[i].text = t
	}
	if out == nil {
		return ps
	}
	return out
}

// unbracketDescriptions drops the brackets of each "[…]" in t that
// opens with an indefinite word ("[A counsellor at the embassy]", "[Two
// officials]") and is followed by a space and a lower-case word, the
// predicate the description is the subject of. A bracket that opens
// with a name ("[Kyiv stringer] a member of …", a chat's label), a
// number ("[1]"), or runs into a link ("[text](url)") stays.
func unbracketDescriptions(t string, indefinites map[string]bool) (string, bool) {
	var b strings.Builder
	done := 0 // bytes of t written to b
	for i := 0; i < len(t); {
		o := strings.IndexByte(t[i:], '[')
		if o < 0 {
			break
		}
		o += i
		c := strings.IndexByte(t[o+1:], ']')
		if c < 0 {
			break
		}
		c += o + 1
		i = c + 1
		inner := t[o+1 : c]
		if len(inner) > maxBracketedDescription || strings.IndexByte(inner, '[') >= 0 || c+2 >= len(t) || t[c+1] != ' ' {
			i = o + 1
			continue
		}
		if !describedSubject(inner, t[c+2:], indefinites) {
			continue
		}
		if o > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:o]); !unicode.IsSpace(r) && !isOpenQuote(r) && r != '(' {
				continue
			}
		}
		if b.Len() == 0 {
			b.Grow(len(t))
		}
		b.WriteString(t[done:o])
		b.WriteString(inner)
		done = c + 1
	}
	if done == 0 {
		return t, false
	}
	b.WriteString(t[done:])
	return b.String(), true
}

// describedSubject reports whether inner, the text of a bracket followed
// by a space and after, is an unnamed description as a sentence's
// subject: two words or more, the first an indefinite word, and a
// lower-case word after the bracket.
func describedSubject(inner, after string, indefinites map[string]bool) bool {
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsLower(r) {
		return false
	}
	first, _, more := strings.Cut(inner, " ")
	return more && indefinites[lowerString(first)]
}

// bracketedSubjectAt reports whether s opens with a bracket that
// describedSubject reads as a subject ("[Un diplomate européen] a
// estimé …"), so that a log's slot label ("[PASEK 2] …", "[LIVE] …") is
// not cut from its line when it is one (labelledlines.go).
func bracketedSubjectAt(s string) bool {
	c := strings.IndexByte(s, ']')
	if len(s) == 0 || s[0] != '[' || c < 0 || c+2 >= len(s) || s[c+1] != ' ' {
		return false
	}
	return describedSubject(s[1:c], s[c+2:], lexiconData().indefinites)
}
