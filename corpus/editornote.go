// Editor's notes in a transcript: a paragraph set wholly in italics after
// the last answer ("*The briefing lasted 25 minutes.*", "*Po audycji
// rzecznik MON przekazał …*", "*Благодарим читателей за вопросы.*") is the
// publication speaking about the conversation, in every language, not the
// last speaker going on: it does not continue their answer.

package corpus

import "strings"

// editorNote reports whether a paragraph is set wholly in single
// emphasis ("*…*" or "_…_"), not bold ("**Name:** …" is a turn).
func editorNote(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < 3 || strings.HasPrefix(p, "**") || strings.HasPrefix(p, "__") {
		return false
	}
	m := p[0]
	if m != '*' && m != '_' || p[len(p)-1] != m {
		return false
	}
	return !strings.ContainsRune(p[1:len(p)-1], rune(m)) // one span, not "*a* and *b*"
}
