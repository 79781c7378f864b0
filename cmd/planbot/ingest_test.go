package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"planbot/corpus"
	"planbot/internal/testtree"
)

func TestIngestFilesAndFolders(t *testing.T) {
	src := t.TempDir()
	data := filepath.Join(t.TempDir(), "data")
	body := "Talks resume in Geneva\nKremlin spokesman Dmitry Peskov said Russia had not been briefed.\nThe terms of the plan:\n- Ukraine keeps its army.\n- Sanctions stay.\n"
	files := map[string]string{
		"a/wire.txt":          body,
		"a/sub/other.md":      "---\ntitle: Another report\npublished: 2025-11-25\n---\n\nThe State Department said the plan was American.\n",
		"a/zz/copy.md":        "---\nurl: https://elsewhere.example/\n---\n" + body,
		"a/sub/broken.md":     "---\ntitle: never closed\n\nBody.\n",
		"a/.hidden/skip.txt":  "Not read.",
		"seed-copy.txt":       mustRead(t, "../../../shared/seed/geneva-framework-article.txt"),
		"a/notes/ignored.csv": "x,y",
	}
	testtree.Write(t, src, files)
	code, out, errs := runCLI(t, "", "ingest", "--data", data, filepath.Join(src, "a"), filepath.Join(src, "seed-copy.txt"))
	if code != 1 {
		t.Fatalf("exit %d, want 1 for the broken file\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		"wire.txt -> ",
		"0 provisions, 1 statement\n        speakers: State Department\n",
		"2 provisions, 1 statement\n        plans: unnamed plan: 2 | speakers: Dmitry Peskov\n",
		"skipped " + filepath.Join(src, "a/zz/copy.md") + ": duplicate of",
		"skipped " + filepath.Join(src, "seed-copy.txt") + ": duplicate of " + corpus.Seed()[0].Source.ID,
		"FAILED  " + filepath.Join(src, "a/sub/broken.md") + ": parse broken.md: front matter: opening --- has no closing --- line",
		"sources added       2",
		"duplicates skipped  2",
		"failed              1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "1 of 5 documents failed") {
		t.Errorf("stderr %q", errs)
	}
	if strings.Contains(out, "skip.txt") || strings.Contains(out, "ignored.csv") {
		t.Errorf("hidden or unsupported files were read:\n%s", out)
	}
	// documents only: the store's catalogue (.catalogue) is a cache beside them
	entries, err := filepath.Glob(filepath.Join(data, "docs", "*.md"))
	if err != nil || len(entries) != 2 {
		t.Fatalf("docs dir: %d documents, %v", len(entries), err)
	}
	store, err := corpus.OpenStore(filepath.Join(data, "docs"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(store.Documents()); n != 3 {
		t.Errorf("store holds %d documents, want seed + 2", n)
	}

	// again: everything is already there
	code, out, _ = runCLI(t, "", "ingest", "--data", data, filepath.Join(src, "a", "wire.txt"), filepath.Join(src, "a", "sub", "other.md"))
	if code != 0 || !strings.Contains(out, "sources added       0") || !strings.Contains(out, "duplicates skipped  2") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
}

func TestIngestUsage(t *testing.T) {
	code, _, errs := runCLI(t, "", "ingest", "--data", t.TempDir())
	if code != 2 || !strings.Contains(errs, "want at least one PATH") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	code, out, _ := runCLI(t, "", "ingest", "--data", t.TempDir(), filepath.Join(t.TempDir(), "missing.txt"))
	if code != 1 || !strings.Contains(out, "missing.txt") {
		t.Errorf("missing file: exit %d\n%s", code, out)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
