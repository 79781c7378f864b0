package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNeverExtractedDiag prints, for every released extraction set (never
// a blind one), the gold statements that no extracted statement comes near
// (nearIn gives "": no statement holds three in five of the fragment's
// words), with the document's line that holds the fragment's first words:
// the view a fix for attributions never recognised starts from. It runs
// only with PLANBOT_NEVER_DIAG set:
//
//	PLANBOT_NEVER_DIAG=1 go test ./corpus -run TestNeverExtractedDiag -v -count=1
func TestNeverExtractedDiag(t *testing.T) {
	if os.Getenv("PLANBOT_NEVER_DIAG") == "" {
		t.Skip("set PLANBOT_NEVER_DIAG to print the statements never extracted")
	}
	total := 0
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		for _, gs := range f.gold.Statements {
			if gs.foundIn(d.Statements) || gs.nearIn(d.Statements) != "" {
				continue
			}
			total++
			line, prev := "", ""
			words := strings.Fields(fragmentWords(gs.Fragment))
			if len(words) > 3 {
				words = words[:3]
			}
			probe := strings.Join(words, " ")
			for _, l := range strings.Split(string(f.data), "\n") {
				low := goldLow(l)
				if i := strings.Index(low, probe); i >= 0 {
					line = low[max(0, i-300):min(len(low), i+len(probe)+200)]
					break
				}
				if strings.TrimSpace(l) != "" {
					prev = goldLow(l)
				}
			}
			if len(prev) > 160 {
				prev = prev[len(prev)-160:]
			}
			t.Logf("NEVER %s | %s | %q | %q\n\tprev %q\n\tline %q", set, filepath.Base(f.doc), gs.Speaker, gs.Fragment, prev, line)
		}
	})
	t.Logf("NEVER total %d", total)
}
