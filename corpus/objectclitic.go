package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/objectclitics.json
var objectCliticsJSON []byte

// objectClitics is data/objectclitics.json: by language, the unstressed
// object pronouns that stand between a subject and its verb of saying
// ("la deputata ci spiega che …", "le ministre nous a expliqué que …").
var objectClitics = sync.OnceValue(func() map[string]map[string]bool {
	var d struct {
		Clitics map[string][]string `json:"clitics"`
	}
	mustDecodeJSON("data/objectclitics.json", objectCliticsJSON, &d)
	out := make(map[string]map[string]bool, len(d.Clitics))
	for lang, ws := range d.Clitics {
		out[lang] = set(ws)
	}
	return out
})

// objectCliticAt reports whether toks[j] is an object clitic of the
// document's language right before the verb at toks[vi] or the
// auxiliaries before it: to whom the words were said, which reading back
// for the subject passes over as it passes over an auxiliary. Only a
// lower-case word with something before it: a clitic never opens the
// sentence, and "Nous pensons" has "nous" for its subject.
func (x *extractor) objectCliticAt(toks []tok, j, vi int) bool {
	if j < 1 || j >= vi || toks[j].trail != "" || isCapital(toks[j].word) {
		return false
	}
	return objectClitics()[x.src.Lang][toks[j].low]
}
