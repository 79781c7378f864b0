package corpus

import (
	"strings"
	"testing"
)

// TestRoleWordsAdded checks role nouns the lexicon lacked, each before a
// name as news writes them: the Italian "rappresentante", the Ukrainian
// and Russian "староста" (a village or community head) and the Irish
// "Taoiseach". The title is the speaker's role, not part of the name nor
// lost.
func TestRoleWordsAdded(t *testing.T) {
	cases := []struct{ lang, doc, speaker, role string }{
		{"it", "Il rappresentante permanente Marco Ferlini ha detto che il testo va cambiato.", "Marco Ferlini", "rappresentante permanente"},
		{"uk", "Староста громади Іван Дорошенко сказав, що люди чекають тиші.", "Іван Дорошенко", "Староста громади"},
		{"ru", "Староста села Пётр Лыков заявил, что жители ждут мира.", "Пётр Лыков", "Староста села"},
		{"en", "Speaking in Cork, Taoiseach Ciarán Doherty said Ireland would keep its support.", "Ciarán Doherty", "Taoiseach"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+c.lang+"\n---\n# T\n\n"+c.doc+"\n")
			if len(got) != 1 {
				t.Fatalf("%d statements, want 1: %+v", len(got), got)
			}
			if got[0].Speaker != c.speaker || !strings.EqualFold(got[0].Role, c.role) {
				t.Errorf("speaker %q role %q, want %q %q", got[0].Speaker, got[0].Role, c.speaker, c.role)
			}
		})
	}
}
