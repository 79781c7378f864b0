package index

import (
	"strings"
	"unicode/utf8"
)

// Many reports of the same event carry the same quote: what Peskov or
// Rubio said is repeated by every wire, live page and digest, in every
// language, and a statement record held only the quote (with its
// speaker and role). What tells one report's statement from another's is
// the frame around the quote in its own paragraph: the outlet it was
// given to ("Trump told Fox News Radio that …"), the occasion ("at a
// Security Council session this evening. His line was that …"), the
// place, the day, the medium ("wrote on his social network that …").
// Questions name exactly these particulars; where the quote stands once
// in the index they matter little, in an index of months of news they
// say which report is meant. So a statement is indexed (after metaSep,
// as its speaker and an interview's question are) with the words of its
// paragraph next to the quote: up to frameBefore words before it and
// frameAfter after it, never the quote itself nor the paragraph's other
// statements. A statement whose text is not found as such in its
// paragraph (rewritten reported speech) gets no frame, and one that is
// its whole paragraph has none to get. The frame's words count as any
// word of the record does (measured against a tie-break only, which did
// worse: docs/design.md, stop 47, xrank).

const (
	frameBefore = 25 // words of the paragraph before the quote
	frameAfter  = 15 // and after it
	// frameBytes bounds each side for scripts written without spaces.
	frameBytes = 240
)

// statementFrame is the frame of the statement quote in paragraph, "" when
// there is none (see above); others are the texts of the paragraph's
// statements (quote's own among them is skipped): the frame stops where
// another one ends before the quote or starts after it.
func statementFrame(paragraph, quote string, others []string) string {
	quote = strings.TrimSpace(quote)
	if quote == "" || paragraph == "" {
		return ""
	}
	i := strings.Index(paragraph, quote)
	if i < 0 {
		return ""
	}
	before, after := paragraph[:i], paragraph[i+len(quote):]
	for _, o := range others {
		if o = strings.TrimSpace(o); o == "" || o == quote {
			continue
		}
		if j := strings.LastIndex(before, o); j >= 0 {
			before = before[j+len(o):]
		}
		if j := strings.Index(after, o); j >= 0 {
			after = after[:j]
		}
	}
	return strings.TrimSpace(lastWords(before, frameBefore) + " " + firstWords(after, frameAfter))
}

// lastWords is the last n space-separated words of s, at most frameBytes
// long.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	out := strings.Join(f, " ")
	for len(out) > frameBytes {
		_, w := utf8.DecodeRuneInString(out)
		out = out[w:]
	}
	return out
}

// firstWords is the first n space-separated words of s, at most
// frameBytes long.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	out := strings.Join(f, " ")
	for len(out) > frameBytes {
		_, w := utf8.DecodeLastRuneInString(out)
		out = out[:len(out)-w]
	}
	return out
}
