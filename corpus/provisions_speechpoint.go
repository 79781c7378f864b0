package corpus

import "strings"

// Someone's words often carry a point of the plan inside them: "Solheim
// said the final point has a ceasefire take effect once both sides
// withdraw", "Merz sagte, Punkt 14 wolle 100 Milliarden Dollar in
// amerikanische Projekte stecken", "Solheim said the final point, which
// has a ceasefire take effect …, is the one to watch". The statement stays
// the speaker's (statement attribution reads the sentence on its own); the
// term the point sets out is still the plan's, so the clause from the
// point's name on is a provision of that point. A point named with a verb
// that sets out no term ("said point 14 was unacceptable") is a judgement
// and gives nothing.

// pointTermInSpeech finds the clause in which a sentence that gives
// someone's words names a point as the subject of a verb by which a point
// sets out its term (pointVerbAfter, or a verb of reported speech's mood
// in speechPointVerbs): the point's number, by number or ordinal, and the
// clause from its name to the end of the sentence, less a closing
// attribution.
func pointTermInSpeech(lx *lexicon, s string) (number int, clause string, ok bool) {
	ats := lx.pointWordsIn(s) // first: one pass, and most sentences name no point
	if len(ats) == 0 || !attributesSpeech(lx, s) {
		return 0, "", false
	}
	for _, at := range ats {
		n, start, end := 0, at.start, at.end
		if num, e, found := pointRefEnd(s[at.start:]); found && e > 0 {
			n, end = num, at.start+e
		} else if n = ordinalAt(lx, s, at); n > 0 {
			if before := wordBefore(s, at.start); before != "" && at.start-1-len(before) >= 0 {
				start = at.start - 1 - len(before)
			}
		}
		if n <= 0 || start > 0 && !speechClauseOpens(s[:start]) || speakerIsText(lx, s[:start]) {
			continue
		}
		if !pointVerbAfter(lx, s[end:]) && !speechPointVerb(s[end:]) {
			continue
		}
		c := trimSentenceEnd(cutTrailingAttribution(lx, strings.TrimSpace(s[start:])))
		if strings.Count(c, " ") < 3 {
			continue
		}
		return n, c, true
	}
	return 0, "", false
}

// speechClauseOpens reports whether the words before a point's name end
// where a clause of reported speech begins: after the speech verb, its
// that-word or a comma ("said", "said that", "sagte,", "a dit que"), past
// an article ("said the final point"). A point named deeper in a clause
// ("said the deal in point 6 …") is not its subject.
func speechClauseOpens(head string) bool {
	h := strings.TrimRight(head, " ")
	if strings.HasSuffix(h, ",") || strings.HasSuffix(h, ":") {
		return true
	}
	lx := lexiconData()
	ws := strings.Fields(lowerString(h))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		w := strings.Trim(ws[k], ",")
		if lx.sayVerbs[w] || lx.thatWords[w] || reportsSpeech(lx, w) {
			return true
		}
		if k == len(ws)-2 || len(w) > 4 {
			break // one short word (an article) may stand between
		}
	}
	return false
}

// speechPointVerb reports whether the word after a point's name is a verb
// in the mood of reported speech by which a point sets out its term
// ("Punkt 14 wolle …", "Punkt 6 sehe … vor"): data/pointrefs.json's
// speechPointVerbs.
func speechPointVerb(rest string) bool {
	w, _ := nextWord(rest, 0)
	return w != "" && lowerIn(speechPointVerbSet(), w)
}

// speakerIsText reports whether the words before a point's clause name a
// text rather than a person as the one who said it ("Our report on the
// US draft said that point 7 would cap …", a correction column's own
// error): a document or prose noun among them, or a noun for a piece of
// reporting (data/pointrefs.json's textSpeakers). What a report says of a
// point is its reading, which the numbered-point rules weigh on their own.
func speakerIsText(lx *lexicon, head string) bool {
	texts := ordinalSuffixData().textSpeakers
	for _, w := range strings.Fields(head) {
		w = strings.Trim(w, ",.:;()")
		if l := lowerString(w); w != "" && (texts[l] || lx.isProseNoun(w) || documentNoun(lx, l)) {
			return true
		}
	}
	return false
}
