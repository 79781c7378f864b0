// Colon leads in a block of short lines: easy-to-read news (German
// "Leichte Sprache", easy-read pages in other languages), children's pages
// and some transcripts print one sentence a line and give a person's words
// under a lead of their own that ends with a colon: "Olaf Scholz hat
// gesagt:" then "Bücher sind sehr wichtig." on the next line, "Er sagt:"
// then two lines of what he said, "Rubio:" then his answer. splitParagraphs
// reads such a block as one paragraph a line (lineBlock), so the lead and
// the words it introduces end up apart and no reader sees "X sagt: …".
// appendLineBlock joins each such lead with the lines after it, up to the next
// lead or the end of the block, as the block would read printed as prose;
// the lines before a lead stay lines of their own.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxColonLeadWords is the most words a line may have to be read as a lead
// that introduces the lines after it ("Der Chef von Polen sagt:", "Frühere
// Klassen-Kameraden von ihm sagen:"): a longer line ending with a colon is
// a sentence that runs on, which the block's lines already keep whole.
const maxColonLineLeadWords = 8

// appendLineBlock appends the lines of a block of short lines (lineBlock)
// to out as paragraphs, one a line, but for each colon lead, which is one
// paragraph with the lines it introduces, marked colonRun.
func appendLineBlock(out []paragraph, lines []string) []paragraph {
	for i := 0; i < len(lines); i++ {
		if !colonLineLead(lines, i) {
			out = append(out, paragraph{text: lines[i], index: len(out)})
			continue
		}
		j := i + 1
		n := len(lines[i])
		for j < len(lines) && !colonLineLead(lines, j) {
			n += 1 + len(lines[j])
			j++
		}
		var b strings.Builder // one copy for the joined lines
		b.Grow(n)
		b.WriteString(lines[i])
		for _, l := range lines[i+1 : j] {
			b.WriteByte(' ')
			b.WriteString(l)
		}
		out = append(out, paragraph{text: b.String(), index: len(out), colonRun: true})
		i = j - 1
	}
	return out
}

// colonLineLead reports whether line i of a block is a lead that
// introduces the lines after it: it ends with a colon, holds no other
// colon ("Stand: 10:30 Uhr:"), is short, and the line after it is a
// sentence of its own (ends with a full stop, a question or exclamation
// mark or a closing quotation mark), so that a block of a header's
// "Teilnehmer:" over names without a full stop stays as it is.
func colonLineLead(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	t := strings.TrimRight(lines[i], " *")
	if !strings.HasSuffix(t, ":") || strings.Count(t, ":") != 1 {
		return false
	}
	if w := len(strings.Fields(t)); w == 0 || w > maxColonLineLeadWords {
		return false
	}
	next := strings.TrimRight(lines[i+1], " *")
	r, _ := utf8.DecodeLastRuneInString(next)
	return endsSentence(next) || isCloseQuote(r)
}

// colonRunSpeech reads a colon run (appendLineBlock) sentence by sentence
// and reports whether it did. The lead's sentence ("Tusk sagt: Polen
// schickt keine Soldaten.") is read as any other; when it gave someone
// words, each sentence after it that no reader gives to anyone is theirs
// too, as the block printed it under their lead ("Aber Polen hilft beim
// Transport."). A run with one sentence is left to the paragraph reader.
func (x *extractor) colonRunSpeech(text string, pos int) bool {
	ss := sentences(text)
	if len(ss) < 2 {
		return false
	}
	before := len(x.out)
	x.sentence(ss[0], pos)
	sp := x.lastSpeaker
	if n := len(x.out); n == before || sp == nil || x.out[n-1].Speaker != sp.name {
		sp = nil // the lead gave no one words: "Das bedeutet:" over a gloss
	}
	for _, s := range ss[1:] {
		n := len(x.out)
		x.sentence(s, pos)
		if len(x.out) == n && sp != nil {
			x.emit(sp, trimSentenceEnd(s), false, pos)
		}
	}
	return true
}
