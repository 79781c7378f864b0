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
// version and the versions they name are not all the same one.
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
	return named >= 2 && differ
}
