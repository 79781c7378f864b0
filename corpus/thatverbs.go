// Opinion verbs that report a statement only with a that-word: "Lucas
// Ferran trouve que « … »", "A investigadora acredita que …", "sądzi, że
// …", "feels that …". With a plain object they say nothing ("Macron trouve
// un accord avec Berlin", "acredita na paz"; English "considers" is left
// out for "considers that plan unacceptable"), which is why stop 60
// (zverb) dropped them as say verbs.
// verbs.json's thatVerbs lists them; they count as say verbs only right
// before a that-word, after at most a comma.

package corpus

import "strings"

// isThatVerb reports whether low, lowered, is read as speech only before
// a that-word: an opinion verb (thatVerbs) or, unless noRecountVerbs is
// set, a verb of telling, answering or confirming (recountVerbs:
// "conferma che", "a redit que", "a raconté que", "доповів, що"; stop
// 70, zindirect), which as often takes a plain object ("conferma la
// notizia", "a redit son soutien", "answered questions").
func (x *extractor) isThatVerb(low string) bool {
	return x.lx.thatVerbs[low] || !x.noRecountVerbs && x.lx.recountVerbs[low]
}

// thatVerbAt reports whether toks[vi] is an opinion verb followed by a
// that-word (or French "qu'" elided onto the next word).
func (x *extractor) thatVerbAt(toks []tok, vi int) bool {
	if vi == 0 || vi+1 >= len(toks) || !x.isThatVerb(toks[vi].low) || toks[vi].trail != "" && toks[vi].trail != "," {
		return false
	}
	n := toks[vi+1]
	if x.lx.thatWords[n.low] {
		return !determinerThat(toks, vi+1)
	}
	return strings.HasPrefix(n.low, "qu'") || strings.HasPrefix(n.low, "qu’")
}

// thatVerbIn is scanSpeechCue's look at the word w ending at i of s: an
// opinion verb, then at most a comma, then a that-word. Only words the
// cue filter let through get here.
func (x *extractor) thatVerbIn(s, w string, i int) bool {
	if len(w) > 24 || !x.isThatVerb(lowerString(w)) {
		return false
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	i++
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '\'' && !strings.HasPrefix(s[j:], "’") {
		j++
	}
	next := lowerString(s[i:j])
	return x.lx.thatWords[next] || x.lx.thatWords[readAsWords[x.src.Lang][next]] || next == "qu" && j < len(s)
}
