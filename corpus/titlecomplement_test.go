package corpus

import "testing"

// TestTitleComplementIsNoName checks that the complement of a title ("la
// presidente del Consiglio", "el secretario de Estado") is never read as
// a person's name, in Italian and Spanish: the title refers back to the
// person the sentence before was about, or names no one; while a name
// with a particle after its given name ("Guillermo del Toro") stays one.
func TestTitleComplementIsNoName(t *testing.T) {
	it := "---\ntitle: t\nlang: it\n---\n\n"
	es := "---\ntitle: t\nlang: es\n---\n\n"
	checkStatements(t, []statementCase{
		{"it back to the opener", it + "Giorgia Meloni è arrivata a Roma. Parlando con i giornalisti, la presidente del Consiglio ha spiegato che il piano va migliorato.", "Giorgia Meloni", "il piano va migliorato"},
		{"es back to the opener", es + "Marco Rubio llegó a Ginebra. Según el secretario de Estado, el plan fue redactado por Estados Unidos.", "Marco Rubio", "el plan fue redactado por Estados Unidos"},
		{"it particle name", it + "Il ministro Guillermo del Toro ha detto che il confine resterà chiuso.", "Guillermo del Toro", "il confine resterà chiuso"},
	})
	for _, body := range []string{
		it + "Il vertice è finito tardi. La presidente del Consiglio ha spiegato che il piano va migliorato.",
		es + "La cumbre terminó tarde. El secretario de Estado dijo que el plan fue redactado por Estados Unidos.",
	} {
		for _, s := range statementsOf(t, body) {
			if s.Speaker == "del Consiglio" || s.Speaker == "de Estado" {
				t.Errorf("statement %q by %q: a title's complement is no name", s.Text, s.Speaker)
			}
		}
	}
}
