// Telegraphic continuations: a chat's relay, a live blog's tick or a
// wire's note writes what the person just named goes on to say with the
// subject left out and no "that", which English and German otherwise
// never do: "Trump on Truth Social again. Says Ukraine's leadership has
// shown …", "RUBIO just now: “…”. Says some issues still need …", "Adds
// the talks will go on", "Also said Europe must be at the table",
// "Selenskyj in Berlin: … Sagte außerdem, Europa müsse am Tisch sitzen".
// The languages that drop their subjects ("Dodał, że …", "Ha detto anche
// che …", "Добавил, что …") say "that" and are read by
// droppedSubjectClause itself.

package corpus

import "strings"

// telegraphicSay emits a sentence opened by a say verb in the third
// person or the past, with no subject and no "that" after it (only
// adverbs before it: "Also said …"), as the words of the person last
// speaking or named (droppedSubject); toks[vi] is the verb, toks[k] the
// first word after it and its adverbs. English and German only; a
// subject after the verb ("Says Rubio: …", "Said the minister, …",
// "Sagte Merz") or an infinitive ("Said to be …") is no such sentence.
func (x *extractor) telegraphicSay(s string, toks []tok, vi, k, pos int) bool {
	lang := x.src.Lang
	if lang != "en" && lang != "de" || k >= len(toks)-1 {
		return false
	}
	for _, t := range toks[:vi] {
		if isCapital(t.word) && t.start > 0 {
			return false
		}
	}
	verb := lowerWord(toks[vi])
	switch lang {
	case "en":
		if !strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ed") && verb != "said" && verb != "told" {
			return false // "Say what you will": an imperative
		}
	case "de":
		if !strings.HasSuffix(verb, "te") && !strings.HasSuffix(verb, "t") {
			return false
		}
	}
	next := toks[k]
	nl := lowerWord(next)
	if nl == "to" || nl == "zu" || openingPronoun(nl) || roleArticles[nl] && k+1 < len(toks) && x.lx.isRole(lowerWord(toks[k+1])) {
		return false // "Said to be …", "Says he …" (read as usual), "Said the minister, …"
	}
	if isCapital(next.word) {
		if sp := x.classify(toks[k:k+1], false); sp != nil && sp.kind == kindPerson {
			return false // "Says Rubio: …", "Sagte Merz, …": the subject after the verb
		}
	}
	if x.lx.sayVerbs[nl] || strings.HasPrefix(next.word, ":") {
		return false
	}
	sp := x.droppedSubject(verb)
	if sp == nil {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[next.start:]), false, pos)
	return true
}
