// Relayed chains inside a statement. A local speaker often passes on
// what public figures said in one run of clauses: "Merz had said then
// that there was a real chance of peace, and Zelensky had said he would
// drop the NATO bid …", "Kaja Kallas had warned that …, and Andrii Sybiha
// had repeated that …", "Il a rappelé qu'à Paris … , tandis que Friedrich
// Merz a dit que …". nestedSpeech (nestedspeech.go) reads an inner
// report that opens the statement; this file reads the two shapes it
// left to the relayer:
//
//   - a second clause after a comma and a joiner ("and", "while", "et",
//     "tandis que", "а"), whose own named subject and speech verb
//     nestedSpeech reads: the words before the comma stay the relayer's,
//     those after the inner verb are the inner speaker's (emit);
//   - a time or place phrase before the inner subject ("at Mar-a-Lago on
//     28 December President Zelensky had said …", "after the Moscow
//     meeting Putin's aide Yuri Ushakov said …"): nestedSpeech is asked
//     again from each later word of the phrase, its subject reading
//     (subjectSpan from the verb back to the clause's first word) choosing
//     where the name starts.
//
// A mere mention is no relay: nestedSpeech asks for a speech verb after
// the named subject and a that-word or a clause after it, so "as Zelensky
// knows" or "and Zelensky's plan would …" are not split. Data:
// data/relaychain.json.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/relaychain.json
var relayChainJSON []byte

// relayChainData is data/relaychain.json.
var relayChainData = sync.OnceValue(func() (d struct {
	LeadMax   int                 `json:"leadMax"`
	Joiners   map[string][]string `json:"joiners"`
	LeadPreps map[string][]string `json:"leadPreps"`
	lead      map[string]map[string]bool
}) {
	mustDecodeJSON("data/relaychain.json", relayChainJSON, &d)
	d.lead = map[string]map[string]bool{}
	for l, ws := range d.LeadPreps {
		d.lead[l] = set(ws)
	}
	return d
})

// relayChainSplit cuts text before a comma and a joiner that open a
// clause nestedSpeech reads as another named person's report, outer
// being the one the text was given to: head is outer's, tail the clause
// (nestedSpeech reads it again to give it its speaker). ok false when no
// such clause follows, or either side holds fewer than three words.
func (x *extractor) relayChainSplit(outer *speaker, text string) (head, tail string, ok bool) {
	if x.noRelayChain || outer == nil {
		return "", "", false
	}
	joiners := relayChainData().Joiners[x.src.Lang]
	for c := range commaJoins(text) {
		after := text[c+2:]
		for _, jn := range joiners {
			if len(after) <= len(jn) || !strings.EqualFold(after[:len(jn)], jn) {
				continue
			}
			rest := after[len(jn):]
			if !strings.HasSuffix(jn, "'") {
				if rest[0] != ' ' {
					continue
				}
				rest = strings.TrimLeft(rest, " ")
			}
			h := strings.TrimSpace(text[:c])
			if len(strings.Fields(h)) < 3 {
				continue
			}
			inner, said, ok := x.nestedSpeech(outer, rest, false)
			if !ok || inner.kind != kindPerson {
				continue
			}
			if i := strings.Index(rest, said); i < 0 || strings.Contains(rest[:i], ",") {
				continue // "…, and Maria Lowell, who chaired the meeting, said …": an apposition or a relative stays whole, as coordnameappos_test.go guards
			}
			return h, rest, true
		}
	}
	return "", "", false
}

// relayLead reads text opening with a time or place phrase before a
// named inner subject ("at Mar-a-Lago on 28 December President Zelensky
// had said …"): nestedSpeech from each later word of the phrase, the
// first that reads a person other than outer.
func (x *extractor) relayLead(outer *speaker, text string) (*speaker, string, bool) {
	if x.noRelayChain || outer == nil {
		return nil, "", false
	}
	d := relayChainData()
	preps := d.lead[x.src.Lang]
	var buf [64]tok
	toks := tokenizeInto(buf[:0], text)
	if len(toks) < 6 || !preps[lowerWord(toks[0])] {
		return nil, "", false
	}
	for s := 1; s <= d.LeadMax && s < len(toks)-4; s++ {
		if preps[lowerWord(toks[s])] && !isCapital(toks[s].word) {
			continue // a second phrase ("… on 28 December"): its words are tried after it
		}
		if b := capitalRunStart(toks, s); b > 0 && objectPrepositions[x.src.Lang][lowerWord(toks[b-1])] {
			continue // "en su mensaje de Año Nuevo añadió …": a preposition's object, no subject
		}
		if sp, said, ok := x.nestedSpeechAt(outer, text[toks[s].start:], false); ok && sp.kind == kindPerson {
			return sp, said, true
		}
	}
	return nil, "", false
}

// capitalRunStart is where the run of capitalised words that holds
// toks[s] (or starts after it) begins; a day's or a month's name closes
// the time phrase before it ("on Sunday | Marco Rubio said").
func capitalRunStart(toks []tok, s int) int {
	b := s
	if !isCapital(toks[s].word) {
		return s // "… de Moscou | le conseiller …": an article opens the subject
	}
	for b > 0 && isCapital(toks[b-1].word) && toks[b-1].trail == "" && !weekdays()[lowerWord(toks[b-1])] && !isMonth(toks[b-1]) {
		b--
	}
	return b
}

// isMonth reports whether t is a month's name (sources.json).
func isMonth(t tok) bool {
	_, ok := lowerIn2(sourceData().months, t.word)
	return ok
}
