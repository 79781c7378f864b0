package corpus

import (
	"strings"
	"testing"
)

// TestCarriedRoleProbes is stop 52's battery for titles written once in a
// shape the readers did not carry (xroles): a title with its article
// elided onto it and a complement after it ("L'envoyé spécial X"), a
// title closed by the name of someone else who is not speaking ("il capo
// di stato maggiore Andrii Hnatov"), and a programme's credits line that
// gives the guest a title after the name. Invented words; each case names
// the speaker and the role it must get, "" where no title may be given
// (a negative: another person's title must not be taken).
func TestCarriedRoleProbes(t *testing.T) {
	cases := []struct {
		lang, text, speaker, role string
	}{
		// the title's article elided onto it, a complement after it
		{"fr", "L'envoyé spécial Tom Varga a écrit que « le texte avance » après la réunion.", "Tom Varga", "envoyé spécial"},
		{"fr", "Côté européen, l'ambassadrice adjointe Claire Dumont a déclaré que « rien n'est conclu ».", "Claire Dumont", "ambassadrice adjointe"},
		{"it", "L'inviato speciale Tom Varga ha scritto che «il testo avanza».", "Tom Varga", "inviato speciale"},
		{"it", "L'ambasciatore uscente Luca Ferri ha detto che «nulla è deciso».", "Luca Ferri", "ambasciatore uscente"},
		// negative: the elided title of another person nearby is not taken
		{"fr", "L'envoyé spécial Tom Varga a rencontré Luc Morel à Genève. « Rien n'est conclu », a déclaré Morel.", "Luc Morel", ""},
		// a title closed by another person's name is not the speaker's
		{"it", "Paolo Ruggeri ha detto che «il formato è nuovo». Per Kyiv c'erano Oleh Marchenko e il capo di stato maggiore Taras Hlyba. «Il contenuto arriverà dopo», ha aggiunto Ruggeri.", "Paolo Ruggeri", ""},
		{"en", "Paolo Ruggeri said \"the format is new\". Kyiv sent Oleh Marchenko and the chief of general staff Taras Hlyba. \"The content comes later,\" Ruggeri added.", "Paolo Ruggeri", ""},
		{"es", "Paolo Ruggeri dijo que «el formato es nuevo». Kiev envió a Oleh Marchenko y al jefe de estado mayor Taras Hlyba. «El contenido llegará después», añadió Ruggeri.", "Paolo Ruggeri", ""},
		// negative: a capitalised complement after its preposition is still a title
		{"en", "Lavrov spoke first. The Minister of Foreign Affairs said \"we are ready\".", "Sergei Lavrov", "Minister of Foreign Affairs"},
		// a credits line's title after the guest's name
		{"it", "Conduce: Giulia Neri · Ospite: Paolo Ruggeri, analista dell'Istituto lagunare di studi strategici\n\n**GIULIA NERI:** Partiamo da Davos.\n\n**PAOLO RUGGERI:** Il discorso è stato duro e nessuno se lo aspettava.", "Paolo Ruggeri", "analista dell'Istituto lagunare di studi strategici"},
		{"en", "Host: Jane Marsh · Guest: Paul Rigby, former ambassador to Kyiv\n\n**JANE MARSH:** Let's start with Davos.\n\n**PAUL RIGBY:** The speech was harsher than anyone expected.", "Paul Rigby", "former ambassador to Kyiv"},
		{"de", "Moderation: Jana Marx · Gast: Paul Rigby, Analyst am Institut für Sicherheit\n\n**JANA MARX:** Beginnen wir mit Davos.\n\n**PAUL RIGBY:** Die Rede war härter als erwartet.", "Paul Rigby", "Analyst am Institut für Sicherheit"},
		// negative: words after the comma that are no title give none
		{"en", "Host: Jane Marsh · Guest: Paul Rigby, recorded on Friday\n\n**JANE MARSH:** Let's start with Davos.\n\n**PAUL RIGBY:** The speech was harsher than anyone expected.", "Paul Rigby", ""},
	}
	for _, tc := range cases {
		d := parseProbe(t, tc.lang, "2025-12-01", tc.text)
		found := false
		for _, s := range d.Statements {
			if s.Speaker != tc.speaker {
				continue
			}
			found = true
			if s.Role != tc.role {
				t.Errorf("%s: %s has role %q, want %q", firstLine(tc.text), tc.speaker, s.Role, tc.role)
			}
		}
		if !found {
			t.Errorf("%s: no statement of %s; got %v", firstLine(tc.text), tc.speaker, speakerRoles(d.Statements))
		}
	}
}

// firstLine is a probe's text up to its first line break, for a failure
// message.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
