package corpus

import "testing"

// TestAuxiliaryChain checks that a statement read from its verb on keeps
// every auxiliary of the compound tense (withAuxiliary, predicate.go): a
// light verb and its auxiliary ("ha fatto sapere", "a fait savoir") and
// the English perfect ("had dismissed"), where one step or none gave
// "fatto sapere di …" and "dismissed …" (sets T, ZA, ZP). The passive
// "was" is no auxiliary of an act; a plain verb keeps its one auxiliary
// and a simple past none.
func TestAuxiliaryChain(t *testing.T) {
	for _, tc := range []struct{ lang, body, speaker, text string }{
		{"it", "Da Vienna, dove era in visita, Volodymyr Zelensky ha fatto sapere di aspettare una risposta europea sul piano di pace.", "Volodymyr Zelensky", "ha fatto sapere di aspettare una risposta europea sul piano di pace"},
		{"en", "Yuri Ushakov, the Kremlin aide, had dismissed the European peace plan as unhelpful.", "Yuri Ushakov", "had dismissed the European peace plan as unhelpful"},
		{"en", "Marco Rubio has rejected the European counter-proposal to the peace plan.", "Marco Rubio", "has rejected the European counter-proposal to the peace plan"},
		// negatives: one auxiliary, or none, stays as it was
		{"it", "Antonio Tajani ha criticato la controproposta europea al piano di pace.", "Antonio Tajani", "ha criticato la controproposta europea al piano di pace"},
		{"en", "Marco Rubio rejected the European counter-proposal to the peace plan.", "Marco Rubio", "rejected the European counter-proposal to the peace plan"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n")
			for _, s := range got {
				if s.Speaker == tc.speaker && s.Text == tc.text {
					return
				}
			}
			t.Fatalf("want %s / %q, got %+v", tc.speaker, tc.text, got)
		})
	}
}

// TestAuxiliaryChainPassive checks that a passive "was" before an act
// verb is not taken into anyone's statement: "The plan was rejected by
// Moscow" gives nobody "was rejected …".
func TestAuxiliaryChainPassive(t *testing.T) {
	for _, s := range statementsOf(t, "---\nlang: en\n---\n\nThe European counter-proposal to the peace plan was rejected by Moscow on Monday.\n") {
		if len(s.Text) >= 4 && s.Text[:4] == "was " {
			t.Fatalf("passive read as an act: %+v", s)
		}
	}
}
