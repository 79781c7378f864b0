// Titles joined to their domain by a preposition that is also one of
// place. Bulgarian and Macedonian have lost the genitive case and say
// "of" with "на", which is also "on/at": "Министърът на отбраната Христо
// Николов", "Говорителката на правителството Мария Иванова". Right after a
// title word the preposition is the title's complement, so the capitals
// after the lower-case noun are the person's name, not a place named
// after a phrase of place ("Prezydent USA na pokładzie samolotu Air Force
// One", placeBeforeName). The languages and their words are
// grammar.json's titleGenitivePreps, "lang:word".

package corpus

import "strings"

// titleGenitivePreps maps a language to its prepositions of the genitive.
var titleGenitivePreps = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, e := range grammarWords["titleGenitivePreps"] {
		lang, w, ok := strings.Cut(e, ":")
		if !ok {
			panic("data/grammar.json titleGenitivePreps: " + e + " is not lang:word")
		}
		if out[lang] == nil {
			out[lang] = map[string]bool{}
		}
		out[lang][w] = true
	}
	return out
}()

// titleGenitive reports whether lows[i], a preposition of place, is the
// document language's genitive "of" right after a title word.
func (x *extractor) titleGenitive(lows []string, i int) bool {
	return i > 0 && titleGenitivePreps[x.src.Lang][lows[i]] && x.lx.isRole(lows[i-1])
}
