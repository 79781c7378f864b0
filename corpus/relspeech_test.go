package corpus

import "testing"

// TestRelativeSpeech checks speech reported in a relative clause on the
// speaker just cited ("according to two people briefed on the schedule,
// who said …", "a confirmé une source diplomatique, qui a décrit …", "sagte
// ein Diplomat, der betonte, dass …"), and that a relative clause with a
// subject of its own ("who he says has …") or a parenthesis before the
// sentence's own verb ("who asked not to be named, said") is no such
// clause.
func TestRelativeSpeech(t *testing.T) {
	fr := "---\ntitle: t\nlang: fr\n---\n\n"
	de := "---\ntitle: t\nlang: de\n---\n\n"
	checkStatements(t, []statementCase{
		{"en according, who said", "The intelligence chief was also in the capital, according to two people briefed on the schedule, who said he had held separate meetings with both delegations.", unnamedSpeaker, "he had held separate meetings with both delegations"},
		{"fr confirmé, qui a décrit", fr + "Le ministre s'est joint à une partie de la discussion, a confirmé une source diplomatique européenne, qui a décrit le ton comme « franc mais plus apaisé ».", unnamedSpeaker, "franc mais plus apaisé"},
		{"de sagte, der betonte", de + "Der Text sei noch offen, sagte der Diplomat Jonas Kern, der betonte, dass die Frist nicht verlängert werde.", "Jonas Kern", "die Frist nicht verlängert werde"},
		{"en parenthesis", "A Western diplomat, who asked not to be named, said the talks would resume next week.", unnamedSpeaker, "the talks would resume next week"},
	})
	for _, s := range statementsOf(t, "The analyst Mark Hale is careful not to criticise President Anna Kowal, who he says has \"no good cards and is playing the ones he has\".") {
		if s.Speaker == "Anna Kowal" {
			t.Errorf("statement %q by %q: the relative clause has its own subject", s.Text, s.Speaker)
		}
	}
}
