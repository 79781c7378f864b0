package corpus

import (
	_ "embed"
	"sync"
)

//go:embed data/clauses.json
var clausesJSON []byte

// conditionals are, per language, the words that open a condition or an
// indirect question (data/clauses.json).
var conditionals = sync.OnceValue(func() map[string]map[string]bool {
	var d struct {
		Conditionals map[string][]string `json:"conditionals"`
	}
	mustDecodeJSON("data/clauses.json", clausesJSON, &d)
	out := map[string]map[string]bool{}
	for lang, ws := range d.Conditionals {
		out[lang] = map[string]bool{}
		for _, w := range ws {
			out[lang][lowerString(w)] = true
		}
	}
	return out
})

// conditionalSubject reports whether the subject found at toks[start] for
// a speech or act verb stands in a condition or an indirect question:
// "Asked what would happen if Kyiv refused, Trump said …", "Interrogé sur
// ce qui se passerait si Kyiv refusait, …". The verb then reports nothing
// anyone said, and the sentence's own attribution comes later; read as one,
// the refusal took the whole sentence for the person named in the
// condition.
func (x *extractor) conditionalSubject(toks []tok, start int) bool {
	if start <= 0 || start > len(toks) || toks[start-1].trail != "" {
		return false
	}
	words := conditionals()[x.src.Lang]
	if words == nil {
		words = conditionals()["en"]
	}
	return words[lowerWord(toks[start-1])]
}
