// Thread counters: a social-media thread reprinted in an article numbers
// its posts "1/14", "**2/14**", "(3/14)", and the counter stays at the
// head of each post's paragraph. It is no point number and no part of a
// point's text: "6/14 Point 9 puts European fighter jets in Poland" is
// point 9, worded "Point 9 puts …". Provisions read paragraphs with the
// counters taken out; statements and passages keep the text as printed. A
// counter is only taken out when two paragraphs or more open on one of the
// same total, so a paragraph opening on a fraction ("1/3 of the …") stays.

package corpus

import "strings"

// withoutThreadCounters returns ps with a thread's post counters removed
// from the head of its paragraphs; ps itself when it holds no thread (the
// common case, with no copy).
func withoutThreadCounters(ps []paragraph) []paragraph {
	totals := map[int]int{} // posts seen per total
	for _, p := range ps {
		if _, m, ok := threadCounter(p.text); ok {
			totals[m]++
		}
	}
	if len(totals) == 0 {
		return ps
	}
	var out []paragraph
	for i, p := range ps {
		n, m, ok := threadCounter(p.text)
		if !ok || totals[m] < 2 {
			continue
		}
		if out == nil {
			out = make([]paragraph, len(ps))
			copy(out, ps)
		}
		out[i].text = strings.TrimLeft(p.text[n:], " ")
	}
	if out == nil {
		return ps
	}
	return out
}

// threadCounter reads a post counter at the head of t: optional bold or
// bracket marks, "k/m" with 1 <= k <= m <= 999 and m >= 2, the closing
// marks, then a space. It returns the length of the counter with its marks
// and the total m.
func threadCounter(t string) (length, total int, ok bool) {
	i := 0
	for i < len(t) && (t[i] == '*' || t[i] == '_' || t[i] == '(' || t[i] == '[') {
		i++
	}
	k, i2 := digitsAt(t, i)
	if i2 == i || i2 >= len(t) || t[i2] != '/' {
		return 0, 0, false
	}
	m, i3 := digitsAt(t, i2+1)
	if i3 == i2+1 || k < 1 || m < 2 || k > m || m > 999 {
		return 0, 0, false
	}
	for i3 < len(t) && (t[i3] == '*' || t[i3] == '_' || t[i3] == ')' || t[i3] == ']') {
		i3++
	}
	if i3 >= len(t) || t[i3] != ' ' {
		return 0, 0, false
	}
	return i3, m, true
}

// digitsAt reads up to three ASCII digits at t[i:]: their value and where
// they end (i when there are none).
func digitsAt(t string, i int) (int, int) {
	v, j := 0, i
	for j < len(t) && j < i+3 && isDigit(t[j]) {
		v = v*10 + int(t[j]-'0')
		j++
	}
	if j < len(t) && isDigit(t[j]) {
		return 0, i // four digits or more: a year, a figure
	}
	return v, j
}
