package corpus

import "strings"

// A colon in place of the that-word of reported speech inside someone
// else's answer or speech: "Der Bundeskanzler hat es in Johannesburg
// deutlich gesagt: Europa ist kein Zuschauer", "Міністр Андрій Сибіга
// неодноразово заявляв: жодних рішень про Україну без України", "Юрий
// Ушаков сказал: без решения территориального вопроса …". A member of a
// parliament, a pundit or a guest passes on a named person's words so as
// often as with "that"; the sentence after the colon is what the named
// person said (stop 63: sets ZB, O, ZO, of 267 statements of the released
// sets given to the wrong speaker). nestedSpeech reads the colon where
// it would read the that-word.

// maxNestedColonGap is how many words may stand between the speech verb
// and the colon: an addressee or a time ("told reporters:", "sagte am
// Montag:").
const maxNestedColonGap = 2

// nestedColonAt returns the index of the token whose colon closes the
// speech verb at vi, the verb itself or a word at most maxNestedColonGap
// after it with no other punctuation and no second verb between, -1 when
// none does. At least three words must follow the colon.
func (x *extractor) nestedColonAt(toks []tok, vi int) int {
	for k := vi; k < len(toks)-3 && k <= vi+maxNestedColonGap; k++ {
		if k > vi && (x.lx.sayVerbs[toks[k].low] || x.lx.actVerbs[toks[k].low]) {
			return -1 // a second verb: the colon is not the first one's
		}
		if strings.HasPrefix(toks[k].trail, ":") {
			return k
		}
		if toks[k].trail != "" {
			return -1
		}
	}
	return -1
}
