package corpus

import "testing"

// TestViewFor checks a sentence that opens with whose view it gives ("Pour
// X, …", "Per X, …", "Für X, …") and quotes them: the rest of the
// sentence is their statement, with the title in apposition as the role.
func TestViewFor(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr pour, title in apposition", "Pour Odile Ferrand, chercheuse à l'Institut de Lyon, la rencontre marque « un tournant pour les Européens ».", "Odile Ferrand", "un tournant pour les Européens"},
		{"it per", "Per Carlo Benvenuti, analista del Centro studi, il nuovo testo «è solo una lista di desideri».", "Carlo Benvenuti", "è solo una lista di desideri"},
		{"de für", "Für Anke Wollrath, Politologin in Bonn, ist der Entwurf „ein Signal an Moskau“.", "Anke Wollrath", "ein Signal an Moskau"},
	})
}

// TestViewForStandsBack checks that "Pour X, …" gives nothing when the
// view quotes nobody, names a country, or is a relative clause.
func TestViewForStandsBack(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"no quotation", "Pour Odile Ferrand, chercheuse à l'Institut de Lyon, la rencontre marque un tournant."},
		{"country", "Per l'Italia, il nuovo testo «è solo una lista di desideri»."},
		{"relative clause", "Pour Odile Ferrand, qui a négocié l'accord de 2015, « rien n'est joué »."},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q", s.Text, s.Speaker)
			}
		})
	}
}

// TestFormerTitle checks that "former" in other languages stays in the
// title ("l'ancienne ambassadrice", "der ehemalige Botschafter", "бывший
// посол").
func TestFormerTitle(t *testing.T) {
	for _, c := range []struct{ name, text, role string }{
		{"fr", "L'ancienne ambassadrice Odile Ferrand a déclaré que le plan était dangereux.", "ancienne ambassadrice"},
		{"de", "Der ehemalige Botschafter Karl Wendt sagte, der Plan sei gefährlich.", "ehemalige Botschafter"},
		{"ru", "Бывший посол Олег Дробышев заявил, что план опасен.", "Бывший посол"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := statementsOf(t, c.text)
			if len(st) != 1 || st[0].Role != c.role {
				t.Errorf("got %+v, want one statement with the role %q", st, c.role)
			}
		})
	}
}
