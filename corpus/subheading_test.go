package corpus

import (
	"strings"
	"testing"
)

func TestHeadlineIsNoStatement(t *testing.T) {
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"en wire headline then byline", "Kremlin says no deal yet after long meeting with envoys\n\nBy Ana Ruiz\n\nMOSCOW (Meridian) - Aide Pavel Orlik told reporters that no compromise had been found.\n", "Kremlin"},
		{"en subheading in sentence case", "---\ntitle: t\nlang: en\n---\n\nThe talks ended late.\n\n**Washington calls it a good day**\n\nEnvoy Pavel Orlik told reporters it had been the most useful meeting so far.\n", "Washington"},
		{"it titolo di agenzia", "---\ntitle: t\nlang: it\n---\n\nIl Cremlino dice nessun compromesso dopo il lungo incontro\n\nMOSCA - Il consigliere Pavel Orlik ha detto che non è stato trovato alcun compromesso.\n", "Cremlino"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := statementsOf(t, c.text)
			found := false
			for _, s := range st {
				if strings.Contains(s.Speaker, c.notSpeaker) {
					t.Errorf("a headline is no statement: %+v", s)
				}
				if strings.Contains(s.Speaker, "Orlik") {
					found = true
				}
			}
			if !found {
				t.Errorf("the body's statement is kept: %+v", st)
			}
		})
	}
}

func TestSentenceWithPeriodIsNoHeadline(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en short report sentence", "Envoy Pavel Orlik said talks would resume.\n\nNothing else was agreed.\n", "Pavel Orlik", "talks would resume"},
		{"en unpunctuated quote line", "Envoy Pavel Orlik: \"talks will resume\"\n\nNothing else was agreed.\n", "Pavel Orlik", "talks will resume"},
	})
}

func TestTitleWordBeforeNameIsNoUnnamedSource(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en aide and a name", "MOSCOW - Aide Pavel Orlik told reporters that no compromise had been found.\n", "Pavel Orlik", "no compromise had been found"},
		{"en adviser and a name", "Adviser Mara Lind said the talks would resume on Friday.\n", "Mara Lind", "the talks would resume"},
	})
}
