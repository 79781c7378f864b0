package corpus

import "strings"

// italicLead is a sentence of a paragraph set wholly in italics without
// the emphasis mark glued to its first word: "*Президент Володимир
// Зеленський на зустрічі … зачитав …" gives "Президент Володимир
// Зеленський …". A standfirst is often so set; the mark hid the title
// before the name from the reading of mentions, so the person's later
// statements lost it. Only a sentence that names people without quoting
// them is read so (sentence's no-cue branch): a sentence with a speech
// cue keeps its reading, in which an italic introduction ("*На вопросы
// читателей отвечает …") is the interview's frame. s is returned as it is
// when it opens with no single mark before a capital or closes the mark
// before its end.
func italicLead(s string) string {
	if len(s) < 4 || s[0] != '*' && s[0] != '_' || s[1] == s[0] {
		return s
	}
	mark := s[:1]
	rest := s[1:]
	if !isCapital(firstWord(rest)) {
		return s
	}
	if end := strings.Index(rest, mark); end >= 0 && end != len(strings.TrimRight(rest, " "))-1 {
		return s // "*Name* said": plainLead's, or an italic word inside
	}
	return strings.TrimRight(strings.TrimRight(rest, " "), mark)
}
