package corpus

import "testing"

// TestTailAttribution checks that a clause with an act verb, attributed by
// a short attribution at the sentence's end, is the attributed person's
// statement whole, the clause's own subject kept.
func TestTailAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, body, speaker, text string
	}{
		{"inverted, act verb",
			"Russia rejected the European text, said Kremlin aide Yuri Ushakov.",
			"Yuri Ushakov", "Russia rejected the European text"},
		{"inverted, say verb of an act",
			"The sides agreed to swap 314 prisoners, said special envoy Steve Witkoff.",
			"Steve Witkoff", "The sides agreed to swap 314 prisoners"},
		{"subject first, time after",
			"The delegations agreed to meet again in Geneva, Witkoff said on Thursday.",
			"Steve Witkoff", "The delegations agreed to meet again in Geneva"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: en\n---\n\n"+tc.body+"\n")
			if len(got) != 1 || got[0].Speaker != tc.speaker || got[0].Text != tc.text {
				t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
			}
		})
	}
}
