package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/colonunnamed.json
var colonUnnamedJSON []byte

// nameAfterWords are data/colonunnamed.json's nameAfter: a capitalised word
// after one is a place or an agent of the description.
var nameAfterWords = sync.OnceValue(func() map[string]bool {
	var d struct {
		NameAfter []string `json:"nameAfter"`
	}
	mustDecodeJSON("data/colonunnamed.json", colonUnnamedJSON, &d)
	return set(d.NameAfter)
})

// An unnamed source introducing a quotation with a colon: "A Ukrainian
// negotiator, speaking to us on condition of anonymity, put it more
// bluntly: "…"", "4/ A Ukrainian delegation member texts me: "…"", "Um
// diplomata português, que pediu para não ser identificado, resumiu:
// "…"", "- Джерело в українській делегації (не називати!): «…»". The
// quotation-first pass gives a quotation to the one person its sentence
// names (soleNamed), and an unnamed source is no named person, so the
// quotation was dropped (stop 64, znever: seven released sets).

// maxColonHead is the most words before the colon: the description, an
// aside about it, and a short predicate ("was more relaxed").
const maxColonHead = 20

// colonUnnamed is the unnamed source that opens sentence s when the
// quotation starting at byte qstart follows the sentence's first colon,
// and nothing capitalised stands between the description and the colon
// (a name there may be whom the words were about or given to); nil
// otherwise.
func (x *extractor) colonUnnamed(s string, qstart int) *speaker {
	head := strings.TrimSpace(s[:qstart])
	if !strings.HasSuffix(head, ":") || strings.Count(head, ":") > 1 {
		return nil
	}
	toks := readAs(tokenize(strings.TrimSuffix(head, ":")), x.src.Lang)
	for len(toks) > 0 && !hasLetter(toks[0].word) {
		toks = toks[1:] // "4/", "-", "10.": a thread's or a list's number
	}
	if len(toks) == 0 || len(toks) > maxColonHead {
		return nil
	}
	sp := x.unnamedPhrase(toks)
	if sp == nil {
		return nil
	}
	noun := -1
	for i, t := range toks {
		if x.lx.isUnnamed(lowerWord(t)) {
			noun = i
			break
		}
	}
	after := nameAfterWords()
	for i := noun + 1; i < len(toks); i++ {
		if isCapital(strings.TrimLeft(toks[i].word, "(«„“\"")) && !after[lowerWord(toks[i-1])] {
			return nil
		}
	}
	return sp
}

// colonUnnamedItem reads quotation q of sentence s in a list item: the
// same shape in a list of talking points or numbered findings ("- Fuente
// diplomática consultada por Nerea: «…»", "10. Uma fonte diplomática
// europeia … resumiu o problema: «…»", stop 64, zcolon: ZL, ZP, ZQ). A list
// item's colon more often ends a label or a heading ("- Punkt 5: „…“",
// "- Kyiv: «…»"), so no other reading of the quotation-first pass is
// tried: only an unnamed source opening the item, with a quotation long
// enough to be speech that no rule read.
func (x *extractor) colonUnnamedItem(s string, q quoteSpan, pos int) {
	inner := trimQuote(s[q.inner:q.innerEnd])
	if len(strings.Fields(inner)) < qfMinWeak || titleShaped(inner) || x.quoteRead(inner, pos) {
		return
	}
	sp := x.colonUnnamed(s, q.start)
	if sp == nil || x.quotedElsewhere(inner, pos) {
		return
	}
	x.emit(sp, strings.TrimRight(strings.TrimSpace(s[q.inner:q.innerEnd]), ","), true, pos)
}
