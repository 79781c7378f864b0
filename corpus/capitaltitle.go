package corpus

// capitalTitleBefore reports whether the word before three capitalised
// words closing a speaker phrase is a title, capitalised as the sentence's
// first word or in English title case ("Statsminister Jonas Gahr Støre",
// "Prime Minister Jonas Gahr Store"): the three words are then a given
// name and two surnames, as after a lower-case title, not a title's
// capitalised complement before a two-word name. Only in languages that
// do not decline names: there a capital after a title is mostly its
// institution in the genitive ("Mluvčí Kremlu Dmitrij Peskov",
// "Przewodnicząca Komisji Europejskiej Ursula …"); and not in those that
// write titles in title case (grammar.json titleCaseLanguages), where it
// may be the title's next word ("Chief Inspector Ruth Dale").
func (x *extractor) capitalTitleBefore(lows []string, k int) bool {
	return k > 0 && nameCases[x.src.Lang].endings == nil && !titleCaseLanguages[x.src.Lang] && x.lx.isRole(lows[k-1])
}

// titleCaseLanguages is data/grammar.json's titleCaseLanguages.
var titleCaseLanguages = grammarSet("titleCaseLanguages")
