package main

import (
	"context"
	"encoding/base64"
	"flag"
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
}
