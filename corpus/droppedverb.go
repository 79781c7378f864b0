// A sentence that opens on a verb of accusing, calling on or describing,
// its subject dropped as the language allows: "Ha anche accusato i
// governi europei di …", "Ha definito il colloquio utile e costruttivo,
// ma …", "Oskarżył też sojuszników o …", "Назвал встречу полезной",
// "Saveznike je također optužio za …". The subject is the person the
// paragraph has just been about, read as reportDropped reads it; the
// statement is the whole sentence, since what such a verb says is the
// verb and its object together.

package corpus

// droppedOpeningMax is how many words may stand before the verb when they
// are not auxiliaries, clitics or adverbs: a short fronted object
// ("Saveznike", "Spojence", "Il colloquio lo"), never a clause.
const droppedOpeningMax = 3

// frontedObject are the languages whose free word order fronts an object
// before a subject-dropped verb without a clitic (grammar.json: the
// Slavic ones, "Spojence také obvinil …"); in the Romance languages a
// noun before the verb is its subject ("L'opposizione chiede …"), and a
// fronted object takes a clitic, which reportCharacterise reads.
var frontedObject = grammarSet("frontedObjectLanguages")

// reportDroppedVerb reads the verb at toks[vi], an act or characterising
// verb, as the first verb of a sentence whose subject the language drops.
// It reports whether it emitted a statement.
func (x *extractor) reportDroppedVerb(s string, toks []tok, vi, pos int) bool {
	if !subjectDrop[x.src.Lang] || vi+2 > len(toks) {
		return false
	}
	clitics := objectClitics()[x.src.Lang]
	j := vi // the first of the auxiliaries, clitics and adverbs before the verb
	for j > 0 && vi-j < 4 {
		t := toks[j-1]
		l := lowerWord(t)
		if t.trail != "" && t.trail != "," {
			break
		}
		if x.lx.report.passive[l] && !x.lx.report.perfect[l] && !x.lx.auxiliaries[l] {
			return false // "è stato accusato": the subject was accused, it accused no one
		}
		if !x.lx.auxiliaries[l] && !x.lx.report.perfect[l] && !x.lx.adverbs[l] && !reportClitics[l] && !clitics[l] {
			if j >= 2 && toks[j-2].trail == "" && x.lx.adverbs[lowerString(toks[j-2].word)+" "+lowerString(t.word)] {
				j -= 2 // "De asemenea, i-a acuzat …", "Кроме того, обвинил …": an adverb of two words, as written (readAs reads "de" as "of")
				continue
			}
			break
		}
		j--
	}
	for k := j; k < vi; k++ {
		if x.lx.report.passive[lowerWord(toks[k])] && k == vi-1 && !x.lx.auxiliaries[lowerWord(toks[k])] {
			return false
		}
	}
	if j > 0 {
		// a fronted object: short, naming no one, and no subject the
		// readers can resolve
		if !frontedObject[x.src.Lang] || j > droppedOpeningMax || x.namesSomeone(toks[:j]) || toks[j-1].trail != "" {
			return false
		}
		for _, t := range toks[:j] {
			if x.subjectWord(t, false) && isCapital(t.word) && t.start > 0 {
				return false
			}
		}
		span := make([]tok, j+1)
		copy(span, toks[:j])
		span[j] = tok{raw: "said", word: "said", low: "said", start: toks[j].start}
		if sp, _ := x.subjectSpan(s, span, j); sp != nil {
			return false
		}
	}
	sp := x.reportDropped(lowerWord(toks[vi]), s, pos)
	if sp == nil || sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return false
	}
	return x.reportEmit(sp, s, s, pos)
}
