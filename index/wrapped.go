package index

import (
	"planbot/corpus"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence carried across a line break.
//
// Hard-wrapped text (a dictation transcript with time stamps, a book of
// abstracts, a parliamentary motion typed at 80 columns, a plain-text
// mail) is often read one line a passage, and then a sentence's subject
// and its predicate are two records: "после Женевы список" / "сократился
// примерно до девятнадцати пунктов", "garanties de sécurité pour" /
// "quinze ans, tandis que Kyiv …". Neither line holds the question's
// words together. A passage that continues the sentence of the passage
// before it (that one does not end a sentence, this one starts with a
// lower-case letter, and its first word is a plain word, not "id,date" or
// "points:") is indexed with that sentence's start, as words about the
// record (withMeta): found and ranked by them, shown as it is. Only the
// continuation carries them: the line before keeps its own words, so the
// two never tie on one sentence's words.

// wrappedOf is wrappedContext over a document's passages; nil, without
// building anything, when no passage starts with a lower-case letter.
func wrappedOf(ps []corpus.Passage) map[int][]string {
	lower := false
	for _, p := range ps {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p.Text))
		if unicode.IsLower(r) {
			lower = true
			break
		}
	}
	if !lower {
		return nil
	}
	byPos := make(map[int]string, len(ps))
	for _, p := range ps {
		byPos[p.Position] = p.Text
	}
	return wrappedContext(byPos)
}

// wrappedContext returns, for each passage position of a document, the
// words of the sentence it continues from the passage before it (none
// when it continues none). byPos maps a position to its
// passage's text.
func wrappedContext(byPos map[int]string) map[int][]string {
	var out map[int][]string
	for pos, text := range byPos {
		next, ok := byPos[pos+1]
		if !ok || !continuesSentence(text, next) {
			continue
		}
		if out == nil {
			out = map[int][]string{}
		}
		out[pos+1] = append(out[pos+1], sentenceTail(text))
	}
	return out
}

// continuesSentence says whether next goes on with a sentence prev left
// open: prev ends on a letter, digit or comma (not on a sentence's end,
// a colon or a closing quotation mark) and next starts with a lower-case
// word of letters only, ended by a space or a sentence mark (not a field
// label "points:" nor a table row "id,date,…").
func continuesSentence(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(first) {
		return false
	}
	for i, r := range next {
		if unicode.IsLetter(r) {
			continue
		}
		if unicode.IsSpace(r) {
			break
		}
		// A mark after the word: a comma or a sentence's end, then a space
		// or nothing ("conjunto. La", "however, the"; not "id,date").
		after, _ := utf8.DecodeRuneInString(next[i+utf8.RuneLen(r):])
		if !sentenceEnd(r) && r != ',' || i+utf8.RuneLen(r) < len(next) && !unicode.IsSpace(after) {
			return false
		}
		break
	}
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// sentenceEnd says whether r ends a sentence.
func sentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', ';', '。', '！', '？':
		return true
	}
	return false
}

// sentenceTail is the last sentence of s as far as s holds it: the text
// after its last sentence end.
func sentenceTail(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexFunc(s, sentenceEnd); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return strings.TrimSpace(s[i+n:])
	}
	return s
}
