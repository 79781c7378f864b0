package corpus

import (
	"strings"
	"testing"
)

// TestPassiveSpeechVerbNamesNoSpeaker checks that a speech verb in the
// passive does not make its subject a speaker ("Ukraine was asked to …",
// "Russia is invited back …"): that subject was spoken to. A sentence
// with an active cue besides is still read, and "was quoted" is no
// passive of this kind.
func TestPassiveSpeechVerbNamesNoSpeaker(t *testing.T) {
	head := "---\ntitle: t\nlang: en\n---\n\n"
	for _, c := range []struct {
		name, text, speaker, frag string // speaker "" when no statement is wanted
	}{
		{"is invited", "Russia is invited back into the G8 once sanctions are lifted.", "", ""},
		{"was told", "Ukraine was told to withdraw from the rest of Donetsk.", "", ""},
		{"was asked", "Ukraine was asked to hold elections within 100 days.", "", ""},
		{"were urged", "The Europeans were urged to drop their amendments.", "", ""},
		{"has been warned", "Kyiv has been warned that the offer will not last.", "", ""},
		{"name asked", "Kushner was asked whether the plan was final.", "", ""},
		{"active after", "Peskov said Ukraine was asked to withdraw from Donetsk.", "Dmitry Peskov", "Ukraine was asked to withdraw"},
		{"active", "Rubio urged Kyiv to accept the framework quickly.", "Marco Rubio", "accept the framework"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, head+c.text+"\n")
			if c.speaker == "" {
				for _, s := range ss {
					t.Errorf("statement %q by %q, want none", s.Text, s.Speaker)
				}
				return
			}
			for _, s := range ss {
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.frag) {
					return
				}
			}
			t.Errorf("no statement of %s with %q; got %s", c.speaker, c.frag, statementsBrief(ss))
		})
	}
}

// TestASCIIWordBefore checks the word read before a cue.
func TestASCIIWordBefore(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int
		want string
	}{
		{"Ukraine was asked", 12, "was"},
		{"Ukraine was  asked", 13, "was"},
		{"asked", 0, ""},
		{"(was)asked", 5, ""},
		{"«asked", 2, ""},
	} {
		if got := asciiWordBefore(c.s, c.i); got != c.want {
			t.Errorf("asciiWordBefore(%q, %d) = %q, want %q", c.s, c.i, got, c.want)
		}
	}
}
