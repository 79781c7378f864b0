package corpus

import (
	"strings"
	"testing"
)

// TestQuoteBreakProbes: a ">" line alone between two quoted paragraphs is
// Markdown's paragraph break inside a block quote (a quoted article of
// numbered paragraphs, a reply of several paragraphs), in any language;
// before a quoted signature it still joins the post to its signature.
func TestQuoteBreakProbes(t *testing.T) {
	for _, tc := range []struct {
		body       string
		paragraphs int // text paragraphs holding quoted words
	}{
		{"Intro.\n\n> [1] Putin said the text could be a basis.\n>\n> [2] Peskov said the Kremlin had not been briefed.\n\nAfter.", 2},
		{"Einleitung.\n\n> Merz sagte, die Fortschritte seien bemerkenswert.\n>\n> Selenskyj erklärte, er sei zu Kompromissen bereit.\n\nDanach.", 2},
		{"Intro.\n\n> Barrot a déclaré que la paix ne pouvait pas être une capitulation.\n>\n> Macron a ajouté que des forces seraient déployées.\n\nAprès.", 2},
		{"Intro.\n\n> Tusk said Poland would lead on logistics but would not send troops.\n>\n> Tusk said Poland would not send troops.\n\nAfter.", 2},
		// negative: a signature after ">" alone stays with its post
		{"Intro.\n\n> Peace cannot be a capitulation, and Europe will say so.\n>\n> — Jean-Noël Barrot (@jnbarrot) November 24, 2025\n\nAfter.", 1},
		// negative: quoted lines with no ">" alone between them are one paragraph
		{"Intro.\n\n> Putin said the text could be a basis\n> for future agreements with Washington.\n\nAfter.", 1},
	} {
		n := 0
		for _, p := range splitParagraphs(tc.body) {
			if p.text != "Intro." && p.text != "After." && p.text != "Einleitung." && p.text != "Danach." && p.text != "Après." && strings.TrimSpace(p.text) != "" {
				n++
			}
		}
		if n != tc.paragraphs {
			var got []string
			for _, p := range splitParagraphs(tc.body) {
				got = append(got, p.text)
			}
			t.Errorf("%q: %d paragraphs, want %d: %q", tc.body, n, tc.paragraphs, got)
		}
	}
}
