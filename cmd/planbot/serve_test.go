package main

import (
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"

	"planbot/bot/discordtest"
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
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg, err := loadConfig(env, fs, nil)
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
