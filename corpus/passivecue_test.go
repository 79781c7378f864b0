package corpus

import "testing"

// TestPassiveSpeechVerbNamesNoSpeaker checks that a speech verb in the
// passive does not make its subject a speaker ("Ukraine was asked to …",
// "Russia is invited back …"): that subject was spoken to. A sentence
// with an active cue besides is still read, and "was quoted" is no
// passive of this kind.
func TestPassiveSpeechVerbNamesNoSpeaker(t *testing.T) {
	head := "---\ntitle: t\nlang: en\n---\n\n"
	for _, text := range []string{
		"Russia is invited back into the G8 once sanctions are lifted.",
		"Ukraine was told to withdraw from the rest of Donetsk.",
		"Ukraine was asked to hold elections within 100 days.",
		"The Europeans were urged to drop their amendments.",
		"Kyiv has been warned that the offer will not last.",
		"Kushner was asked whether the plan was final.",
	} {
		for _, s := range statementsOf(t, head+text+"\n") {
			t.Errorf("%s: statement %q by %q, want none", text, s.Text, s.Speaker)
		}
	}
	checkStatements(t, []statementCase{
		{"active after", head + "Peskov said Ukraine was asked to withdraw from Donetsk.\n", "Dmitry Peskov", "Ukraine was asked to withdraw"},
		{"active", head + "Rubio urged Kyiv to accept the framework quickly.\n", "Marco Rubio", "accept the framework"},
	})
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
