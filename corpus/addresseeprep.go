package corpus

// addresseePreps are the prepositions (beside reportTo, which holds
// those of every language) that open an addressee right after
// a speech verb in the languages where they are never an article:
// "«…», ha dichiarato a Cronaca Lagunare", "ha detto al Corriere", "a
// déclaré à l'AFP", "dijo a la prensa". Read as the subject after the
// verb, "a Cronaca Lagunare" lost its "a" as English loses "a" before "a
// senior official", and the outlet spoke. Portuguese is left out: its
// "a" is also the article ("disse a ministra").
var addresseePreps = map[string]map[string]bool{
	"it": {"a": true, "al": true, "alla": true, "allo": true, "ai": true, "agli": true, "alle": true, "ad": true},
	"es": {"a": true, "al": true},
	"fr": {"à": true, "au": true, "aux": true},
}

// addresseeAfterVerb reports whether the word after a speech verb opens
// an addressee in the document's language rather than the speaker.
func (x *extractor) addresseeAfterVerb(t tok) bool {
	return addresseePreps[x.src.Lang][t.low]
}
