package corpus

import "strings"

// unboldLabel writes a bold speaker label as a plain one: "**JANA
// WOLTERS:** …" and "**Jana Wolters**: …" read as "JANA WOLTERS: …", for
// the rules that compare a label with a name. Any other paragraph is
// returned as it is.
func unboldLabel(p string) string {
	if !strings.HasPrefix(p, "**") {
		return p
	}
	j := strings.Index(p[2:], "**")
	if j <= 0 || j > 80 {
		return p
	}
	inner, rest := p[2:2+j], p[4+j:]
	switch {
	case strings.HasSuffix(inner, ":"):
		inner = strings.TrimSuffix(inner, ":")
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	default:
		return p // "**Point 7** …": bold, but no label
	}
	return strings.TrimSpace(inner) + ": " + strings.TrimLeft(rest, " ")
}
