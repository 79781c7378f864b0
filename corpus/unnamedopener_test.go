package corpus

import "testing"

// TestUnnamedOpenerBackRef checks "the official said" right after a
// sentence that opens with "A European official …" without quoting them:
// the words are that unnamed source's, not those of the last person
// quoted, whose title also holds "official". After a sentence that does
// not introduce one, "the official" still points back to that person.
func TestUnnamedOpenerBackRef(t *testing.T) {
	intro := "Naomi Achterberg, a former State Department official, said the text was rushed.\n\n" +
		"A European official briefed on the talks put it more bluntly. The Americans, the official said, \"want a signature before Christmas\".\n"
	checkStatements(t, []statementCase{{"introduced", intro, unnamedSpeaker, "want a signature before Christmas"}})
	plain := "Naomi Achterberg, a former State Department official, said the text was rushed.\n\n" +
		"The talks went on late. The Americans, the official said, \"want a signature before Christmas\".\n"
	for _, s := range statementsOf(t, plain) {
		if s.Speaker == unnamedSpeaker {
			t.Errorf("no unnamed source was introduced, got %q", s.Text)
		}
	}
}
