package corpus

import "testing"

// TestAccordingBullet checks a summary's bullet that opens on a
// several-word "according to" ("- According to X, …", "- D'après X, …",
// "- De acordo com X, …"): bulletSpeaks read only one-word cues, so the
// bullet was left to the provision rules and said nothing. A bullet that
// sources a document stays nothing.
func TestAccordingBullet(t *testing.T) {
	const intro = "Intro paragraph about the talks.\n\n"
	for _, tc := range []saidCase{
		{"en", intro + "- According to Anna Kerr, the talks have stalled.", "Anna Kerr", "the talks have stalled"},
		{"en", intro + "* According to Anna Kerr, the talks have stalled.", "Anna Kerr", "the talks have stalled"},
		{"fr", intro + "- D'après Anna Kerr, les négociations sont au point mort.", "Anna Kerr", "les négociations sont au point mort"},
		{"pt", intro + "- De acordo com Anna Kerr, as negociações estão paradas.", "Anna Kerr", "as negociações estão paradas"},
		{"it", intro + "- A detta di Anna Kerr, i negoziati sono in stallo.", "Anna Kerr", "i negoziati sono in stallo"},
	} {
		checkSaidExactly(t, []saidCase{tc})
	}
	for _, tc := range []struct{ lang, body string }{
		{"en", intro + "- According to the draft, Ukraine would cap its army at 600,000."},
		{"fr", intro + "- D'après le plan, l'Ukraine renoncerait au Donbass."},
		{"en", intro + "- Ukraine would cap its army at 600,000 according to plan."},
	} {
		if got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"); len(got) != 0 {
			t.Errorf("%s: want nothing, got %+v", tc.body, got)
		}
	}
}
