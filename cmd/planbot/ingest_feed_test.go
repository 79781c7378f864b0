package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"planbot/corpus"
	"planbot/index"
)

// feedArticle is synthetic report n, in English or German, with three
// numbered points and a quoted remark, all its own text.
func feedArticle(n int, lang string) string {
	if lang == "de" {
		return fmt.Sprintf("---\ntitle: Verhandlungsrunde %d in Wien\nlang: de\npublished: 2025-12-%02d\n---\n\n"+
			"Die Delegationen trafen sich zur Runde %d in Wien.\n\nDer Entwurf nennt diese Punkte:\n\n"+
			"1. Eine Waffenruhe für %d Tage.\n2. Ein Austausch von %d Gefangenen.\n3. Eine Kommission aus %d Staaten.\n",
			n, 1+n%28, n, 10+n, 100+n, 3+n%7)
	}
	return fmt.Sprintf("---\ntitle: Round %d of talks in Vienna\nlang: en\npublished: 2025-12-%02d\n---\n\n"+
		"Delegations met for round %d in Vienna.\n\nThe draft lists these points:\n\n"+
		"1. A ceasefire for %d days.\n2. An exchange of %d prisoners.\n3. A commission of %d states.\n",
		n, 1+n%28, n, 10+n, 100+n, 3+n%7)
}

// storedCount is the number of records an index over the store's
// documents holds, built in memory: what the on-disk index must match.
func storedCount(t *testing.T, store *corpus.Store) uint64 {
	t.Helper()
	ix, err := index.Open(context.Background(), index.Options{}, store.Documents())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestIndexFeedRemovesReplacedFirst: the feed indexes documents in the
// order they were stored, taking a replaced version out before the
// document replacing it goes in, so the index holds exactly the store's
// documents; English and German reports alike.
func TestIndexFeedRemovesReplacedFirst(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		langs []string // of the reports stored, in order; the last replaces the first
	}{
		{"English", []string{"en", "en", "en"}},
		{"German", []string{"de", "de", "de"}},
		{"both", []string{"en", "de", "de"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "data")
			a, err := openWritable(ctx, data, "test", nil)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			f := newIndexFeed(ctx, a)
			for i, lang := range tc.langs {
				name := fmt.Sprintf("report-%d.md", i)
				if i == len(tc.langs)-1 {
					name = "report-0.md" // a new version of the first
				}
				res, err := a.store.Put([]byte(feedArticle(i+1, lang)), corpus.ParseOptions{Name: name})
				if err != nil || !res.Added {
					t.Fatalf("put %s: %+v, %v", name, res, err)
				}
				if i == len(tc.langs)-1 && len(res.Replaced) != 1 {
					t.Fatalf("the last report replaced %d versions, want 1", len(res.Replaced))
				}
				f.add(ctx, res)
			}
			if err := f.close(ctx); err != nil {
				t.Fatal(err)
			}
			got, err := a.index.Count()
			if err != nil {
				t.Fatal(err)
			}
			if want := storedCount(t, a.store); got != want {
				t.Errorf("index holds %d records, the store's documents make %d", got, want)
			}
		})
	}
}

// killEnv names the data dir a child process ingests into and is killed
// in (TestIngestKilledWhileIndexing).
const killEnv = "PLANBOT_TEST_KILLED_INGEST"

// TestIngestKilledWhileIndexing: an ingest killed while its feed is
// behind the store (documents on disk, not all indexed) leaves a data dir
// whose next open indexes every stored document, whether the ingest had
// created the index (then rebuilt: it has no version yet) or added to one.
func TestIngestKilledWhileIndexing(t *testing.T) {
	if dirs := os.Getenv(killEnv); dirs != "" {
		killedIngest(dirs)
		return
	}
	for _, tc := range []struct {
		name   string
		before int // reports ingested before, in a run that finishes
	}{
		{"new index", 0},
		{"existing index", 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "data")
			early, late := t.TempDir(), t.TempDir()
			for i := range 30 {
				dir := late
				if i < tc.before {
					dir = early
				}
				lang := []string{"en", "de"}[i%2]
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%02d.md", i)), []byte(feedArticle(i, lang)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.before > 0 {
				if code, out, errs := runCLI(t, "", "ingest", "-q", "--data", data, early); code != 0 {
					t.Fatalf("first ingest: exit %d\n%s\n%s", code, out, errs)
				}
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestIngestKilledWhileIndexing$")
			cmd.Env = append(os.Environ(), killEnv+"="+data+string(os.PathListSeparator)+late)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("child ingest was not killed: %v\n%s", err, out)
			}
			store, err := corpus.OpenStore(filepath.Join(data, "docs"))
			if err != nil {
				t.Fatal(err)
			}
			stored := len(store.Documents()) - len(corpus.Seed())
			if stored <= tc.before {
				t.Fatalf("%d documents stored before the kill, want more than %d", stored, tc.before)
			}
			a, err := openWritable(context.Background(), data, "test", nil)
			if err != nil {
				t.Fatalf("open after the kill: %v", err)
			}
			defer a.Close()
			got, err := a.index.Count()
			if err != nil {
				t.Fatal(err)
			}
			if want := storedCount(t, a.store); got != want {
				t.Errorf("after the kill the index holds %d records, the %d stored documents make %d", got, stored, want)
			}
		})
	}
}

// killedIngest is the child of TestIngestKilledWhileIndexing: it ingests
// in small chunks and kills itself once two chunks are indexed.
func killedIngest(dirs string) {
	data, src, _ := strings.Cut(dirs, string(os.PathListSeparator))
	feedRecords = 8
	chunks := 0
	afterFeedChunk = func(int) {
		if chunks++; chunks == 2 {
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal ends the process
		}
	}
	env, _, errb := testEnv(nil)
	code := run(context.Background(), env, []string{"ingest", "-q", "--data", data, src})
	fmt.Fprintf(os.Stderr, "ingest finished (exit %d) instead of being killed: %s\n", code, errb.String())
	os.Exit(3)
}
