package main

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"planbot/bot/discordtest"
	"planbot/config"
)

// TestServeOverGateway runs planbot serve against the Discord double: the
// commands are registered in the guild (payload checked against Discord's
// OpenAPI description), an interaction dispatched over the gateway is
// answered from the seed corpus, and cancelling stops it cleanly.
func TestServeOverGateway(t *testing.T) {
	d := discordtest.New(t)
	d.Token = base64.RawStdEncoding.EncodeToString([]byte(d.AppID)) + ".GxYzAb.abcdefghijklmnopqrstuvwxyz0123456789AB"
	guild := "1100000000000000100"
	env, _, _ := testEnv(map[string]string{
		"DISCORD_TOKEN": d.Token, "DISCORD_APP_ID": d.AppID, "DISCORD_GUILD_ID": guild, "PLANBOT_DATA": t.TempDir(),
	})
	cfg, err := config.Load(nil, env.getenv, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- serveGateway(ctx, cfg, zap.NewNop(), d.Client()) }()
	defer func() {
		cancel()
		select {
		case err := <-errc:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(60 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	d.WaitReady(1)
	d.Wait(http.MethodPut, "/applications/*/guilds/"+guild+"/commands", 1)
	if n := len(d.Commands(guild)); n < 6 {
		t.Fatalf("%d commands registered", n)
	}
	in := map[string]any{
		"id": "1100000000000000700", "application_id": d.AppID, "type": 2, "token": "serve-token", "version": 1,
		"guild_id": guild, "channel_id": "1100000000000000300",
		"member": map[string]any{"user": map[string]any{"id": "1100000000000000500", "username": "reader", "discriminator": "0"}, "roles": []string{}, "permissions": "0"},
		"data": map[string]any{"id": "1100000000000000600", "name": "provision", "type": 1,
			"options": []map[string]any{{"name": "topic", "type": 3, "value": "nato"}}},
	}
	if err := d.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	cb := d.Wait(http.MethodPost, "/interactions/*/serve-token/callback", 1)[0]
	if body := string(cb.Body); !strings.Contains(body, `"type":4`) || !strings.Contains(body, "NATO") {
		t.Fatalf("answered %s", body)
	}

	// The moderator commands of digests and ingestion are registered too,
	// restricted to Manage Server.
	perms := map[string]any{}
	for _, c := range d.Commands(guild) {
		perms[c["name"].(string)] = c["default_member_permissions"]
	}
	for _, name := range []string{"digest", "announce", "ingest", "feed"} {
		if p, ok := perms[name]; !ok || fmt.Sprint(p) != "32" {
			t.Errorf("/%s registered with default_member_permissions %v (present %v), want 32", name, p, ok)
		}
	}

	// A moderator posts a digest: it lands in the channel as a message
	// carrying a nonce, and the moderator gets a private confirmation.
	channel := "1100000000000000301"
	post := map[string]any{
		"id": "1100000000000000701", "application_id": d.AppID, "type": 2, "token": "digest-token", "version": 1,
		"guild_id": guild, "channel_id": channel,
		"member": map[string]any{"user": map[string]any{"id": "1100000000000000501", "username": "mod", "discriminator": "0"}, "roles": []string{}, "permissions": "32"},
		"data": map[string]any{"id": "1100000000000000601", "name": "digest", "type": 1,
			"options": []map[string]any{{"name": "post", "type": 1, "options": []map[string]any{
				{"name": "channel", "type": 7, "value": channel}, {"name": "since", "type": 3, "value": "87600h"}}}}},
	}
	if err := d.Dispatch("INTERACTION_CREATE", post); err != nil {
		t.Fatal(err)
	}
	msg := d.Wait(http.MethodPost, "/channels/"+channel+"/messages", 1)[0]
	if body := string(msg.Body); !strings.Contains(body, `"nonce"`) || !strings.Contains(body, "Geneva") {
		t.Fatalf("digest message %s", body)
	}
}

// TestServeShardCountAuto runs planbot serve with --shard-count auto against
// the double: the count Discord recommends reaches the IDENTIFY as the shard
// pair, a shard ID beyond it stops start-up before connecting, and so does a
// failed GET /gateway/bot.
func TestServeShardCountAuto(t *testing.T) {
	tests := []struct {
		name       string
		shards     int // recommended by the double
		fail       int // status of a failed GET /gateway/bot; 0: none
		args       []string
		identify   string // the shard pair in IDENTIFY; "" when no shard is sent
		wantErr    string
		usage      bool
		wantLogged string
		warned     bool // warned that the other shards need processes of their own
	}{
		{name: "recommended count used", shards: 3, args: []string{"--shard-count", "auto", "--shard-id", "2"},
			identify: `"shard":[2,3]`, wantLogged: "gateway shard count recommended by Discord"},
		{name: "shard id left to its default", shards: 2, args: []string{"--shard-count", "auto"},
			identify: `"shard":[0,2]`, wantLogged: "gateway shard count recommended by Discord", warned: true},
		{name: "one shard is unsharded", shards: 1, args: []string{"--shard-count", "auto"},
			wantLogged: "gateway shard count recommended by Discord"},
		{name: "shard id beyond the count", shards: 2, args: []string{"--shard-count", "auto", "--shard-id", "2"},
			wantErr: "--shard-id is 2 but Discord recommends 2 shard(s) (--shard-count is auto): run one process per shard ID from 0 to 1", usage: true},
		{name: "Discord unreachable", shards: 2, fail: http.StatusUnauthorized, args: []string{"--shard-count", "auto"},
			wantErr: "--shard-count is auto but planbot could not ask Discord for its recommended count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := discordtest.New(t)
			d.Token = base64.RawStdEncoding.EncodeToString([]byte(d.AppID)) + ".GxYzAb.abcdefghijklmnopqrstuvwxyz0123456789AB"
			d.SetRecommendedShards(tt.shards)
			if tt.fail != 0 {
				d.Fail(http.MethodGet, "/gateway/bot", tt.fail, 1)
			}
			env, _, _ := testEnv(map[string]string{
				"DISCORD_TOKEN": d.Token, "DISCORD_APP_ID": d.AppID, "DISCORD_GUILD_ID": "1100000000000000100", "PLANBOT_DATA": t.TempDir(),
			})
			cfg, err := config.Load(flagMap(tt.args), env.getenv, "")
			if err != nil {
				t.Fatal(err)
			}
			core, logs := observer.New(zapcore.InfoLevel)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			errc := make(chan error, 1)
			go func() { errc <- serveGateway(ctx, cfg, zap.New(core), d.Client()) }()
			if tt.wantErr != "" {
				err := <-errc
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("serve error %v, want one line containing %q", err, tt.wantErr)
				}
				if tt.usage != errors.As(err, new(*config.Error)) {
					t.Errorf("error %T: usage error %v, want %v", err, !tt.usage, tt.usage)
				}
				if n := len(d.Identifies()); n != 0 {
					t.Errorf("%d IDENTIFY sent before refusing", n)
				}
				return
			}
			d.WaitReady(1)
			id := string(d.Identifies()[0])
			if tt.identify != "" && !strings.Contains(id, tt.identify) {
				t.Errorf("IDENTIFY %s lacks %s", id, tt.identify)
			}
			if tt.identify == "" && strings.Contains(id, `"shard"`) {
				t.Errorf("IDENTIFY %s carries a shard", id)
			}
			entries := logs.FilterMessage(tt.wantLogged).All()
			if len(entries) != 1 || entries[0].ContextMap()["shard_count"] != int64(tt.shards) {
				t.Errorf("logged %+v, want %q with shard_count %d", entries, tt.wantLogged, tt.shards)
			}
			if warned := logs.FilterMessageSnippet("start one more process for each other shard ID").Len() == 1; warned != tt.warned {
				t.Errorf("warned about the other shards: %v, want %v", warned, tt.warned)
			}
			cancel()
			if err := <-errc; err != nil {
				t.Errorf("serve: %v", err)
			}
		})
	}
}
