// Roles said by the sentence itself: an interview or a profile often
// introduces its guest not with a title before or beside the name but with
// a clause of which the name is the subject ("Eleanor Wickham served as
// … and now chairs the Anglo-Nordic Security Forum", "Paola Inzaghi dirige
// il Centro …", "Олена Коваль очолює Фонд …"). Their answers, printed
// under a speaker label, carry no title, so the verb of office and the
// body it governs are their role, as "X, who chairs the forum," already
// is (appositionRoles). The verbs are data (data/officeverbs.json).

package corpus

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

//go:embed data/officeverbs.json
var officeVerbsJSON []byte

// officeVerbs is data/officeverbs.json: per language, the verbs of
// office, and for each language a lookSet of them with their spaces so
// that a sentence without one is not tokenized for it.
var officeVerbs = sync.OnceValue(func() map[string]officeVerbSet {
	var d struct {
		Verbs map[string][]string `json:"verbs"`
	}
	if err := json.Unmarshal(officeVerbsJSON, &d); err != nil {
		panic("corpus: data/officeverbs.json: " + err.Error())
	}
	out := map[string]officeVerbSet{}
	for lang, vs := range d.Verbs {
		set := officeVerbSet{verbs: map[string]bool{}}
		var looks []string
		for _, v := range vs {
			set.verbs[v] = true
			looks = append(looks, " "+v+" ")
		}
		set.look = newLookSet(looks)
		out[lang] = set
	}
	return out
})

// officeVerbSet is one language's verbs of office.
type officeVerbSet struct {
	verbs map[string]bool
	look  *lookSet
}

// maxPredicateReach is how many words may stand between the name that
// opens the sentence and its verb of office ("served as Britain's
// ambassador to two Nato capitals before retiring in 2021 and now").
const maxPredicateReach = 24

// predicateRoles learns a role from a sentence that opens with a person's
// name and says, with a verb of office, what body they run: the verb and
// its object up to the first punctuation or coordinator. The object must
// name a body (a capitalised word after an optional article): "heads to
// Moscow" and "leads the talks" say what someone does, not who they are.
// A sentence in which the person speaks before the verb is left to the
// speech readers.
func (x *extractor) predicateRoles(toks []tok) {
	set, ok := officeVerbs()[x.src.Lang]
	if !ok || len(toks) < 4 {
		return
	}
	n := 0
	for n < len(toks) && n < 3 && isCapital(toks[n].word) && (n == 0 || toks[n-1].trail == "") {
		n++
	}
	if n < 2 || !x.nameLike(toks[:n]) {
		return
	}
	d := docRoles()
	for j := n; j < len(toks) && j-n <= maxPredicateReach; j++ {
		l := lowerWord(toks[j])
		if x.lx.sayVerbs[l] {
			return
		}
		if !set.verbs[l] || j+1 >= len(toks) || toks[j].trail != "" {
			continue
		}
		if j > 0 && d.relatives[lowerWord(toks[j-1])] {
			return // "… met X, who heads …": the clause is someone else's
		}
		from := j + 1
		first := from
		if roleArticles[lowerWord(toks[first])] && first+1 < len(toks) {
			first++
		}
		if !isCapital(toks[first].word) {
			return
		}
		words := []string{toks[j].word}
		for k := from; k < len(toks) && k-from < 10; k++ {
			w := toks[k]
			l := lowerWord(w)
			if k > from && (d.relAnd[l] || d.relatives[l] || x.lx.sayVerbs[l]) {
				break
			}
			words = append(words, w.word)
			if w.trail != "" {
				break
			}
		}
		x.learnRole(tokWords(toks[:n]), strings.Join(words, " "))
		return
	}
}
