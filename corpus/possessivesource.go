// Speakers the writer describes by their own relation to them (not the
// outlet's own texts or journalists, possessiveProducts): "My
// flatmate (who is from Lviv) says …", "Our Odesa agent says …", "our
// sources in Berlin said …". Forum posts, market reports and columns quote
// people this way without naming them; the speaker is an unnamed source
// with the description as its role. A post of the writer's club or parish
// ("Our head steward says …", "Unser Küster erinnerte …") is the speaker
// itself; other languages' possessives ("jego sąsiadka", "ma voisine")
// open a description of a person or a post (describedpeople.go).

package corpus

import "sync"

// possessiveLexicon holds speakers.json's possessiveSources, the possessive
// words that open such a description ("my", "our"), and possessiveProducts,
// the nouns of what the writer's own side writes ("our explainer said …"):
// a text, not a person.
var possessiveLexicon = sync.OnceValue(func() (l struct{ openers, products map[string]bool }) {
	var v struct {
		Openers  []string `json:"possessiveSources"`
		Products []string `json:"possessiveProducts"`
	}
	mustDecode("data/speakers.json", &v)
	l.openers, l.products = set(v.Openers), set(v.Products)
	return l
})

// maxPossessiveWords is the most words a possessive description may have
// before its verb, a bracketed aside left out: "our sources in Berlin".
const maxPossessiveWords = 4

// possessiveSource emits the statement of a sentence opening with a
// possessive description and a speech verb. The description may hold a
// place ("our Odesa agent") but not a name: two capitalised words in a row,
// or a comma before the verb ("Our treasurer, Alan Prideaux, warned"), leave
// the sentence to the rules that name the speaker.
func (x *extractor) possessiveSource(s string, toks []tok, pos int) bool {
	opener := possessiveLexicon().openers[toks[0].low]
	if len(toks) < 3 || !opener && !describedPeople().possessives[toks[0].low] || toks[0].trail != "" {
		return false
	}
	if x.kinNamed(s, toks, pos) {
		return true // "My husband Tom, who …, says …" (describedpeople.go)
	}
	words, vi, last, inBracket := 0, -1, 0, false
	for k := 1; k < len(toks) && k < 14; k++ {
		t := toks[k]
		if inBracket || t.raw[0] == '(' {
			inBracket = t.raw[len(t.raw)-1] != ')' // "(who is from Lviv)": an aside, not the description
			continue
		}
		if x.sayVerbAt(s, toks, k) {
			vi = k
			break
		}
		words++
		if words > maxPossessiveWords || t.trail != "" || k > 1 && isCapital(t.word) && isCapital(toks[k-1].word) {
			return false
		}
		last = k
	}
	if vi < 0 || last == 0 {
		return false
	}
	if last > 1 && x.lx.auxiliaries[toks[last].low] {
		last-- // "Ma voisine a raconté que …"
	}
	head := lowerWord(toks[last])
	post, person := describedPeople().posts[head], describedPeople().persons[head]
	if isCapital(toks[last].word) && !post && !person || possessiveLexicon().products[toks[last].low] || !opener && !post && !person {
		return false // "our Odesa agent", not "our Odesa"; not "our explainer"; "unser Küster", "jego sąsiadka" (describedpeople.go)
	}
	text, direct := x.content(s, toks, vi, false)
	if text == "" || !direct && subjectless(text) {
		return false
	}
	desc := s[toks[0].start : toks[last].start+len(toks[last].word)]
	if post {
		// "Our head steward says …": a post of the writer's side, spoken of
		// by the post alone, is the speaker ("the kremlin's spokesman")
		x.emit(&speaker{name: desc, kind: kindGroup}, text, direct, pos)
		return true
	}
	x.emit(&speaker{name: unnamedSpeaker, role: cleanRole(desc), kind: kindGroup}, text, direct, pos)
	return true
}
