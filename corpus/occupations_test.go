package corpus

import (
	"strings"
	"testing"
)

// TestOccupationTitles checks the occupation nouns roles.json gained in
// stop 57 (xrole2): ordinary people quoted by what they do, before the
// name ("Керівниця проєкту Людмила Коробко", "Ведущий трейдер отдела О. Н.
// Сабитова", set ZV) or in apposition after it ("Андрій Кравець,
// переселенець із Бахмута, сказав", "reconoció Maribel Ortuño, jugadora
// del tablero 5", ZU). The same words away from the name are no role.
func TestOccupationTitles(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body + "\n"
	}
	checkRoles(t, []roleCase{
		{"uk title before the name", doc("uk", "Керівниця проєкту Людмила Коробко наголошує, що результати не можна переносити на все населення."),
			"Людмила Коробко", "Керівниця проєкту", "результати не можна"},
		{"ru title before the name", doc("ru", "Ведущий трейдер отдела Ольга Сабитова добавила, что покупатели из Египта уже просят цену."),
			"Ольга Сабитова", "Ведущий трейдер отдела", "покупатели из Египта"},
		{"uk apposition", doc("uk", "Андрій Кравець, переселенець із Бахмута, сказав нам: «Я хочу знати, чи буде куди повертатися»."),
			"Андрій Кравець", "переселенець із Бахмута", "куди повертатися"},
		{"es apposition after the verb", doc("es", "«Yo vine por el ajedrez y me voy pensando en mapas», reconoció Maribel Ortuño, jugadora del tablero 5."),
			"Maribel Ortuño", "jugadora del tablero 5", "pensando en mapas"},
	})
	// the word away from the name: no role
	for _, c := range []struct{ lang, body, speaker, word string }{
		{"uk", "Андрій Кравець сказав, що кожен переселенець хоче знати, куди повертатися.", "Андрій Кравець", "переселен"},
		{"es", "Maribel Ortuño dijo que cada jugadora del torneo pensaba en los mapas.", "Maribel Ortuño", "jugadora"},
		{"ru", "Ольга Сабитова сказала, что каждый трейдер отдела уже просит цену с поставкой в марте.", "Ольга Сабитова", "трейдер"},
	} {
		sts := statementsOf(t, doc(c.lang, c.body))
		if len(sts) == 0 {
			t.Errorf("%s %q: no statement", c.lang, c.body)
		}
		for _, s := range sts {
			if s.Speaker == c.speaker && strings.Contains(strings.ToLower(s.Role), c.word) {
				t.Errorf("%s %q: role %q taken from a word away from the name", c.lang, c.body, s.Role)
			}
		}
	}
}
