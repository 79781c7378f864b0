package corpus

import "testing"

// TestNestedAppos: a relayed speaker set off by commas, by a title before
// the name or an apposition or aside after it ("X recalled that the
// Kremlin aide, Yuri Ushakov, said that …", "…, that Kirill Dmitriev, the
// Russian investment envoy, had described …"), gets the words after the
// that-word, or the predicate from its verb on when the verb names,
// judges or speaks of something. Each case fails without nestedApposCut.
func TestNestedAppos(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"fr title, name", xindDoc("fr", "La députée Hélène Marchetti-Roux a parlé longuement. Elle rappelle que le conseiller diplomatique de Vladimir Poutine, Iouri Ouchakov, a fait savoir que plusieurs éléments du texte exigeaient encore une discussion."),
			"Yuri Ushakov", "plusieurs éléments du texte exigeaient encore une discussion"},
		{"es title, name, había dicho", xindDoc("es", "El analista Álvaro Quintanilla habló largo. Recordó que el secretario de Estado, Marco Rubio, había dicho en Ginebra que los avances eran enormes."),
			"Marco Rubio", "los avances eran enormes"},
		{"es second clause, habló de", xindDoc("es", "Quintanilla recordó que Donald Trump había dicho que aquella no era su oferta final, y que el secretario de Estado, Marco Rubio, habló en Ginebra de avances enormes."),
			"Marco Rubio", "habló en Ginebra de avances enormes"},
		{"es title, name, calificó", xindDoc("es", "El enviado Steve Witkoff habló largo. Dijo que el jefe negociador ucraniano, Rustem Umérov, calificó las conversaciones de sustanciales y productivas."),
			"Umerov", "calificó las conversaciones de sustanciales y productivas"},
		{"en name, apposition, had described", xindDoc("en", "Chief Executive Gideon Falk spoke. He added that President Zelensky had spoken of a separate document on recovery, and that Kirill Dmitriev, the Russian investment envoy, had described an economic working group with the Americans."),
			"Kirill Dmitriev", "had described an economic working group with the Americans"},
		{"it name, aside, aveva detto che", xindDoc("it", "Il deputato Enrico Bonfanti ha parlato. Ha ricordato che Volodymyr Zelensky, nel suo discorso alla nazione, aveva detto che il Paese vive uno dei momenti più difficili."),
			"Volodymyr Zelensky", "il Paese vive uno dei momenti più difficili"},
		{"it title name, gerund aside, ha ribadito", xindDoc("it", "Il deputato Enrico Bonfanti ha parlato. Ha ricordato che la Presidente del Consiglio Giorgia Meloni, ricevendo ieri il presidente Zelensky a Palazzo Chigi, ha ribadito il pieno sostegno dell'Italia a una pace giusta e duratura."),
			"Giorgia Meloni", "ha ribadito il pieno sostegno dell'Italia a una pace giusta e duratura"},
	})
}

// TestNestedApposRole: the title or apposition cut is the inner
// speaker's role when it says one.
func TestNestedApposRole(t *testing.T) {
	ss := statementsOf(t, xindDoc("en", "Chief Executive Gideon Falk spoke. He added that President Zelensky had spoken of a separate document on recovery, and that Kirill Dmitriev, the Russian investment envoy, had described an economic working group with the Americans."))
	for _, s := range ss {
		if s.Speaker == "Kirill Dmitriev" {
			if s.Role == "" {
				t.Errorf("no role for Dmitriev: %+v", s)
			}
			return
		}
	}
	t.Errorf("no statement of Dmitriev; got %+v", ss)
}

// TestNestedApposNot: the relayer's own view of a person set off by
// commas stays the relayer's: no speech verb after the apposition, a
// list of names, an aside that is the relayer's.
func TestNestedApposNot(t *testing.T) {
	cases := []struct{ name, doc, outer, inner string }{
		{"en Y, appos, was wrong", xindDoc("en", "Senator Ruth Calloway said that Governor Anna Vestry, the bridge's sponsor, was wrong about the budget and the tolls."), "Ruth Calloway", "Vestry"},
		{"es title, Y, se equivocó", xindDoc("es", "La diputada Rosa Vidal dijo que el ministro de Hacienda, Luis Prado, se equivocó con el presupuesto de este año."), "Rosa Vidal", "Prado"},
		{"it Y, aside, ha sbagliato", xindDoc("it", "Il deputato Enrico Bonfanti ha detto che Giorgia Meloni, nel suo discorso alla Camera, ha sbagliato tutto sul bilancio dello Stato."), "Enrico Bonfanti", "Meloni"},
		{"fr Y, il a dit, no speech", xindDoc("fr", "Le député Paul Garnier a dit que l'Ukraine, a-t-il ajouté, ne reconnaîtra jamais l'annexion de ses territoires."), "Paul Garnier", "Ukraine"},
		{"de Y, appos, hat Unrecht", xindDoc("de", "Die Abgeordnete Hanna Lorenz sagte, dass Kanzler Friedrich Merz, der frühere Fraktionschef, in dieser Frage völlig falsch liege."), "Hanna Lorenz", "Merz"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.doc)
			found := false
			for _, s := range ss {
				if containsFold(s.Speaker, c.inner) {
					t.Errorf("statement %q given to %q; got %+v", s.Text, s.Speaker, ss)
				}
				found = found || containsFold(s.Speaker, c.outer)
			}
			if !found {
				t.Errorf("no statement of %q; got %+v", c.outer, ss)
			}
		})
	}
}
