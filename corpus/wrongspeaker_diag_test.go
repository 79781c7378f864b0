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
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	total := 0
	for _, dir := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(dir) {
			continue
		}
		set := filepath.Base(dir)
		if dir == "testdata/extraction" {
			set = "dev"
		}
		for _, f := range goldFixtures(t, dir) {
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow})
			if err != nil {
				continue // a refused format has no statements to give to anyone
			}
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
		}
	}
	t.Logf("WHO total %d", total)
}
