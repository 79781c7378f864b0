package corpus

import "testing"

// TestCapsHeadlineClaims checks headlines in capitals that attribute with
// a comma: the surname is the person the report names in full, a quoted
// sentence after it is theirs too, and a title's claim goes to the first
// person the report quotes.
func TestCapsHeadlineClaims(t *testing.T) {
	it := "UCRAINA: PUTIN, EUROPA NON HA AGENDA DI PACE. 'SE VUOLE LA GUERRA SIAMO PRONTI'\n\n" +
		"(AGN) - MOSCA, 3 DIC - Vladimir Putin ha attaccato i governi europei a un forum economico. (AGN).\n\n" +
		"UCRAINA: ANALISTA, 'A MOSCA SI NEGOZIA SUL RITMO'\n\n" +
		"(AGN) - ROMA, 3 DIC - Il piano è stato diviso in capitoli, ha spiegato Silvia Prandelli, ricercatrice a Bologna. (AGN).\n"
	es := "UCRANIA: ALBARES, EUROPA DEBE ESTAR EN LA MESA\n\n" +
		"(EFA) - MADRID, 4 DIC - El ministro José Manuel Albares habló con la prensa en Bruselas.\n"
	checkStatements(t, []statementCase{
		{"it surname", it, "Vladimir Putin", "EUROPA NON HA AGENDA DI PACE"},
		{"it quoted sentence after", it, "Vladimir Putin", "SE VUOLE LA GUERRA SIAMO PRONTI"},
		{"it title's claim", it, "Silvia Prandelli", "A MOSCA SI NEGOZIA SUL RITMO"},
		{"es surname", es, "Albares", "EUROPA DEBE ESTAR EN LA MESA"},
	})
	for _, s := range statementsOf(t, "UKRAINE, RUSSIA TO MEET IN ABU DHABI\n\nKYIV (Reuters) - Delegations from Kyiv and Moscow will meet in Western Ukraine next week, officials said.\n") {
		if s.Text == "RUSSIA TO MEET IN ABU DHABI" {
			t.Errorf("a place's headline given to %s", s.Speaker)
		}
	}
}
