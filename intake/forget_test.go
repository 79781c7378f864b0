package intake

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestForgetAdded: with ForgetAdded the summary holds no document, yet
// counts and reports them as without it, and OnAdded still sees each one
// in input order; documents in English and German alike.
func TestForgetAdded(t *testing.T) {
	docs := map[string]string{
		"a-en.md": "---\ntitle: Envoys meet in Vienna\nlang: en\npublished: 2025-12-01\n---\n\nEnvoys met in Vienna on Monday to compare drafts.\n\nThe draft lists these points:\n\n1. A ceasefire along the current line.\n2. An exchange of all detained civilians.\n",
		"b-de.md": "---\ntitle: Gesandte treffen sich in Wien\nlang: de\npublished: 2025-12-02\n---\n\nDie Gesandten verglichen am Dienstag in Wien ihre Entwürfe.\n\nDer Entwurf nennt diese Punkte:\n\n1. Eine Waffenruhe entlang der heutigen Linie.\n2. Ein Austausch aller festgehaltenen Zivilisten.\n",
		"c-en.md": "---\ntitle: A third round is planned\nlang: en\npublished: 2025-12-03\n---\n\nA spokeswoman for the mediators, Karin Holt, said a third round would follow in January.\n",
	}
	dir := t.TempDir()
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name      string
		forget    bool
		wantHeld  int
		wantCount int
	}{
		{"kept", false, 3, 3},
		{"forgotten", true, 0, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			var out bytes.Buffer
			sum, err := Run(context.Background(), store, []string{dir}, Options{
				ForgetAdded: tc.forget,
				OnAdded: func(_ context.Context, r corpus.PutResult) error {
					titles = append(titles, r.Doc.Source.Title)
					return nil
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			sum.Write(&out)
			if len(sum.Added) != tc.wantHeld || sum.AddedCount != tc.wantCount {
				t.Errorf("Added holds %d, AddedCount %d; want %d and %d", len(sum.Added), sum.AddedCount, tc.wantHeld, tc.wantCount)
			}
			if got := strings.Join(titles, " | "); got != "Envoys meet in Vienna | Gesandte treffen sich in Wien | A third round is planned" {
				t.Errorf("OnAdded saw %q", got)
			}
			if !strings.Contains(out.String(), "sources added       3") || sum.Provisions != 4 {
				t.Errorf("provisions %d, summary:\n%s", sum.Provisions, out.String())
			}
		})
	}
}
