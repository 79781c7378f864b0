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
