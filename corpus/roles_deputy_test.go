package corpus

import "testing"

// TestDeputyTitles checks that the word for "deputy" opens a title in
// the languages that write it as a noun before the office in the
// genitive ("zastępca rzecznika MSZ", "zástupce mluvčího", "zástupca
// riaditeľa"): without it the role begins at the office, in the wrong case
// and without the rank ("rzecznika MSZ").
func TestDeputyTitles(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"pl", "Zastępca rzecznika rządu Anna Kowalska powiedziała, że rozmowy potrwają do piątku.", "Anna Kowalska", "zastępca rzecznika rządu"},
		{"cs", "Zástupce mluvčího ministerstva Petr Novák řekl, že jednání budou pokračovat.", "Petr Novák", "zástupce mluvčího ministerstva"},
		{"sk", "Zástupca riaditeľa úradu Ján Kováč povedal, že rokovania budú pokračovať.", "Ján Kováč", "zástupca riaditeľa úradu"},
	} {
		wantSpeakerRole(t, c.lang, c.body, c.speaker, c.role)
	}
}
