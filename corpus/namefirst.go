package corpus

// nameFirst is grammar.json's nameFirstLanguages: the languages that write
// a person's title after the name in the subject of a report ("Kovács
// Anna szóvivő közölte, hogy …", "Nagy Gábor elnöki tanácsadó
// hangsúlyozta, hogy …"), as nameThenTitle reads it after an "according
// to" postposition. Elsewhere a lower-case title after a name is no part
// of the subject, so the rule stays with these languages.
var nameFirst = grammarSet("nameFirstLanguages")

// nameFirstSubject reads phrase, the words before a speech verb, as a name
// then its title in a language that writes them so; nil otherwise.
func (x *extractor) nameFirstSubject(phrase []tok) *speaker {
	if !nameFirst[x.src.Lang] || len(phrase) < 3 || isCapital(phrase[len(phrase)-1].word) {
		return nil
	}
	return x.nameThenTitle(phrase)
}

// nameFirstAt reads the words from toks[from] to the first punctuation as
// a name then its title, after an attribution's verb in a language that
// writes the title after the name ("„…” – mondta Varga Tamás nagykövet",
// "– jelentette ki Tóth Ádám miniszterelnök." after its particle); nil
// otherwise, for the other rules to read.
func (x *extractor) nameFirstAt(toks []tok, from int) *speaker {
	if !nameFirst[x.src.Lang] {
		return nil
	}
	if from+1 < len(toks) && !isCapital(toks[from].word) && toks[from].trail == "" {
		from++ // "jelentette ki", "mondta el": the verb's particle
	}
	end := from
	for end < len(toks) && end-from < 6 {
		end++
		if toks[end-1].trail != "" {
			break
		}
	}
	if end-from < 3 || end < len(toks) && toks[end-1].trail != "." {
		return nil // not the end of the sentence: the title may go on
	}
	phrase := append([]tok(nil), toks[from:end]...)
	phrase[len(phrase)-1].raw = phrase[len(phrase)-1].word // the sentence's full stop is no part of the title
	return x.nameFirstSubject(phrase)
}

// maxTitleModifiers bounds the lower-case words before a title that comes
// after the name ("a szegedi egyetem nyugalmazott vezető kutatója" is a phrase,
// not a title).
const maxTitleModifiers = 2

// titleModifierAfterName reports whether toks[k], a lower-case word in
// the subject that ends at toks[j], modifies the title written after a
// name in a language that writes them so: "Kovács Bence ukrán
// nagykövet", "Nagy Gábor elnöki tanácsadó". The subject must end in a title,
// the words from k to j carry no punctuation, and a capitalised name
// stands right before the lower-case run.
func (x *extractor) titleModifierAfterName(toks []tok, k, j int) bool {
	if !nameFirst[x.src.Lang] || k <= 0 || k >= j || !x.lx.isRole(lowerWord(toks[j])) {
		return false
	}
	modifier := func(t tok) bool {
		return t.trail == "" && !isCapital(t.word) && lowerWord(t) != "the" // (an article opens a phrase of its own: "A Somvári Lap kérdésére a …")
	}
	for m := k; m < j; m++ {
		if !modifier(toks[m]) {
			return false
		}
	}
	b := k - 1
	for b >= 0 && modifier(toks[b]) {
		b-- // another modifier of the same title
	}
	return b >= 0 && j-b-1 <= maxTitleModifiers && isCapital(toks[b].word) && toks[b].trail == "" && nameWord(toks[b].word)
}
