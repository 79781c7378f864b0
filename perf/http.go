package perf

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/bot/httpapi"
)

// HTTPResult is the load test of the interactions endpoint.
type HTTPResult struct {
	CmdsPerSec float64 `json:"cmds_per_s"`
	P50        float64 `json:"p50_ms"`
	P99        float64 `json:"p99_ms"`
	// Errors counts answers that were not 200 with a well-formed body of
	// the expected type, and requests that failed.
	Errors int `json:"errors"`
	// Commands is how many interactions were answered in all.
	Commands int `json:"commands"`
	// Deferred counts commands answered "thinking…" because they took
	// longer than the handler's budget (not errors, but slow).
	Deferred    int `json:"deferred"`
	Concurrency int `json:"concurrency"`
	// CPUMSPerCmd is the process's CPU time (server and load generator
	// together) per command: unlike cmds_per_s it does not depend on how
	// busy a shared machine is.
	CPUMSPerCmd float64 `json:"cpu_ms_per_cmd"`
	// ByCommand splits the latencies by command ("compare",
	// "statement/autocomplete", ...), to show where time goes.
	ByCommand map[string]CommandLatency `json:"by_command,omitempty"`
	// CachedAnswers says whether the router kept search answers between
	// commands (bot.Config.CachedAnswers), as a server does. The load
	// cycles through 512 interactions, so most commands are asked again.
	CachedAnswers bool `json:"cached_answers"`
	// GoMemMB is the memory the Go runtime held at the end of the load
	// (goMemory) and GCCycles the collections that ran during it: a
	// serving collector setting (Options.ServingGC) trades one for the
	// other.
	GoMemMB  float64 `json:"go_mem_mb"`
	GCCycles uint64  `json:"gc_cycles"`
	// Uncached is the same load with no answer kept: every command's
	// searches run. Run reports it beside the served figures.
	Uncached *HTTPResult `json:"uncached,omitempty"`
}

// CommandLatency is the share and latency of one kind of interaction.
type CommandLatency struct {
	Count int     `json:"count"`
	P50   float64 `json:"p50_ms"`
	P99   float64 `json:"p99_ms"`
}

// interaction is one pre-built request body and the response type it must
// get.
type interaction struct {
	body []byte
	auto bool   // autocomplete: answered with choices, never deferred
	name string // the command, "/autocomplete" appended for autocompletes
}

// mixedInteractions builds n interactions as members send them: slash
// commands with options drawn from the generated queries and names,
// autocompletes of partly typed options, /sources and /help.
func mixedInteractions(n int, seed uint64, qs []string) []interaction {
	r := rand.New(rand.NewPCG(seed, 0x1b873593))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	prefix := func(s string) string { return s[:min(len(s), 1+r.IntN(3))] }
	out := make([]interaction, n)
	for i := range out {
		var data map[string]any
		typ := discordgo.InteractionApplicationCommand
		switch k := r.IntN(100); {
		case k < 22:
			data = command("search", opt("query", pick(qs)))
		case k < 40:
			data = command("provision", opt("topic", pick(qs)))
		case k < 50:
			data = command("statement", opt("who", pick(qNames)), opt("about", pick(qTopics)))
		case k < 60:
			data = command("compare", opt("topic", pick(qs)))
		case k < 64:
			data = command("sources")
		case k < 66:
			data = command("help")
		default:
			typ = discordgo.InteractionApplicationCommandAutocomplete
			switch r.IntN(4) {
			case 0:
				data = command("provision", focused("topic", prefix(pick(qTopics))))
			case 1:
				data = command("statement", focused("who", prefix(pick(qNames))))
			case 2:
				data = command("compare", focused("topic", prefix(pick(qTopics))))
			default:
				data = command("provision", opt("topic", pick(qTopics)), focused("plan", ""))
			}
		}
		b, _ := json.Marshal(map[string]any{
			"id": strconv.Itoa(1100000000000100000 + i), "application_id": "1100000000000000001",
			"type": typ, "token": fmt.Sprintf("bench-token-%d", i), "version": 1,
			"guild_id": "1100000000000000100", "channel_id": "1100000000000000300",
			"member": map[string]any{"user": map[string]any{"id": "1100000000000000500", "username": "reader", "discriminator": "0"},
				"roles": []string{}, "permissions": "1071698660929"},
			"data": data,
		})
		in := interaction{body: b, auto: typ == discordgo.InteractionApplicationCommandAutocomplete, name: data["name"].(string)}
		if in.auto {
			in.name += "/autocomplete"
		}
		out[i] = in
	}
	return out
}

func command(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"id": "1100000000000000600", "name": name, "type": 1, "options": opts}
}

func opt(name, value string) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value}
}

func focused(name, value string) map[string]any {
	o := opt(name, value)
	o["focused"] = true
	return o
}

// nopFollowup completes deferred answers by doing nothing: the load test
// measures the endpoint, not Discord's webhook API.
type nopFollowup struct{ calls atomic.Int64 }

func (f *nopFollowup) InteractionResponseEdit(*discordgo.Interaction, *discordgo.WebhookEdit, ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.calls.Add(1)
	return &discordgo.Message{}, nil
}

func (f *nopFollowup) FollowupMessageCreate(*discordgo.Interaction, bool, *discordgo.WebhookParams, ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.calls.Add(1)
	return &discordgo.Message{}, nil
}

func (f *nopFollowup) InteractionResponseDelete(*discordgo.Interaction, ...discordgo.RequestOption) error {
	f.calls.Add(1)
	return nil
}

// endpoint is the real interactions endpoint (router and HTTP handler) on
// a loopback server, with a client that signs as Discord does.
type endpoint struct {
	url    string
	key    ed25519.PrivateKey
	srv    *httptest.Server
	h      *httpapi.Handler
	client *http.Client
}

// newEndpoint serves a router over search and lib; cached says whether it
// keeps search answers between commands (as served) or asks every time.
func newEndpoint(search bot.Searcher, lib bot.Library, conc int, cached bool, log *zap.Logger) (*endpoint, error) {
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		return nil, fmt.Errorf("bench signing key: %w", err)
	}
	keep := 0 // the router's default
	if !cached {
		keep = -1
	}
	h, err := httpapi.New(httpapi.Config{
		PublicKey: pub,
		Responder: bot.New(bot.Config{Searcher: search, Library: lib, Logger: log, CachedAnswers: keep}),
		Followup:  &nopFollowup{},
		Logger:    log,
	})
	if err != nil {
		return nil, err
	}
	srv := httptest.NewServer(h)
	return &endpoint{url: srv.URL, key: key, srv: srv, h: h,
		client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc}, Timeout: 30 * time.Second}}, nil
}

func (e *endpoint) close() {
	e.client.CloseIdleConnections()
	e.srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = e.h.Close(ctx)
}

// send posts interaction i of sig (ins[i] of presign), with its
// signature, and checks the answer: 200, a well-formed body, and the type
// the interaction calls for (a message or "thinking…" for a command,
// choices for an autocomplete). deferred reports "thinking…".
func (e *endpoint) send(ctx context.Context, sig *presigned, i int) (deferred bool, err error) {
	in := sig.ins[i]
	stamp, signature := sig.headers(i)
	typ, err := post(ctx, e.client, e.url, in.body, stamp, signature)
	switch {
	case err != nil:
		return false, err
	case in.auto && typ != discordgo.InteractionApplicationCommandAutocompleteResult,
		!in.auto && typ != discordgo.InteractionResponseChannelMessageWithSource && typ != discordgo.InteractionResponseDeferredChannelMessageWithSource:
		return false, fmt.Errorf("answered with type %d: %.300s", typ, in.body)
	}
	return typ == discordgo.InteractionResponseDeferredChannelMessageWithSource, nil
}

// loadHTTP serves the real router over search and lib from a loopback
// HTTP server and sends it signed interactions from conc clients for d;
// cached is whether the router keeps search answers (see newEndpoint).
func loadHTTP(ctx context.Context, search bot.Searcher, lib bot.Library, ins []interaction, d time.Duration, conc int, cached bool, log *zap.Logger) (HTTPResult, error) {
	res := HTTPResult{Concurrency: conc, CachedAnswers: cached}
	e, err := newEndpoint(search, lib, conc, cached, log)
	if err != nil {
		return res, err
	}
	defer e.close()
	// Signed before the clock starts (httpsign.go): signing is Discord's
	// work, not the server's.
	sig := e.presign(ins)
	// Requests in flight at the deadline are completed and counted (and
	// the run's time includes them): cancelling them would time errors.
	deadline := time.Now().Add(d)
	var (
		mu       sync.Mutex
		lat      []time.Duration
		byName   = map[string][]time.Duration{}
		errs     atomic.Int64
		deferred atomic.Int64
		wg       sync.WaitGroup
	)
	_, gc0 := goMemory()
	start, cpu0 := time.Now(), cpuTime()
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			names := map[string][]time.Duration{}
			for i := w; ctx.Err() == nil && time.Now().Before(deadline); i += conc {
				in := ins[i%len(ins)]
				t0 := time.Now()
				d, err := e.send(ctx, sig, i%len(ins))
				took := time.Since(t0)
				mine = append(mine, took)
				names[in.name] = append(names[in.name], took)
				if err != nil {
					errs.Add(1)
					log.Warn("bench interaction failed", zap.Error(err))
				} else if d {
					deferred.Add(1)
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			for n, ds := range names {
				byName[n] = append(byName[n], ds...)
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	if err := ctx.Err(); err != nil {
		return res, err
	}
	var gc1 uint64
	res.GoMemMB, gc1 = goMemory()
	res.GCCycles = gc1 - gc0
	res.Commands = len(lat)
	res.Errors = int(errs.Load())
	res.Deferred = int(deferred.Load())
	res.CmdsPerSec = float64(len(lat)) / elapsed.Seconds()
	if len(lat) > 0 {
		res.CPUMSPerCmd = float64(cpu.Microseconds()) / 1000 / float64(len(lat))
	}
	res.P50, res.P99 = latencies(lat)
	res.ByCommand = map[string]CommandLatency{}
	for n, ds := range byName {
		c := CommandLatency{Count: len(ds)}
		c.P50, c.P99 = latencies(ds)
		res.ByCommand[n] = c
	}
	return res, nil
}

// presign signs the bodies of ins with the endpoint's key (see presigned).
func (e *endpoint) presign(ins []interaction) *presigned {
	return presign(e.key, ins, time.Now)
}

// post sends one interaction with its signature headers and returns the response's type; an
// error for a failed request, a status other than 200 or a body that is
// not an interaction response with content where one is due.
func post(ctx context.Context, c *http.Client, url string, body []byte, stamp, sig string) (discordgo.InteractionResponseType, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", sig)
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, fmt.Errorf("read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("status %d: %.200s", resp.StatusCode, b)
	}
	var ir struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data *struct {
			Content string            `json:"content"`
			Embeds  []json.RawMessage `json:"embeds"`
			Choices []json.RawMessage `json:"choices"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &ir); err != nil {
		return 0, fmt.Errorf("answer is not JSON: %w: %.200s", err, b)
	}
	if ir.Type == discordgo.InteractionResponseChannelMessageWithSource && (ir.Data == nil || ir.Data.Content == "" && len(ir.Data.Embeds) == 0) {
		return 0, fmt.Errorf("empty message: %.200s", b)
	}
	if ir.Type == discordgo.InteractionApplicationCommandAutocompleteResult && ir.Data == nil {
		return 0, fmt.Errorf("autocomplete without data: %.200s", b)
	}
	return ir.Type, nil
}
