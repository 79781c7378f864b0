package corpus

import (
	_ "embed"
	"sync"
)

// A verb inside a subject phrase (issue 12): "Президент подякував США за
// роботу і водночас наголосив, що Україна не буде ворогом миру." The
// subject read back from "наголосив" ran over "подякував" (thanked) to the
// capitalised "США", and the statement went to a person "США" titled
// "Президент подякував". A verb that takes the next name as its object
// ends any reading of the phrase as one person with a title: the words
// of data/objectverbs.json, in every language the corpus reads.

//go:embed data/objectverbs.json
var objectVerbsJSON []byte

var objectVerbs = sync.OnceValue(func() map[string]bool {
	var d struct {
		Verbs []string `json:"verbs"`
	}
	mustDecodeJSON("data/objectverbs.json", objectVerbsJSON, &d)
	return set(d.Verbs)
})

// objectVerbOff disables the check, for the test that shows it is what
// keeps the phrase from being read as a person.
var objectVerbOff bool

// objectVerbAt is the index in a subject phrase of a verb whose next name
// is its object, after the phrase's first word; 0 for none. The phrase is
// then no speaker: the words before the verb alone ("Президент") were
// read back to whoever's title held the word, as often the wrong person,
// so the statement is left rather than guessed.
func objectVerbAt(phrase []tok) int {
	if objectVerbOff || len(phrase) < 3 {
		return 0
	}
	v := objectVerbs()
	for i := 1; i < len(phrase); i++ {
		if v[lowerWord(phrase[i])] {
			return i
		}
	}
	return 0
}
