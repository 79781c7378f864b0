package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelPoints reads a reprint that puts each point's label on a line of
// its own ("Point 3", "Punkt 3:", "Пункт 3", "3.") and the point's text in
// the paragraphs below it, up to the next label: the label and its text
// become one numbered item. It takes two labels or more, numbered upwards,
// so a lone "Point 3" line stays what it was. A point's text stops early at
// an editor's labelled note ("Our note: …", "Kommentar: …"), at someone's
// words, or at a heading or list; after the last label it goes on only
// while the sentence does ("Russia will not invade its neighbours," then
// "and NATO will not expand."), for the article goes on below it.
func labelPoints(ps []paragraph) []paragraph {
	var at []int // the labels, in order
	last := 0
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].kind != paraHeading && ps[i].kind != paraText {
			continue
		}
		n, ok := pointLabel(ps[i].text)
		if !ok || n <= last || ps[i+1].kind != paraText {
			continue
		}
		if _, next := pointLabel(ps[i+1].text); next {
			continue
		}
		at = append(at, i)
		last = n
	}
	if len(at) < 2 {
		return ps
	}
	out := make([]paragraph, 0, len(ps))
	for k := 0; k < len(ps); {
		label := -1
		for x, a := range at {
			if a == k {
				label = x
				break
			}
		}
		if label < 0 {
			ps[k].index = len(out)
			out = append(out, ps[k])
			k++
			continue
		}
		n, _ := pointLabel(ps[k].text)
		end := len(ps)
		if label+1 < len(at) {
			end = at[label+1]
		}
		text := ps[k+1].text
		j := k + 2
		for ; j < end; j++ {
			p := ps[j]
			if p.kind != paraText {
				break
			}
			r, _ := utf8.DecodeRuneInString(p.text)
			if !unicode.IsLower(r) && (noteLabel(p.text) || reportsWords(lexiconData(), p.text)) {
				break // ("and NATO agrees …" goes on with the sentence whatever its verb)
			}
			if label+1 == len(at) && !sentenceGoesOn(text, p.text) {
				break
			}
			text += " " + p.text
		}
		out = append(out, paragraph{text: text, kind: paraItem, number: n, index: len(out)})
		k = j
	}
	return out
}

// pointLabel reads a paragraph that is a point's label and nothing more:
// a point word and a number ("Point 12", "Punkt 3:", "Пункт 7."), or a
// number and a full stop or bracket ("12.", "12)").
func pointLabel(t string) (int, bool) {
	t = strings.TrimRight(strings.TrimSpace(t), ".:)")
	word, num, two := strings.Cut(t, " ")
	if !two {
		num = word
	} else if !lowerIn(lexiconData().pointWords, word) {
		return 0, false
	}
	if num == "" || len(num) > 4 || strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	return n, err == nil && n > 0
}

// noteLabel reports whether a paragraph opens with an editor's label
// before a colon ("Our note: …", "Nota della redazione: …", "Kommentar:
// …"): at most three words, the first in capitals, none of them a number.
func noteLabel(t string) bool {
	i := strings.Index(t, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	head := t[:i]
	if containsAny(head, "0123456789,;.\"«»“”") || len(strings.Fields(head)) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(head)
	return unicode.IsUpper(r)
}

// sentenceGoesOn reports whether paragraph next carries on the sentence
// that text leaves open: text ends without a full stop, or next opens in
// lower case.
func sentenceGoesOn(text, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	if !strings.ContainsRune(".!?…\"”»", last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}
