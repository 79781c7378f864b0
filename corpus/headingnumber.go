package corpus

import "strings"

// headingItemNumber cuts the item number a newsletter or a digest puts
// before each entry's heading ("1. Rubio, after Florida: «…»", "2) Merz:
// „…“", "3 - Лавров: «…»"), so that the label under it is read for its
// speaker. Such numbers count a digest's entries; they are no point of
// a plan and no part of the name. The heading is returned unchanged when
// it opens with no number of one or two digits, or with one that is
// followed by no separator and a space.
func headingItemNumber(h string) string {
	i := 0
	for i < len(h) && i < 2 && h[i] >= '0' && h[i] <= '9' {
		i++
	}
	if i == 0 {
		return h
	}
	for _, sep := range []string{". ", ") ", " - ", " – ", " — ", " · "} {
		if rest, ok := strings.CutPrefix(h[i:], sep); ok {
			return strings.TrimSpace(rest)
		}
	}
	return h
}

// labelAsideWords open an aside after a speaker label's comma that says
// when or where the words were said, not who said them ("Rubio, after the
// Florida meeting: «…»", "Rubio, tras la reunión: «…»", "Merz, nach dem
// Gipfel: „…“"): the label is the name before the comma. English's
// "in", "on", "at", "during", "speaking", "writing", "via" and "to" are
// colonLabel's own.
var labelAsideWords = map[string]bool{
	"after": true, "before": true, "ahead": true,
	"tras": true, "después": true, "antes": true, "desde": true,
	"dopo": true, "prima": true,
	"nach": true, "vor": true, "bei": true, "im": true,
	"après": true, "avant": true, "lors": true,
	"po": true, "przed": true,
	"após":  true,
	"после": true, "перед": true, "після": true,
}

// labelBeforeAside is a label without a when-or-where aside after its
// comma ("Brandt, nach dem Gipfel" gives "Brandt"), so that the aside's
// own article ("dem") is not read as a genitive title's.
func labelBeforeAside(label string) string {
	if head, aside, ok := strings.Cut(label, ", "); ok && lowerIn(labelAsideWords, firstWord(aside)) {
		return head
	}
	return label
}
