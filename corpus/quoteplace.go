package corpus

// placeAfterName reports whether the capitalised run at toks[i] is a
// place or an occasion after the speaker already named, not a second
// person: "„…“ – US-Präsident Donald Trump im Weißen Haus", "\"…\" —
// Donald Trump, at the White House", "« … » – Emmanuel Macron à l'Élysée".
// A newsletter's credit line puts where the words were said after the
// name; a run opened by a place preposition (placephrases.json), an
// article between them or not, is that place. A run before the name
// ("desde Kiev Marta Olivares") is read by placePhraseEnd.
func (x *extractor) placeAfterName(toks []tok, i int) bool {
	k := i - 1
	if k >= 1 && roleArticles[lowerWord(toks[k])] && toks[k].trail == "" {
		k-- // "at the White House"
	}
	if k < 0 || toks[k].trail != "" && toks[k].trail != "," {
		return false
	}
	preps, ok := leadPlacePreps()[x.src.Lang]
	if !ok {
		preps = leadPlacePreps()[""]
	}
	return preps[lowerWord(toks[k])]
}
