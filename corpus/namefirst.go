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
