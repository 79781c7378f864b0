package corpus

import (
	"strings"
	"testing"
)

// TestRelativeAccording checks a view given in a relative clause after
// the person it is theirs ("secondo cui", "selon qui", "по мнению
// которого"), a title in apposition between them.
func TestRelativeAccording(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it secondo cui", "Più scettica Elena Moretti, deputata della commissione Esteri, secondo cui Mosca «non accetterà mai un documento simile».", "Elena Moretti", "non accetterà mai un documento simile"},
		{"fr selon qui", "Même son de cloche chez Nadia Roussel, ancienne diplomate, selon qui chaque garantie vaut ce que vaut la volonté.", "Nadia Roussel", "chaque garantie vaut ce que vaut la volonté"},
		{"ru по мнению которого", "---\ntitle: t\nlang: ru\n---\n\nСкептичен политолог Олег Дробышев, по мнению которого переговоры затянутся до весны.", "Дробышев", "переговоры затянутся до весны"},
	})
}

// TestParticipleAside checks an aside between a speaker and the verb
// opened by a participle of being quoted or asked ("citato dall'agenzia
// Tass", "cité par", "interpellato dai cronisti").
func TestParticipleAside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"it citato", "Il consigliere Paolo Ferri, citato dall'agenzia Ansa, ha definito il colloquio \"utile e costruttivo\".", "Paolo Ferri", "utile e costruttivo"},
		{"fr cité par", "Le conseiller Paul Ferrand, cité par l'agence AFP, a qualifié la rencontre d'« utile ».", "Paul Ferrand", "utile"},
		{"it interpellato", "Il portavoce Paolo Ferri, interpellato dai cronisti nel briefing mattutino, ha spiegato che il governo non commenterà.", "Paolo Ferri", "il governo non commenterà"},
	})
}

// TestTitleClosedByKnownName checks that a title with its complement
// closed by a known person's name is that person, not the last speaker
// the bare title would refer back to.
func TestTitleClosedByKnownName(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"it", "Il consigliere Mario Rossi ha definito produttivo l'incontro.\n\nIl portavoce del Cremlino Dmitry Peskov ha spiegato che Mosca non commenterà."},
		{"en", "Adviser Mario Rossi called the meeting productive.\n\nThe spokesman of the Kremlin Dmitry Peskov said that Moscow would not comment."},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Text, "comment") && !strings.Contains(s.Speaker, "Peskov") {
					t.Errorf("%q given to %q", s.Text, s.Speaker)
				}
			}
		})
	}
}
