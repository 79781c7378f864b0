package corpus

import (
	"strings"
	"testing"
)

// TestMinutesSpeech probes the English shapes of minutes, tribunal
// decisions and trade reports that stop 55 (xen) read: "submitted that"
// and "answered that", "The Chair said …" after people were named (no
// record's chair label), a courtesy title's gender for a later pronoun,
// an affiliation after a name set off by commas, a day and month before
// a name, and an unnamed source with a noun before its title. Each case
// gives a statement the text must yield (speaker, words) and may name
// one it must not (words given to a wrong speaker).
func TestMinutesSpeech(t *testing.T) {
	cases := []struct {
		name, text       string
		speaker, words   string // "" speaker: no statement may hold words
		notSpeaker, with string
	}{
		{"submitted", "Ms Alice Brown submitted that a general amnesty would leave the perpetrators beyond the reach of any court.", "Alice Brown", "a general amnesty would leave", "", ""},
		{"answered", "Mr Tom Green answered that the budget already assumed no ceasefire before the third quarter.", "Tom Green", "the budget already assumed", "", ""},
		{"submitted-object", "Ms Alice Brown submitted the budget to the board on Monday.", "", "the budget to the board", "", ""},
		{"submitted-passive", "The bill was submitted that week to parliament by the minister.", "", "week to parliament", "", ""},
		{"chair-after-present", "Present: Dame Rosalind Achterberg (Chair), Mr Gideon Falk (Chief Executive).\n\nThe Chair confirmed that a quorum was present.\n\nThe Chair said that the year had been dominated by costs on the Black Sea route. She reminded members that the board would meet again.", "Chair", "the year had been dominated by costs on the Black Sea route", "", ""},
		{"chair-label-still", "The CHAIRMAN (Mr Example). Order, order.\n\nThe CHAIRMAN (Mr Example). The House will now divide.", "", "the year", "", ""},
		{"honorific-gender", "Mr Arlo Pennant submitted that the drafts were moving away from the harsher terms. The expert, Dr Halina Kostyuk of the Institute for Borderland Studies, gave oral evidence by video link. She told me that none of the three texts has been signed.", "Halina Kostyuk", "none of the three texts has been signed", "Arlo Pennant", "none of the three texts"},
		{"affiliation-comma", "The analyst, Mark Tell of the Kyiv School of Economics, was cautious. He said that the talks had stalled in Geneva.", "Mark Tell", "the talks had stalled", "", ""},
		{"day-month", "In Berlin on 14–15 Dec Zelensky said Ukraine was ready to drop its bid to join NATO.", "Volodymyr Zelensky", "Ukraine was ready to drop its bid", "Dec Zelensky", "ready to drop"},
		{"month-name", "On 15 December Zelensky said the talks had stalled in Geneva.", "Volodymyr Zelensky", "the talks had stalled", "", ""},
		{"given-name-jan", "Jan Kowalski said that the talks had stalled in Geneva.", "Jan Kowalski", "the talks had stalled", "", ""},
		{"modified-unnamed", "A senior European shipping lawyer told us that any sanctions relief would be dangerous for the region.", unnamedSpeaker, "any sanctions relief would be dangerous", "", ""},
		{"modified-unnamed-banking", "A senior banking source said that any sanctions relief would be dangerous for the region.", unnamedSpeaker, "any sanctions relief would be dangerous", "", ""},
		{"event-title", "We attended the Harcourt Forum panel \"After Berlin: what is a guarantee worth?\" on Monday.", "", "what is a guarantee worth", "", ""},
		{"modified-unnamed-object", "He met a shipping lawyer and said that any sanctions relief would be dangerous for the region.", "", "", unnamedSpeaker, "any sanctions relief"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse([]byte("---\ntitle: Minutes\noutlet: Test Wire\npublished: 2026-02-03\nlang: en\n---\n\nThe talks on the peace plan went on in Geneva on Monday, officials said.\n\n"+c.text+"\n\nThe talks will resume next week in Geneva, the organisers said in a statement.\n"), ParseOptions{Name: "minutes.md"})
			if err != nil {
				t.Fatal(err)
			}
			found := c.words == ""
			for _, s := range doc.Statements {
				if c.words != "" && strings.Contains(s.Text, c.words) {
					if c.speaker == "" {
						t.Errorf("%q: want no statement, got one by %q", c.words, s.Speaker)
					} else if s.Speaker == c.speaker {
						found = true
					}
				}
				if c.notSpeaker != "" && s.Speaker == c.notSpeaker && strings.Contains(s.Text, c.with) {
					t.Errorf("%q given to %q", c.with, c.notSpeaker)
				}
			}
			if c.speaker != "" && !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.words, doc.Statements)
			}
		})
	}
}
