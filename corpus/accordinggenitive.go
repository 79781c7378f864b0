package corpus

// German "according to" with its source in the genitive or after "aus",
// and no comma before the clause: "Nach Angaben eines europäischen
// Diplomaten ist der Artikel gestrichen", "Nach Angaben aus der
// ukrainischen Delegation schlägt Washington … vor", "Nach Worten des
// Sprechers …". The reader of "Nach Angaben von X" looks for capitalised
// words right after the cue and found none here: the article and the
// adjectives before the noun are lower case.

// genitiveArticles open the source after the cue; the indefinite ones say
// the source is not named ("eines Diplomaten": some diplomat).
var genitiveArticles = map[string]bool{"eines": true, "einer": true, "des": true, "der": true}

// indefiniteGenitive are the genitive articles of an unnamed source.
var indefiniteGenitive = map[string]bool{"eines": true, "einer": true}

// genitiveAccordingEnd returns the index of the noun that closes the
// source after the according cue at toks[cue] ("Angaben"), and whether
// the source is unnamed: an indefinite article, or "aus" (a source inside
// a delegation or a government: "aus Regierungskreisen"). It returns -1
// when the words after the cue are not such a source.
func genitiveAccordingEnd(toks []tok, cue int) (int, bool) {
	k := cue + 1
	if k >= len(toks) || toks[cue].trail != "" {
		return -1, false
	}
	unnamed := false
	if toks[k].low == "aus" {
		unnamed = true
		k++
	}
	if k < len(toks) && genitiveArticles[toks[k].low] && toks[k].trail == "" {
		unnamed = unnamed || indefiniteGenitive[toks[k].low]
		k++
	} else if !unnamed {
		return -1, false
	}
	for n := 0; k < len(toks) && n < 3 && !isCapital(toks[k].word) && toks[k].trail == ""; n++ {
		k++ // "europäischen", "ukrainischen": the adjectives before the noun
	}
	if k+1 >= len(toks) || !isCapital(toks[k].word) || toks[k].trail != "" {
		return -1, false
	}
	if k+3 < len(toks) && genitiveArticles[toks[k+1].low] && isCapital(toks[k+2].word) && toks[k+1].trail == "" && toks[k+2].trail == "" {
		k += 2 // "eines Sprechers des Ministeriums"
	}
	return k, unnamed
}

// clauseOnDocument reports whether the clause from toks[from] sets out a
// document's terms: a document noun and a verb that sets terms out
// ("sieht … vor", "verlangt", "begrenzt") within its first words ("sieht
// der überarbeitete Entwurf unter anderem vor, dass …"). What a source
// says a draft provides is the draft's term, read by the provision rules,
// as "according to the draft" is (aboutDocument); what a source says of
// the draft itself ("ist der Entwurf fertig") stays the source's.
func (x *extractor) clauseOnDocument(toks []tok, from int) bool {
	doc, verb := false, false
	for k := from; k < len(toks) && k < from+5; k++ {
		l := lowerWord(toks[k])
		doc = doc || documentHeads[l]
		verb = verb || x.lx.proseVerbs[l] || x.lx.actionVerbs[l]
		if toks[k].trail != "" {
			break
		}
	}
	return doc && verb
}
