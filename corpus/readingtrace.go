package corpus

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// readingTrace follows, while emit reads one statement with
// ParseOptions.trace set, which reading gave it its speaker: the emit call
// (function and line) that proposed a speaker, then each emit-time
// reading that replaced it (backref, newcomer, nested …). The speaker
// before the first replacement is the runner-up. A zero readingTrace
// (trace off) does nothing and costs a nil check.
type readingTrace struct {
	on       bool
	reading  string
	runnerUp string
}

// newReadingTrace starts the trace of the statement emit is reading: its
// reading is emit's caller, with the note of how the sentence's subject
// was read, if one was left (traceSubject, because).
func (x *extractor) newReadingTrace() readingTrace {
	r := callerReading(3)
	if x.traceNote != "" {
		r += "/" + x.traceNote
		x.traceNote = ""
	}
	return readingTrace{on: true, reading: r}
}

// because leaves a note of the reading that chose a speaker (the rule
// that found a pronoun's antecedent) for the next statement emitted in
// this sentence, when tracing.
func (x *extractor) because(note string) {
	if x.trace {
		x.traceNote = note
	}
}

// traceSubject leaves, when tracing, how the main clause's subject phrase
// gave sp: via the reader that found it, then the note a pronoun's
// reading left, or whether the phrase names sp ("named"), is an unnamed
// source ("unnamed") or a description read as someone ("described").
func (x *extractor) traceSubject(via string, phrase []tok, sp *speaker) {
	if !x.trace || sp == nil {
		return
	}
	kind := x.traceNote
	switch {
	case kind != "":
	case sp.name == unnamedSpeaker:
		kind = "unnamed"
	case phraseNames(phrase, sp.name):
		kind = "named"
	default:
		kind = "described"
	}
	x.traceNote = via + ":" + kind
}

// phraseNames reports whether a word of the phrase shares its first four
// letters (or the whole of a shorter word) with a word of name.
func phraseNames(phrase []tok, name string) bool {
	for _, w := range strings.Fields(lowerString(name)) {
		rw := []rune(w)
		if len(rw) > 4 {
			rw = rw[:4]
		}
		for _, t := range phrase {
			if strings.HasPrefix(lowerString(t.word), string(rw)) {
				return true
			}
		}
	}
	return false
}

// callerReading names the function skip frames up and its line:
// "sentence:912" for a call in statements.go's sentence.
func callerReading(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "?"
	}
	name := "?"
	if f := runtime.FuncForPC(pc); f != nil {
		name = f.Name()
		name = name[strings.LastIndex(name, ".")+1:]
	}
	return fmt.Sprintf("%s@%s:%d", name, strings.TrimSuffix(filepath.Base(file), ".go"), line)
}

// step records that the reading what replaced the speaker from with to.
func (t *readingTrace) step(from, to *speaker, what string) *speaker {
	if t.on && to != from && (to == nil || from == nil || to.name != from.name) {
		if t.runnerUp == "" && from != nil {
			t.runnerUp = from.name
		}
		t.reading += "+" + what
	}
	return to
}

// mark writes the trace into st.
func (t readingTrace) mark(st *Statement, extra string) {
	if t.on {
		st.reading, st.runnerUp = t.reading+extra, t.runnerUp
	}
}

// markLast names its caller as the newest statement's reading when
// tracing, for the readings that append statements without emit.
func (x *extractor) markLast() {
	if x.trace && len(x.out) > 0 {
		x.out[len(x.out)-1].reading = callerReading(2)
	}
}
