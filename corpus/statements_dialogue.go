package corpus

import (
	"strings"
	"unicode/utf8"
)

// Questions and answers in statements: a question an interviewer or a
// reader asks is no statement, an answer that only relays what others said
// is its answerer's report, and a report of questions asked is the asker's
// (split from statements.go by concern, stop 68).

// bareQuestions marks an interview printed as questions without a label,
// each its own paragraph (often in bold), each followed by the answer:
// "Que retenez-vous du plan ?" then "D'abord sa logique : …". Two such
// questions, each with a paragraph after it that is not a question, make
// the document an interview: the paragraph after each question is the
// interviewee's (see paragraph). A lone rhetorical question in a report
// does not.
func (x *extractor) bareQuestions(ps []paragraph) {
	var qs []int
	for i, p := range ps {
		if p.kind != paraText && p.kind != paraHeading || !bareQuestion(p.text) {
			continue
		}
		if i+1 < len(ps) && ps[i+1].kind == paraText && !bareQuestion(ps[i+1].text) {
			qs = append(qs, p.index)
		}
	}
	if len(qs) < 2 {
		return
	}
	if x.asks == nil {
		x.asks = map[int]bool{}
	}
	for _, q := range qs {
		x.asks[q] = true
	}
	x.bareInterview = true
}

// bareQuestion reports whether a paragraph is one short question and
// nothing else: it ends with a question mark and quotes no one.
func bareQuestion(p string) bool {
	p = strings.TrimSpace(p)
	return len(p) > 8 && len(p) < 300 && strings.HasSuffix(p, "?") && !containsAny(p, "“”\"«»„") && !strings.Contains(p[:len(p)-1], "?")
}

// dialogueStart returns where a line of dialogue opens a paragraph or
// follows a sentence in it ("– Zanim zaczniemy …", "… od początku. – Nie
// chodzi …"), or -1.
func dialogueStart(p string) int {
	for i := 0; i < len(p); {
		k := strings.IndexByte(p[i:], 0xE2) // both dashes are E2 80 9x, and E2 only ever leads a character
		if k < 0 {
			return -1
		}
		i += k
		r, n := utf8.DecodeRuneInString(p[i:])
		if (r == '–' || r == '—') && (i == 0 || i >= 2 && p[i-1] == ' ' && strings.ContainsRune(".!?", rune(p[i-2]))) && strings.HasPrefix(p[i+n:], " ") {
			return i
		}
		i += n
	}
	return -1
}

// relayed reads the sentences of a transcript answer for statements by
// others ("The Kremlin says …", "A senior official told me …") and keeps
// only those: the answer is already the answerer's statement.
func (x *extractor) relayed(text string, answerer *speaker, pos int) {
	x.answering = answerer // "er hat gesagt" may mean the person the question named (interviewintro.go)
	defer func() { x.answering = nil }()
	own, all := 0, 0 // words of the sentences that report no one else, and of all (relayonly.go)
	for _, s := range sentences(text) {
		n := len(strings.Fields(s))
		all += n
		before := len(x.out)
		x.answerSentence = s
		x.sentence(s, pos)
		if len(x.out) == before {
			own += n
			continue
		}
		// only speech the answer reports ("says", "told me"): "Norland
		// welcomes the progress" is the answerer speaking for their side
		keep := reportsSpeech(x.lx, s) || x.callsSomething(s) || speaksOf(s)
		kept := x.out[:before]
		for _, st := range x.out[before:] {
			if keep && st.Speaker != answerer.name {
				kept = append(kept, st)
			}
		}
		if len(kept) == before {
			own += n
		}
		clear(x.out[len(kept):])
		x.out = kept
	}
	x.noteRelayOnly(text, pos, own, all)
	x.remember(answerer)
}

// bodyRepeats reports whether the opening paragraphs give a headline's
// quote again: a paragraph under the same label ("Vogt: „…“"), or one
// holding the quote's first three words. The body's statement is then
// the one kept.
func bodyRepeats(ps []paragraph, label, quote string) bool {
	f := strings.Fields(quote)
	head := strings.Join(f[:min(3, len(f))], " ")
	for i := 0; i < len(ps) && i < 4; i++ {
		if strings.HasPrefix(ps[i].text, label+":") || strings.HasPrefix(ps[i].text, label+" :") || head != "" && strings.Contains(ps[i].text, head) {
			return true
		}
	}
	return false
}

// questionReports keeps what others said as the publication's question
// reports it: "SZ: Bundeskanzler Merz hat gesagt, ein Krieg könne nur mit
// Zustimmung der Ukraine beendet werden. Teilen Sie das?" The question
// itself is nobody's statement; a sentence of it that reports someone's
// words is that person's.
func (x *extractor) questionReports(p string) {
	if _, text, ok := turnLabel(p); ok {
		p = text
	} else if _, text, ok := strings.Cut(p, ": "); ok && len(p)-len(text) < 40 {
		p = text
	}
	speakers, last := len(x.speakers), x.lastSpeaker
	before := len(x.out)
	for _, s := range sentences(p) {
		s = dropAddress(s)                                                           // "Frau Vogt, der Minister … spricht von …" (interviewintro.go)
		if strings.Contains(s, "?") || !reportsSpeech(x.lx, s) && !x.reportsAct(s) { // (reportsAct: interviewintro.go)
			continue
		}
		before := len(x.out)
		x.sentence(s, x.pos)
		kept := x.out[:before]
		for _, st := range x.out[before:] {
			if !st.Direct && st.Speaker != x.interviewer {
				kept = append(kept, st)
			}
		}
		x.out = kept
	}
	x.noteQuestionPerson(p, before) // (interviewintro.go)
	// the answer that follows is the interviewee's, whoever the question
	// quoted: "he" in it does not mean them
	x.speakers, x.lastSpeaker = x.speakers[:speakers], last
}
