package corpus

import (
	"strings"
	"testing"
)

// TestMediumOwnWordBeforeSpeaker checks a speech verb followed by the
// medium the words were given to, named by a demonstrative or possessive
// ("a este canal", "našemu listu", "to this paper"), and then the speaker:
// the name after such a medium is who spoke, since no outlet's name
// follows it. The negatives keep an addressee that is a person, or a
// medium with its own name, from becoming the speaker.
func TestMediumOwnWordBeforeSpeaker(t *testing.T) {
	cases := []struct {
		lang, text, speaker, want string // speaker "" : no statement may name notSpeaker
		notSpeaker                string
	}{
		{"es", "«Lo que se negocia ya no es el plan», explicó a este canal Lucía Ferrándiz, profesora de Relaciones Internacionales.", "Ferrándiz", "Lo que se negocia ya no es el plan", ""},
		{"es", "«El texto es más corto», dijo a nuestro diario el ministro José Manuel Albares.", "Albares", "El texto es más corto", ""},
		{"it", "«L'Europa deve essere al tavolo», ha detto a questo giornale Giulia Ferri, docente di storia.", "Ferri", "L'Europa deve essere al tavolo", ""},
		{"fr", "« La paix ne peut pas être une capitulation », a déclaré à notre journal Claire Dubois, chercheuse.", "Dubois", "La paix ne peut pas être une capitulation", ""},
		{"cs", "„Na tohle Kyjev nikdy nepřistoupí,“ řekl našemu listu ministr Jan Lipavský.", "Lipavský", "Na tohle Kyjev nikdy nepřistoupí", ""},
		{"pl", "„Amerykanie myślą kwartałami” – powiedział naszemu portalowi Zenon Kurek, były wiceminister obrony.", "Kurek", "Amerykanie myślą kwartałami", ""},
		{"ru", "«Мы изучаем документ», — сказал нашему изданию политолог Аркадий Сомов.", "Сомов", "Мы изучаем документ", ""},
		// negatives: a person addressed, or an outlet named after its noun,
		// is not who spoke
		{"es", "«El texto es más corto», dijo a Pedro Sánchez el ministro José Manuel Albares.", "", "", "Sánchez"},
		{"fr", "« La paix ne peut pas être une capitulation », a dit à Emmanuel Macron le chancelier Friedrich Merz.", "", "", "Macron"},
		{"cs", "„Na tohle Kyjev nikdy nepřistoupí,“ řekl deníku Hlas Moravy ministr Jan Lipavský.", "", "", "Moravy"},
		{"it", "«L'Europa deve essere al tavolo», ha detto al giornale La Stampa il ministro Antonio Tajani.", "", "", "Stampa"},
	}
	for _, c := range cases {
		if c.speaker != "" {
			wantStatementOf(t, c.lang, c.text, c.speaker, c.want, false)
			continue
		}
		for _, s := range parseInLang(t, c.lang, c.text).Statements {
			if strings.Contains(s.Speaker, c.notSpeaker) {
				t.Errorf("%s: %q is no speaker; got %s", c.text, c.notSpeaker, statementsBrief([]Statement{s}))
			}
		}
	}
}
