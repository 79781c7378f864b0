package corpus

import "strings"

// Two questions extractProvisions asks of a list before it takes its items
// as a plan's points: is the list an interview printed as dialogue, and
// does a paragraph between two runs of one plan's numbering name the
// version of the points that follow, or only compare them with another?

// minDialogueQuestions is how many questions a dash-led list must hold
// before it reads as an interview: one question can end a plan's item
// that quotes one, two alternate with answers.
const minDialogueQuestions = 2

// dialogueList reports whether a run of unnumbered items is an interview
// printed as dialogue ("— Що в 28 пунктах було найнебезпечнішим?", "—
// Територіальна частина. …"): every item opened by a dash, at least two
// of them questions, and answers beside them. A plan's points state terms;
// they never ask, so a list that asks and answers is a conversation, and
// its answers are read as prose (planterms.go still finds the terms a
// speaker restates in them).
func dialogueList(items []paragraph) bool {
	questions, answers := 0, 0
	for _, it := range items {
		if !it.dash || it.number != 0 || it.letter != 0 {
			return false
		}
		if strings.HasSuffix(strings.TrimRight(it.text, " »\"”’*_"), "?") {
			questions++
		} else {
			answers++
		}
	}
	return questions >= minDialogueQuestions && answers >= questions-1
}

// commentNamesOther reports whether the paragraph before a list whose
// numbering goes on from the previous list of plan last is commentary that
// names another version ("*Note: The US version set the figure at
// 600,000.*" between clause 6 and clause 7 of the European text): a
// comparison, not a lead-in, so the points keep the version of the run
// they continue. A lead-in that ends with a colon ("The counter-proposal
// changes these points:") still names the version of what follows.
func commentNamesOther(lead, name, last string) bool {
	return name != "" && last != "" && name != last && !strings.HasSuffix(strings.TrimSpace(lead), ":")
}

// interviewerTurns lists the paragraphs (by index) of the interviewer's
// turns in the interviews printed as dialogue: the items of a dialogueList
// that ask a question. The interviewer names a term to ask about it ("— А
// армія? Обмеження у 600 тисяч багатьох налякало."); the plan's term is
// what the answer states, so termProvisions reads the answers only.
func interviewerTurns(ps []paragraph) map[int]bool {
	var turns map[int]bool
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].kind == paraItem {
			j++
		}
		if j > i && dialogueList(ps[i:j]) {
			for _, it := range ps[i:j] {
				if strings.Contains(it.text, "?") {
					if turns == nil {
						turns = map[int]bool{}
					}
					turns[it.index] = true
				}
			}
		}
		i = max(j, i+1)
	}
	return turns
}

// lastSentence is the last sentence of a paragraph's text.
func lastSentence(text string) string {
	ss := sentences(text)
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}

// figureAcross finds the terms whose figure the first sentence of
// paragraph i (own, lower-cased) gives while the last sentence of the
// paragraph before holds their other words: "**Clause 6.** … capped at
// 800,000 …" then "*Note: The US version set the figure at 600,000.*".
// Across a paragraph break the figure's sentence must itself speak of a
// plan ("the US version set …"): a speaker's turn in a transcript ("KEEL:
// The Europeans want 800,000.") answers a person, not the text.
// It returns the two sentences joined, as the terms' offsets read them.
func figureAcross(c *termCatalogue, sc *termScan, ps []paragraph, i int, own string) (string, []termHit) {
	if i == 0 || ps[i-1].kind != paraText && ps[i-1].kind != paraItem || !containsAny(own, "0123456789") || !c.holdsFigure(own) || !c.speaksOfPlan(own) {
		return "", nil
	}
	sl := lowerString(lastSentence(ps[i-1].text)) + " " + own
	return sl, c.figureAnswers(sc, sl, len(sl)-len(own))
}

// figureOpens reports whether paragraph i, which holds no whole term,
// opens with a figure answering the paragraph before (figureAcross).
func figureOpens(c *termCatalogue, sc *termScan, ps []paragraph, i int) bool {
	if i == 0 || ps[i-1].kind != paraText && ps[i-1].kind != paraItem || !containsAny(ps[i].text, "0123456789") {
		return false // (most paragraphs: no sentence is cut)
	}
	ss := sentences(ps[i].text)
	if len(ss) == 0 {
		return false
	}
	_, hits := figureAcross(c, sc, ps, i, lowerString(ss[0]))
	return len(hits) > 0
}

// clauseEnd is where the clause of a term ending at end closes before to:
// at the first comma after the term. A drop word after the term counts
// only in the term's own clause; past a comma it is a relative clause on
// one of its nouns ("depends on the consensus of NATO members, which
// does not exist", "від консенсусу членів НАТО, якого зараз немає"), not a
// report that the term was dropped.
func clauseEnd(low string, end, to int) int {
	if k := strings.Index(low[end:to], ", "); k >= 0 {
		return end + k
	}
	return to
}
