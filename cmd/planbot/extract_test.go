package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"planbot/corpus"
)

const wireArticle = "../../corpus/testdata/articles/wire-report.txt"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cliEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestExtractText(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", "--data", t.TempDir(), "../../corpus/testdata/articles/28-point-explainer.md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Explainer: what the leaked 28-point draft says, point by point",
		"published: 2025-11-21",
		"Provisions (31)",
		"[US 28-point draft] 5. Ukraine would receive security guarantees.\n      a) The guarantees would lapse",
		"[European counter-proposal] - The ceiling on Ukraine's army",
		"topics: military-size",
		"Statements (0)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "", "extract", wireArticle)
	if code != 0 {
		t.Fatal(code)
	}
	for _, want := range []string{
		"Dmitry Peskov (Kremlin spokesman), quote:\n      “We have not been briefed”",
		"Marco Rubio (US Secretary of State), reported:",
		"Volodymyr Zelensky (Ukrainian President), reported:", // the title from the sentence that first names him
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", "--json", wireArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var keys []string
	for k := range raw {
		keys = append(keys, k)
	}
	if len(keys) != 4 || raw["source"] == nil || raw["provisions"] == nil || raw["statements"] == nil || raw["passages"] == nil {
		t.Errorf("keys %v, want source, provisions, statements, passages", keys)
	}
	if strings.Contains(out, "null") {
		t.Errorf("JSON holds a null (topics and lists must be []):\n%s", out)
	}
	if string(raw["provisions"]) != "[]" {
		t.Errorf("provisions = %s, want [] for an article without a plan list", raw["provisions"])
	}
	var got corpus.Document
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(wireArticle)
	want, err := corpus.Parse(data, corpus.ParseOptions{Name: "wire-report.txt", Now: func() time.Time { return time.Now() }})
	if err != nil {
		t.Fatal(err)
	}
	got.Source.Added, want.Source.Added = "", ""
	want.Body = ""
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("--json differs from corpus.Parse")
	}
	// nothing is stored
	dir := t.TempDir()
	runCLI(t, "", "extract", "--data", dir, wireArticle)
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("extract wrote %d entries into the data dir", len(entries))
	}
}

func TestExtractStdinAndFallbacks(t *testing.T) {
	code, out, errs := runCLI(t, "The terms of the plan:\n- Ukraine keeps its army.\n", "extract", "--json", "--published", "2025-11-30", "--plan", "Test plan", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d corpus.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Source.Published != "2025-11-30" || len(d.Provisions) != 1 || d.Provisions[0].Plan != "Test plan" {
		t.Errorf("fallbacks not applied: %+v", d)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"extract"}, 2, "want exactly one FILE"},
		{"two files", []string{"extract", "a", "b"}, 2, "want exactly one FILE"},
		{"missing", []string{"extract", filepath.Join(dir, "nope.txt")}, 1, "no such file"},
		{"broken front matter", []string{"extract", write("broken.md", "---\ntitle: x\nBody.\n")}, 1, "broken.md: front matter: opening --- has no closing --- line"},
		{"binary", []string{"extract", write("bin.txt", "ab\x00cd")}, 1, "binary data"},
		{"empty", []string{"extract", write("empty.txt", "\n\n")}, 1, "empty body"},
		{"page without text", []string{"extract", write("page.html", "<html></html>")}, 1, "HTML/XML markup with no readable text"},
		{"pdf", []string{"extract", write("doc.pdf", "%PDF-1.4")}, 1, `unsupported format ".pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.code, tt.want)
			}
		})
	}
}
