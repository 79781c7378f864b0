// Point labels of reprints that pointMarker's "Punkt 3: …" does not
// cover (xprobep, stop 47): a sign before the number ("§ 1 Die
// Souveränität …", "№ 6 …", "#6 Ukraine's army …"), a number sign
// after the point word ("Point n° 26 : …", "Punto nº 6 –", "Пункт № 6.
// …") and a number written as a word between the point word and a colon
// or dash ("Point one: …", "Punto uno – …"; ordinals, "Пункт первый:
// …", are read as prose, provisions_ordlabel.go). Each
// is rewritten to the plain "6. …" listItem reads, so the label leaves the
// point's text and the point keeps its number.

package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// signItemMarker rewrites an item opening with a section or number sign
// and a number ("§ 1 …", "§1. …", "№ 6: …", "#6 …") to "1. …". The sign
// and its number must be followed by a mark (".", ":", ")", a dash) or by
// a word in capitals, so "§ 3 of the law says" and "#1 priority" stay
// text. ok is false for any other s.
func signItemMarker(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(s, "§"):
		rest = s[len("§"):]
	case strings.HasPrefix(s, "№"):
		rest = s[len("№"):]
	case strings.HasPrefix(s, "#") && len(s) > 1 && s[1] >= '0' && s[1] <= '9':
		rest = s[1:] // "# 6 Title" is a Markdown heading, never read here
	default:
		return "", false
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "\u00a0")
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || n == len(rest) {
		return "", false
	}
	num, _ := strconv.Atoi(rest[:n])
	if num <= 0 || num > 99 {
		return "", false
	}
	after := rest[n:]
	switch {
	case after[0] == '.' || after[0] == ':' || after[0] == ')':
		return itemText(num, after[1:])
	case strings.HasPrefix(after, " –"), strings.HasPrefix(after, " —"), strings.HasPrefix(after, " - "):
		return itemText(num, strings.TrimLeft(after, " –—-"))
	case after[0] == ' ':
		t := strings.TrimSpace(after)
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) || isOpenQuote(r) {
			return itemText(num, t)
		}
	}
	return "", false
}

// numberSigns are the abbreviations of "number" that may stand between a
// point word and its figure ("Point n° 26", "Punto nº 6", "Punkt Nr. 6",
// "Пункт № 6"), lower case.
var numberSigns = []string{"n°", "nº", "no.", "nr.", "n.", "№"}

// wordPointLabel rewrites a label whose point word (s[:sp]) is followed by
// a number sign and a figure, or by a number in words and a colon or dash,
// to "6. …"; s is returned unchanged for anything else.
func wordPointLabel(s string, sp int) string {
	rest := s[sp+1:]
	for _, sign := range numberSigns {
		if len(rest) > len(sign) && strings.EqualFold(rest[:len(sign)], sign) {
			t := strings.TrimLeft(rest[len(sign):], " \u00a0")
			if t != "" && t[0] >= '0' && t[0] <= '9' {
				if m := pointMarker(s[:sp] + " " + t); m != s[:sp]+" "+t {
					return m
				}
			}
			return s
		}
	}
	// (an ordinal, "Пункт первый: …", is left to the prose readers, which
	// give each sentence of the paragraph its own version)
	w, end := nextWord(s, sp)
	if n := lowerIn(lexiconData().labelCardinals, w); n > 0 {
		after := strings.TrimLeft(s[end:], " ")
		for _, mark := range []string{":", "—", "–", "-"} {
			if t, found := strings.CutPrefix(after, mark); found && strings.Count(strings.TrimSpace(t), " ") >= 1 {
				if m, ok := itemText(n, t); ok {
					return m // "Point one: …", "Punto uno – …"
				}
			}
		}
	}
	return s
}

// figureItemMarker rewrites the figure markers of reprints listItem does
// not read to "1. …": a figure and a colon ("1: Ukraine's sovereignty
// …") and a full stop escaped by a Markdown export ("1\\. Ukraine's …").
// After the colon the text must open in capitals, so a score ("2: 1")
// stays text. A figure in square brackets ("[1] …") is not read: it is
// as often a footnote under the story (rawtext.go keeps those).
func figureItemMarker(s string) (string, bool) {
	if s == "" || s[0] < '1' || s[0] > '9' {
		return "", false
	}
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n+2 >= len(s) {
		return "", false
	}
	num, _ := strconv.Atoi(s[:n])
	after := s[n:]
	if strings.HasPrefix(after, "\\. ") {
		return itemText(num, after[3:]) // an escaped list marker is a list marker
	}
	if after[0] != ':' || after[1] != ' ' {
		return "", false
	}
	t := strings.TrimSpace(after[2:])
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && !isOpenQuote(r) {
		return "", false
	}
	return itemText(num, t)
}

// labelOrdinalSuffixes are the ordinal endings a figure in a point label
// may carry before its colon ("Point 1er :", "Punto 1.º:", "Ponto 2ª –",
// "Punkt 3. :" is a plain full stop).
var labelOrdinalSuffixes = []string{".º", ".ª", "º", "ª", "°", "er", "re"}

// labelOrdinalSuffix drops an ordinal ending from the start of after, the
// text after a label's figure, when a mark or a space follows it; after
// is returned as it is otherwise.
func labelOrdinalSuffix(after string) string {
	for _, suf := range labelOrdinalSuffixes {
		if t, ok := strings.CutPrefix(after, suf); ok && t != "" && (t[0] == ' ' || t[0] == ':' || t[0] == '.' || t[0] == ')') {
			return t
		}
	}
	return after
}

// minBracketPoints is the fewest "[n] …" paragraphs in a row read as a
// numbered list.
const minBracketPoints = 2

// bracketPoints turns runs of text paragraphs numbered in square brackets
// ("[1] Ukraine's sovereignty will be confirmed.", "[2] A non-aggression
// pact …", as wikis and forum copies number a list) into numbered items,
// in place. A footnote block looks the same, so a run is read only when
// its numbers go up, there are at least minBracketPoints of them, a
// lead-in of a few words ending in a colon stands just above it ("The
// 28-point plan as leaked:", never a bare "Notes:" or a sentence of the
// story), and no paragraph above carries one of its marks ("… the draft
// says[3]", where the layout reader has left them): the notes of a story
// are cited in its text, the points of a plan are introduced.
func bracketPoints(ps []paragraph) {
	for i := 0; i < len(ps); {
		if _, _, ok := bracketFigure(ps[i]); !ok {
			i++
			continue
		}
		j, last := i, 0
		for j < len(ps) {
			n, _, ok := bracketFigure(ps[j])
			if !ok || n <= last {
				break
			}
			last = n
			j++
		}
		if j-i >= minBracketPoints && i > 0 && listLead(ps[i-1]) && !marksCitedAbove(ps[:i], ps[i:j]) {
			for k := i; k < j; k++ {
				n, text, _ := bracketFigure(ps[k])
				ps[k].kind, ps[k].number, ps[k].text = paraItem, n, text
			}
		}
		i = j
	}
}

// bracketFigure reads a text paragraph "[n] Text …": n (1 to 99) and the
// text, which opens in capitals or a quotation mark.
func bracketFigure(p paragraph) (int, string, bool) {
	t := p.text
	if p.kind != paraText || len(t) < 5 || t[0] != '[' || t[1] < '1' || t[1] > '9' {
		return 0, "", false
	}
	n, k := int(t[1]-'0'), 2
	if t[k] >= '0' && t[k] <= '9' {
		n, k = n*10+int(t[k]-'0'), k+1
	}
	if !strings.HasPrefix(t[k:], "] ") {
		return 0, "", false
	}
	text := strings.TrimSpace(t[k+2:])
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) && !isOpenQuote(r) {
		return 0, "", false
	}
	return n, text, true
}

// marksCitedAbove reports whether a paragraph of above cites one of run's
// numbers as a mark ("[3]").
func marksCitedAbove(above, run []paragraph) bool {
	for _, r := range run {
		mark := r.text[:strings.IndexByte(r.text, ']')+1]
		for _, a := range above {
			if strings.Contains(a.text, mark) {
				return true
			}
		}
	}
	return false
}

// listLead reports whether p is a text lead-in of three words or more
// ending in a colon ("Here is the text as leaked:").
func listLead(p paragraph) bool {
	t := strings.TrimRight(p.text, " *_")
	return p.kind == paraText && strings.HasSuffix(t, ":") && strings.Count(t, " ") >= 2
}
