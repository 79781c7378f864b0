package corpus

import (
	"slices"
	"testing"
)

// TestAddingSplit checks that "…, <speaker> said, adding that …" gives the
// two things said as two statements, without the attribution between them,
// and that a participle with no clause after it splits nothing.
func TestAddingSplit(t *testing.T) {
	for _, tc := range []struct {
		name, lang, body string
		want             []string
	}{
		{"en pronoun and channel between", "en",
			"Rustem Umerov led the delegation. The talks were useful, he wrote on Telegram, adding that the delegations would report to their leaders.",
			[]string{"The talks were useful", "the delegations would report to their leaders"}},
		{"en subject first", "en",
			"Rustem Umerov said the talks were useful, adding that the delegations would report to their leaders.",
			[]string{"the talks were useful", "the delegations would report to their leaders"}},
		{"it aggiungendo che", "it",
			"Rustem Umerov ha detto che i colloqui sono stati utili, aggiungendo che le delegazioni riferiranno ai loro leader.",
			[]string{"i colloqui sono stati utili", "le delegazioni riferiranno ai loro leader"}},
		{"no clause after the participle", "en",
			"Rustem Umerov said the talks were useful, adding nothing more.",
			[]string{"the talks were useful, adding nothing more"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n") {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}
