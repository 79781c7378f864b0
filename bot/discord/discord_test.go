package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"planbot/bot"
	"planbot/bot/discordtest"
	"planbot/bot/internal/bottest"
)

const guild = "1100000000000000100"

type env struct {
	d      *discordtest.Double
	b      *Bot
	search *bottest.Searcher
	logs   *observer.ObservedLogs
	stop   func()
}

// start runs a Bot against the double until the test ends.
func start(t *testing.T, guildID string, budget time.Duration) *env {
	t.Helper()
	d := discordtest.New(t)
	s, lib := bottest.Load(t)
	core, logs := observer.New(zapcore.DebugLevel)
	b, err := New(Config{
		Token: d.Token, AppID: d.AppID, GuildID: guildID, Budget: budget,
		Responder:  bot.New(bot.Config{Searcher: s, Library: lib, PageSize: 2}),
		Logger:     zap.New(core),
		HTTPClient: d.Client(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- b.Run(ctx) }()
	stop := func() {
		cancel()
		select {
		case err := <-errc:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(60 * time.Second):
			t.Error("Run did not return after cancel")
		}
	}
	var once atomic.Bool
	e := &env{d: d, b: b, search: s, logs: logs, stop: func() {
		if once.CompareAndSwap(false, true) {
			stop()
		}
	}}
	t.Cleanup(e.stop)
	d.WaitReady(1)
	return e
}

var nextID atomic.Int64

func interaction(typ discordgo.InteractionType, data map[string]any) map[string]any {
	n := nextID.Add(1)
	return map[string]any{
		"id": "11000000000009" + strings.Repeat("0", 5-len(itoa(n))) + itoa(n), "application_id": discordtest.DefaultAppID,
		"type": typ, "token": "tok-" + itoa(n), "version": 1, "guild_id": guild, "channel_id": "1100000000000000300",
		"member": map[string]any{"user": map[string]any{"id": "1100000000000000500", "username": "reader", "discriminator": "0"},
			"roles": []string{}, "permissions": "1071698660929"},
		"data": data,
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// callback waits for the answer to the interaction with the given token.
func callback(t *testing.T, d *discordtest.Double, in map[string]any) map[string]any {
	t.Helper()
	tok := in["token"].(string)
	for n := 1; ; n++ {
		for _, r := range d.Wait(http.MethodPost, "/interactions/*/*/callback", n) {
			if strings.Contains(r.Path, "/"+tok+"/") && r.Status == http.StatusNoContent {
				var body map[string]any
				if err := r.Decode(&body); err != nil {
					t.Fatal(err)
				}
				return body
			}
		}
	}
}

func TestRegistersCommands(t *testing.T) {
	for _, g := range []string{"", guild} {
		t.Run("guild="+g, func(t *testing.T) {
			e := start(t, g, 0)
			pattern := "/applications/*/commands"
			if g != "" {
				pattern = "/applications/*/guilds/*/commands"
			}
			reqs := e.d.Wait(http.MethodPut, pattern, 1)
			if len(reqs[0].Invalid) != 0 {
				t.Fatalf("registration payload invalid: %v", reqs[0].Invalid)
			}
			var names []string
			for _, c := range e.d.Commands(g) {
				names = append(names, c["name"].(string))
			}
			if strings.Join(names, ",") != "provision,statement,search,compare,sources,help" {
				t.Fatalf("registered %v", names)
			}
		})
	}
}

func TestAnswersOverTheGateway(t *testing.T) {
	e := start(t, guild, 0)
	tests := []struct {
		name string
		in   map[string]any
		typ  float64
		want string
	}{
		{"command", interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("search", map[string]string{"query": "prisoners"}, "")), 4, "prisoners"},
		{"autocomplete", interaction(discordgo.InteractionApplicationCommandAutocomplete, bottest.CommandData("statement", map[string]string{"who": "ma"}, "who")), 8, "Marco Rubio"},
		{"component", interaction(discordgo.InteractionMessageComponent, map[string]any{"custom_id": "search/page/2/all|nato", "component_type": 2}), 7, "Results 3–4"},
		{"nothing found", interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("provision", map[string]string{"topic": "natto"}, "")), 4, `"flags":64`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := e.d.Dispatch("INTERACTION_CREATE", tt.in); err != nil {
				t.Fatal(err)
			}
			body := callback(t, e.d, tt.in)
			raw, _ := json.Marshal(body)
			if body["type"] != tt.typ || !strings.Contains(string(raw), tt.want) {
				t.Fatalf("answer %s, want type %v containing %q", raw, tt.typ, tt.want)
			}
		})
	}
}

func TestDeferredAnswerIsCompleted(t *testing.T) {
	e := start(t, guild, 20*time.Millisecond)
	e.search.Delay = 150 * time.Millisecond
	in := interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("search", map[string]string{"query": "prisoners"}, ""))
	if err := e.d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	if body := callback(t, e.d, in); body["type"] != float64(5) {
		t.Fatalf("first answer %v, want a deferral", body)
	}
	edit := e.d.Wait(http.MethodPatch, "/webhooks/*/*/messages/@original", 1)[0]
	if !strings.Contains(edit.Path, in["token"].(string)) || !strings.Contains(string(edit.Body), "prisoners") || !strings.Contains(string(edit.Body), `"parse":[]`) {
		t.Fatalf("follow-up %s %s", edit.Path, edit.Body)
	}
}

func TestRateLimitedAnswerIsRetried(t *testing.T) {
	e := start(t, guild, 0)
	e.d.RateLimit(http.MethodPost, "/interactions/*/*/callback", 30*time.Millisecond, 1)
	in := interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("help", nil, ""))
	if err := e.d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	callback(t, e.d, in)
	reqs := e.d.Matching(http.MethodPost, "/interactions/*/*/callback")
	if len(reqs) != 2 || reqs[0].Status != http.StatusTooManyRequests {
		t.Fatalf("%d callbacks", len(reqs))
	}
}

func TestFailedAnswerIsLogged(t *testing.T) {
	e := start(t, guild, 0)
	e.d.Fail(http.MethodPost, "/interactions/*/*/callback", http.StatusNotFound, 1) // interaction expired
	in := interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("help", nil, ""))
	if err := e.d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	e.d.Wait(http.MethodPost, "/interactions/*/*/callback", 1)
	deadline := time.Now().Add(5 * time.Second)
	for e.logs.FilterMessage("answer interaction").Len() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no error logged: %v", e.logs.All())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestReconnectsAndShutsDown(t *testing.T) {
	e := start(t, guild, 0)
	e.d.DropGateway()
	e.d.WaitReady(2)
	in := interaction(discordgo.InteractionApplicationCommand, bottest.CommandData("sources", nil, ""))
	if err := e.d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	callback(t, e.d, in)
	if e.logs.FilterLoggerName("discordgo").Len() == 0 && e.logs.FilterMessage("gateway disconnected; discordgo reconnects").Len() == 0 {
		t.Errorf("the disconnection left no log: %v", e.logs.All())
	}
	e.stop()
	if e.logs.FilterMessage("shutting down the gateway session").Len() != 1 {
		t.Fatal("no clean shutdown")
	}
}

func TestAPITransport(t *testing.T) {
	var got string
	rt := &APITransport{Base: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = r.URL.String()
		return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
	})}
	req, _ := http.NewRequest(http.MethodGet, discordgo.EndpointGateway, nil)
	if _, err := rt.RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	if got != "https://discord.com/api/v10/gateway" {
		t.Fatalf("sent to %s", got)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestNewRequiresTokenAndResponder(t *testing.T) {
	if _, err := NewSession(Config{}); err == nil {
		t.Fatal("no token accepted")
	}
	if _, err := New(Config{Token: "x"}); err == nil {
		t.Fatal("no responder accepted")
	}
}

func TestConnectedAndSharedSession(t *testing.T) {
	d := discordtest.New(t)
	s, lib := bottest.Load(t)
	session, err := NewSession(Config{Token: d.Token, HTTPClient: d.Client(), ShardID: 1, ShardCount: 2})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{Session: session, AppID: d.AppID, Responder: bot.New(bot.Config{Searcher: s, Library: lib})})
	if err != nil {
		t.Fatal(err)
	}
	if b.Session() != session || b.Connected() {
		t.Fatal("session not shared, or connected before Run")
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- b.Run(ctx) }()
	d.WaitReady(1)
	deadline := time.Now().Add(10 * time.Second)
	for !b.Connected() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if !b.Connected() {
		t.Fatal("not connected after READY")
	}
	if !strings.Contains(string(d.Identifies()[0]), `"shard":[1,2]`) {
		t.Errorf("identify %s lacks the shard", d.Identifies()[0])
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
}

func TestRecommendedShards(t *testing.T) {
	d := discordtest.New(t)
	d.SetRecommendedShards(3)
	cfg := Config{Token: d.Token, HTTPClient: d.Client(), ShardID: 7, ShardCount: 2} // shard settings ignored
	n, err := RecommendedShards(context.Background(), cfg)
	if err != nil || n != 3 {
		t.Fatalf("RecommendedShards = %d, %v, want 3", n, err)
	}
	if got := d.Matching(http.MethodGet, "/gateway/bot"); len(got) != 1 || got[0].Header.Get("Authorization") != "Bot "+d.Token {
		t.Errorf("requests %+v, want one authenticated GET /gateway/bot", got)
	}

	tests := []struct {
		name   string
		shards int
		fail   int
		want   string
	}{
		{"unauthorised", 1, http.StatusUnauthorized, "GET /gateway/bot"},
		{"no shards", 0, 0, "recommends 0 shards"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := discordtest.New(t)
			d.SetRecommendedShards(tt.shards)
			if tt.fail != 0 {
				d.Fail(http.MethodGet, "/gateway/bot", tt.fail, 1)
			}
			n, err := RecommendedShards(context.Background(), Config{Token: d.Token, HTTPClient: d.Client()})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("RecommendedShards = %d, %v, want an error containing %q", n, err, tt.want)
			}
		})
	}
}

func TestNewSessionChecksShard(t *testing.T) {
	tests := []struct {
		id, count int
		ok        bool
	}{{0, 0, true}, {0, 1, true}, {2, 3, true}, {3, 3, false}, {-1, 2, false}, {0, -1, false}}
	for _, tt := range tests {
		_, err := NewSession(Config{Token: "x", ShardID: tt.id, ShardCount: tt.count})
		if (err == nil) != tt.ok {
			t.Errorf("NewSession(shard %d of %d) error %v, want ok=%v", tt.id, tt.count, err, tt.ok)
		}
	}
}
