package corpus

import (
	"strings"
	"testing"
)

func TestLinkLinesAndRelativeClausesAreNoSpeech(t *testing.T) {
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"en ALSO READ bar", "Envoy Pavel Orlik said the talks went well.\n\n**ALSO READ | What Ukraine says about the shorter draft: a list of changes**\n\nThe talks resume on Friday.\n", "Ukraine"},
		{"en Read more dash", "Envoy Pavel Orlik said the talks went well.\n\nRead more | The Kremlin says the draft is a basis: what changed\n\nThe talks resume on Friday.\n", "Kremlin"},
		{"en relative clause with hopes", "Envoy Pavel Orlik met the delegation on Tuesday, the latest step in a sprint that Washington hopes will turn the draft into a deal.\n", "Washington"},
		{"en relative clause with says", "The meeting was part of a process that Moscow says could take months.\n", "Moscow"},
		{"it leggi anche", "L'inviato Pavel Orlik ha detto che i colloqui sono andati bene.\n\nLEGGI ANCHE | Il Cremlino dice: il testo è una base\n\nI colloqui riprendono venerdì.\n", "Cremlino"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Speaker, c.notSpeaker) {
					t.Errorf("no speech: %+v", s)
				}
			}
		})
	}
}
