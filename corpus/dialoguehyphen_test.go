package corpus

import "testing"

// TestDialogueHyphens is the probe battery for the dialogue dash typed as
// a spaced hyphen, as Polish, Russian and Ukrainian web copy prints it
// ("- Nawet jeśli … - powiedział.", "\"…\", - заявил глава полиции."):
// the turn is read as with an en dash, the speaker named before it or
// after the verb.
func TestDialogueHyphens(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatementsExact(t, []statementCase{
		{"pl after the naming sentence", doc("pl", "Dr Hanna Wrzos, analityczka ds. Rosji, zwraca uwagę, że historia pojawiła się nagle. - To klasyczna zasłona dymna - mówi."), "Hanna Wrzos", "To klasyczna zasłona dymna"},
		{"pl opening hyphen", doc("pl", "- Pan premier poprosił o wyjaśnienia - powiedział w TVP rzecznik rządu Piotr Wrzos."), "Piotr Wrzos", "Pan premier poprosił o wyjaśnienia"},
		{"pl inside a paragraph", doc("pl", "Minister zdrowia Adam Wrzos mówił o obostrzeniach. - Prognoza mówiła o 5 tys. zakażeń dziennie - powiedział."), "Adam Wrzos", "Prognoza mówiła o 5 tys. zakażeń dziennie"},
		{"ru comma hyphen", doc("ru", "Глава полиции Иван Петров выступил на брифинге. - Погибших нет, - заявил он."), "Иван Петров", "Погибших нет"},
		{"ru quoted", doc("ru", "\"Если информация появится, мы её изучим\", - заявил Песков."), "Dmitry Peskov", "Если информация появится, мы её изучим"},
		{"uk comma hyphen", doc("uk", "Речник МЗС Георгій Тихий виступив на брифінгу. - Це неприйнятно, - сказав він."), "Георгій Тихий", "Це неприйнятно"},
	})
	for _, c := range []struct{ in, want string }{
		{"Rozmowy w formacie Rosja - Ukraina - USA potrwają 2 - 3 dni.", "Rozmowy w formacie Rosja - Ukraina - USA potrwają 2 - 3 dni."},
		{"Любые решения по активам - воровство.", "Любые решения по активам - воровство."},
		{"Ta liczba nie jest duża - powiedział.", "Ta liczba nie jest duża – powiedział."},
		{"Plan jest gotowy. - Nie chodzi o prestiż - dodał.", "Plan jest gotowy. – Nie chodzi o prestiż – dodał."},
	} {
		if got := dialogueDashes(c.in); got != c.want {
			t.Errorf("dialogueDashes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
