package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWrongSpeakerDiag prints, for every released extraction set (never a
// blind one), the gold statements that were missed although another
// speaker's statement holds their words (the quality line's "speaker" near
// misses, by the same three-in-five word test nearIn uses): set, file, gold
// speaker, extracted speaker and the extracted sentence. It is the view a
// fix for words given to the wrong person starts from. It runs only with
// PLANBOT_WHO_DIAG set:
//
//	PLANBOT_WHO_DIAG=1 go test ./corpus -run TestWrongSpeakerDiag -v -count=1
func TestWrongSpeakerDiag(t *testing.T) {
	if os.Getenv("PLANBOT_WHO_DIAG") == "" {
		t.Skip("set PLANBOT_WHO_DIAG to print the statements given to the wrong speaker")
	}
	total := 0
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		for _, gs := range f.gold.Statements {
			if gs.foundIn(d.Statements) || gs.nearIn(d.Statements) != "speaker" {
				continue
			}
			total++
			for _, s := range d.Statements {
				if gs.nearIn([]Statement{s}) == "speaker" {
					t.Logf("WHO %s | %s | gold %q | got %q | %q", set, filepath.Base(f.doc), gs.Speaker, s.Speaker, s.Text)
				}
			}
		}
	})
	t.Logf("WHO total %d", total)
}
