package corpus

import (
	"strings"
	"testing"
)

// TestDeclaredReady checks a reflexive declaration verb with an adjective
// of readiness or conviction and its complement, in several languages:
// the subject's statement runs from the verb.
func TestDeclaredReady(t *testing.T) {
	for _, c := range []struct{ name, text, speaker, want string }{
		{"it si dice disposto", "I colloqui sono finiti a Berlino. Zelensky si dice disposto a rinunciare all'adesione alla NATO in cambio di garanzie.", "Volodymyr Zelensky", "si dice disposto a rinunciare all'adesione alla NATO"},
		{"es se mostró dispuesto, opening place", "Las conversaciones terminaron. Desde Kiev, Zelenski se mostró dispuesto a seguir adelante con el marco acordado en Ginebra.", "Volodymyr Zelensky", "se mostró dispuesto a seguir adelante"},
		{"es se declaró dispuesto", "Las conversaciones terminaron. En Berlín, Volodímir Zelenski se declaró dispuesto a renunciar a la adhesión a la OTAN.", "Volodymyr Zelensky", "se declaró dispuesto a renunciar"},
		{"fr s'est dit prêt", "Les discussions ont repris. Emmanuel Macron s'est dit prêt à envoyer des troupes.", "Emmanuel Macron", "s'est dit prêt à envoyer des troupes"},
		{"de zeigte sich bereit", "Die Gespräche endeten. Wolodymyr Selenskyj zeigte sich bereit, auf den Nato-Beitritt zu verzichten.", "Volodymyr Zelensky", "zeigte sich bereit, auf den Nato-Beitritt zu verzichten"},
		{"nl verklaarde zich bereid", "De gesprekken eindigden. Volodymyr Zelensky verklaarde zich bereid om af te zien van het NAVO-lidmaatschap.", "Volodymyr Zelensky", "verklaarde zich bereid om af te zien"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.want) {
					return
				}
			}
			t.Errorf("no statement %q by %q in %+v", c.want, c.speaker, statementsOf(t, c.text))
		})
	}
}

// TestDeclaredReadyStandsBack checks what the reading leaves alone: how
// someone seemed with no complement, an inverted subject, a place or a
// group as the subject, and a pronoun subject.
func TestDeclaredReadyStandsBack(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"pt no complement", "Volodymyr Zelensky, por seu lado, mostrou-se mais reservado."},
		{"es inverted", "Más comprensivo con Washington se mostró el periodista Álvaro Quintanilla-Ríos, excorresponsal en Moscú."},
		{"nl how one seemed", "Meloni toonde zich het meest welwillend."},
		{"fr nothing governed", "Emmanuel Macron s'est dit prêt."},
		{"es a city", "La ciudad se mostró dispuesta a acoger a los refugiados."},
		{"it not an adjective of the lexicon", "Il ministro Antonio Tajani si è detto sorpreso dalle parole di Mosca."},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q", s.Text, s.Speaker)
			}
		})
	}
}
