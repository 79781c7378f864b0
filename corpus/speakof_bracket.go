// The German sentence bracket around a speak-of report. spokeOfFinal reads
// "<subject> <auxiliary> [short aside] von <what> gesprochen", the order of
// a sentence that opens with its subject and says little between. News
// German more often opens with a time or circumstance and puts the
// subject after the finite auxiliary ("Nach zwei Tagen Verhandlungen hat
// Bundeskanzler Merz von einer echten Chance gesprochen"), or fills the
// middle of the bracket with a long adverbial ("Witkoff hat nach mehr als
// fünf Stunden Gesprächen mit der Delegation in Berlin von großen
// Fortschritten gesprochen"). Both were read as no statement at all.

package corpus

// bracketSpan is how many words may stand between the finite auxiliary
// and the preposition: the middle field of one clause, not a second
// clause (a comma or other punctuation in it ends the look).
const bracketSpan = 16

// spokeOfBracket reads the bracket whose closing participle is toks[vi]
// and whose preposition is toks[p]: the finite auxiliary is looked for
// before p, over words with no punctuation between them, and the speaker
// is the person before it, or, when the sentence opens with something
// else, the person right after it. It reports whether it emitted.
func (x *extractor) spokeOfBracket(s string, toks []tok, p, vi, pos int) bool {
	a := -1
	for k := p - 1; k >= 1 && p-k <= bracketSpan; k-- {
		if toks[k].trail != "" {
			return false // a clause boundary or an aside: not one middle field
		}
		if x.lx.auxiliaries[lowerWord(toks[k])] {
			a = k
			break
		}
	}
	if a < 0 || !x.speakOfPlainFits(s, toks[:vi], p) {
		return false
	}
	sp, _ := x.subjectSpan(s, toks, a)
	if sp == nil || sp.kind != kindPerson {
		sp = x.subjectAfter(toks[:p], a+1)
	}
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	x.emit(sp, trimSentenceEnd(s[toks[p].start:]), false, pos)
	return true
}
