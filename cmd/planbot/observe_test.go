package main

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"planbot/bot"
	"planbot/bot/metrics"

	"planbot/config"
)

func TestObserveInteractions(t *testing.T) {
	tests := []struct {
		level     string
		wantLines int
		wantText  bool // the member's words appear
	}{
		{"info", 1, false},
		{"debug", 2, true},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		log, err := newLogger(&config.Config{Log: config.LogConfig{Level: tt.level, Format: "json"}}, &buf)
		if err != nil {
			t.Fatal(err)
		}
		m := metrics.New()
		obs := observeInteractions(log, m)
		obs(bot.Observation{Request: bot.Request{Kind: bot.KindCommand, Name: "provision", GuildID: "42",
			Options: map[string]string{"topic": "my private words"}}, Outcome: bot.OutcomeOK, Took: 12 * time.Millisecond, Hits: 3})
		obs(bot.Observation{Request: bot.Request{Kind: bot.KindAutocomplete, Name: "statement",
			Options: map[string]string{"who": "my private words"}}, Outcome: bot.OutcomeEmpty, Took: time.Millisecond})
		_ = log.Sync()
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		if len(lines) != tt.wantLines {
			t.Errorf("%s: %d lines, want %d:\n%s", tt.level, len(lines), tt.wantLines, buf.String())
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["command"] != "provision" || rec["guild"] != "42" || rec["hits"] != 3.0 || rec["outcome"] != "ok" || rec["took"] != 12.0 {
			t.Errorf("%s: line = %v", tt.level, rec)
		}
		if got := strings.Contains(buf.String(), "my private words"); got != tt.wantText {
			t.Errorf("%s: member's words logged = %v, want %v", tt.level, got, tt.wantText)
		}
		rec2 := httptest.NewRecorder()
		m.Handler().ServeHTTP(rec2, httptest.NewRequest("GET", "/metrics", nil))
		for _, w := range []string{
			`planbot_interactions_total{command="provision",kind="command",outcome="ok"} 1`,
			`planbot_interactions_total{command="statement",kind="autocomplete",outcome="empty"} 1`,
		} {
			if !strings.Contains(rec2.Body.String(), w) {
				t.Errorf("metrics lack %q", w)
			}
		}
	}
}
