package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"planbot/config"
	"planbot/internal/ptytest"
)

// TestCLIConventions checks what people expect of a command line: help on
// stdout with exit 0, help for one command, flags after the arguments,
// one set of exit codes, completion scripts.
func TestCLIConventions(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		code    int
		stdout  []string // each must appear on stdout
		stderr  []string // each must appear on stderr
		notOut  []string // must not appear on stdout
		noStdio bool     // nothing at all on stderr
	}{
		{name: "no arguments", args: nil, code: 0, stdout: []string{"Available Commands:", "ingest", "healthcheck"}},
		{name: "help", args: []string{"help"}, code: 0, stdout: []string{"Available Commands:"}},
		{name: "--help", args: []string{"--help"}, code: 0, stdout: []string{"Available Commands:"}},
		{name: "help ask", args: []string{"help", "ask"}, code: 0, stdout: []string{"planbot ask [flags]", "--moderator"}, notOut: []string{"Available Commands:"}},
		{name: "ask --help", args: []string{"ask", "--help"}, code: 0, stdout: []string{"planbot ask [flags]"}},
		{name: "healthcheck lists only its flags", args: []string{"healthcheck", "-h"}, code: 0,
			stdout: []string{"--admin-addr", "--url", "--data"}, notOut: []string{"--discord-token", "--shard-id", "--shard-count", "--fetch-timeout"}},
		{name: "search lists no Discord flags", args: []string{"help", "search"}, code: 0,
			stdout: []string{"--kind", "--limit"}, notOut: []string{"--discord-token", "--public-key"}},
		{name: "version", args: []string{"--version"}, code: 0, stdout: []string{"planbot dev"}},
		{name: "unknown command", args: []string{"serach", "nato"}, code: 2, stderr: []string{`unknown command "serach"`, "search"}},
		{name: "unknown flag", args: []string{"search", "--nope", "nato"}, code: 2, stderr: []string{"unknown flag: --nope", "planbot search --help"}},
		{name: "missing argument", args: []string{"search", "--data", data}, code: 2, stderr: []string{"want a QUERY"}},
		{name: "extra argument", args: []string{"digest", "--data", data, "extra"}, code: 2, stderr: []string{`unexpected argument "extra"`}},
		{name: "flag after the query", args: []string{"ask", "/provision nato", "--json", "--data", data}, code: 0, stdout: []string{`"type": 4`}},
		{name: "kind spelled as a plural", args: []string{"search", "--data", data, "zelensky", "--kind", "statements", "--json", "--limit", "2"}, code: 0, stdout: []string{`"kind": "statement"`}, notOut: []string{`"kind": "provision"`}},
		{name: "kind unknown", args: []string{"search", "--data", data, "--kind", "tweets", "nato"}, code: 2, stderr: []string{"use provisions, statements, passages or all"}},
		{name: "failure", args: []string{"extract", "--data", data, filepath.Join(data, "missing.txt")}, code: 1, stderr: []string{"missing.txt: no such file"}},
		{name: "completion bash", args: []string{"completion", "bash"}, code: 0, stdout: []string{"__start_planbot"}},
		{name: "completion zsh", args: []string{"completion", "zsh"}, code: 0, stdout: []string{"#compdef planbot"}},
		{name: "completion fish", args: []string{"completion", "fish"}, code: 0, stdout: []string{"complete -c planbot"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notOut {
				if strings.Contains(out, w) {
					t.Errorf("stdout has %q:\n%s", w, out)
				}
			}
			for _, w := range tt.stderr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
}

// TestBadSettingStopsEveryCommand: an invalid value anywhere (env or file)
// stops every subcommand with the same message and exit code 2, before it
// does anything.
func TestBadSettingStopsEveryCommand(t *testing.T) {
	badFile := filepath.Join(t.TempDir(), "planbot.yaml")
	if err := os.WriteFile(badFile, []byte("data: /tmp/x\nlog:\n  levle: debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"env", map[string]string{"PLANBOT_LOG_LEVEL": "verbose"}, `PLANBOT_LOG_LEVEL is "verbose": use debug, info, warn or error`},
		{"file", map[string]string{"PLANBOT_CONFIG": badFile}, `line 3: unknown setting "log.levle"`},
	}
	doc := filepath.Join(t.TempDir(), "doc.txt")
	if err := os.WriteFile(doc, []byte("Some text.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	lines := [][]string{
		{"serve"}, {"http"}, {"ask", "/help"}, {"console"}, {"search", "nato"}, {"ingest", doc},
		{"extract", doc}, {"digest"}, {"config"}, {"healthcheck", "--url", "http://127.0.0.1:1/"}, {"bench", "--items", "1"},
	}
	for _, c := range cases {
		for _, args := range lines {
			t.Run(c.name+"/"+args[0], func(t *testing.T) {
				env, out, errb := testEnv(c.env)
				code := run(context.Background(), env, args)
				if code != 2 || !strings.Contains(errb.String(), c.want) {
					t.Fatalf("exit %d, stderr %q; want 2 and %q", code, errb, c.want)
				}
				if args[0] != "config" && out.Len() > 0 {
					t.Errorf("printed before stopping:\n%s", out)
				}
			})
		}
	}
}

// TestEveryCommandUsesTheSettings: every subcommand (and every setting
// flag it offers) goes through config.Load.
func TestEveryCommandUsesTheSettings(t *testing.T) {
	root := newRoot(&cliEnv{})
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		for _, name := range []string{"config", "data", "log-level", "log-format"} {
			if c.Flags().Lookup(name) == nil {
				t.Errorf("planbot %s has no --%s", c.Name(), name)
			}
		}
	}
	if c, _, _ := root.Find([]string{"config"}); c != nil {
		for _, s := range config.Settings() {
			if c.Flags().Lookup(s.Flag) == nil {
				t.Errorf("planbot config lacks --%s", s.Flag)
			}
		}
	}
	var _ *cobra.Command = root
}

// TestIngestHonoursDataFromTheConfigFile: data: in the file is where
// ingest stores, and search then finds it there.
func TestIngestHonoursDataFromTheConfigFile(t *testing.T) {
	data := filepath.Join(t.TempDir(), "srv-planbot")
	cfgFile := filepath.Join(t.TempDir(), "planbot.yaml")
	if err := os.WriteFile(cfgFile, []byte("data: "+data+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "briefing.md")
	text := "---\ntitle: Briefing on the corridor\npublished: 2025-11-26\n---\n\nThe negotiators discussed a grain corridor through the Zaporizhzhia region on Wednesday.\n"
	if err := os.WriteFile(doc, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	env, out, errb := testEnv(map[string]string{"PLANBOT_CONFIG": cfgFile})
	if code := run(context.Background(), env, []string{"ingest", "-q", doc}); code != 0 {
		t.Fatalf("ingest exit %d: %s\n%s", code, out, errb)
	}
	// documents only: the store's catalogue (.catalogue) is a cache beside them
	if entries, err := filepath.Glob(filepath.Join(data, "docs", "*.md")); err != nil || len(entries) != 1 {
		t.Fatalf("%s/docs: %d documents, %v", data, len(entries), err)
	}
	if _, err := os.Stat(filepath.Join(data, holderFile)); !os.IsNotExist(err) {
		t.Errorf("index.holder left behind after ingest: %v", err)
	}
	env, out, errb = testEnv(map[string]string{"PLANBOT_CONFIG": cfgFile})
	if code := run(context.Background(), env, []string{"ask", "/sources"}); code != 0 {
		t.Fatalf("ask exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), "Briefing on the corridor") {
		t.Errorf("/sources with the data dir of the config file lacks the ingested document:\n%s", out)
	}
}

// TestLockMessageNamesTheHolder: a process holding the index is named by
// the one that finds it locked.
func TestLockMessageNamesTheHolder(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	ctx := context.Background()
	a, err := openWritable(ctx, data, "serve", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	h := readHolder(data)
	if h.pid != os.Getpid() || h.command != "serve" {
		t.Fatalf("holder = %+v", h)
	}
	_, err = openWritable(ctx, data, "ingest", nil)
	if err == nil {
		t.Fatal("a second writer opened a held index")
	}
	if want := "the index is in use by planbot serve (pid "; !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want it to contain %q", err, want)
	}
	if h.brief() {
		t.Error("planbot serve counted as a brief holder: ingest would wait for it")
	}
	if h.command = "search"; !h.brief() {
		t.Error("a running planbot search not counted as a brief holder")
	}
}

// TestAskModerator runs the moderators' commands locally: with --moderator
// they answer and print what they would post; digests run on a scratch
// copy of the bot state, so the data dir's state.db is not touched.
func TestAskModerator(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{[]string{"/digest preview"}, 2, nil, []string{"/digest is a moderators' command: run it with --moderator"}},
		{[]string{"--moderator", "/digest preview"}, 0, []string{"Digest preview"}, nil},
		{[]string{"/digest post since:100000h", "--moderator"}, 0, []string{"would post in channel " + localChannelID + " (not sent: local run)", "Plan digest", "Posted the digest"}, nil},
		{[]string{"--moderator", "/digest status"}, 0, []string{"Digest status"}, nil},
		{[]string{"--moderator", "/announce channel channel:" + localChannelID}, 0, []string{"Announcements on"}, nil},
		{[]string{"--moderator", "/feed list"}, 0, []string{"Feeds"}, nil},
		{[]string{"--moderator", "/ingest url:ftp://example.org/a.txt"}, 0, []string{"only http:// and https://"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, "", append([]string{"ask", "--data", data}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, tt.code, out, errs)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.stderr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(data, "state.db")); !os.IsNotExist(err) {
		t.Errorf("a local moderator run wrote the bot state: %v", err)
	}
	// The same in the console, where the digest is posted twice: the
	// second time nothing is new, since the scratch state remembers.
	code, out, errs := runCLI(t, "/digest post since:100000h\n/digest post since:100000h\nquit\n", "console", "--data", data, "--moderator")
	if code != 0 || strings.Count(out, "Posted the digest") != 1 || !strings.Contains(out, "nothing was posted") {
		t.Errorf("console exit %d:\n%s\n%s", code, out, errs)
	}
}

// TestConcurrentIngests: two ingests into one data dir at once each report
// their own documents, and both end up stored and indexed.
func TestConcurrentIngests(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	dirs := [2]string{t.TempDir(), t.TempDir()}
	for d, dir := range dirs {
		for i := range 3 {
			text := fmt.Sprintf("---\ntitle: Report %d-%d\npublished: 2025-11-2%d\n---\n\nNegotiators met for session %d of batch %d and agreed to meet again.\n", d, i, i, i, d)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%d.md", i)), []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	type result struct {
		code     int
		out, err string
	}
	results := make(chan result, 2)
	for _, dir := range dirs {
		go func() {
			code, out, errs := runCLI(t, "", "ingest", "-q", "--data", data, dir)
			results <- result{code, out, errs}
		}()
	}
	for range 2 {
		r := <-results
		if r.code != 0 || !strings.Contains(r.out, "sources added       3") || !strings.Contains(r.out, "Index is up to date") {
			t.Errorf("exit %d\n%s\n%s", r.code, r.out, r.err)
		}
	}
	code, out, errs := runCLI(t, "", "ask", "--data", data, "/sources")
	if code != 0 {
		t.Fatalf("sources: exit %d %s", code, errs)
	}
	for d := range 2 {
		for i := range 3 {
			if want := fmt.Sprintf("Report %d-%d", d, i); !strings.Contains(out, want) {
				t.Errorf("/sources lacks %q", want)
			}
		}
	}
}

// TestIngestURLHonoursFetchSettings: planbot ingest URL fetches with the
// fetch.* settings, here allow_private_addresses from the environment.
func TestIngestURLHonoursFetchSettings(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Officials met on Monday.\n\nThe talks about the framework continue next week.\n")
	}))
	defer srv.Close()
	data := t.TempDir()
	env, out, _ := testEnv(nil)
	if code := run(context.Background(), env, []string{"ingest", "--data", data, srv.URL + "/note.txt"}); code != 1 || !strings.Contains(out.String(), "address is not public") {
		t.Errorf("default settings: exit %d\n%s", code, out)
	}
	env, out, errb := testEnv(map[string]string{"PLANBOT_ALLOW_PRIVATE_ADDRESSES": "true"})
	if code := run(context.Background(), env, []string{"ingest", "--data", data, srv.URL + "/note.txt"}); code != 0 || !strings.Contains(out.String(), "sources added       1") {
		t.Errorf("with PLANBOT_ALLOW_PRIVATE_ADDRESSES: exit %d\n%s\n%s", code, out, errb)
	}
	if !strings.Contains(out.String(), "no provision and no statement found (its 2 passages are still searchable)") {
		t.Errorf("no word on a document with nothing extracted:\n%s", out)
	}
}

func TestExtractSaysWhenNothingWasFound(t *testing.T) {
	code, out, errs := runCLI(t, "Officials met on Monday.\n\nThe talks continue next week.\n", "extract", "-")
	if code != 0 || !strings.Contains(out, "No provision and no statement found (its 2 passages are still searchable).") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}

// TestConsoleLineEditingOnATerminal drives the console through a
// pseudo-terminal: a command, the up arrow to recall it from the history,
// then quit. Each key is sent once the console shows its prompt.
func TestConsoleLineEditingOnATerminal(t *testing.T) {
	master, tty := ptytest.Open(t)
	var mu sync.Mutex
	var out bytes.Buffer
	go func() { // ends when the terminal side is closed
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			mu.Lock()
			out.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	output := func() string {
		mu.Lock()
		defer mu.Unlock()
		return out.String()
	}
	env := &cliEnv{stdin: tty, stdout: tty, stderr: io.Discard, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- run(context.Background(), env, []string{"console", "--data", t.TempDir()}) }()
	for i, keys := range []string{"/sources\r", "\x1b[A\r", "quit\r"} {
		deadline := time.Now().Add(20 * time.Second)
		for strings.Count(output(), "planbot> ") <= i {
			if time.Now().After(deadline) {
				t.Fatalf("no prompt number %d:\n%q", i+1, output())
			}
			time.Sleep(20 * time.Millisecond)
		}
		if _, err := master.Write([]byte(keys)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("console did not quit")
	}
	// The last answer may still be on its way through the terminal.
	for deadline := time.Now().Add(5 * time.Second); strings.Count(output(), "US and Ukraine report progress") < 2 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if n := strings.Count(output(), "US and Ukraine report progress"); n < 2 {
		t.Errorf("the recalled command did not run again (%d answers):\n%q", n, output())
	}
}
