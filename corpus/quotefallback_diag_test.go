package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestQuoteFallbackDiag prints each statement the quotation fallback gives
// (QFB), and each speaker leadingQuote reads after a quotation (LQ),
// over the released sets, with the words around the quotation, so that a
// person addressed or an outlet made the speaker can be counted.
func TestQuoteFallbackDiag(t *testing.T) {
	if os.Getenv("PLANBOT_QUOTEFALLBACK_DIAG") == "" {
		t.Skip("set PLANBOT_QUOTEFALLBACK_DIAG to print the fallback's statements")
	}
	defer func() { qfbTrace, lqTrace = nil, nil }()
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	for _, d := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(d) {
			continue
		}
		set := filepath.Base(d)
		qfbTrace = func(doc, name, rest string) { t.Logf("QFB %s | %s | %s | %s", set, doc, name, rest) }
		lqTrace = func(name, rest string) { t.Logf("LQ %s | %s | %s", set, name, rest) }
		scoreFixtures(t, d)
	}
}
