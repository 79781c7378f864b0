package corpus

import "testing"

// TestProseItems checks that a numbered item which gave no provision (a
// briefing's numbered stories) is read for statements, in two languages,
// while the numbered points of a plan give none.
func TestProseItems(t *testing.T) {
	pl := "---\ntitle: t\nlang: pl\n---\n\n"
	checkStatements(t, []statementCase{
		{"en numbered story", "Good morning. Here is the day.\n\n**1. The long meeting.** The envoys met in Moscow on Tuesday. The analyst Mark Devlin told reporters afterwards that no compromise had been found.\n\n**2. The mood.** Markets were calm.", "Mark Devlin", "no compromise had been found"},
		{"pl numbered story", pl + "Dzień dobry.\n\n**1. Spotkanie.** Delegacje spotkały się w Moskwie. Ekspert Jan Wrzos powiedział dziennikarzom, że kompromisu nie ma.\n\n**2. Nastroje.** Rynki były spokojne.", "Jan Wrzos", "kompromisu nie ma"},
	})
	plan := "The draft reads:\n\n1. Ukraine's sovereignty will be confirmed.\n2. All prisoners will be exchanged on an all-for-all basis.\n3. Ukraine will hold elections within 100 days.\n"
	for _, s := range statementsOf(t, plan) {
		t.Errorf("statement %q by %q read from a plan's points", s.Text, s.Speaker)
	}
}
