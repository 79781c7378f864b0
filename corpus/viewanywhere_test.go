package corpus

import (
	"strings"
	"testing"
)

// TestViewAnywhere: a view phrase gives whose view a sentence is where
// inTheirView does not look: opening a sentence with no speech cue, after
// a colon that follows the person, inside a clause without commas. Each
// case fails without viewanywhere.go (or its viewPhrases entries).
func TestViewAnywhere(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en in his account, opening", xindDoc("en", "The envoy Karel Dusek told reporters that the meeting had been long. In his account, both sides had kept their maps on the table."), "Karel Dusek", "both sides had kept their maps"},
		{"it a suo dire, opening", xindDoc("it", "Il consigliere Bruno Ravelli ha criticato la lettera dei sindaci. A suo dire i comuni dovrebbero pensare alle strade."), "Bruno Ravelli", "i comuni dovrebbero pensare alle strade"},
		{"pl jego zdaniem after a colon", xindDoc("pl", "Analityk Marek Zawada mówił o rozmowach. Rzecznik Piotr Lis przekonywał, że wszystko uzgodniono. Zawada jest ostrożniejszy: jego zdaniem bez Moskwy przy stole nic nie jest pewne."), "Marek Zawada", "bez Moskwy przy stole nic nie jest pewne"},
		{"en in his words inside a clause", xindDoc("en", "The analyst Omar Haddad said the draft was rushed. Its clause on prisoners was in his words the only humane line in the text."), "Omar Haddad", "the only humane line in the text"},
		{"de ihrer Meinung nach after a colon", xindDoc("de", "Die Forscherin Lea Brandt sprach zuerst. Der Diplomat Uwe Kranz sagte, alles sei offen. Brandt bleibt skeptisch: ihrer Meinung nach fehlt dem Text jede Garantie."), "Lea Brandt", "fehlt dem Text jede Garantie"},
	})
}

// TestViewAnywhereNot: after a colon, the view is the person who opens
// the sentence; when that person is not known, the pronoun is not sent
// to the last speaker.
func TestViewAnywhereNot(t *testing.T) {
	text := xindDoc("pl", "Rzecznik Piotr Lis przekonywał, że wszystko uzgodniono. Gość studia jest ostrożniejszy: jego zdaniem nic nie jest pewne.")
	for _, s := range statementsOf(t, text) {
		if strings.Contains(s.Text, "nic nie jest pewne") {
			t.Errorf("statement %q by %q: the view after the colon is not the last speaker's", s.Text, s.Speaker)
		}
	}
}

// TestAccordingEnclosed: "according to X" between commas inside a
// sentence keeps the words on both sides, not only those before it.
// Fails without accordingmid.go.
func TestAccordingEnclosed(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en according to, inside", xindDoc("en", "The new draft, according to two officials familiar with it, drops the amnesty clause entirely."), unnamedSpeaker, "drops the amnesty clause entirely"},
		{"en according to a person, inside", xindDoc("en", "The meeting, according to Senator Ruth Calloway, ended without a date for the next round."), "Ruth Calloway", "ended without a date for the next round"},
	})
}
