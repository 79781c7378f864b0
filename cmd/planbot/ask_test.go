package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAskFromSeed runs commands against the embedded seed on a fresh
// checkout, as `planbot ask` documents: the first with no data dir (the
// seed's index built in memory), and every one on a data dir holding the
// seed's on-disk index (seedDataDir, built once for the package's tests).
func TestAskFromSeed(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "planbot-data")
	tests := []struct {
		args []string
		want []string
		code int
	}{
		{[]string{"/provision nato"}, []string{"Provisions on “nato”", "**NATO**", "US 28-point draft", "— "}, 0},
		{[]string{"/provision", "topic:army", "size"}, []string{"600,000"}, 0},
		{[]string{"/statement who:rubio"}, []string{"What Marco Rubio said", "newest first"}, 0},
		{[]string{"/compare topic:nato"}, []string{"across the versions", "US 28-point draft"}, 0},
		{[]string{"/sources"}, []string{"Sources", "2025-11-23"}, 0},
		{[]string{"/help"}, []string{"/provision topic:", "/search query: [kind:]"}, 0},
		{[]string{"/search query:bitcoin price"}, []string{"(only you can see this)", "Nothing matches"}, 0},
		{[]string{"--complete", "who", "/statement who:vol"}, []string{"Volodymyr Zelensky"}, 0},
		{[]string{"/nope"}, nil, 2},
		{[]string{"/search kind:all"}, nil, 2},
		{nil, nil, 2},
	}
	type run1 struct {
		data string
		tt   int
	}
	runs := []run1{{fresh, 0}}
	for i := range tests {
		runs = append(runs, run1{"", i})
	}
	for _, r := range runs {
		tt := tests[r.tt]
		name := strings.Join(tt.args, " ")
		if r.data == fresh {
			name = "fresh " + name
		}
		t.Run(name, func(t *testing.T) {
			data := r.data
			if data == "" {
				data = seedDataDir(t)
			}
			env, out, errb := testEnv(map[string]string{})
			args := append([]string{"ask", "--data", data}, tt.args...)
			if code := run(context.Background(), env, args); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errb)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestAskJSON(t *testing.T) {
	env, out, errb := testEnv(map[string]string{"PLANBOT_DATA": seedDataDir(t)})
	if code := run(context.Background(), env, []string{"ask", "--json", "/search query:nato kind:provision"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Embeds []struct {
				Title  string `json:"title"`
				Fields []struct{ Name, Value string }
			} `json:"embeds"`
			AllowedMentions struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(out.Bytes(), &resp); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if resp.Type != 4 || len(resp.Data.Embeds) != 1 || len(resp.Data.Embeds[0].Fields) == 0 || resp.Data.AllowedMentions.Parse == nil {
		t.Fatalf("response %s", out)
	}
	if !strings.Contains(out.String(), `"parse": []`) {
		t.Errorf("allowed_mentions.parse is not an empty list: %s", out)
	}
}

func TestAskPress(t *testing.T) {
	env, out, errb := testEnv(map[string]string{"PLANBOT_DATA": seedDataDir(t)})
	if code := run(context.Background(), env, []string{"ask", "--json", "--press", "search/page/1/all|nato"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if !strings.Contains(out.String(), `"type": 7`) || !strings.Contains(out.String(), "NATO") {
		t.Fatalf("press answered %s", out)
	}
}

func TestConsole(t *testing.T) {
	env, out, errb := testEnv(map[string]string{"PLANBOT_DATA": t.TempDir()})
	env.stdin = strings.NewReader("/statement who:rubio\nprev\n/nope\njson\n/sources\nquit\n/help\n")
	if code := run(context.Background(), env, []string{"console"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	got := out.String()
	for _, w := range []string{"What Marco Rubio said", `There is no "Previous" button`, "Unknown command /nope", "JSON output on", `"title": "Sources"`} {
		if !strings.Contains(got, w) {
			t.Errorf("console output lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "What planbot can do") || strings.Contains(got, "point by point") {
		t.Errorf("console ran a command after quit:\n%s", got)
	}
}
