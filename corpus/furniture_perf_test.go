package corpus

import (
	"math/rand"
	"strings"
	"testing"
)

// TestFurnitureGatesMatchTheirScans checks the one-pass gates of stop 49
// against the scans they stand in front of, on random lines built from
// the separators' bytes, their neighbours and other scripts:
// holdsBoxCorner against strings.ContainsAny, breadcrumbSeps against
// strings.Count (a separator Count finds twice must be seen twice).
func TestFurnitureGatesMatchTheirScans(t *testing.T) {
	parts := []string{" ", "a", "Ab", " › ", " > ", " » ", " / ", " | ", "›", "»", ">", "/", "|", "\xe2", "\xe2\x80", "\xc2", "┌", "├", "╔", "╠", "─", "═", "’", "—", "\xff"}
	seps := []string{" › ", " > ", " » ", " / ", " | "}
	rng := rand.New(rand.NewSource(49))
	for n := 0; n < 30000; n++ {
		s := randomJoin(rng, parts, rng.Intn(16))
		if got, want := holdsBoxCorner(s), strings.ContainsAny(s, "┌├╔╠"); got != want {
			t.Fatalf("holdsBoxCorner(%q) = %v, want %v", s, got, want)
		}
		seen := breadcrumbSeps(s)
		for k, sep := range seps {
			if c := strings.Count(s, sep); seen[k] < c || c >= 2 && seen[k] < 2 {
				t.Fatalf("breadcrumbSeps(%q)[%d] = %d, Count %d", s, k, seen[k], c)
			}
		}
	}
}
