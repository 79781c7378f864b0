package corpus

import "testing"

// TestOwnClauseAndCongressTitles: "said he welcomed that clarification"
// keeps its pronoun clause whole (the that-word is the clause's, here a
// determiner), and "Congressman", "Congresswoman" are titles, so "The
// Congressman said" is the congressman named before. The first case
// fails without ownClauseSubjects (nestedspeech.go), both without the
// roles.json titles.
func TestOwnClauseAndCongressTitles(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en said he welcomed that clarification", xindDoc("en", "Congressman Dale Forrow spoke to reporters on Monday.\n\nThe Congressman said he welcomed that clarification and looked forward to a briefing."), "Dale Forrow", "he welcomed that clarification and looked forward to a briefing"},
		{"en Congresswoman as a title", xindDoc("en", "\"We need a vote on this,\" said Congresswoman Lena Marsh."), "Lena Marsh", "We need a vote on this"},
	})
}
