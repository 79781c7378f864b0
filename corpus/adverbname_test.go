package corpus

import "testing"

// TestAdverbOpeningIsNoName: "Afterwards Trump told reporters" is Trump's,
// not a person called "Afterwards Trump".
func TestAdverbOpeningIsNoName(t *testing.T) {
	cases := []statementCase{
		{"afterwards", "---\ntitle: t\nlang: en\n---\n\nDonald Trump met Volodymyr Zelensky on Sunday. Afterwards Trump told reporters the two sides were close to a deal.\n", "Donald Trump", "the two sides were close"},
		{"afterward", "---\ntitle: t\nlang: en\n---\n\nDonald Trump met Volodymyr Zelensky on Sunday. Afterward Zelensky said the framework was largely agreed.\n", "Volodymyr Zelensky", "the framework was largely agreed"},
	}
	checkStatements(t, cases)
	for _, c := range cases {
		for _, s := range statementsOf(t, c.text) {
			if s.Speaker != c.speaker {
				t.Errorf("%s: speaker %q, want %q", c.name, s.Speaker, c.speaker)
			}
		}
	}
}
