package corpus

import "testing"

// TestSaidBy checks that a fact check's claim is the statement of the
// person its said-by line names, quoted or in the checker's words, in two
// languages, and that a said-by line naming no person gives nothing.
func TestSaidBy(t *testing.T) {
	fr := "---\ntitle: t\nlang: fr\n---\n\n"
	cases := []statementCase{
		{"en quoted claim", "We checked three claims.\n\n**CLAIM 1: The deal \"was written in Washington.\"**\n*Said by: Helen Marsh, a Senate staffer, Nov. 20.*\n\nTHE FACTS: Nobody knows.", "Helen Marsh", "was written in Washington"},
		{"en claim in own words", "We checked three claims.\n\n**CLAIM 2: The plan freezes the front.**\n*Said by: Helen Marsh, Nov. 20.*\n\nTHE FACTS: Partly.", "Helen Marsh", "The plan freezes the front"},
		{"fr dit par", fr + "Nous avons vérifié trois affirmations.\n\n**AFFIRMATION 1 : « Le plan a été écrit à Moscou »**\n*Dit par : Paul Vernet, député, le 22 novembre.*\n\nLES FAITS : rien ne le prouve.", "Paul Vernet", "Le plan a été écrit à Moscou"},
	}
	checkStatements(t, cases)
	for _, s := range statementsOf(t, "We checked.\n\n**CLAIM 4: Elections \"within months\".**\n*Said by: several commentators.*\n\nTHE FACTS: Point 25.") {
		t.Errorf("statement %q by %q: commentators are nobody", s.Text, s.Speaker)
	}
}
