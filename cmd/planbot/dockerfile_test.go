package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDockerfileMatchesBinary keeps the Dockerfile honest about the binary
// it packages: no Docker engine runs in CI, so drift would go unnoticed.
func TestDockerfileMatchesBinary(t *testing.T) {
	df, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	text := string(df)
	goLine := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(string(gomod))
	arg := regexp.MustCompile(`(?m)^ARG GO_VERSION=(\S+)$`).FindStringSubmatch(text)
	if goLine == nil || arg == nil || goLine[1] != arg[1] {
		t.Errorf("Dockerfile GO_VERSION %v, go.mod go %v: they must be equal", arg, goLine)
	}
	if !strings.Contains(text, `RUN sh .ci/build /out/planbot "${VERSION}"`) {
		t.Error("the builder stage must build with .ci/build, the script CI runs")
	}
	// Every subcommand the image runs by itself must exist.
	for _, re := range []string{`CMD \["/usr/local/bin/planbot", "(\w+)"`, `CMD \["(\w+)"\]`} {
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			t.Errorf("Dockerfile has no line matching %s", re)
			continue
		}
		if c, _, err := newRoot(&cliEnv{}).Find([]string{m[1]}); err != nil || c.Name() != m[1] {
			t.Errorf("Dockerfile runs planbot %s, which is not a subcommand", m[1])
		}
	}
	for _, want := range []string{`VOLUME ["/data"]`, "PLANBOT_DATA=/data", "PLANBOT_ADMIN_ADDR=:9090", "USER 65532:65532", "HEALTHCHECK", "ENTRYPOINT [\"/usr/local/bin/planbot\"]"} {
		if !strings.Contains(text, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	// The healthcheck's default address must be the one the image sets.
	if u, err := adminURL(":9090", "/healthz"); err != nil || u != "http://127.0.0.1:9090/healthz" {
		t.Errorf("adminURL(:9090) = %q, %v", u, err)
	}
}
