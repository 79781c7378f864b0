package corpus

import (
	"strings"
	"testing"
)

// TestImpersonalWithSource checks an impersonal attribution whose source
// is a prepositional phrase before or after it: the source speaks (a body
// the lexicon knows, else an unnamed source described by the phrase),
// what was said is the clause, in German, Italian and French; without a
// source nobody is named and there is no statement.
func TestImpersonalWithSource(t *testing.T) {
	cases := []struct{ lang, doc, speaker, role, words string }{
		{"de", "Aus Diplomatenkreisen hieß es, man werde die Liste der Sanktionen prüfen.", unnamedSpeaker, "Diplomatenkreisen", "man werde die Liste der Sanktionen prüfen"},
		{"de", "Eine Einigung sei nicht in Sicht, hieß es aus Koalitionskreisen in Berlin.", unnamedSpeaker, "Koalitionskreisen in Berlin", "Eine Einigung sei nicht in Sicht"},
		{"it", "Da Palazzo Madama fanno sapere che il voto slitterà alla prossima settimana.", unnamedSpeaker, "Palazzo Madama", "il voto slitterà alla prossima settimana"},
		{"fr", "Au Quai d'Orsay on souligne que rien ne sera signé sans Kiev.", "Quai d'Orsay", "", "rien ne sera signé sans Kiev"},
		{"de", "Die Gespräche würden fortgesetzt, hieß es.", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.lang+" "+c.words, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+c.lang+"\n---\n# T\n\n"+c.doc+"\n")
			if c.words == "" {
				if len(got) != 0 {
					t.Errorf("a statement without a source: %+v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d statements, want 1: %+v", len(got), got)
			}
			s := got[0]
			if s.Speaker != c.speaker || s.Role != c.role || !strings.Contains(s.Text, c.words) {
				t.Errorf("got %q (%q) / %q, want %q (%q) / %q", s.Speaker, s.Role, s.Text, c.speaker, c.role, c.words)
			}
		})
	}
}
