package corpus

import "strings"

// spokesTail reads what a body's statement ends with when the sentence
// names, after it, the person who spoke for the body: "Le Kremlin, de son
// côté, dit n'avoir reçu aucun texte officiel, a indiqué son porte-parole,
// Dmitri Peskov.", "The Kremlin says it has received no text, its
// spokesman, Dmitry Peskov, said." The body's position is reported through its
// spokesperson, so the person is the speaker, and the attribution is cut
// from the words. It returns the person and the words before the comma,
// or nil.
func (x *extractor) spokesTail(text string) (*speaker, string) {
	if strings.Count(text, ", ") < 1 {
		return nil, ""
	}
	toks := tokenize(text)
	if n := len(toks); n > 4 && x.lx.sayVerbs[toks[n-1].low] {
		// "…, its spokesman, Dmitry Peskov, said": the verb last
		for c := n - 3; c >= 1 && c >= n-9; c-- {
			if !strings.HasPrefix(toks[c].trail, ",") {
				continue
			}
			if sp := x.spokesperson(toks[c+1 : n-1]); sp != nil {
				return sp, strings.TrimRight(text[:toks[c].start+len(toks[c].raw)], ", ")
			}
		}
	}
	for vi := len(toks) - 2; vi >= 2; vi-- {
		if !x.lx.sayVerbs[toks[vi].low] {
			continue
		}
		c := vi - 1
		if x.lx.auxiliaries[toks[c].low] && toks[c].trail == "" {
			c-- // "…, a indiqué son porte-parole, …"
		}
		if c < 1 || !strings.HasPrefix(toks[c].trail, ",") {
			return nil, ""
		}
		sp := x.spokesperson(toks[vi+1:])
		if sp == nil {
			return nil, ""
		}
		return sp, strings.TrimRight(text[:toks[c].start+len(toks[c].raw)], ", ")
	}
	return nil, ""
}

// spokesperson reads the words after the inverted verb of spokesTail: a
// title (after a possessive or an article: "son porte-parole", "its
// spokeswoman"), then, with or without a comma, the name of two or three
// capitalised words that ends the sentence. The title is the person's
// role when they have none.
func (x *extractor) spokesperson(ts []tok) *speaker {
	n := len(ts)
	k := n
	for k > 0 && n-k < 3 && isCapital(ts[k-1].word) && !x.lx.isRole(lowerWord(ts[k-1])) {
		k--
		if k > 0 && ts[k-1].trail != "" {
			break
		}
	}
	if n-k < 2 || k == 0 {
		return nil
	}
	title := tokWords(ts[:k])
	if len(title) > 5 || !x.roleLike(title) {
		return nil
	}
	for _, t := range ts[:k-1] {
		if t.trail != "" {
			return nil // one title, no clause of its own
		}
	}
	name := append([]tok(nil), ts[k:]...)
	name[len(name)-1].trail = ""
	sp := x.classify(name, false)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" {
		r := title
		if len(r) > 1 && !x.lx.isRole(lowerString(r[0])) && !isCapital(r[0]) {
			r = r[1:] // "son", "its", "sein": whose title, not the title
		}
		sp.role = cleanRole(strings.Join(r, " "))
		x.people[sp.name] = sp
	}
	return sp
}
