package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"planbot/bot/store"
	"planbot/corpus"
)

func runDigestCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	return run(context.Background(), env, args), out.String(), errb.String()
}

func TestDigestCLI(t *testing.T) {
	data := filepath.Join(t.TempDir(), "missing") // fresh checkout: no data dir at all
	seed := corpus.Seed()[0].Source

	code, out, errs := runDigestCLI(t, "digest", "--data", data, "--since", "87600h")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Plan digest: 1 new source", seed.Title, "Marco Rubio", "## Provisions"} {
		if !strings.Contains(out, want) {
			t.Errorf("seed digest lacks %q:\n%s", want, out)
		}
	}

	// Default: the last 24h, in which the seed (added at its 2025 publication
	// date) is not.
	code, out, _ = runDigestCLI(t, "digest", "--data", data)
	if code != 0 || !strings.Contains(out, "no updates") {
		t.Errorf("default digest: exit %d\n%s", code, out)
	}

	code, out, errs = runDigestCLI(t, "digest", "--data", data, "--since", "87600h", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Sources  []corpus.Source  `json:"sources"`
		Messages []map[string]any `json:"messages"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	if len(got.Sources) != 1 || got.Sources[0].ID != seed.ID || len(got.Messages) == 0 {
		t.Errorf("--json = %d sources, %d messages", len(got.Sources), len(got.Messages))
	}

	if code, _, errs := runDigestCLI(t, "digest", "--data", data, "--since", "soon"); code != 2 || !strings.Contains(errs, "24h") {
		t.Errorf("bad --since: exit %d, %q", code, errs)
	}
	if code, _, errs := runDigestCLI(t, "digest", "--data", data, "--channel", "1200000000000000001"); code != 1 || !strings.Contains(errs, "no bot state") {
		t.Errorf("--channel without state: exit %d, %q", code, errs)
	}
}

// TestDigestCLIChannel: with --channel the CLI reads the bot's state and
// shows only what that channel has not been told about.
func TestDigestCLIChannel(t *testing.T) {
	data := t.TempDir()
	const ch = "1200000000000000001"
	seed := corpus.Seed()[0].Source
	st, err := store.Open(filepath.Join(data, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.EnsureFloor("digest", ch, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := runDigestCLI(t, "digest", "--data", data, "--channel", ch)
	if code != 0 || !strings.Contains(out, seed.Title) {
		t.Fatalf("exit %d (%s), want the seed:\n%s", code, errs, out)
	}

	st, err = store.Open(filepath.Join(data, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := store.Post{ID: "p1", Track: "digest", ChannelID: ch, SourceIDs: []string{seed.ID}}
	if err := st.RecordIntent(p); err != nil {
		t.Fatal(err)
	}
	if err := st.CompletePost("p1", time.Now()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, _ = runDigestCLI(t, "digest", "--data", data, "--channel", ch)
	if code != 0 || !strings.Contains(out, "no updates") {
		t.Errorf("after the seed was posted: exit %d\n%s", code, out)
	}
}

// TestIngestThenDigest: a newly ingested document shows in the next digest.
func TestIngestThenDigest(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := runDigestCLI(t, "ingest", "--data", data, "../../corpus/testdata/articles/wire-report.txt"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, out, errs := runDigestCLI(t, "digest", "--data", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Plan digest: 1 new source") || !strings.Contains(out, "Dmitry Peskov") {
		t.Errorf("digest after ingest:\n%s", out)
	}
}
