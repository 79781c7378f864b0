package main

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeToken is shaped like a bot token (its first part encodes an invented
// user ID) but is no real credential.
var fakeToken = base64.RawStdEncoding.EncodeToString([]byte("123456789012345678")) + ".GhJkLm." + "abcdefghijklmnopqrstuvwxyz0_SECRETTAIL"

const fakeKey = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

func testEnv(vars map[string]string) (*cliEnv, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &cliEnv{
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string { return vars[k] },
	}, &out, &errb
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// flagMap turns "--name value" pairs into config.Load's flags map.
func flagMap(args []string) map[string]string {
	out := map[string]string{}
	for i := 0; i+1 < len(args); i += 2 {
		out[strings.TrimLeft(args[i], "-")] = args[i+1]
	}
	return out
}
