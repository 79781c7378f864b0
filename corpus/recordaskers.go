// Questioners in a record. A briefing, a government press conference or a
// hearing prints the questions with a label as the answers are: "FRAGE
// JANSEN:", "ZUSATZFRAGE JANSEN:", "Вопрос (агентство …):", "PREGUNTA:",
// or a senator's or member's name ("SEN. WHITCOMB:") whose turns ask.
// Their words are no statements (the publication or a member asks; what
// they report someone said is still read, as in an interview's question),
// and the turn after them is the answerer's.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/recordframes.json
var recordFramesJSON []byte

// questionedFrames is data/recordframes.json: the words that name a
// record where one side questions the other.
var questionedFrames = sync.OnceValue(func() []string {
	var d struct {
		Questioned []string `json:"questioned"`
	}
	mustDecodeJSON("data/recordframes.json", recordFramesJSON, &d)
	return d.Questioned
})

// questioningFrame reports whether the document's frame (its title and
// the paragraphs before the first labelled turn) names a hearing, a
// briefing or a press conference.
func (x *extractor) questioningFrame(ps []paragraph) bool {
	frame := []string{x.src.Title}
	for _, p := range ps {
		if looksLabelled(stripClock(p.text)) {
			break
		}
		frame = append(frame, p.text)
	}
	low := lowerString(strings.Join(frame, " \n "))
	for _, w := range questionedFrames() {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// recordAskersOff turns the mechanism off, for tests that show what it
// changes.
var recordAskersOff = false

// markAskers marks as questions (x.asks) the turns of a transcript whose
// label opens with an asking word of data/protocols.json or
// data/turnlabels.json followed by who asks ("FRAGE DR. OSTERHAGE",
// "Вопрос (агентство …)"), and
// the turns of every label at least half of whose two or more turns ask
// (hold a "?") when another label answers (two or more turns, fewer than
// half asking) and the frame names a hearing, a briefing or a press
// conference (data/recordframes.json): a committee member questioning a
// witness, a journalist named by surname. In a debate (set M's Bundestag,
// set ZB's Commons) a member's question is their statement.
func (x *extractor) markAskers(ps []paragraph) {
	if recordAskersOff {
		return
	}
	type tally struct {
		turns, asks int
		paras       []int
	}
	by := map[string]*tally{}
	mark := func(i int) {
		if x.asks == nil {
			x.asks = map[int]bool{}
		}
		x.asks[i] = true
	}
	lx := protocolData()
	for _, p := range ps {
		if p.kind != paraText || x.asks[p.index] {
			continue
		}
		label, text, ok := speakerLabel(p.text)
		if !ok {
			continue
		}
		name := labelName(label)
		f := strings.Fields(name)
		if len(f) == 0 {
			continue
		}
		first := strings.Trim(f[0], ".,()")
		if (lx.askers[first] || questionLabels[first]) && !answerLabels[first] {
			if len(f) > 1 || strings.Contains(label, "(") {
				// "Frage Jansen", "Вопрос (газета …)"; a bare "Q:" or
				// "Вопрос:" is the interview readers', which read what
				// its question reports ("Ушаков вчера сказал, что …")
				mark(p.index)
			} else {
				if x.bareAsks == nil {
					x.bareAsks = map[int]bool{}
				}
				x.bareAsks[p.index] = true
			}
			continue
		}
		name, _ = cutBracket(name) // "wendler (aa)": one person's turns under either label
		key := lastWord(name)
		t := by[key]
		if t == nil {
			t = &tally{}
			by[key] = t
		}
		t.turns++
		if strings.Contains(text, "?") {
			t.asks++
		}
		t.paras = append(t.paras, p.index)
	}
	if !x.questioningFrame(ps) {
		return // a debate: a member's question is their statement
	}
	answered := false
	for _, t := range by {
		if t.turns >= 2 && t.asks*2 < t.turns {
			answered = true
		}
	}
	if !answered {
		return
	}
	for _, t := range by {
		if t.turns >= 2 && t.asks*2 >= t.turns {
			for _, i := range t.paras {
				mark(i)
			}
		}
	}
}

// dropBareAsked drops the statements read from a bare question turn's
// asking sentences ("DOMANDA: Il governo sostiene la versione europea del
// piano?" is no statement of the government): what such a turn reports in
// a sentence of its own ("Вопрос: Ушаков вчера сказал, что …") stays.
func (x *extractor) dropBareAsked() {
	if len(x.bareAsks) == 0 {
		return
	}
	kept := x.out[:0]
	for _, st := range x.out {
		if x.bareAsks[st.Position] && strings.HasSuffix(strings.TrimRight(st.Text, " »”\"'*"), "?") {
			continue
		}
		kept = append(kept, st)
	}
	clear(x.out[len(kept):])
	x.out = kept
}
