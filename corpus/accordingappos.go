// According-phrase appositions: "Menurut analis Universitas Gajah Merah,
// Bambang Setiadi, …", "Según el analista de la Universidad de Vigo, Juan
// Pérez, …". The cue is followed by a title (and its institution) and then,
// set off by commas, the name of the person who holds it: the name is the
// speaker and the title their role, and what was said starts after the
// second comma. accordingOther's own reading would stop at the first comma
// and take the institution for the speaker.

package corpus

// englishArticles stand before the title of "According to the spokesman
// for the Kremlin, Dmitry Peskov, …", as accordingArticles do in the
// other languages.
var englishArticles = map[string]bool{"the": true, "a": true, "an": true}

// accordingAppositive reads, in the sentence s, the title between the cue at toks[cue] and the
// comma at toks[comma] and the name between that comma and the next. It
// returns the speaker and the index of the token holding the second comma,
// or nil and -1 when the sentence is not built that way: the title must
// open with a lower-case role word of the lexicon and the name be one to
// four capitalised words naming a person.
func (x *extractor) accordingAppositive(s string, toks []tok, cue, comma int) (*speaker, int) {
	if comma <= cue+1 || comma+2 >= len(toks) {
		return nil, -1
	}
	head := toks[cue+1]
	if (accordingArticles[lowerWord(head)] || englishArticles[head.low]) && cue+2 < comma {
		head = toks[cue+2] // "Según el portavoz del Kremlin, Dmitri Peskov, …": the article is no part of the role
	}
	if isCapital(head.word) && x.src.Lang != "de" || !x.lx.isRole(lowerWord(head)) {
		return nil, -1 // "Menurut Sugiono, …": a name, read as one already (German writes every noun with a capital: "Laut dem Sprecher des Kremls, Dmitri Peskow, …")
	}
	first := comma + 1
	k := first
	for ; k < len(toks) && k < first+4; k++ {
		if !isCapital(toks[k].word) {
			return nil, -1 // a clause after the comma, not a name
		}
		if toks[k].trail != "" {
			break
		}
	}
	if k >= len(toks)-1 || !commaMark(toks[k].trail) {
		return nil, -1
	}
	sp := x.classify(toks[first:k+1], false)
	if sp == nil || sp.kind != kindPerson {
		return nil, -1
	}
	if sp.role == "" {
		t := toks[comma]
		sp.role = cleanRole(s[head.start : t.start+len(t.word)])
	}
	return sp, k
}
