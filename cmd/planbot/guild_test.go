package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGuildCLI checks that --guild makes the CLI act as one Discord
// server: a document ingested for server A is found by ask, search,
// autocomplete and digest run as A, and by none of them run as server B
// or without --guild.
func TestGuildCLI(t *testing.T) {
	const a, b = "1100000000000000101", "1100000000000000202"
	data := filepath.Join(t.TempDir(), "data")
	doc := writeFile(t, "envoy.md", "---\ntitle: Lindqvist briefing on the zeroline\npublished: 2025-11-26\n---\n\n"+
		"\"The zeroline must be monitored by neutral observers,\" said Halvard Lindqvist, the special envoy, on Wednesday.\n")
	if code, out, errs := runCLI(t, "", "ingest", "-q", "--data", data, "--guild", a, doc); code != 0 {
		t.Fatalf("ingest --guild: exit %d\n%s\n%s", code, out, errs)
	}
	const title, speaker = "Lindqvist briefing on the zeroline", "Halvard Lindqvist"
	runs := []struct {
		name string
		args []string
		want string // shown only to server A
	}{
		{"ask search", []string{"ask", "/search query:zeroline"}, title},
		{"ask statement", []string{"ask", "/statement who:lindqvist"}, "What " + speaker + " said"},
		{"ask sources", []string{"ask", "/sources"}, title},
		{"autocomplete", []string{"ask", "--complete", "who", "/statement who:halv"}, speaker},
		{"search", []string{"search", "zeroline observers"}, title},
		{"digest", []string{"digest", "--since", "1000000h"}, speaker},
	}
	for _, r := range runs {
		for _, c := range []struct {
			guild string
			sees  bool
		}{{a, true}, {b, false}, {"", false}} {
			args := append([]string{}, r.args...)
			args = append(args, "--data", data)
			if c.guild != "" {
				args = append(args, "--guild", c.guild)
			}
			code, out, errs := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("%s as %q: exit %d\n%s\n%s", r.name, c.guild, code, out, errs)
			}
			if strings.Contains(out, r.want) != c.sees {
				t.Errorf("%s as server %q: shows %q: %v, want %v\n%s", r.name, c.guild, r.want, !c.sees, c.sees, out)
			}
		}
	}
	// A server ID that is not one is refused, not silently an empty server.
	if code, out, errs := runCLI(t, "", "ask", "--data", data, "--guild", "x1"); code != 2 || !strings.Contains(errs, "--guild must be a Discord server ID") {
		t.Errorf("--guild x1: exit %d\n%s\n%s", code, out, errs)
	}
}
