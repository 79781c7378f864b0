// Label context: a round-up labels each speaker's words with the name,
// the title and, in brackets, where or when they spoke: "**Karoline
// Leavitt, White House press secretary** (briefing, Thursday): The
// president supports the plan." The bracket is the occasion, not part of
// the label.

package corpus

import "strings"

// dropLabelContext returns p without a short bracketed occasion right
// before the colon of a speaker label opening it; p as it is otherwise.
func dropLabelContext(p string) string {
	c := strings.Index(p, "): ")
	if c < 0 || c > 160 {
		return p
	}
	o := strings.LastIndex(p[:c], " (")
	if o <= 0 || c-o > 60 || strings.ContainsAny(p[:o], ":()“”\"«»") || strings.Contains(p[:o], ". ") {
		return p
	}
	return p[:o] + p[c+1:]
}
