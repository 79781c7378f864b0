package main

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"planbot/config"
)

// TestComposeFile keeps docker-compose.yml (the several-replica example of
// README.md) valid and in step with the binary: no Docker engine runs in
// CI, so drift would go unnoticed.
func TestComposeFile(t *testing.T) {
	b, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Services map[string]struct {
			Build       string            `yaml:"build"`
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
			DependsOn   any               `yaml:"depends_on"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(b, &f); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	envs := map[string]bool{}
	for _, s := range config.Settings() {
		envs[s.Env] = true
	}
	if _, ok := f.Services["postgres"]; !ok {
		t.Error("no postgres service")
	}
	var replicas []string
	for name, s := range f.Services {
		if s.Build == "" {
			continue
		}
		replicas = append(replicas, name)
		if len(s.Command) != 1 || s.Command[0] != "http" {
			t.Errorf("%s runs %v, want planbot http", name, s.Command)
		} else if c, _, err := newRoot(&cliEnv{}).Find(s.Command); err != nil || c.Name() != s.Command[0] {
			t.Errorf("%s runs planbot %s, which is not a subcommand", name, s.Command[0])
		}
		for k := range s.Environment {
			if !envs[k] {
				t.Errorf("%s sets %s, which is no planbot setting", name, k)
			}
		}
		if u := s.Environment["PLANBOT_STATE_URL"]; !strings.HasPrefix(u, "postgres://") || !strings.Contains(u, "@postgres:5432/") {
			t.Errorf("%s has PLANBOT_STATE_URL %q, want the postgres service", name, u)
		}
	}
	if len(replicas) < 2 {
		t.Errorf("%d planbot replicas, want at least two", len(replicas))
	}
	proxy := strings.Join(f.Services["proxy"].Command, " ")
	for _, r := range replicas {
		if !strings.Contains(proxy, "--to "+r+":8080") {
			t.Errorf("the proxy (%s) does not send interactions to %s", proxy, r)
		}
	}
}
