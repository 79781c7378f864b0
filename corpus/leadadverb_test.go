package corpus

import (
	"strings"
	"testing"
)

// TestLeadAdverbBeforeName checks a sentence adverb before the surname of
// someone named earlier ("Afterwards Hollis told …", "Окремо Гнатюк
// нагадала …", "Infine Ferrandi ha aggiunto …"): the statement is the
// person's, and the adverb is never part of a speaker's name. Without the
// cut the speaker is "Afterwards Hollis".
func TestLeadAdverbBeforeName(t *testing.T) {
	cases := []struct{ name, text, speaker, fragment string }{
		{"en", "Senator Mara Hollis said the draft was rushed. Afterwards Hollis told reporters that the vote would wait until January.",
			"Mara Hollis", "the vote would wait until January"},
		{"uk", "Народна депутатка Олеся Гнатюк сказала, що документ сирий.\n\nОкремо Гнатюк нагадала, що армію пропонували скоротити.",
			"Олеся Гнатюк", "армію пропонували скоротити"},
		{"it", "La senatrice Giulia Ferrandi ha detto che il testo è fragile. Infine Ferrandi ha aggiunto che il voto slitterà a gennaio.",
			"Giulia Ferrandi", "il voto slitterà a gennaio"},
		{"pl", "Posłanka Marta Lewicka powiedziała, że plan jest niejasny. Osobno Lewicka przypomniała, że Sejm nie głosował.",
			"Marta Lewicka", "Sejm nie głosował"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, s := range statementsOf(t, c.text) {
				first, _, _ := strings.Cut(s.Speaker, " ")
				if first != "" && strings.Contains(c.text, first+" "+strings.Fields(c.speaker)[1]) && first != strings.Fields(c.speaker)[0] {
					t.Errorf("adverb read as a name: %q", s.Speaker)
				}
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.fragment) {
					found = true
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, statementsOf(t, c.text))
			}
		})
	}
}
