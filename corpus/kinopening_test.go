package corpus

import (
	"strings"
	"testing"
)

// TestKinOpening: reported words that open with a relative set off by a
// comma are the relative's (an unnamed source, the relation phrase and
// its apposition as the role), in several languages; without the comma,
// with a name in the apposition, or inside a quotation they stay with the
// speaker who reported them.
func TestKinOpening(t *testing.T) {
	cases := []struct {
		lang, text      string
		speaker, role   string // the statement holding said
		said            string
		relayerSpeaking string // a later statement of the relayer's own, if any
	}{
		// the relative, with an apposition (ZX09's shape)
		{"es", "Pilar Moreno contó que su hermano, camionero en Polonia, ve cada semana colas de camiones en la frontera.", unnamedSpeaker, "su hermano, camionero en Polonia", "ve cada semana colas", ""},
		// with a relative clause, and the relayer goes on speaking (ZZ09)
		{"es", "Taras Boichuk dijo que su padre, que vive en Járkov, ya no cree en las pausas. «Una semana sin bombas no es paz», añadió.", unnamedSpeaker, "su padre, que vive en Járkov", "ya no cree en las pausas", "Taras Boichuk"},
		// a quotation after the relative clause (ZZC08)
		{"it", "Halyna Rudenko ha detto che suo figlio, che fa il medico a Černihiv, «non ha tempo di leggere piani».", unnamedSpeaker, "suo figlio, che fa il medico a Černihiv", "non ha tempo di leggere piani", ""},
		// a relay aside is no part of the role (ZZB01, ZZA09)
		{"en", "Taras Melnyk spoke at the meeting. His wife, he said, rings him every night and says the shops are still open.", unnamedSpeaker, "His wife", "the shops are still open", ""},
		{"es", "Irina Bondar habló de su familia. Su madre, contó, le pide que no vuelva hasta el verano.", unnamedSpeaker, "Su madre", "le pide que no vuelva", ""},
		// negatives: no comma, the words are about the relative
		{"en", "Oksana Bilyk said her mother still lives forty kilometres from the plant.", "Oksana Bilyk", "", "her mother still lives", ""},
		{"de", "Frau Tkachenko sagte, ihre Mutter schlafe seit Wochen im Flur.", "Frau Tkachenko", "", "ihre Mutter schlafe seit Wochen im Flur", ""},
		// a name in the apposition: not an unnamed relative
		{"en", "Maria Lopez said her husband, Tom Weber, is worried about the winter.", "Maria Lopez", "", "is worried about the winter", ""},
		// a quotation's own words are the quoted speaker's
		{"en", "\"My wife, who is a nurse, works nights now,\" said Taras Melnyk.", "Taras Melnyk", "", "works nights now", ""},
	}
	for _, c := range cases {
		got := extractStatements(splitParagraphs(c.text), Source{Lang: c.lang})
		found := false
		for _, st := range got {
			if !strings.Contains(st.Text, c.said) {
				continue
			}
			found = true
			if st.Speaker != c.speaker || c.role != "" && st.Role != c.role {
				t.Errorf("%s %q: %q said by %q (%q), want %q (%q)", c.lang, c.text, st.Text, st.Speaker, st.Role, c.speaker, c.role)
			}
		}
		if !found {
			t.Errorf("%s %q: no statement holds %q: %+v", c.lang, c.text, c.said, got)
		}
		if c.relayerSpeaking != "" && (len(got) == 0 || got[len(got)-1].Speaker != c.relayerSpeaking) {
			t.Errorf("%s %q: the last statement is not %q's: %+v", c.lang, c.text, c.relayerSpeaking, got)
		}
	}
}
