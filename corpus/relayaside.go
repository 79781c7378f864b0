package corpus

import "strings"

// A person's words relayed by someone else, the relay named in an aside
// set off by commas between the person and their own speech verb:
// "Трамп, мовляв, заявив, що угода близька як ніколи", "А Путін, за її
// словами, пообіцяв досягти цілей …", "Trump, segundo as agências, disse
// ter ficado «muito zangado»", "Meloni, secondo lui, ha detto che …",
// "Пєсков же, як розповів пан Ткачук, сказав, що …". Minutes of a meeting
// and club reports write so when a participant passes on what a public
// figure said; the words are the figure's, the verb after the aside being
// theirs, while the aside's pronoun stands for the participant who relays
// them. Read without the aside, the sentence gives the person before it
// as the subject of the verb.
//
// The aside must be followed by a speech verb, at most two auxiliaries or
// adverbs before it: "Ukraine, he said, would not recognise …" and
// "Moscow, he said, would keep …" are the relaying speaker's own report
// of what a country will do, and stay theirs (the pronoun's); so is an
// agreement or a belief (nestedNotSpeech: "The two sides, he said, had
// agreed to …").

// relayAsides are grammar.json's asides, each split into its words and
// filed under its first word.
var relayAsides = func() map[string][][]string {
	out := map[string][][]string{}
	for p := range grammarSet("relayAsides") {
		f := strings.Fields(p)
		out[f[0]] = append(out[f[0]], f)
	}
	return out
}()

// maxRelayAsAside is the most words an aside opened by an "as" word holds
// ("як розповів пан Ткачук").
const maxRelayAsAside = 5

// relayAside returns the last token of a relay aside opening at toks[a],
// when one stands there between a subject and its speech verb.
func (x *extractor) relayAside(toks []tok, a int) (int, bool) {
	if a < 1 || a+1 >= len(toks) || toks[a-1].trail != "," || x.speechVerb(toks[a-1]) {
		return 0, false
	}
	b := x.sourceAsideEnd(toks, a)
	if b < 0 || b+1 >= len(toks) {
		return 0, false
	}
	if !x.relaySubjectBefore(toks, a) && !x.kinApposAside(toks, a) {
		return 0, false
	}
	v := b + 1
	for n := 0; n < 2 && v < len(toks)-1 && toks[v].trail == "" && (x.lx.auxiliaries[lowerWord(toks[v])] || x.lx.adverbs[lowerWord(toks[v])]); n++ {
		v++
	}
	l := lowerWord(toks[v])
	if !x.lx.sayVerbs[l] && !x.lx.report.characterise[l] || nestedNotSpeech[l] {
		// "Ukraine, he said, would not recognise …": the relaying
		// speaker's own report; "The two sides, he said, had agreed to …":
		// an agreement in their account, not words the sides gave
		return 0, false
	}
	return b, true
}

// sourceAsideEnd returns the last token of the aside at toks[a], closed by
// a comma, or -1: one of relayAsides, or an "as" word, a speech verb and
// who relayed the words. A relayer's aside of a pronoun and a speech verb
// ("he added,", "a-t-il ajouté,") is left to nestedspeech.go, which reads
// it inside the statement the sentence gives the relayer and cuts what was
// said after the inner verb ("Merz, a-t-il ajouté, a évoqué des troupes …":
// "des troupes …").
func (x *extractor) sourceAsideEnd(toks []tok, a int) int {
	first := relayAsides[lowerWord(toks[a])]
	if first == nil {
		first = relayAsides[lowerString(toks[a].raw[:len(toks[a].raw)-len(toks[a].trail)])]
	}
	for _, p := range first {
		b := a + len(p) - 1
		if b >= len(toks) || toks[b].trail != "," {
			continue
		}
		ok := true
		for i, w := range p {
			if t := toks[a+i]; lowerWord(t) != w && lowerString(t.raw[:len(t.raw)-len(t.trail)]) != w || a+i < b && t.trail != "" {
				// (as written too: Portuguese is read as Spanish, "as agências" as "las agências")
				ok = false
				break
			}
		}
		if ok {
			return b
		}
	}
	if !x.lx.asWords[lowerWord(toks[a])] || toks[a].trail != "" || a+2 >= len(toks) || !x.lx.sayVerbs[lowerWord(toks[a+1])] {
		return -1
	}
	for b := a + 1; b < len(toks) && b <= a+maxRelayAsAside; b++ {
		if toks[b].trail == "," {
			if b > a+1 && isCapital(toks[b].word) {
				return b // "як розповів пан Ткачук,": who relayed them, by name
			}
			if b == a+1 {
				return b // "Зеленский, как передали, заявил, что …": relayed by no one named, the words still the subject's
			}
			return -1
		}
		if toks[b].trail != "" {
			return -1
		}
	}
	return -1
}

// relaySubjectBefore reports whether the words before the aside at a end
// a subject: a name or a title among the last three, with no punctuation
// between them.
func (x *extractor) relaySubjectBefore(toks []tok, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if k < a-1 && toks[k].trail != "" {
			return false
		}
		if isCapital(toks[k].word) && k > 0 || x.lx.isRole(lowerWord(toks[k])) {
			return true
		}
		if l := lowerWord(toks[k]); k == 0 && isCapital(toks[k].word) && !x.lx.adverbs[l] && !x.lx.conjunctions[l] && !roleArticles[l] && !definiteArticles[l] {
			return true // the sentence's first word: a name, not "Inoltre"
		}
	}
	return false
}

// withoutRelayAside returns s without the first relay aside it holds, the
// comma before the aside dropped with it ("Трамп заявив, що …"), or s as
// it is.
func (x *extractor) withoutRelayAside(s string) string {
	if !strings.Contains(s, ", ") {
		return s
	}
	toks := x.lookToks(s)
	for a := 1; a < len(toks); a++ {
		if b, ok := x.relayAside(toks, a); ok {
			p := toks[a-1]
			if x.kinApposAside(toks, a) {
				return s[:p.start+len(p.raw)] + " " + s[toks[b+1].start:] // "Її син, військовий, каже": the comma closes the apposition (kinaside.go)
			}
			return s[:p.start+len(p.raw)-len(p.trail)] + " " + s[toks[b+1].start:]
		}
	}
	return s
}
