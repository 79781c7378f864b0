package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/bot/httpapi"
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
	aln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	adminAddr := aln.Addr().String()
	aln.Close()
	env, _, errb := testEnv(map[string]string{
		"PLANBOT_ADMIN_ADDR": adminAddr,
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
	// The admin listener reports the endpoint, the index and the state.
	resp, err := http.Get("http://" + adminAddr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	health, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, check := range []string{`"http":"ok"`, `"index":"ok"`, `"store":"ok"`} {
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(health), check) {
			t.Errorf("admin /healthz %d %s: want %s", resp.StatusCode, health, check)
		}
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

// BenchmarkHTTPSeed measures the interactions endpoint end to end over the
// real index of the seed corpus: signed slash commands POSTed over loopback
// by 8 concurrent clients, each verified, parsed, searched, rendered and
// encoded. It reports requests per second and client-side latency
// percentiles.
//
//	go test ./cmd/planbot -run '^$' -bench HTTPSeed -benchtime 5000x
func BenchmarkHTTPSeed(b *testing.B) {
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, ed25519.SeedSize))
	a, err := openApp(context.Background(), b.TempDir(), "bench", nil)
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	session, _ := discordgo.New("")
	h, err := httpapi.New(httpapi.Config{
		PublicKey: key.Public().(ed25519.PublicKey),
		Responder: bot.New(bot.Config{Searcher: a.index, Library: a.store}),
		Followup:  session,
	})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	commands := []string{
		`"name":"provision","type":1,"options":[{"name":"topic","type":3,"value":"nato"}]`,
		`"name":"search","type":1,"options":[{"name":"query","type":3,"value":"territory"}]`,
		`"name":"statement","type":1,"options":[{"name":"who","type":3,"value":"rubio"}]`,
		`"name":"compare","type":1,"options":[{"name":"topic","type":3,"value":"army size"}]`,
		`"name":"search","type":1,"options":[{"name":"query","type":3,"value":"security guarantees"}]`,
	}
	bodies := make([][]byte, len(commands))
	for i, c := range commands {
		bodies[i] = []byte(`{"id":"11000000000007` + fmt.Sprintf("%05d", i) + `","application_id":"1100000000000000001","type":2,"token":"tok","version":1,` +
			`"channel_id":"1100000000000000300","user":{"id":"1100000000000000500","username":"reader","discriminator":"0"},` +
			`"data":{"id":"1100000000000000600",` + c + `}}`)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	defer client.CloseIdleConnections()
	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(4)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for i := 0; pb.Next(); i++ {
			body := bodies[i%len(bodies)]
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(body))
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
			t0 := time.Now()
			resp, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			mine = append(mine, time.Since(t0))
			if resp.StatusCode != http.StatusOK {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50_ms")
	b.ReportMetric(pct(0.99), "p99_ms")
}
