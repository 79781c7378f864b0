// Script labels: the labels of a text written to be performed, a radio
// feature's manuscript ("SPRECHERIN:", "O-TON 1 (Marco Rubio,
// Overvoice):"), a TV running order ("VOIX OFF :"), a comic script
// ("RÉCITATIF :", "BULLE (Peskov) :"). A narrator's label opens the
// writer's own narration, read as prose; a sound bite's or a balloon's
// label names its speaker in the bracket after it.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/scriptlabels.json
var scriptLabelsJSON []byte

// scriptLex is data/scriptlabels.json as look-ups.
type scriptLex struct {
	narrators, sounds, notes map[string]bool // narrators holds the directions too ("ATMO", "MUSIK")
}

// scriptData loads data/scriptlabels.json once.
var scriptData = sync.OnceValue(func() *scriptLex {
	var d struct {
		Narrators []string `json:"narrators"`
		Cues      []string `json:"directions"`
		Sounds    []string `json:"soundLabels"`
		Notes     []string `json:"productionNotes"`
	}
	mustDecodeJSON("data/scriptlabels.json", scriptLabelsJSON, &d)
	return &scriptLex{narrators: set(append(d.Narrators, d.Cues...)), sounds: set(d.Sounds), notes: set(d.Notes)}
})

// scriptHead is a script label's head in lower case, without its trailing
// number ("O-TON 1": "o-ton", "SPRECHER 2": "sprecher") and without
// emphasis marks.
func scriptHead(label string) string {
	label = strings.TrimSpace(strings.Trim(label, "*_ "))
	for {
		i := strings.LastIndexByte(label, ' ')
		if i <= 0 || !allDigits(label[i+1:]) {
			break
		}
		label = strings.TrimSpace(label[:i])
	}
	return lowerString(label)
}

// narratorLabel returns the text after a narrator's label opening p
// ("SPRECHERIN: Genf, 23. November …", "RÉCITATIF : Tout commence …",
// "ABSAGE (SPRECHERIN): …"), and whether p opens with one. The label is
// short, so a sentence that merely opens with such a word and a colon
// later is not cut.
func narratorLabel(p string) (string, bool) {
	i := strings.IndexByte(p, ':')
	if i <= 0 || i > 40 || i+1 >= len(p) || p[i+1] != ' ' {
		return "", false
	}
	label := strings.TrimSpace(p[:i])
	if label == "" || !isCapital(label) {
		return "", false
	}
	head := label
	if j := strings.LastIndex(label, " ("); j > 0 && strings.HasSuffix(label, ")") {
		head = label[:j]
		if scriptData().narrators[scriptHead(label[j+2:len(label)-1])] {
			return strings.TrimSpace(p[i+1:]), true // "ABSAGE (SPRECHERIN): …": the sign-off in the narrator's voice
		}
	}
	if !scriptData().narrators[scriptHead(head)] {
		return "", false
	}
	return strings.TrimSpace(p[i+1:]), true
}

// soundLabelSpeaker reads a sound bite's or a balloon's label, "O-TON 1
// (Marco Rubio, Overvoice)", "BULLE (Rubio, plus petite)", "SOT (Dr. Anna
// Berg, Institute for Peace Studies)": the bracket's first part is who
// speaks, the parts after it their title, but for production notes and
// parts in lower case (how it is voiced or drawn). ok is false when the
// label is no such label.
func soundLabelSpeaker(label string) (name, title string, ok bool) {
	label = strings.TrimSpace(label)
	j := strings.LastIndex(label, " (")
	if j <= 0 || !strings.HasSuffix(label, ")") || !scriptData().sounds[scriptHead(label[:j])] {
		return "", "", false
	}
	parts := strings.Split(label[j+2:len(label)-1], ", ")
	name = strings.TrimSpace(parts[0])
	if name == "" || containsAny(name, "()'’0123456789") {
		return "", "", false // "SON (0'12)": the bite's length, its speaker named elsewhere
	}
	var kept []string
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" || !isCapital(p) || scriptData().notes[lowerString(p)] {
			continue
		}
		kept = append(kept, p)
	}
	return name, strings.Join(kept, ", "), true
}

// scriptLabel reports whether a label is a script's: a narrator's
// ("SPRECHERIN", "ABSAGE (SPRECHERIN)") or a sound bite's or balloon's
// ("O-TON 1 (Marco Rubio)", "BULLE (Peskov)"), which no record of a
// sitting labels its members with (protocol.go).
func scriptLabel(label string) bool {
	if _, ok := narratorLabel(strings.TrimSpace(label) + ": -"); ok {
		return true
	}
	_, _, ok := soundLabelSpeaker(label)
	return ok
}
