package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestQuoteFirstDiag prints what the quotation-first pass did with every
// quotation of the released extraction sets (never a blind one): "read"
// (a rule's statement holds it), "short/title", "nospeaker", "elsewhere"
// (a headline repeats the body), or "EMIT:speaker". It runs only with
// PLANBOT_QUOTEFIRST_DIAG set:
//
//	PLANBOT_QUOTEFIRST_DIAG=1 go test ./corpus -run TestQuoteFirstDiag -v -count=1
func TestQuoteFirstDiag(t *testing.T) {
	if os.Getenv("PLANBOT_QUOTEFIRST_DIAG") == "" {
		t.Skip("set PLANBOT_QUOTEFIRST_DIAG to print the pass's decisions")
	}
	trace := func(why, inner, s string) { t.Logf("QF %s | %q | %s", why, inner, s) }
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	for _, d := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(d) {
			continue
		}
		for _, f := range goldFixtures(t, d) {
			if _, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow, quoteTrace: trace}); err != nil {
				t.Errorf("%s: %v", f.doc, err)
			}
		}
	}
}
