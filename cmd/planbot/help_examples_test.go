package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"planbot/bot"
)

// TestHelpExamplesAnswerOnSeed runs every example /help shows against the
// real embedded seed and its real (on-disk, shared: seedDataDir) index, as
// a member would copy it: each must answer publicly (no ephemeral flag) with at least one cited hit.
func TestHelpExamplesAnswerOnSeed(t *testing.T) {
	data := seedDataDir(t)
	if len(bot.HelpExamples) == 0 {
		t.Fatal("no /help examples")
	}
	for _, ex := range bot.HelpExamples {
		t.Run(ex, func(t *testing.T) {
			env, out, errb := testEnv(map[string]string{})
			if code := run(context.Background(), env, []string{"ask", "--data", data, "--json", ex}); code != 0 {
				t.Fatalf("exit %d: %s", code, errb)
			}
			var resp struct {
				Type int `json:"type"`
				Data struct {
					Flags  int `json:"flags"`
					Embeds []struct {
						Fields []struct{ Name, Value string } `json:"fields"`
					} `json:"embeds"`
				} `json:"data"`
			}
			if err := json.Unmarshal(out.Bytes(), &resp); err != nil {
				t.Fatalf("%v in %s", err, out)
			}
			if resp.Type != 4 {
				t.Fatalf("response type %d, want 4: %s", resp.Type, out)
			}
			if resp.Data.Flags&64 != 0 {
				t.Errorf("answer is ephemeral (nothing found?): %s", out)
			}
			fields := 0
			for _, e := range resp.Data.Embeds {
				fields += len(e.Fields)
			}
			if fields == 0 {
				t.Errorf("answer has no hit: %s", out)
			}
			if strings.Contains(out.String(), "Nothing matches") {
				t.Errorf("answer says nothing matches: %s", out)
			}
		})
	}
}
