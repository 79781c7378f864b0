package corpus

import "strings"

// An "according to" aside inside a relayed that-clause: "Il rappelle que
// des garanties … avaient été promises à l'Ukraine, selon le président
// Macron", "Андрій Ткачук додав, що, за словами Умєрова, переговори …
// були продуктивними", "Ruiz-Bastida recoge que, según Zelenski, Estados
// Unidos propuso …". Minutes and club reports write so when a participant
// passes on what a public figure said: the aside names whose words the
// clause holds, and the participant only relays them. The clause goes to
// the aside's person, without the aside; the relayer is remembered as the
// one still speaking, as after nestedSpeech.
//
// The aside must name a person the document can name (known by name, or
// by a title with a name) other than the relayer; a pronoun ("selon lui")
// is the relayer's own, and a document ("según el documento"), the press
// ("secondo quanto riferito dalla stampa"), reports ("according to
// reports", "laut Presseberichten") or an unnamed source keep the clause
// the relayer's.

// relayAccordingMax is how many words the aside's person may hold after
// the cue: an article, a title of two words and a name of two.
const relayAccordingMax = 6

// relayAccordingCues are grammar.json's relayAccordingCues, each cut into
// its words: the cues of several words, or of a word the one-word
// according lexicon does not hold ("according to", "d'après", "selon les
// mots du").
var relayAccordingCues = func() [][]string {
	var out [][]string
	for _, p := range grammarWords["relayAccordingCues"] {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// relayCueLen is how many words an according cue opening at toks[k]
// holds, 0 when none opens there. The cue's last word must run on to the
// person without punctuation.
func (x *extractor) relayCueLen(toks []tok, k int) int {
	if l := lowerWord(toks[k]); accordingLead[l] && k+1 < len(toks) && x.lx.according[lowerWord(toks[k+1])] && toks[k].trail == "" && toks[k+1].trail == "" {
		return 2 // "за словами", "по словам"
	}
	if x.lx.according[lowerWord(toks[k])] && toks[k].trail == "" {
		return 1
	}
	for _, p := range relayAccordingCues {
		if k+len(p) < len(toks) && accordingPhraseAt(toks[k:], p) && toks[k+len(p)-1].trail == "" {
			return len(p)
		}
	}
	return 0
}

// relayedAccording returns the aside's person and the clause without the
// aside when text, a clause relayed by outer, opens with an according
// aside closed by a comma or ends with one; ok false otherwise, and at
// once when outer is no named person (a body or an unnamed source keeps
// its clause: the aside then says where it has the words from).
func (x *extractor) relayedAccording(outer *speaker, text string) (*speaker, string, bool) {
	if outer.kind != kindPerson || outer.name == unnamedSpeaker || x.lacksIn(text, cueRelayAccording) {
		return nil, "", false // (the sentence holds no word of an according cue)
	}
	toks := tokenize(text) // (a copy: the caller's tokens may be the look buffer)
	if len(toks) < 5 {
		return nil, "", false
	}
	var phrase []tok
	said := ""
	if n := x.relayCueLen(toks, 0); n > 0 {
		for e := n; e < len(toks)-3 && e < n+relayAccordingMax; e++ {
			if toks[e].trail == "," {
				phrase, said = toks[n:e+1], text[toks[e+1].start:]
				break
			}
			if toks[e].trail != "" {
				break
			}
		}
	} else {
		for k := len(toks) - 2; k >= 3 && k >= len(toks)-1-relayAccordingMax; k-- {
			n := x.relayCueLen(toks, k)
			if n == 0 {
				continue
			}
			if k+n >= len(toks) || strings.Trim(toks[k-1].trail, ",»”\"") != "" {
				break // the clause runs on to the cue, a comma or a closing quotation mark before it
			}
			inner := false
			for _, t := range toks[k+n : len(toks)-1] {
				inner = inner || t.trail != ""
			}
			if !inner {
				prev := toks[k-1]
				phrase, said = toks[k+n:], strings.TrimRight(text[:prev.start+len(prev.raw)], ", ")
			}
			break
		}
	}
	if phrase == nil || len(strings.Fields(said)) < 3 {
		return nil, "", false
	}
	low := make([]string, len(phrase))
	for i, t := range phrase {
		low[i] = lowerWord(t)
	}
	if len(phrase) == 1 && pronounGender[low[0]] != "" || aboutDocument(low) || documentHeads[low[len(low)-1]] || relativeOpens(phrase) {
		return nil, "", false // "selon lui": the relayer's own; "según el documento": its terms
	}
	if !x.accordingPersonHead(phrase) {
		return nil, "", false // "según la «fórmula de Anchorage»": a thing, a name inside its complement
	}
	x.oblique = true // "за словами Умєрова": the name in its case
	sp := x.classify(phrase, false)
	x.oblique = false
	if sp == nil || sp.kind != kindPerson || sp.name == "" || sp.name == unnamedSpeaker || sp.name == outer.name {
		return nil, "", false
	}
	if sp.role == "" && !x.knownName(sp.name) {
		return nil, "", false // "laut Presseberichten": a capitalised noun, no one the document names
	}
	return x.knownBySurname(sp), strings.TrimSpace(said), true
}

// accordingPersonHead reports whether an according phrase opens, after its
// articles, with a capitalised name or a title ("le président Macron",
// "l'envoyé américain Steve Witkoff", "Умєрова"), and quotes nothing: a
// lower-case noun that is no title heads a thing ("la «fórmula de
// Anchorage»").
func (x *extractor) accordingPersonHead(phrase []tok) bool {
	for _, t := range phrase {
		if strings.ContainsAny(t.raw, "«»“”\"") {
			return false
		}
		l := lowerWord(t)
		if _, after, ok := strings.Cut(l, "'"); ok && len(after) > 0 {
			l = after // "l'envoyé"
		} else if _, after, ok := strings.Cut(l, "’"); ok && len(after) > 0 {
			l = after
		}
		if roleArticles[l] || definiteArticles[l] {
			continue
		}
		return isCapital(t.word) || x.lx.isRole(l) || x.caseRole(l)
	}
	return false
}
