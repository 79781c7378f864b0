package corpus

import (
	"strings"
	"testing"
)

// checkSpokenBy parses each case's document (one subtest per key) and
// checks that the statement holding the case's words is given to its
// speaker: the shared check of the attribution tests that put one
// construction in several languages.
func checkSpokenBy(t *testing.T, cases map[string]struct{ doc, speaker, words string }) {
	t.Helper()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := statementsOf(t, c.doc)
			for _, s := range got {
				if strings.Contains(s.Text, c.words) {
					if s.Speaker != c.speaker {
						t.Errorf("%q given to %q, want %q", s.Text, s.Speaker, c.speaker)
					}
					return
				}
			}
			t.Errorf("no statement holds %q: %+v", c.words, got)
		})
	}
}
