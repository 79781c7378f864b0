package corpus

import (
	"strings"
	"testing"
)

// TestDutchSpellingOfPutin checks the Dutch spelling of a known person
// ("Poetin"), written with a title and no first name, finds the person
// in the speaker lexicon, as the other languages' spellings do.
func TestDutchSpellingOfPutin(t *testing.T) {
	doc := "---\nlang: nl\n---\n# T\n\nPresident Poetin zei dinsdag wel dat de gesprekken nuttig waren.\n"
	for _, s := range statementsOf(t, doc) {
		if strings.Contains(s.Text, "de gesprekken nuttig waren") {
			if s.Speaker != "Vladimir Putin" {
				t.Errorf("%q given to %q", s.Text, s.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement of President Poetin")
}
