package corpus

import "testing"

// TestRoleWordsAdded checks role nouns the lexicon lacked, each before a
// name as news writes them: the Italian "rappresentante", the Ukrainian
// and Russian "староста" (a village or community head) and the Irish
// "Taoiseach". The title is the speaker's role, not part of the name nor
// lost.
func TestRoleWordsAdded(t *testing.T) {
	cases := []speakerRoleCase{
		{"it", "Il rappresentante permanente Marco Ferlini ha detto che il testo va cambiato.", "Marco Ferlini", "rappresentante permanente"},
		{"uk", "Староста громади Іван Дорошенко сказав, що люди чекають тиші.", "Іван Дорошенко", "Староста громади"},
		{"ru", "Староста села Пётр Лыков заявил, что жители ждут мира.", "Пётр Лыков", "Староста села"},
		{"en", "Speaking in Cork, Taoiseach Ciarán Doherty said Ireland would keep its support.", "Ciarán Doherty", "Taoiseach"},
	}
	checkSpeakerRoles(t, cases)
}
