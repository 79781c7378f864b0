package corpus

import (
	"strings"
	"testing"
)

// barePostCases are named speakers described by a post written bare, with
// a place, field or time after it: role is what the role must hold with
// barePost on, and must not with it off.
var barePostCases = []struct{ name, doc, speaker, role, frag string }{
	{"it socio dal", langDoc("it", "La serata si è chiusa tardi. Aldo Pedretti, socio dal 1978, ha detto che suo padre aveva visto finire una guerra."), "Aldo Pedretti", "socio", "suo padre aveva visto finire una guerra"},
	{"it gestore del rifugio", langDoc("it", "Il rifugio resta aperto. Dario Zanchi, gestore del rifugio, ha detto che il locale invernale resta aperto con dodici posti."), "Dario Zanchi", "gestore del rifugio", "il locale invernale resta aperto"},
	{"fr donneuse depuis", langDoc("fr", "L'assemblée a eu lieu samedi. Oksana Guillou, donneuse depuis son arrivée en 2022, a déclaré que sa ville avait encore été bombardée."), "Oksana Guillou", "donneuse", "sa ville avait encore été bombardée"},
	{"es socia desde", langDoc("es", "La junta se reunió el lunes. Amparo Lloret, socia desde 1990, dijo que las cuentas estaban cerradas."), "Amparo Lloret", "socia", "las cuentas estaban cerradas"},
	{"en keeper since", langDoc("en", "The club met on Monday. Gwen Ashby, scorekeeper since 1990, said that the roof fund was still short."), "Gwen Ashby", "scorekeeper", "the roof fund was still short"},
	// the post given where no speech is, the words quoted later (barePostRole)
	{"fr first mention", langDoc("fr", "L'assemblée a eu lieu samedi. Jean-Claude Rouxel, porte-drapeau depuis 31 ans, a reçu la médaille. Rouxel a déclaré que son père portait ce drapeau avant lui."), "Jean-Claude Rouxel", "porte-drapeau", "son père portait ce drapeau"},
	{"it first mention", langDoc("it", "La serata si è chiusa tardi. Olena Marchi, specializzanda in pediatria, ha raccontato i turni. Marchi ha detto che la pace deve essere vera."), "Olena Marchi", "specializzanda in pediatria", "la pace deve essere vera"},
	{"de Feuerwehroffizier aus", langDoc("de", "Die Versammlung endete spät. Oleh Kravets, Feuerwehroffizier aus Pidhirne, sagte, seine Wache rücke fast jede Nacht aus."), "Oleh Kravets", "feuerwehroffizier aus pidhirne", "seine Wache rücke fast jede Nacht aus"},
}

func TestBarePost(t *testing.T) {
	for _, off := range []bool{false, true} {
		for _, c := range barePostCases {
			d := parseCaseWith(t, c.doc, ParseOptions{noBarePost: off})
			found := false
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.frag) && strings.Contains(strings.ToLower(s.Role), c.role) {
					found = true
				}
			}
			if found == off {
				t.Errorf("%s (noBarePost %v): %q by %s (%s) found %v; statements %+v", c.name, off, c.frag, c.speaker, c.role, found, d.Statements)
			}
		}
	}
	// where the person was or came from is no post (circumstance.go); a
	// time phrase is cut from the post
	for _, c := range []struct{ name, doc, speaker, notRole string }{
		{"it arrivata da", langDoc("it", "La serata si è chiusa tardi. Olena Marchi, arrivata da Charkiv nel 2022, ha detto che la pace deve essere vera."), "Olena Marchi", "arrivata"},
		{"de lower case: a verb", langDoc("de", "Die Versammlung endete spät. Iryna Sawtschuk, sitzt in Kiew, sagte, der Text sei anders."), "Iryna Sawtschuk", "sitzt"},
		{"en fresh from", langDoc("en", "The talks ended late. Rustem Umerov, fresh from Miami, told reporters that the talks were useful."), "Rustem Umerov", "fresh"},
		{"fr présent à", langDoc("fr", "La réunion a eu lieu lundi. Steve Witkoff, présent à l'Elysée, a déclaré que les progrès étaient réels."), "Steve Witkoff", "présent"},
		{"it socio dal: no year", langDoc("it", "La serata si è chiusa tardi. Aldo Pedretti, socio dal 1978, ha detto che suo padre aveva visto finire una guerra."), "Aldo Pedretti", "1978"},
	} {
		for _, s := range parseCaseWith(t, c.doc, ParseOptions{}).Statements {
			if s.Speaker == c.speaker && strings.Contains(strings.ToLower(s.Role), c.notRole) {
				t.Errorf("%s: role %q holds %q", c.name, s.Role, c.notRole)
			}
		}
	}
}
