package corpus

import (
	"strings"
	"testing"
)

// TestListedRoles: a role written at another mention than the statement's
// (an attendance or panel list "Name (Role)", a representation or byline
// line "Name, Role", a title parted from the name by honorifics) carries to
// the person's later statements that give none (listedroles.go). Negatives:
// a bracket with no title word ("(R-Ind.)"), a role the person no longer
// holds ("former ambassador", "exembajador", "były ambasador"), and a
// clause after the name's comma ("Anna Kerr, the army would be capped").
func TestListedRoles(t *testing.T) {
	tests := []struct{ lang, text, speaker, role, said string }{
		{"en", "**Present:** Dame Rosalind Achterberg (Chair), Mr Gideon Falk (Chief Executive), Ms Usha Penrose (Chief Financial Officer), and 63 shareholders.\n\nMr Falk said volumes through the terminal had risen by 18 per cent.\n\nMs Penrose answered that the budget already assumed no ceasefire.", "Penrose", "Chief Financial Officer", "the budget already assumed no ceasefire"},
		{"en", "Representation: for the Appellant, Ms Nkechi Obi-Laurent of counsel; for the Respondent, Mr Arlo Pennant, Senior Presenting Officer\n\nMr Pennant said the drafts were moving away from the harsher terms.", "Pennant", "Senior Presenting Officer", "the drafts were moving away"},
		{"en", "The economist Dr. Lena Brandt compared the texts.\n\nBrandt said the direction was clear.", "Lena Brandt", "economist", "the direction was clear"},
		{"de", "Den besten Moment hat die Sendung, als die Politikwissenschaftlerin Prof. Dr. Wiebke Harmsen die Texte nebeneinanderlegt. Harmsen sagt, die Richtung sei eindeutig.", "Wiebke Harmsen", "Politikwissenschaftlerin", "die Richtung sei eindeutig"},
		{"de", "Auf dem Podium: Jan Kowalke (Sprecher der Landesregierung), Anna Weber (Bürgermeisterin).\n\nKowalke sagte, die Lage sei ernst.", "Kowalke", "Sprecher der Landesregierung", "die Lage sei ernst"},
		{"es", "Por Adela Ferrándiz, profesora de Relaciones Internacionales\n\nLa Unión llega tarde. «Cuando Bruselas escribe una enmienda, Washington ya ha pasado de página», escribe Ferrándiz.", "Ferrándiz", "profesora de Relaciones Internacionales", "Cuando Bruselas escribe una enmienda"},
		{"fr", "Présents : M. Jean Roux (directeur général), Mme Claire Petit (trésorière).\n\nM. Roux a déclaré que le port resterait ouvert.", "Roux", "directeur général", "le port resterait ouvert"},
		// negatives
		{"en", "According to the draft seen by Anna Kerr, the army would be capped at 600,000. Kerr said the text was unfair.", "Anna Kerr", "", "the text was unfair"},
		{"en", "Guests: Tom Kellerman (R-Ind.) and Ivo Kranz, former ambassador\n\nKellerman said farmers were tired. Kranz said the text was weak.", "Kellerman", "", "farmers were tired"},
		{"en", "Guests: Tom Kellerman (R-Ind.) and Ivo Kranz, former ambassador\n\nKellerman said farmers were tired. Kranz said the text was weak.", "Kranz", "", "the text was weak"},
		{"es", "Invitados: Álvaro Quintanilla (exembajador en Moscú), Lucía Gil (2019).\n\n«Antes de Navidad habrá, como mucho, otra reunión», resumió Quintanilla.", "Quintanilla", "", "Antes de Navidad habrá"},
		{"pl", "Goście: Jan Nowak (prezes zarządu), Anna Kowal (były ambasador).\n\nNowak powiedział, że port pozostanie otwarty. Kowal powiedziała, że to za mało.", "Nowak", "prezes zarządu", "port pozostanie otwarty"},
		{"pl", "Goście: Jan Nowak (prezes zarządu), Anna Kowal (były ambasador).\n\nNowak powiedział, że port pozostanie otwarty. Kowal powiedziała, że to za mało.", "Kowal", "", "to za mało"},
	}
	for _, tc := range tests {
		d := parseProbe(t, tc.lang, "2025-12-01", tc.text)
		found := false
		for _, s := range d.Statements {
			found = found || strings.Contains(s.Speaker, tc.speaker) && s.Role == tc.role && strings.Contains(s.Text, tc.said)
		}
		if !found {
			t.Errorf("%s: %q\n got %q\nwant %s [%s]: %s", tc.lang, tc.text, statementLines(d.Statements), tc.speaker, tc.role, tc.said)
		}
	}
}
