package corpus

import "strings"

// A list of a plan's highlights often gives each point's number after its
// text rather than before it ("- a cap of 600,000 troops (point 6);",
// "- limitazione dell'esercito a 600 mila uomini (punto 6)", "- признание
// Крыма российским (пункт 21)."). The bullet is that point: it takes the
// number and loses the label, as a bullet opening with "Point 6:" does
// (labelledPoint).

// trailingLabelled gives an unnumbered bullet the number of the point
// label it ends with; other items are returned as they are.
func trailingLabelled(it paragraph) paragraph {
	if it.number != 0 || it.letter != 0 {
		return it
	}
	if n, rest, ok := trailingPointLabel(it.text); ok {
		it.number, it.text = n, rest
	}
	return it
}

// trailingPointLabel reads a point label in brackets that closes a text,
// before its final punctuation: "… efetivos (ponto 6);" is point 6 with
// the text "… efetivos". The bracket must hold the reference and nothing
// else ("(see point 7)", "(points 6 and 7)" and "(600,000)" are no
// label), and text must stand before it.
func trailingPointLabel(s string) (n int, rest string, ok bool) {
	t := strings.TrimRight(s, " .;,:")
	if !strings.HasSuffix(t, ")") || !hasASCIIDigit(t) {
		return 0, s, false
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return 0, s, false
	}
	inner := strings.TrimSpace(t[open+1 : len(t)-1])
	num, end, found := pointRefEnd(inner)
	if !found || end != len(inner) || countPointRefs(inner) != 1 {
		return 0, s, false
	}
	// the reference must open the bracket: "(punto 6)", "(п. 6)" is read
	// by pointRefEnd's marks, not "(as in point 6)"; a point word or its
	// short form ("п.", "pkt", "pt") opens it
	if w, _ := nextWord(inner, 0); !pointRefSet().has(w) && !lexiconData().pointAbbrs[lowerString(w)] {
		return 0, s, false
	}
	body := strings.TrimRight(t[:open], " ,;:–—-")
	if strings.Count(body, " ") < 2 {
		return 0, s, false // "(point 6)" after a word or two: a heading, not a term
	}
	return num, body, true
}

// foreignDeterminer reports whether det, a determiner of one language
// before a point word, is here a word of another language that spells it
// the same: English "no" (as in "no point 30") is Portuguese "no", "in
// the", before "ponto" ("No ponto 13, …"), which refers to the point.
func foreignDeterminer(det, pointWord string) bool {
	return det == "no" && !strings.EqualFold(pointWord, "point")
}

// bracketedRef reports whether the first point reference of s stands in
// brackets ("… e a Europa (ponto 2).", "… 800 тысяч (пункт 6)"): a note
// closing a term, which may have begun before a comma, rather than a
// clause that opens on its point ("…, a według punktu 7 Ukraina …").
func bracketedRef(s string) bool {
	_, end, ok := pointRefEnd(s)
	if !ok {
		return false
	}
	open := strings.LastIndexByte(s[:end], '(')
	return open >= 0 && !strings.Contains(s[open:end], ")") && wordsIn(s[open:end]) <= 3
}
