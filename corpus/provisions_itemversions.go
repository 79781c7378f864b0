// A list whose items each name a version of their own. A page that sets the
// published outlines side by side often does it in bullets, one version a
// bullet: "- The US 28-point draft said (point 25) that …", "- The 20-point
// framework says in point 18 that …". The lead-in names no version ("The
// published outlines differ:"), so the list reader would give every item
// one version, the document's main one in the end; each item's own subject
// names its version instead. Such a list is read as prose, where each
// sentence's version and point numbers are read from its own words.

package corpus

// itemsNameVersions reports whether at least two items of a list name a
// version and the versions they name are not all the same one; of a
// numbered list, also that two items or more cite points by number.
func itemsNameVersions(items []paragraph, planFor func(string) (string, bool)) bool {
	if len(items) < 2 {
		return false
	}
	first, named := "", 0
	differ := false
	for _, it := range items {
		name, _ := planFor(it.text)
		if name == "" {
			continue
		}
		named++
		if first == "" {
			first = name
		} else if name != first {
			differ = true
		}
	}
	if !(named >= 2 && differ) {
		return false
	}
	if firstNumber(items) == 0 {
		return true
	}
	// a numbered list is the writer's own numbering: its items are prose
	// about the points only when two or more cite points by number ("3.
	// Punt 13 van het plan beoogt …", "2. O projeto … previa, no ponto
	// 21, …"); a petition's or a motion's numbered demands that name a
	// version in passing stay a list
	cites := 0
	for _, it := range items {
		if hasPointRef(it.text) {
			cites++
		}
	}
	return cites >= 2
}

// asProse makes items i to j of ps text paragraphs, so that the prose
// readers read each bullet's sentences, clauses and point numbers as they
// read a paragraph's ("says in point 18 that … and in point 20 that …").
// The paragraphs are the caller's, read again for statements: the first
// change copies them (*cloned), which only such a list costs.
func asProse(ps []paragraph, i, j int, cloned *bool) []paragraph {
	if !*cloned {
		ps = append([]paragraph(nil), ps...)
		*cloned = true
	}
	for k := i; k < j; k++ {
		ps[k].kind = paraText
	}
	return ps
}

// proseItems makes the items i to j of ps that hold two sentences or more
// text paragraphs (asProse), for a list that is not the plan's: a reply
// letter's or a legal opinion's numbered paragraphs ("1. Официальный текст
// плана не публиковался. … США и Россия продлят … СНВ (п. 17). …"), a
// show's time-stamped notes ("- 31:50 — The Donbas question. … the
// framework freezes troops … (point 14)") report the plan's points in
// prose, which only the terms reader read there, so a point the terms
// vocabulary does not know was lost. A one-sentence item stays an item:
// "* Washington and Kyiv disagree on the territorial clause (point 14)"
// names a point and says nothing of it.
func proseItems(ps []paragraph, i, j int, cloned *bool) []paragraph {
	for k := i; k < j; k++ {
		if len(sentences(ps[k].text)) >= 2 {
			ps = asProse(ps, k, k+1, cloned)
		}
	}
	return ps
}
