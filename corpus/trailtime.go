// Circumstances around a trailing attribution. Wire copy puts the time
// or place of the speaking on either side of an inverted speaker:
// "Delegations agreed to swap 314 prisoners, said envoy Steve Witkoff on
// Thursday, after two days of talks", and in Slavic word order before the
// speaker too: "…, сказав у четвер спеціальний посланник США Стів
// Віткофф, після двох днів розмов". A phrase before the speaker hid the
// speaker (nobody was read), and one after the comma was taken for more of
// what was said, so the statement held its own attribution.

package corpus

// leadAdverbialWords is how many words a time or place phrase between an
// inverted verb and its speaker may hold ("у четвер", "am Donnerstag in
// Abu Dhabi").
const leadAdverbialWords = 4

// skipLeadAdverbial returns where the speaker starts after an inverted
// verb whose words start at from: from itself, or past a short phrase
// opened by a time or place word (gapOpener) when a speaker can be read
// right after it and could not be read at from.
func (x *extractor) skipLeadAdverbial(toks []tok, from int) int {
	if from >= len(toks) || !gapOpener(toks[from]) || x.subjectWord(toks[from], false) {
		return from
	}
	for n := 1; n <= leadAdverbialWords && from+n < len(toks); n++ {
		if !x.gapWord(toks[from+n-1]) || isCapital(toks[from+n-1].word) && n > 1 {
			return from // punctuation, a clause word or a name inside: not a short phrase
		}
		if x.subjectWord(toks[from+n], false) && x.subjectAfter(toks, from+n) != nil {
			return from + n
		}
	}
	return from
}

// tailAdverbialWords is how many words the circumstance after an inverted
// speaker may hold ("after two days of talks in Abu Dhabi").
const tailAdverbialWords = 8

// adverbialTail reports whether ts, what follows an inverted speaker and
// its comma, is only a circumstance of the speaking: a phrase opened by a
// time or place word, with no punctuation, quotation, clause word or speech
// verb before its end.
func (x *extractor) adverbialTail(ts []tok) bool {
	if len(ts) == 0 || len(ts) > tailAdverbialWords || !gapOpener(ts[0]) {
		return false
	}
	for i, t := range ts {
		if i == len(ts)-1 {
			t.trail = "" // the sentence's own end
		}
		if !x.gapWord(t) || clauseOpener(t) {
			return false
		}
	}
	return true
}
