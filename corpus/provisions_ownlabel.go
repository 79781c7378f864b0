package corpus

// A list that picks points out of a plan numbers its own items 1, 2, 3 …
// while each item names the plan's point it is about ("1. **Bod 6** – …",
// "2. Point 14: …", "3. Пункт 21 — …"). The list's number counts the
// selection; the label inside the item is the plan's number, and the one
// a reader (and /compare) needs. labelledPoint reads such a label only on
// unnumbered bullets; ownPointLabel lets it win over a list number too.

// ownPointLabel gives a numbered item the number of the point label its
// text opens with ("Bod 6 – …" under "1.") and drops the label; an item
// without such a label, or whose label repeats the list number, is
// returned as it is. Only a point word, a number and a separator count as
// a label (pointMarker): "Point 6 reaffirms …" is a sentence about the
// point, not a label, and keeps the list's number.
func ownPointLabel(it paragraph) paragraph {
	if it.number == 0 || it.letter != 0 || it.text == "" || it.text[0] <= '9' {
		return it
	}
	m := pointMarker(withoutPointArticle(it.text))
	if m == it.text {
		return it
	}
	p, ok := listItem(m)
	if !ok || p.number <= 0 || p.bare || p.number == it.number {
		return it
	}
	it.number, it.text = p.number, p.text
	return it
}
