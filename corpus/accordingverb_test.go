package corpus

import "testing"

// TestAccordingWithVerb checks a trailing "according to" word with a verb
// of saying after it ("…, según confirmó un portavoz del Pentágono", "…,
// según dijo el ministro Pedro Ruiz"): the unnamed spokesperson or the
// named minister speaks, and the verb is no part of the role. Without
// dropLeadVerb the first is lost and the second gets the role "dijo el
// ministro".
func TestAccordingWithVerb(t *testing.T) {
	es := "---\ntitle: t\nlang: es\n---\n\n"
	body1 := es + "El secretario Dan Driscoll se ha reunido en Abu Dabi con una delegación rusa, según confirmó un portavoz del Pentágono.\n"
	checkStatements(t, []statementCase{{"unnamed", body1, unnamedSpeaker, "se ha reunido en Abu Dabi"}})
	body2 := es + "El ministro Juan Gil viajó a Kiev, según dijo el ministro Pedro Ruiz.\n"
	found := false
	for _, s := range statementsOf(t, body2) {
		if s.Speaker == "Pedro Ruiz" {
			found = true
			if s.Role != "ministro" {
				t.Errorf("role %q, want %q", s.Role, "ministro")
			}
		}
	}
	if !found {
		t.Error("no statement of Pedro Ruiz")
	}
}
