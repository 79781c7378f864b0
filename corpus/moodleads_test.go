package corpus

import "testing"

// TestMoodLeads checks every conditional ending through the split leads
// ("rí", "rebbe", "rai"), and words with many an "r" but no ending.
func TestMoodLeads(t *testing.T) {
	for s, want := range map[string]bool{
		"Los aliados firmarían el acuerdo":           true,
		"I mediatori ritirerebbero le truppe":        true,
		"Les deux camps signeraient le texte":        true,
		"Kyiv aceptaría, según la fuente":            true,
		"Mosca accetterebbe.":                        true,
		"Paris garantirait la ligne":                 true,
		"Rather rare rural roads near the river":     false,
		"The raid on the railway":                    false,
		"a rebbetzin spoke":                          false,
		"Kijów zgodziłby się":                        true,
		"The refugees were rerouted through Rzeszów": false,
	} {
		if got := moodConditional(s); got != want {
			t.Errorf("moodConditional(%q) = %v, want %v", s, got, want)
		}
	}
}
