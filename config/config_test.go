package config

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// fakeToken is shaped like a bot token (its first part encodes an invented
// user ID) but is no real credential.
var fakeToken = base64.RawStdEncoding.EncodeToString([]byte("123456789012345678")) + ".GhJkLm." + "abcdefghijklmnopqrstuvwxyz0_SECRETTAIL"

const fakeKey = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// args turns "--name value" and "--name=value" pairs into Load's flags map,
// as cmd/planbot does after parsing; a bare boolean flag is "true".
func args(a ...string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(a); i++ {
		name := strings.TrimLeft(a[i], "-")
		if k, v, ok := strings.Cut(name, "="); ok {
			out[k] = v
			continue
		}
		if i+1 < len(a) && !strings.HasPrefix(a[i+1], "--") {
			out[name] = a[i+1]
			i++
			continue
		}
		out[name] = "true"
	}
	return out
}

func getenv(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// loadTestConfig loads a Config from env, flag args and a config file
// holding file ("" for none, given through PLANBOT_CONFIG).
func loadTestConfig(t *testing.T, env map[string]string, flagArgs []string, file string) (*Config, error) {
	t.Helper()
	vars := map[string]string{}
	for k, v := range env {
		vars[k] = v
	}
	if file != "" {
		vars["PLANBOT_CONFIG"] = writeFile(t, "planbot.yaml", file)
	}
	return Load(args(flagArgs...), getenv(vars), "")
}

func TestConfigPrecedence(t *testing.T) {
	file := writeFile(t, "planbot.yaml", `
data: /from/file
log:
  level: debug
  format: json
admin_addr: 127.0.0.1:9999
discord:
  app_id: "111111111111111111"
  guild_id: "222222222222222222"
digest:
  since: 48h
  timezone: Europe/Kyiv
fetch:
  max_bytes: 1MiB
  allow_private_addresses: true
feeds:
  - url: https://news.example.org/rss
    interval: 10m
  - url: https://other.example.org/atom.xml
`)
	env := getenv(map[string]string{
		"PLANBOT_CONFIG":    file,
		"PLANBOT_LOG_LEVEL": "warn",
		"DISCORD_APP_ID":    "333333333333333333",
		"DISCORD_TOKEN":     fakeToken,
		"PLANBOT_DATA":      "/from/env",
	})
	cfg, err := Load(args("--log-level", "error", "--shard-count", "4", "--shard-id", "3"), env, "")
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	tests := []struct {
		key, got, want, from string
	}{
		{"log.level", cfg.Log.Level, "error", "flag --log-level"},
		{"discord.app_id", cfg.Discord.AppID, "333333333333333333", "env DISCORD_APP_ID"},
		{"data", cfg.Data, "/from/env", "env PLANBOT_DATA"},
		{"discord.guild_id", cfg.Discord.GuildID, "222222222222222222", "file " + file},
		{"log.format", cfg.Log.Format, "json", "file " + file},
		{"admin_addr", cfg.AdminAddr, "127.0.0.1:9999", "file " + file},
		{"digest.timezone", cfg.Digest.Timezone, "Europe/Kyiv", "file " + file},
		{"discord.token", cfg.Discord.Token.Reveal(), fakeToken, "env DISCORD_TOKEN"},
		{"http.addr", cfg.HTTP.Addr, ":8080", "default"},
		{"fetch.max_redirects", fmt.Sprint(cfg.Fetch.MaxRedirects), "5", "default"},
		{"fetch.max_bytes", fmt.Sprint(cfg.Fetch.MaxBytes), "1048576", "file " + file},
		{"digest.since", cfg.Digest.Since.String(), "48h0m0s", "file " + file},
		{"discord.shard_id", fmt.Sprint(cfg.Discord.ShardID), "3", "flag --shard-id"},
		{"fetch.allow_private_addresses", fmt.Sprint(cfg.Fetch.AllowPrivateAddresses), "true", "file " + file},
	}
	for _, tt := range tests {
		if tt.got != tt.want || cfg.Sources[tt.key] != tt.from {
			t.Errorf("%s = %q from %q, want %q from %q", tt.key, tt.got, cfg.Sources[tt.key], tt.want, tt.from)
		}
	}
	wantFeeds := []FeedConfig{{"https://news.example.org/rss", 10 * time.Minute}, {"https://other.example.org/atom.xml", defaultFeedInterval}}
	if fmt.Sprint(cfg.Feeds) != fmt.Sprint(wantFeeds) {
		t.Errorf("feeds = %v, want %v", cfg.Feeds, wantFeeds)
	}
	if cfg.RunsSingletons() {
		t.Error("shard 3 must not run digests and feeds")
	}
	wc := cfg.WebConfig(nil)
	if !wc.AllowPrivate || wc.MaxBytes != 1<<20 || wc.Timeout != defaultFetchTimeout || wc.MaxRedirects != 5 {
		t.Errorf("WebConfig = %+v", wc)
	}
	if fs := cfg.FeedSources(); len(fs) != 2 || fs[0].URL != "https://news.example.org/rss" || fs[0].Interval != 10*time.Minute {
		t.Errorf("FeedSources = %+v", fs)
	}
}

func TestConfigFileSetsData(t *testing.T) {
	file := writeFile(t, "c.yaml", "data: /srv/planbot\n")
	cfg, err := Load(nil, nil, file)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Data != "/srv/planbot" || cfg.Sources["data"] != "file "+file {
		t.Errorf("data = %q from %q, want /srv/planbot from the file", cfg.Data, cfg.Sources["data"])
	}
}

func TestConfigValidationMessages(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		file string
		want string // the whole error line must contain this
	}{
		{"token with Bot prefix", map[string]string{"DISCORD_TOKEN": "Bot " + fakeToken}, nil, "", `DISCORD_TOKEN starts with "Bot "`},
		{"token not shaped", map[string]string{"DISCORD_TOKEN": "hunter2-not-a-token-SECRETTAIL"}, nil, "", "DISCORD_TOKEN is not shaped like a Discord bot token"},
		{"client secret as token", map[string]string{"DISCORD_TOKEN": "zzzzzzzzzzzzzzzzzzzzzzzz.abcdef.SECRETTAILabcdefghijklmnopqrstu"}, nil, "", "is it a client secret?"},
		{"token flag", nil, []string{"--discord-token", "nope-SECRETTAIL"}, "", "--discord-token is not shaped like a Discord bot token"},
		{"public key short", map[string]string{"DISCORD_PUBLIC_KEY": "abc123"}, nil, "", "DISCORD_PUBLIC_KEY has 6 characters, not 64 hexadecimal ones"},
		{"public key not hex", map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("g", 64)}, nil, "", "not 64 hexadecimal"},
		{"app id", map[string]string{"DISCORD_APP_ID": "my-bot"}, nil, "", `DISCORD_APP_ID is "my-bot", not an application ID`},
		{"guild id in file", nil, nil, "discord:\n  guild_id: \"12\"\n", `discord.guild_id in `},
		{"log level", map[string]string{"PLANBOT_LOG_LEVEL": "verbose"}, nil, "", `PLANBOT_LOG_LEVEL is "verbose": use debug, info, warn or error`},
		{"log format", nil, []string{"--log-format", "xml"}, "", `--log-format is "xml": use auto, console or json`},
		{"admin addr", map[string]string{"PLANBOT_ADMIN_ADDR": "9090"}, nil, "", `PLANBOT_ADMIN_ADDR is "9090": give host:port`},
		{"shard id without count", nil, []string{"--shard-id", "2"}, "", "--shard-id is 2 but the shard count is 0"},
		{"shard id too big", nil, []string{"--shard-id", "2", "--shard-count", "2"}, "", "a shard ID runs from 0 to the shard count minus 1"},
		{"shard count word", nil, []string{"--shard-count", "many"}, "", `--shard-count "many": not a shard count: give auto`},
		{"shard count negative env", map[string]string{"PLANBOT_SHARD_COUNT": "-1"}, nil, "", `PLANBOT_SHARD_COUNT="-1": not a shard count`},
		{"shard count in file", nil, nil, "discord:\n  shard_count: automatic\n", `line 2: discord.shard_count "automatic": not a shard count`},
		{"unknown nested key", nil, nil, "log:\n  levle: debug\n", `line 2: unknown setting "log.levle" (known here: format, level)`},
		{"wrong type in file", nil, nil, "digest:\n  since: [1, 2]\n", "line 2: digest.since must be a single value"},
		{"bad duration in file", nil, nil, "fetch:\n  timeout: soon\n", `line 2: fetch.timeout "soon": not a duration`},
		{"bad yaml", nil, nil, "data: [unclosed\n", "config file"},
		{"unknown feed key", nil, nil, "feeds:\n  - link: https://x.example/feed\n", `unknown setting "feeds[0].link"`},
		{"negative shard id with auto", nil, []string{"--shard-count", "auto", "--shard-id", "-1"}, "", "--shard-id is -1: a shard ID runs from 0"},
		{"timezone", map[string]string{"PLANBOT_TIMEZONE": "Kyiv"}, nil, "", `PLANBOT_TIMEZONE is "Kyiv", not an IANA time zone`},
		{"bad duration env", map[string]string{"PLANBOT_DIGEST_SINCE": "yesterday"}, nil, "", `PLANBOT_DIGEST_SINCE="yesterday": not a duration`},
		{"bad bool flag", nil, []string{"--allow-private-addresses=maybe"}, "", "--allow-private-addresses \"maybe\": not true or false"},
		{"too many redirects", map[string]string{"PLANBOT_FETCH_MAX_REDIRECTS": "9"}, nil, "", "PLANBOT_FETCH_MAX_REDIRECTS is 9: give 1 to 5"},
		{"bad size", map[string]string{"PLANBOT_FETCH_MAX_BYTES": "lots"}, nil, "", "not a size such as"},
		{"unknown key in file", nil, nil, "discrod:\n  token: x\n", `line 1: unknown setting "discrod" (known here: admin_addr, data, digest, discord,`},
		{"feed url", nil, nil, "feeds:\n  - url: ftp://x.example/feed\n", "feeds[0].url in"},
		{"feed interval", nil, nil, "feeds:\n  - url: https://x.example/feed\n    interval: 5s\n", "poll at most once a minute"},
		{"state url not postgres", map[string]string{"PLANBOT_STATE_URL": "mysql://u:SECRETTAIL@db/x"}, nil, "", `PLANBOT_STATE_URL is "mysql://u:xxxxx@db/x", not a PostgreSQL URL`},
		{"state url flag not a url", nil, []string{"--state-url", "db.example:5432"}, "", `--state-url is "db.example:5432", not a PostgreSQL URL`},
		{"state url in file", nil, nil, "state_url: \"http://h/db\"\n", `state_url in `},
		{"missing file", map[string]string{"PLANBOT_CONFIG": "/nonexistent/planbot.yaml"}, nil, "", "config file /nonexistent/planbot.yaml (env PLANBOT_CONFIG)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTestConfig(t, tt.env, tt.args, tt.file)
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q\nwant it to contain %q", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans several lines: %q", msg)
			}
			if strings.Contains(msg, "SECRETTAIL") || strings.Contains(msg, fakeToken) {
				t.Errorf("error shows the token: %q", msg)
			}
			if !errors.As(err, new(*Error)) {
				t.Errorf("error is %T, want *Error (exit code 2)", err)
			}
			for _, goName := range []string{"time.Duration", "config.", "main.", "!!str", "[]"} {
				if strings.Contains(msg, goName) {
					t.Errorf("error shows an internal name %q: %q", goName, msg)
				}
			}
		})
	}
}

func TestConfigValidPasses(t *testing.T) {
	cfg, err := Load(nil, getenv(map[string]string{
		"DISCORD_TOKEN": fakeToken, "DISCORD_PUBLIC_KEY": fakeKey, "DISCORD_APP_ID": "1234567890123456789",
		"DISCORD_GUILD_ID": "12345678901234567", "PLANBOT_ADMIN_ADDR": ":9090", "PLANBOT_LOG_LEVEL": "debug",
	}), "")
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.RequireToken(); err != nil {
		t.Error(err)
	}
	if err := cfg.RequirePublicKey(); err != nil {
		t.Error(err)
	}
	if !cfg.RunsSingletons() {
		t.Error("shard 0 runs digests and feeds")
	}
	if cfg.NoScheduler = true; cfg.RunsSingletons() {
		t.Error("a --no-scheduler replica must not run digests and feeds")
	}
	if cfg, err = Load(nil, nil, ""); err != nil {
		t.Fatal(err)
	}
	if err := cfg.RequireToken(); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN is not set") {
		t.Errorf("RequireToken on no token = %v", err)
	}
	if err := cfg.RequirePublicKey(); err == nil || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY is not set") {
		t.Errorf("RequirePublicKey on no key = %v", err)
	}
}

func TestSecretNeverShown(t *testing.T) {
	cfg, err := Load(nil, getenv(map[string]string{"DISCORD_TOKEN": fakeToken}), "")
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := cfg.Write(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "****TAIL (masked)") || !strings.Contains(text.String(), "env DISCORD_TOKEN") {
		t.Errorf("Write does not show the masked token and its source:\n%s", text.String())
	}
	var logged bytes.Buffer
	log := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(&logged), zap.DebugLevel))
	log.Info("config", zap.Any("cfg", cfg), zap.Stringer("token", cfg.Discord.Token), zap.Any("discord", cfg.Discord))
	for _, s := range []string{
		text.String(), fmt.Sprint(cfg.JSON()), fmt.Sprintf("%v", cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", *cfg), fmt.Sprint(cfg.Discord.Token), logged.String(),
	} {
		if strings.Contains(s, "SECRETTAIL") || strings.Contains(s, fakeToken[:20]) {
			t.Errorf("token leaked in %q", s)
		}
	}
}

func TestStateURL(t *testing.T) {
	const url = "postgres://planbot:SECRETTAIL@db.example:5432/planbot?sslmode=disable"
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		file  string
		from  string
		value string
	}{
		{"unset", nil, nil, "", "default", ""},
		{"env", map[string]string{"PLANBOT_STATE_URL": url}, nil, "", "env PLANBOT_STATE_URL", url},
		{"flag over env", map[string]string{"PLANBOT_STATE_URL": "postgres://other/x"}, []string{"--state-url", url}, "", "flag --state-url", url},
		{"file", nil, nil, "state_url: " + url + "\n", "file ", url},
		{"postgresql scheme", map[string]string{"PLANBOT_STATE_URL": "postgresql:///planbot?host=/run/postgresql"}, nil, "", "env PLANBOT_STATE_URL", "postgresql:///planbot?host=/run/postgresql"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadTestConfig(t, tt.env, tt.args, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.StateURL.Reveal(); got != tt.value {
				t.Errorf("StateURL = %q, want %q", got, tt.value)
			}
			if !strings.HasPrefix(cfg.Sources["state_url"], tt.from) {
				t.Errorf("state_url from %q, want %q", cfg.Sources["state_url"], tt.from)
			}
			var text bytes.Buffer
			if err := cfg.Write(&text); err != nil {
				t.Fatal(err)
			}
			var logged bytes.Buffer
			log := zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(&logged), zap.DebugLevel))
			log.Info("config", zap.Any("cfg", cfg), zap.Stringer("state", cfg.StateURL))
			for _, s := range []string{text.String(), fmt.Sprint(cfg.JSON()), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", *cfg), logged.String()} {
				if strings.Contains(s, "SECRETTAIL") {
					t.Errorf("password leaked in %q", s)
				}
			}
			if tt.value == url && !strings.Contains(text.String(), "postgres://planbot:xxxxx@db.example:5432/planbot") {
				t.Errorf("planbot config does not show the masked URL:\n%s", text.String())
			}
		})
	}
}

func TestSettingsHaveFlagsAndGroups(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Settings() {
		if s.Flag == "" || s.Usage == "" || seen[s.Flag] {
			t.Errorf("setting %s: flag %q, usage %q (every setting needs one unique flag and a usage)", s.Key, s.Flag, s.Usage)
		}
		seen[s.Flag] = true
	}
	for _, want := range []string{"data", "log-level", "no-scheduler"} {
		if !seen[want] {
			t.Errorf("no --%s", want)
		}
	}
}

func TestParseBytes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{{"1024", 1024}, {"5MiB", 5 << 20}, {"5mb", 5 << 20}, {"2 KiB", 2048}, {"1GiB", 1 << 30}, {"10B", 10}}
	for _, tt := range tests {
		got, err := parseBytes(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("parseBytes(%q) = %d, %v, want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestConfigShardCount(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		file    string
		want    ShardCount
		id      int
		shown   string // planbot config's value
		from    string
		singles bool // runs digests and feeds
	}{
		{"default", nil, nil, "", 0, 0, "0", "default", true},
		{"flag number", nil, []string{"--shard-count", "4", "--shard-id", "1"}, "", 4, 1, "4", "flag --shard-count", false},
		{"flag auto", nil, []string{"--shard-count", "auto", "--shard-id", "5"}, "", ShardCountAuto, 5, "auto", "flag --shard-count", false},
		{"env auto any case", map[string]string{"PLANBOT_SHARD_COUNT": " Auto "}, nil, "", ShardCountAuto, 0, "auto", "env PLANBOT_SHARD_COUNT", true},
		{"file auto", nil, nil, "discord:\n  shard_count: auto\n  shard_id: 2\n", ShardCountAuto, 2, "auto", "file", false},
		{"file number", nil, nil, "discord:\n  shard_count: 3\n", 3, 0, "3", "file", true},
		{"flag beats file auto", nil, []string{"--shard-count", "2"}, "discord:\n  shard_count: auto\n", 2, 0, "2", "flag --shard-count", true},
		{"shared state: any shard may lead", map[string]string{"PLANBOT_STATE_URL": "postgres://db/planbot"}, []string{"--shard-count", "4", "--shard-id", "3"}, "", 4, 3, "4", "flag --shard-count", true},
		{"shared state, no scheduler", map[string]string{"PLANBOT_STATE_URL": "postgres://db/planbot", "PLANBOT_NO_SCHEDULER": "true"}, nil, "", 0, 0, "0", "default", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadTestConfig(t, tt.env, tt.args, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Discord.ShardCount != tt.want || cfg.Discord.ShardID != tt.id {
				t.Errorf("shard %d of %v, want %d of %v", cfg.Discord.ShardID, cfg.Discord.ShardCount, tt.id, tt.want)
			}
			if got := cfg.Sources["discord.shard_count"]; !strings.HasPrefix(got, tt.from) {
				t.Errorf("shard_count from %q, want %q", got, tt.from)
			}
			if cfg.RunsSingletons() != tt.singles {
				t.Errorf("RunsSingletons = %v, want %v", cfg.RunsSingletons(), tt.singles)
			}
			var out bytes.Buffer
			if err := cfg.Write(&out); err != nil {
				t.Fatal(err)
			}
			line := ""
			for _, l := range strings.Split(out.String(), "\n") {
				if strings.HasPrefix(l, "discord.shard_count ") {
					line = l
				}
			}
			if f := strings.Fields(line); len(f) < 2 || f[1] != tt.shown {
				t.Errorf("planbot config shows %q, want value %q", line, tt.shown)
			}
			if got := cfg.JSON()["discord.shard_count"].(map[string]string)["value"]; got != tt.shown {
				t.Errorf("planbot config --json shows %q, want %q", got, tt.shown)
			}
		})
	}
}
