package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/config"
	"planbot/internal/ptytest"
)

func TestLogEncoding(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	tests := []struct {
		name, format string
		w            any
		want         string
	}{
		{"buffer auto", "auto", &bytes.Buffer{}, "json"},
		{"file auto", "auto", devnull, "json"},
		{"forced console", "console", &bytes.Buffer{}, "console"},
		{"forced json", "json", &bytes.Buffer{}, "json"},
	}
	for _, tt := range tests {
		if got := logEncoding(tt.format, tt.w.(interface{ Write([]byte) (int, error) })); got != tt.want {
			t.Errorf("%s: logEncoding = %q, want %q", tt.name, got, tt.want)
		}
	}
	_, tty := ptytest.Open(t)
	if got := logEncoding("auto", tty); got != "console" {
		t.Errorf("terminal: logEncoding = %q, want console", got)
	}
	if got := logEncoding("json", tty); got != "json" {
		t.Errorf("terminal forced json: logEncoding = %q, want json", got)
	}
}

func TestNewLoggerJSONAndLevel(t *testing.T) {
	var buf bytes.Buffer
	log, err := newLogger(&config.Config{Log: config.LogConfig{Level: "warn", Format: "auto"}}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hidden at warn")
	log.Warn("interaction", zap.String("command", "provision"), zap.Int("hits", 3))
	_ = log.Sync()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want only the warning:\n%s", len(lines), buf.String())
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatalf("not JSON: %v: %s", err, lines[0])
	}
	if rec["level"] != "warn" || rec["msg"] != "interaction" || rec["command"] != "provision" || rec["ts"] == nil {
		t.Errorf("record = %v", rec)
	}

	buf.Reset()
	log, err = newLogger(&config.Config{Log: config.LogConfig{Level: "debug", Format: "console"}}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	log.Debug("shown at debug", zap.String("guild", "g1"))
	_ = log.Sync()
	if out := buf.String(); !strings.Contains(out, "shown at debug") || strings.HasPrefix(out, "{") {
		t.Errorf("console output = %q", out)
	}

	if _, err := newLogger(&config.Config{Log: config.LogConfig{Level: "loud"}}, &buf); err == nil {
		t.Error("newLogger accepted level loud")
	}
}

func TestDiscordLogScrubs(t *testing.T) {
	var buf bytes.Buffer
	log, err := newLogger(&config.Config{Log: config.LogConfig{Level: "debug", Format: "json"}}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	dl := discordLog(log, fakeToken)
	dl(discordgo.LogDebug, 2, "Identify Packet: \n%#v", struct{ Token string }{fakeToken})
	dl(discordgo.LogInformational, 2, "%s Failed (%s), Retrying...", "https://discord.com/api/v10/webhooks/123456789012345678/aW50ZXJhY3Rpb24.tokEN-x_y/messages/@original", "502")
	dl(discordgo.LogError, 2, "error reading from gateway: %s", "EOF")
	_ = log.Sync()
	out := buf.String()
	for _, leak := range []string{"SECRETTAIL", "aW50ZXJhY3Rpb24", "tokEN"} {
		if strings.Contains(out, leak) {
			t.Errorf("discordgo log leaks %q:\n%s", leak, out)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines:\n%s", len(lines), out)
	}
	var rec map[string]any
	_ = json.Unmarshal([]byte(lines[1]), &rec)
	if rec["level"] != "debug" || rec["logger"] != "discordgo" || !strings.Contains(rec["msg"].(string), "webhooks/123456789012345678/****/messages") {
		t.Errorf("informational line = %v", rec)
	}
	_ = json.Unmarshal([]byte(lines[2]), &rec)
	if rec["level"] != "error" {
		t.Errorf("error line = %v", rec)
	}

	buf.Reset()
	info, _ := newLogger(&config.Config{Log: config.LogConfig{Level: "info", Format: "json"}}, &buf)
	discordLog(info)(discordgo.LogInformational, 2, "called")
	_ = info.Sync()
	if buf.Len() != 0 {
		t.Errorf("discordgo chatter at info: %s", buf.String())
	}
	if discordLogLevel(&config.Config{Log: config.LogConfig{Level: "info"}}) != discordgo.LogWarning ||
		discordLogLevel(&config.Config{Log: config.LogConfig{Level: "debug"}}) != discordgo.LogDebug {
		t.Error("discordLogLevel")
	}
}
