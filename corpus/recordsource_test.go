package corpus

import "testing"

// TestAccordingToRecord checks that "according to a transcript published
// by X" (or a recording posted by X) names where the words were
// published, not who said them: the sentence's own subject speaks, and the
// publisher gets no statement. Without aboutRecord the publisher takes
// the words.
func TestAccordingToRecord(t *testing.T) {
	body := "In Kyiv, Zelensky said in his nightly video address that Ukraine would defend its national interests, according to a transcript published by his office.\n\n" +
		"Senator Mara Hollis said the vote would wait until January, according to a recording posted by the Senate press office.\n"
	checkStatements(t, []statementCase{
		{"transcript", body, "Volodymyr Zelensky", "Ukraine would defend its national interests"},
		{"recording", body, "Mara Hollis", "the vote would wait until January"},
	})
	for _, s := range statementsOf(t, body) {
		if s.Speaker == "his office" || s.Speaker == "Senate press office" {
			t.Errorf("the publisher of a record given the words: %q / %q", s.Speaker, s.Text)
		}
	}
}
