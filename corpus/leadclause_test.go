package corpus

import "testing"

// TestKonjunktivTwoGoesOn: a German report going on in the Konjunktiv II
// ("würden", "hätten", "wären"), where the Konjunktiv I would read as the
// indicative, stays with the speaker of the sentence before; "wiederholte,
// dass" is a speech verb. Each case fails without its morphology.json
// entry.
func TestKonjunktivTwoGoesOn(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de würden after sagte", xindDoc("de", "Der Minister Jens Albrecht sagte, der Plan sei ein Anfang. Ohne Garantien würden die Kämpfe bald wieder beginnen."), "Jens Albrecht", "würden die Kämpfe bald wieder beginnen"},
		{"de hätten after betonte", xindDoc("de", "Die Ministerin Anke Wollrath betonte, Europa müsse mitreden. Die Ukrainer hätten sonst keinen Grund, dem Text zu trauen."), "Anke Wollrath", "hätten sonst keinen Grund"},
		{"de wiederholte, dass", xindDoc("de", "Der Abgeordnete Uwe Kranz wiederholte, dass der Entwurf keine Garantien nenne."), "Uwe Kranz", "der Entwurf keine Garantien nenne"},
	})
}
