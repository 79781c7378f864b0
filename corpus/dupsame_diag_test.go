package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameSpeakerDupDiag lists, over every released set (blind sets never
// read), pairs of statements of one document with the same speaker whose
// words hold one another, with the quality test's verdict on each: which
// of the two a dedup rule may drop without losing a gold statement.
//
//	PLANBOT_DUP_DIAG=1 go test ./corpus -run TestSameSpeakerDupDiag -v -count=1
func TestSameSpeakerDupDiag(t *testing.T) {
	if os.Getenv("PLANBOT_DUP_DIAG") == "" {
		t.Skip("set PLANBOT_DUP_DIAG to list same-speaker duplicate statements")
	}
	counts := map[string]int{}
	sets := map[string]map[string]bool{}
	eachReleasedParse(t, ParseOptions{trace: true}, func(set string, f goldFixture, d *Document) {
		for i, s := range d.Statements {
			for j := i + 1; j < len(d.Statements); j++ {
				o := d.Statements[j]
				if o.Speaker != s.Speaker {
					continue
				}
				a, b := goldLow(s.Text), goldLow(o.Text)
				if !strings.Contains(a, b) && !strings.Contains(b, a) {
					continue
				}
				long, short := s, o
				if len(b) > len(a) {
					long, short = o, s
				}
				v := "long:" + dupVerdict(f.gold, long) + " short:" + dupVerdict(f.gold, short)
				counts[v]++
				if sets[v] == nil {
					sets[v] = map[string]bool{}
				}
				sets[v][set] = true
				t.Logf("DUP %s | %s | %s | %s | L[%s p%d %v] %q | S[%s p%d %v] %q", v, set, filepath.Base(f.doc), s.Speaker, long.reading, long.Position, long.Direct, long.Text, short.reading, short.Position, short.Direct, short.Text)
			}
		}
	})
	for v, n := range counts {
		t.Logf("DUPCOUNT %-30s %4d sets %d", v, n, len(sets[v]))
	}
}

func dupVerdict(g goldFile, s Statement) string {
	if fpRight(g, s) {
		return "right"
	}
	return "extra"
}

// TestHeadingRepeatDiag lists statements whose words
// a statement of the same speaker up to four paragraphs below holds (three in five
// words), with the verdict on each.
//
//	PLANBOT_DUP_DIAG=1 go test ./corpus -run TestHeadingRepeatDiag -v -count=1
func TestHeadingRepeatDiag(t *testing.T) {
	if os.Getenv("PLANBOT_DUP_DIAG") == "" {
		t.Skip("set PLANBOT_DUP_DIAG to list heading quotes repeated in the body")
	}
	counts := map[string]int{}
	sets := map[string]map[string]bool{}
	eachReleasedParse(t, ParseOptions{trace: true}, func(set string, f goldFixture, d *Document) {
		for _, s := range d.Statements {
			for _, o := range d.Statements {
				if o.Speaker != s.Speaker || o.Position <= s.Position || o.Position > s.Position+4 {
					continue
				}
				if !fpShare(s.Text, o.Text) {
					continue
				}
				v := "head:" + dupVerdict(f.gold, s) + " body:" + dupVerdict(f.gold, o)
				counts[v]++
				if sets[v] == nil {
					sets[v] = map[string]bool{}
				}
				sets[v][set] = true
				t.Logf("HEAD %s | %s | %s | %s | H[%s p%d] %q | B[%s p%d] %q", v, set, filepath.Base(f.doc), s.Speaker, s.reading, s.Position, s.Text, o.reading, o.Position, o.Text)
				break
			}
		}
	})
	for v, n := range counts {
		t.Logf("HEADCOUNT %-30s %4d sets %d", v, n, len(sets[v]))
	}
}
