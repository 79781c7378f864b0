package corpus

// outletAsideWords are grammar.json's words of an outlet's aside besides
// its verb and its media noun ("it", "the").
var outletAsideWords = grammarSet("outletAsideWords")

// outletAsideVerbs are grammar.json's verbs of an outlet's aside
// ("reports", "scrive", "schreibt").
var outletAsideVerbs = grammarSet("outletAsideVerbs")

// maxOutletAside is the most words an outlet's aside holds with its verb.
const maxOutletAside = 3

// outletAside returns the span [a, b] of an aside set off by commas
// around the verb of reporting at vi in which the writer names whose report
// relays the words ("Giorgia Meloni, it reports, reaffirmed that …",
// "Merz, the paper says, told …", "Meloni, scrive il giornale, ha
// ribadito …"), when a speech verb or an auxiliary follows it: the
// sentence's own verb, whose subject stands before the aside. ok is false
// otherwise: an aside at the sentence's end ("…, it reports.") closes an
// attribution the verb reads itself.
func (x *extractor) outletAside(toks []tok, vi int) (a, b int, ok bool) {
	if !outletAsideVerbs[toks[vi].low] {
		return 0, 0, false
	}
	a, b = vi, vi
	for a > 0 && vi-a < maxOutletAside-1 && toks[a-1].trail == "" && x.outletAsideWord(toks[a-1]) {
		a--
	}
	for b < len(toks)-1 && b-a < maxOutletAside-1 && toks[b].trail == "" && x.outletAsideWord(toks[b+1]) {
		b++
	}
	if a == b || a < 2 || b+1 >= len(toks) || toks[a-1].trail != "," || toks[b].trail != "," {
		return 0, 0, false
	}
	for k := a; k <= b; k++ {
		if k != vi && (x.lx.sayVerbs[lowerWord(toks[k])] || outletAsideVerbs[toks[k].low]) {
			return 0, 0, false
		}
	}
	next := lowerWord(toks[b+1])
	if !x.lx.sayVerbs[next] && !x.lx.actVerbs[next] && !x.lx.auxiliaries[next] {
		return 0, 0, false
	}
	return a, b, true
}

// outletAsideWord reports whether t may stand beside the verb of an
// outlet's aside: "it" or an article in lower case, or a media noun.
func (x *extractor) outletAsideWord(t tok) bool {
	if quoteFirstData().mediaNouns[t.low] {
		return true // (German writes the noun with a capital: "schreibt die Zeitung")
	}
	return t.word == t.low && outletAsideWords[t.low]
}
