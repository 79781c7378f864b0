package corpus

// A time phrase fronted before the subject, with or without a comma
// ("Ayer por la tarde el presidente polaco dijo …", "Ieri după-amiază,
// președintele polonez a declarat …"), or standing where a German
// inverted sentence puts a phrase before its verb ("Gestern Nachmittag
// sagte der Präsident …"), says when, never who: a subject phrase that
// opens with one is read without it, and one that is nothing else names
// no one. Words in grammar.json: dayParts ("tarde", "Nachmittag") and
// timeLeadWords (the prepositions and articles inside such a phrase), with
// the lexicon's adverbs ("ayer", "gestern").

var (
	dayParts      = grammarSet("dayParts")
	timeLeadWords = grammarSet("timeLeadWords")
)

// timeLeadCut returns how many tokens of a subject phrase are a fronted
// time phrase: adverbs of the lexicon, day parts and the small words
// between them, holding at least one adverb or day part, up to a comma.
// all reports that the phrase is nothing else.
func (x *extractor) timeLeadCut(phrase []tok) (n int, all bool) {
	timed := false
	for n < len(phrase) && n < 5 {
		l := lowerWord(phrase[n])
		switch {
		case x.lx.adverbs[l] || dayParts[l]:
			timed = true
		case timeLeadWords[l] && n+1 < len(phrase):
		default:
			return x.timeLeadEnd(phrase, n, timed)
		}
		n++
		if phrase[n-1].trail != "" {
			break
		}
	}
	return x.timeLeadEnd(phrase, n, timed)
}

// timeLeadEnd settles timeLeadCut's count: the run must hold a time word
// and end on one (not on "el" of "el presidente"), and the words after it
// open with an article or a title, not a name the adverb belongs to
// ("Nur Ahmed"; leadAdverbCut reads an adverb before a known name).
func (x *extractor) timeLeadEnd(phrase []tok, n int, timed bool) (int, bool) {
	for n > 0 && timeLeadWords[lowerWord(phrase[n-1])] && !dayParts[lowerWord(phrase[n-1])] {
		n--
	}
	if !timed || n == 0 {
		return 0, false
	}
	if last := lowerWord(phrase[n-1]); !x.lx.adverbs[last] && !dayParts[last] {
		return 0, false
	}
	if n == len(phrase) {
		return n, true
	}
	next := lowerWord(phrase[n])
	if !roleArticles[next] && !definiteArticles[next] && !x.lx.isRole(next) && !x.isBackRef(next) {
		if _, ok := x.articleStems([]string{next}); !ok {
			return 0, false
		}
	}
	return n, false
}
