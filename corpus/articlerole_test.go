package corpus

import "testing"

// TestArticleRole: a description with a definite article opening the
// sentence before a name ("Le capitaine X estime", "Il tesoriere X
// osserva", "El cantante X promete") is the person's role whatever its
// noun; before, a noun no title list holds left the person with none.
// Sets Q, ZT and ZY introduce people so.
func TestArticleRole(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"fr captain", reportDoc("fr", "Le capitaine Mathis Laborde estime que le vestiaire ne parle plus que du plan de paix."),
			"Mathis Laborde", "capitaine", "le vestiaire ne parle plus que du plan de paix"},
		{"it treasurer", reportDoc("it", "Il tesoriere Paolo Venturin osserva che la sezione ha raccolto fondi per le famiglie sfollate."),
			"Paolo Venturin", "tesoriere", "la sezione ha raccolto fondi"},
		{"it neighbour of several words", reportDoc("it", "La vicina di pianerottolo Gina Ferri racconta che il figlio non dorme da settimane per le sirene."),
			"Gina Ferri", "vicina di pianerottolo", "il figlio non dorme da settimane"},
		{"es singer", reportDoc("es", "El cantante Rafa Ordóñez cree que la tregua no aguantará hasta la primavera."),
			"Rafa Ordóñez", "cantante", "la tregua no aguantará hasta la primavera"},
		{"es name set off by commas", reportDoc("es", "El panadero, Tomás Iriarte, promete «otra furgoneta de mantas para Járkov»."),
			"Tomás Iriarte", "panadero", "otra furgoneta de mantas"},
		{"en plumber", reportDoc("en", "The plumber Gareth Lowry said the village would send two more vans of blankets."),
			"Gareth Lowry", "plumber", "the village would send two more vans"},
	})
}

// TestArticleRoleNegatives: a time phrase, an organisation's name after
// its kind, an article that does not open the sentence and a description
// with no name learn no role.
func TestArticleRoleNegatives(t *testing.T) {
	checkNoRole(t, []noRoleCase{
		{"fr time phrase", reportDoc("fr", "Le lendemain Mathis Laborde a déclaré que le vestiaire ne parle plus que du plan de paix."), "Mathis Laborde"},
		{"it weekday", reportDoc("it", "Il sabato Paolo Venturin ha detto che la sezione ha raccolto fondi per le famiglie."), "Paolo Venturin"},
		{"fr organisation", reportDoc("fr", "Le syndicat Solidarité Portuaire estime que le plan de paix oublie les dockers."), "Solidarité Portuaire"},
		{"it party", reportDoc("it", "Il partito Azione Civica sostiene che la tregua non reggerà durante l'inverno."), "Azione Civica"},
		{"en article inside the sentence", reportDoc("en", "After the match Gareth Lowry said the village would send two more vans of blankets."), "Gareth Lowry"},
		{"en document", reportDoc("en", "The draft Viktor Halden sent on Monday says the village would send two more vans."), "Viktor Halden"},
	})
}
