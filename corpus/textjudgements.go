package corpus

import (
	_ "embed"
	"sync"
)

// A comparison of two versions closes on what each reads like ("The US
// paper reads like a settlement to be signed; the European one reads like
// a list of conditions."): the writer's judgement of the texts, which
// states none of their terms. Such phrases join versioncues.json's
// judgements in judgement (provisions_sentenceversion.go).

//go:embed data/textjudgements.json
var textJudgementsJSON []byte

// textJudgements is data/textjudgements.json's judgements, lower case.
var textJudgements = sync.OnceValue(func() []string {
	var f struct {
		Judgements []string `json:"judgements"`
	}
	mustDecodeJSON("data/textjudgements.json", textJudgementsJSON, &f)
	for i, w := range f.Judgements {
		f.Judgements[i] = lowerString(w)
	}
	return f.Judgements
})
