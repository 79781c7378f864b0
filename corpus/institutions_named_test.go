package corpus

import "testing"

// TestMinistryWithCapitalisedName checks a ministry whose name after its
// head is capitalised, as Dutch, Polish and English write it: the body
// speaks, never a made-up person made of the name's last words ("Het
// ministerie van Buitenlandse Zaken zei" is no "Buitenlandse Zaken"); a
// title and a name after a body still make the person.
func TestMinistryWithCapitalisedName(t *testing.T) {
	for _, c := range []struct{ name, lang, text, speaker string }{
		{"nl ministerie van", "nl", "Het ministerie van Buitenlandse Zaken zei dat de steun aan Kyiv doorgaat.", "Ministerie van Buitenlandse Zaken"},
		{"pl Ministerstwo Spraw", "pl", "Ministerstwo Spraw Zagranicznych oświadczyło, że Warszawa popiera wspólne stanowisko.", "Ministerstwo Spraw Zagranicznych"},
		{"en Ministry of", "en", "The Ministry of Foreign Affairs said the consultations would resume next week.", "Ministry of Foreign Affairs"},
		{"en title after body", "en", "Kremlin spokesman Dmitry Peskov said the consultations would resume next week.", "Dmitry Peskov"},
	} {
		sts := statementsOf(t, "---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text)
		if len(sts) != 1 || sts[0].Speaker != c.speaker {
			t.Errorf("%s: want one statement of %q, got %+v", c.name, c.speaker, sts)
		}
	}
}
