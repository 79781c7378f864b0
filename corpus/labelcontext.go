// Label context: a round-up labels each speaker's words with the name,
// the title and, in brackets, where or when they spoke: "**Karoline
// Leavitt, White House press secretary** (briefing, Thursday): The
// president supports the plan." The bracket is the occasion, not part of
// the label.

package corpus

import (
	"regexp"
	"strings"
)

// dropLabelContext returns p without a short bracketed occasion right
// before the colon of a speaker label opening it; p as it is otherwise.
func dropLabelContext(p string) string {
	c := strings.Index(p, "): ")
	if c < 0 || c > 160 {
		return p
	}
	o := strings.LastIndex(p[:c], " (")
	if o <= 0 || c-o > 60 || containsAny(p[:o], ":()“”\"«»") || strings.Contains(p[:o], ". ") {
		return p
	}
	if _, _, ok := soundLabelSpeaker(p[:c+1]); ok {
		return p // "O-TON 1 (Marco Rubio):": the bracket is who speaks (scriptlabels.go)
	}
	return p[:o] + p[c+1:]
}

// transcriptClock is a transcript's time code with seconds, bracketed:
// "[00:01:25] ".
var transcriptClock = regexp.MustCompile(`^\[\d{1,2}:\d{2}:\d{2}\]\s*`)

// stripClock removes a transcript's time code with seconds from the start
// of a paragraph ("[00:00:31] **PIOTR LENDVAI:** …"), which a live blog's
// time ("10:12 Песков: …", stripTimestamp) does not cover.
func stripClock(p string) string {
	if len(p) < 10 || p[0] != '[' {
		return p
	}
	if m := transcriptClock.FindStringIndex(p); m != nil {
		return p[m[1]:]
	}
	return p
}
