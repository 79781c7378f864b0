package corpus

// A thematic break ("---", "***", "* * *", "———") closes a part of a
// document as a heading does: the letters of an exchange, the posts of a
// live blog, the stories of a digest. A version one part names in passing
// ("Have you seen the European counter-proposal? …") is not the version a
// bare "point 26" of the next part speaks of; that part speaks of what the
// document is about (planAbove, pointTrail).

// thematicBreak reports whether a paragraph is nothing but a break line:
// two or more rule characters (dashes, asterisks, underscores, bullets,
// tildes, equals signs), spaces between them allowed.
func thematicBreak(p paragraph) bool {
	t := p.text
	if len(t) < 2 || len(t) > 40 {
		return false
	}
	marks := 0
	for _, r := range t {
		switch r {
		case ' ':
		case '-', '*', '_', '–', '—', '•', '·', '~', '=', '◆', '◇', '♦', '#':
			marks++
		default:
			return false
		}
	}
	return marks >= 2 || p.kind == paraItem && marks >= 1 // "* * *" is read as a bullet "* *"
}
