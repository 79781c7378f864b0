package corpus

import "strings"

// The languages that write a point's number before its word label a
// reprinted point so too: "21 punktas. Krymas …", "21. pont: A Krím …",
// "21. kohta – Krim …", "21. punkts: …". numberFirstMarker rewrites such a
// label to the plain "21. …" listItem reads, as pointMarker does for
// "Punkt 21: …". The point word must be a singular one of pointrefs.json's
// numberFirstPointWords or bareNumberPointWords and be followed by a full stop, a colon or a dash, so prose
// that names a point ("7. punkt on kõige vaieldavam") and a plan's count
// ("28 punktų planas") stay text.

// numberFirstMarker returns s as "N. text" when it opens with a number, an
// optional full stop, a point word and a label mark; ok is false otherwise.
func numberFirstMarker(s string) (string, bool) {
	d := 0
	for d < len(s) && d < 2 && isDigit(s[d]) { // a plan has fewer than 100 points
		d++
	}
	if d == 0 || d >= len(s) {
		return s, false
	}
	rest := s[d:]
	if rest[0] == '.' {
		rest = rest[1:]
	}
	if !strings.HasPrefix(rest, " ") {
		return s, false
	}
	w, end := nextWord(rest, 0)
	if l := lowerString(w); l == "" || !docBeforeData().numberFirst[l] && !docBeforeData().bare[l] {
		return s, false
	}
	after := rest[end:]
	marked := false
	for _, m := range []string{". ", ": ", " – ", " — ", " - "} {
		if strings.HasPrefix(after, m) {
			after, marked = after[len(m):], true
			break
		}
	}
	if !marked {
		return s, false
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return s, false
	}
	return s[:d] + ". " + after, true
}
