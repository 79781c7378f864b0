package corpus

import "strings"

// "Kyiv is resisting the clause that limits its army, point 6 of the
// draft, which sets a ceiling of 600,000 soldiers." A point named by what
// it does (pointWithRelative: "the clause that limits its army") may be
// given its number in apposition right after the clause. The apposition
// numbers the point, and the sentence from the point's name on is its
// text: the clause, the number and what the relative clause after the
// number adds.

// relativeApposition is the number a numbered point reference in
// apposition gives the relative clause c of sentence s (", point 6 of the
// draft, …" right after c), and the text from the point's name (with the
// two words before the clause: its determiner and noun) to the sentence's
// end; ok is false when no reference stands there.
func relativeApposition(s, c string) (number int, text string, ok bool) {
	at := strings.Index(s, c)
	if at <= 0 {
		return 0, "", false
	}
	after := s[at+len(c):]
	if !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, " –") && !strings.HasPrefix(after, " —") {
		return 0, "", false
	}
	rest := strings.TrimLeft(after, " ,–—")
	n, end, found := pointRefEnd(firstWords(rest, 3))
	if !found || end == 0 || countPointRefs(s) != 1 {
		return 0, "", false
	}
	head := strings.Fields(s[:at])
	if len(head) < 3 {
		return 0, "", false
	}
	start := strings.LastIndex(s[:at], strings.Join(head[len(head)-3:], " "))
	if start < 0 {
		return 0, "", false
	}
	return n, trimSentenceEnd(s[start:]), true
}
