// Reported speech in a later sentence of a long statement. An interview
// answer, a speech in the minutes of a sitting or a pundit's paragraph
// often passes on what someone else said in one of its sentences: «…
// Peskov ha fatto sapere che Mosca sta analizzando il documento. Non mi
// aspetto una risposta prima di gennaio», "… Zelensky has said that the
// guarantees are ready. I doubt it.", «… Ушаков заявил, что компромисс
// пока не найден. …». The statement stays the outer speaker's, as it is
// their answer; the sentence is also what the named person said, and the
// gold sets count it so (ZO, ZP, ZJ, ZN, ZE quote the inner words under
// the inner speaker). nestedSpeech (nestedspeech.go) reads the first
// sentence of an indirect statement; this reads the sentences of a
// statement of two or more, the first of a quotation included, with the
// same shape: a named subject, a speech verb, a that-word.

package corpus

import (
	"slices"
	"strings"
)

// innerSentenceSpeech adds before the statement just out, for each sentence of text that opens with
// a named speaker, a speech verb and a that-word, the clause as a
// statement of that speaker. Gated by a sentence break in text.
func (x *extractor) innerSentenceSpeech(sp *speaker, text string, direct bool, pos int) {
	if nestedSpeechOff || sp == nil || len(text) < 60 || !strings.Contains(text, ". ") {
		return
	}
	ss := sentences(text)
	if len(ss) < 2 {
		return
	}
	for i, s := range ss {
		if i == 0 && !direct {
			continue // read by emit's nestedSpeech on the whole text
		}
		s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "«»\"“”„"))
		if first, _ := cutWord(s); len([]rune(first)) <= 2 && !roleArticles[lowerString(first)] && !definiteArticles[lowerString(first)] {
			continue // "W Berlinie …", "Om NATO-medlemskab siger …": a preposition opens the sentence, no subject does
		}
		inner, said, ok := x.nestedSpeech(sp, s, false)
		if !ok {
			continue
		}
		if i := strings.IndexByte(said, '\n'); i > 0 {
			said = trimSentenceEnd(said[:i]) // a line break ends what was said (a list or a table of contents runs on)
		}
		if slices.ContainsFunc(x.out, func(o Statement) bool { return o.Speaker == inner.name && o.Text == said }) {
			continue // read once already (a statement given again as it grows)
		}
		// before the outer statement, which stays the last one out: a
		// paragraph that follows carries on the outer speaker's words
		role := x.lx.nominativeRole(inner.role)
		x.out = slices.Insert(x.out, len(x.out)-1, Statement{Speaker: inner.name, Role: role, Members: inner.members, Text: said, Position: pos})
		if x.trace {
			x.out[len(x.out)-2].reading = callerReading(1)
		}
	}
}
