// What a characterising verb gives keeps the verb: "called that account
// blatantly false", "ha definito produttivo l'incontro", "described the
// talks as useful". The speaker's words are the quality given to
// something, and without the verb what is left reads as a fragment
// ("account blatantly false", "produttivo l'incontro"), or loses its
// object to the that-word reading ("called that account" is no "said
// that"). The verbs are verbs.json's characteriseVerbs, in every
// language; the auxiliaries right before the verb go with it ("ha
// definito").

package corpus

import "strings"

// characteriseSpanVerbs is verbs.json's characteriseSpanVerbs: verbs that
// characterise when another reader has already taken them as speech
// ("called that account false"), too wide for the characterisation
// reader itself ("called for a ceasefire", "described the meeting"). None
// takes a that-clause, so a "that" after one is a demonstrative; after
// the other characterising verbs ("a jugé que …") it opens the words
// said, which stay as the reader cut them.
var characteriseSpanVerbs = func() map[string]bool {
	var v struct {
		Verbs []string `json:"characteriseSpanVerbs"`
	}
	mustDecode("data/verbs.json", &v)
	return set(v.Verbs)
}()

// characteriseSpan returns text, as the reader after the verb at toks[vi]
// cut it from s, widened back to the verb and its auxiliaries when the
// verb characterises and text is the rest of the sentence after it; else
// text as it is.
func (x *extractor) characteriseSpan(s string, toks []tok, vi int, text string) string {
	if l := lowerWord(toks[vi]); text == "" || !x.lx.report.characterise[l] && !characteriseSpanVerbs[l] {
		return text
	}
	at := strings.LastIndex(s, text)
	if at < toks[vi].start {
		return text
	}
	if !characteriseSpanVerbs[lowerWord(toks[vi])] {
		for _, t := range toks[vi+1:] {
			if t.start >= at {
				break
			}
			if x.lx.thatWords[lowerWord(t)] || strings.HasPrefix(t.low, "qu'") || strings.HasPrefix(t.low, "qu’") {
				return text // "a jugé que …": a that-clause, the said words as they are
			}
		}
	}
	from := vi
	for from > 0 && x.lx.auxiliaries[lowerWord(toks[from-1])] && toks[from-1].trail == "" {
		from--
	}
	return trimSentenceEnd(s[toks[from].start : at+len(text)])
}
