package corpus

import (
	"strings"
	"testing"
)

// TestLastSpacedDashMatchesLastIndex checks the one-pass search against
// the two strings.LastIndex it replaces, on texts of several scripts with
// both dashes, dashes without a space, a dash at either end, and none.
func TestLastSpacedDashMatchesLastIndex(t *testing.T) {
	for _, s := range []string{
		"",
		" —",
		"—",
		"a — b – c",
		"a – b — c",
		"Слова сказаны — Иван Петров, в Telegram",
		"Parole dette –Mario Rossi, su X",
		"no dash at all",
		"trailing dash –",
		"— leading, then – inside",
		"em—dash without spaces — then one with",
		"Mots \u00a0— après une espace insécable",
	} {
		want := max(strings.LastIndex(s, " —"), strings.LastIndex(s, " –"))
		if got := lastSpacedDash(s); got != want {
			t.Errorf("%q: got %d, want %d", s, got, want)
		}
	}
}
