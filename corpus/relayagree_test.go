package corpus

import "testing"

// TestRelayedAgreement checks that a speech verb followed, with no
// that-word, by a subject and a verb of agreement or belief gives the
// whole clause, not only what follows the inner "that" (content,
// attribution.go): "Ushakov said Putin and Trump agreed that …" is
// Ushakov's account of an agreement (sets ZO, ZP), and nestedSpeech keeps
// it his. Negatives: a plain that-clause and an inner speech verb are
// read as before.
func TestRelayedAgreement(t *testing.T) {
	for _, tc := range []struct{ body, speaker, text string }{
		{"Yuri Ushakov said Putin and Trump agreed that a temporary truce would only drag out the war in Ukraine.", "Yuri Ushakov", "Putin and Trump agreed that a temporary truce would only drag out the war in Ukraine"},
		{"Kremlin aide Yuri Ushakov says Moscow and Washington agree that a temporary truce would only drag out the war in Ukraine.", "Yuri Ushakov", "Moscow and Washington agree that a temporary truce would only drag out the war in Ukraine"},
		{"Dmitry Peskov said Moscow believes that the peace plan for Ukraine needs more work.", "Dmitry Peskov", "Moscow believes that the peace plan for Ukraine needs more work"},
		// negatives: the that-word right after the verb, and no inner verb
		{"Yuri Ushakov said that a temporary truce would only drag out the war in Ukraine.", "Yuri Ushakov", "a temporary truce would only drag out the war in Ukraine"},
		{"Yuri Ushakov told reporters that a temporary truce would only drag out the war in Ukraine.", "Yuri Ushakov", "a temporary truce would only drag out the war in Ukraine"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: en\n---\n\n"+tc.body+"\n")
			for _, s := range got {
				if s.Speaker == tc.speaker && s.Text == tc.text {
					return
				}
			}
			t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
		})
	}
}
