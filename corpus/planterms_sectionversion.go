package corpus

// A term's version from its section: the paragraph nearest above a term
// may name a version only in passing, as what the term's version departs
// from ("… at 800,000, instead of the 600,000 of the November draft"),
// while the section's own lead or caption ("What the 20-point text says")
// names the version the paragraphs under it set out. When the nearest
// version does not hold the term (the catalogue's plans), the term
// belonged until now to the version it first appeared in; a version named
// further up the same section that does hold it is the better reading,
// since the term is then that version's own.

// sectionVersionFor is the version named nearest above paragraph i, within
// its section and planLookBack paragraphs, that holds term t; "" for none.
func sectionVersionFor(t *planTerm, ps []paragraph, i int, planFor func(string) (string, bool)) string {
	for k := i - 1; k >= 0 && k > i-planLookBack; k-- {
		if name, _ := planFor(ps[k].text); name != "" {
			if v := contextVersion(ps[k].text, name); t.allows(v) {
				return v
			}
		}
		if ps[k].kind == paraHeading && ps[k].heading || thematicBreak(ps[k]) || faqQuestion(ps, k) {
			break // another section's versions are not this one's
		}
	}
	return ""
}
