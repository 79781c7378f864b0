package corpus

import (
	"strings"
	"testing"
)

// TestPlatformLetter: a single capital letter after a preposition of
// place is a platform ("wrote on X."), not an initial, so the sentence
// ends there and the next sentence's speech is read on its own; an
// initial after a name or a verb still holds the sentence together. Each
// case of the first table fails without platformletter.go.
func TestPlatformLetter(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en wrote on X.", xindDoc("en", "\"We are close,\" Senator Ruth Calloway wrote on X. She added that a vote could come next week."), "Ruth Calloway", "a vote could come next week"},
		{"pl napisał na X.", xindDoc("pl", "„Jesteśmy blisko” – napisał minister Jan Nowak na X. Dodał, że głosowanie może odbyć się za tydzień."), "Jan Nowak", "głosowanie może odbyć się za tydzień"},
		{"de schrieb auf X.", xindDoc("de", "„Wir sind nah dran“, schrieb die Ministerin Anke Wollrath auf X. Sie fügte hinzu, die Abstimmung könne nächste Woche kommen."), "Anke Wollrath", "die Abstimmung könne nächste Woche kommen"},
	})
	for _, c := range []struct{ text, want string }{
		{"President Donald J. Trump said the talks were over.", "President Donald J. Trump said the talks were over."},
		{"The visit was confirmed by J. D. Vance on Monday.", "The visit was confirmed by J. D. Vance on Monday."},
		{"J. Smith said the talks were over.", "J. Smith said the talks were over."}, // the letter opens the text: no word before it
	} {
		if got := sentences(c.text); len(got) != 1 || got[0] != c.want {
			t.Errorf("sentences(%q) = %q, want one sentence", c.text, got)
		}
	}
	if got := sentences("He wrote on X. Then he left."); len(got) != 2 || !strings.HasSuffix(got[0], "on X.") {
		t.Errorf("sentences split %q, want the sentence to end after \"on X.\"", got)
	}
}
