// Lines of dialogue: Slavic, French, Italian and Spanish reports print an
// exchange as dashed lines, the speech verb set off by a second dash ("—
// Чи готова Рада до референдуму? — запитала кореспондентка.", "— Якщо
// йдеться про територію, то без референдуму не обійтися, — відповіла
// Гнатюк. — Так записано в Конституції."). Such a line is someone's words,
// not a point of a list: a plan's term in it is what the speaker asks or
// says. dialogueLine reads only the last dash, so a line that goes on
// after its attribution, or whose asking verb is no speech verb, was read
// as a bullet point.

package corpus

import "strings"

// spokenLine reports whether a dashed item's text is a line of dialogue:
// a speech verb follows any of its inner dashes, or a question mark ends
// the words before one ("…? — запитала …").
func spokenLine(t string) bool {
	if dialogueLine(t) {
		return true
	}
	lx := lexiconData()
	for _, d := range []string{" – ", " — "} {
		for from := 0; ; {
			i := strings.Index(t[from:], d)
			if i < 0 {
				break
			}
			i += from
			from = i + len(d)
			if before := strings.TrimRight(t[:i], " *_»”\""); strings.HasSuffix(before, "?") && len(before) > 1 {
				return true
			}
			if w, _ := nextWord(t, i+len(d)); lowerIn(lx.sayVerbs, w) {
				return true
			}
		}
	}
	return false
}
