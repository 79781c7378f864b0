package corpus

import "testing"

// TestDescriptionRole: a definite description standing for the one person
// named just before is that person's role, in the same sentence after a
// lead word or in one of the two sentences after the name. Sets N, Q and
// ZM name people so.
func TestDescriptionRole(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"en next sentence", reportDoc("en", "**Anna Berglund.** The foreign minister left the hotel early on Friday. Berglund said the remaining gaps were \"small\"."),
			"Anna Berglund", "foreign minister", "small"},
		{"en complement", reportDoc("en", "Paul Okafor arrived late. The secretary of state walked straight to the podium. He said the ceasefire was \"within reach\"."),
			"Paul Okafor", "secretary of state", "within reach"},
		{"es lead word", reportDoc("es", "Tomás Herrera respondió en la radio a las críticas: según el ministro de Defensa, el acuerdo fue redactado por ambas partes."),
			"Tomás Herrera", "ministro de Defensa", "el acuerdo fue redactado"},
		{"fr two sentences back", reportDoc("fr", "Pierre Vasseur est arrivé à Vienne mardi.\n\nLa réunion a duré trois heures. Le chancelier n'exclut rien, mais il a dit que « la trêve doit venir d'abord »."),
			"Pierre Vasseur", "chancelier", "la trêve doit venir d'abord"},
		{"de compound title", reportDoc("de", "Klaus Brenner traf am Dienstag in Wien ein. Der Verteidigungsminister verließ das Treffen früh. Brenner sagte, der Waffenstillstand sei „in Reichweite“."),
			"Klaus Brenner", "verteidigungsminister", "in Reichweite"},
	})
}

// TestDescriptionRoleNegatives: two people named before the description,
// nobody named, a description before a name (the title readers' shape) and
// an indefinite description learn no role from it.
func TestDescriptionRoleNegatives(t *testing.T) {
	checkNoRole(t, []noRoleCase{
		{"en two people before", reportDoc("en", "Anna Berglund met Paul Okafor in Bern. The foreign minister left early. Berglund said the talks were \"a decent first round\"."), "Anna Berglund"},
		{"es indefinite", reportDoc("es", "Tomás Herrera habló en la radio. Un ministro dijo que el acuerdo no basta. Herrera dijo que «el acuerdo fue redactado por ambas partes»."), "Tomás Herrera"},
		{"en too far back", reportDoc("en", "Anna Berglund spoke on Monday. The talks went on. The hotel was full. Nobody slept. The foreign minister left early. Berglund said the talks were \"a decent first round\"."), "Anna Berglund"},
		{"fr other country", reportDoc("fr", "Keir Starmer a parlé à Paris. Le chancelier allemand, a-t-il ajouté, a évoqué des troupes. Starmer a dit que « la trêve doit venir d'abord »."), "Keir Starmer"},
		{"fr no title word", reportDoc("fr", "Pierre Vasseur est arrivé à Vienne. Le voyage a duré trois heures. Vasseur a dit que « la trêve doit venir d'abord »."), "Pierre Vasseur"},
	})
}
