package corpus

import (
	"strings"
	"testing"
)

// TestSlovakTitlesAndChannels checks Slovak as data: titles of a
// secretary, an adviser, a spokesperson and an analyst ("generálny
// tajomník", "poradkyňa premiéra"), kept whole with their complement, and
// the channel phrase between the speaker and the verb ("pre denník",
// "v rozhovore pre televíziu"), which is where it was said, not part of
// who said it. Czech shares the secretary's title.
func TestSlovakTitlesAndChannels(t *testing.T) {
	sk := "---\ntitle: t\nlang: sk\n---\n\n"
	cs := "---\ntitle: t\nlang: cs\n---\n\n"
	tests := []struct {
		name, doc, speaker, role, fragment string
	}{
		{"sk tajomník, channel pre", sk + "Generálny tajomník aliancie Peter Novák pre denník uviedol, že summit sa uskutoční v marci.", "Peter Novák", "tajomník", "summit sa uskutoční v marci"},
		{"sk poradkyňa, channel v rozhovore", sk + "Poradkyňa premiéra Jana Kováčová v rozhovore pre televíziu povedala, že rokovania budú pokračovať.", "Jana Kováčová", "Poradkyňa premiéra", "rokovania budú pokračovať"},
		{"sk hovorca, channel pre médiá", sk + "Hovorca ministerstva Marek Hruška pre médiá vyhlásil, že hranica zostane otvorená.", "Marek Hruška", "Hovorca", "hranica zostane otvorená"},
		{"cs tajemník", cs + "Generální tajemník strany Pavel Dvořák řekl, že volby budou v létě.", "Pavel Dvořák", "tajemník", "volby budou v létě"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range statementsOf(t, tt.doc) {
				if s.Speaker == tt.speaker && strings.Contains(s.Role, tt.role) && strings.Contains(s.Text, tt.fragment) {
					return
				}
				got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
			}
			t.Errorf("no statement of %q (%q) with %q; got %q", tt.speaker, tt.role, tt.fragment, got)
		})
	}
}
