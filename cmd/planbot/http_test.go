package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHTTPEndToEnd runs `planbot http` on a loopback port over the seed
// corpus and answers a signed command as Discord would send it.
func TestHTTPEndToEnd(t *testing.T) {
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, ed25519.SeedSize))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	env, _, errb := testEnv(map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(key.Public().(ed25519.PublicKey)),
		"PLANBOT_HTTP_ADDR":  addr,
		"PLANBOT_DATA":       t.TempDir(),
		"PLANBOT_LOG_FORMAT": "json",
	})
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() { code <- run(ctx, env, []string{"http"}) }()
	defer func() {
		cancel()
		select {
		case c := <-code:
			if c != 0 {
				t.Errorf("exit %d: %s", c, errb)
			}
		case <-time.After(30 * time.Second):
			t.Error("planbot http did not stop")
		}
	}()

	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("endpoint never came up: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	body := []byte(`{"id":"1100000000000000700","application_id":"1100000000000000001","type":2,"token":"tok","version":1,` +
		`"channel_id":"1100000000000000300","user":{"id":"1100000000000000500","username":"reader","discriminator":"0"},` +
		`"data":{"id":"1100000000000000600","name":"provision","type":1,"options":[{"name":"topic","type":3,"value":"nato"}]}}`)
	post := func(sign bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, base+"/interactions", bytes.NewReader(body))
		if sign {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, _ := post(false); status != http.StatusUnauthorized {
		t.Fatalf("unsigned request answered %d", status)
	}
	status, got := post(true)
	if status != http.StatusOK || !strings.Contains(got, `"type":4`) || !strings.Contains(got, "NATO") || !strings.Contains(got, `"parse":[]`) {
		t.Fatalf("answered %d %s", status, got)
	}
}

func TestServeNeedsToken(t *testing.T) {
	env, _, errb := testEnv(map[string]string{"PLANBOT_DATA": t.TempDir()})
	if code := run(context.Background(), env, []string{"serve"}); code != 2 || !strings.Contains(errb.String(), "DISCORD_TOKEN") {
		t.Fatalf("exit %d: %s", code, errb)
	}
}
