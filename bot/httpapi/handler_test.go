package httpapi

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/bot/discordtest"
	"planbot/bot/internal/bottest"
)

// testKey is a fixed key pair so failures reproduce.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

func pub() ed25519.PublicKey { return testKey.Public().(ed25519.PublicKey) }

type env struct {
	h      *Handler
	srv    *httptest.Server
	double *discordtest.Double
	search *bottest.Searcher
}

func newEnv(t testing.TB, mod func(*Config)) *env {
	t.Helper()
	s, lib := bottest.Load(t)
	d := discordtest.New(t)
	session, err := discordgo.New("")
	if err != nil {
		t.Fatal(err)
	}
	session.Client = d.Client()
	cfg := Config{PublicKey: pub(), Responder: bot.New(bot.Config{Searcher: s, Library: lib, PageSize: 2}), Followup: session}
	if mod != nil {
		mod(&cfg)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		if err := h.Close(ctx); err != nil {
			t.Error(err)
		}
	})
	return &env{h: h, srv: srv, double: d, search: s}
}

// signed builds a request signed the way Discord signs it.
func signed(url string, body []byte, ts time.Time, key ed25519.PrivateKey) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	return req
}

func payload(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func do(t testing.TB, c *http.Client, req *http.Request) (int, []byte) {
	t.Helper()
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func TestSignatureFailures(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxBody = 4096 })
	body := payload(t, "search_command")
	_, otherKey, _ := ed25519.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{9}, 64)))
	now := time.Now()
	tests := []struct {
		name string
		req  func() *http.Request
		want int
	}{
		{"unsigned", func() *http.Request {
			r, _ := http.NewRequest(http.MethodPost, e.srv.URL, bytes.NewReader(body))
			return r
		}, 401},
		{"no timestamp", func() *http.Request {
			r := signed(e.srv.URL, body, now, testKey)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401},
		{"forged", func() *http.Request { return signed(e.srv.URL, body, now, otherKey) }, 401},
		{"tampered body", func() *http.Request {
			r := signed(e.srv.URL, body, now, testKey)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body, []byte("prisoners"), []byte("prisonerz"), 1)))
			return r
		}, 401},
		{"signature not hex", func() *http.Request {
			r := signed(e.srv.URL, body, now, testKey)
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
			return r
		}, 401},
		{"timestamp swapped", func() *http.Request {
			r := signed(e.srv.URL, body, now, testKey)
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix()+1, 10))
			return r
		}, 401},
		{"stale", func() *http.Request { return signed(e.srv.URL, body, now.Add(-10*time.Minute), testKey) }, 401},
		{"from the future", func() *http.Request { return signed(e.srv.URL, body, now.Add(10*time.Minute), testKey) }, 401},
		{"oversized", func() *http.Request {
			big := append(bytes.TrimRight(body, "}\n"), []byte(`,"pad":"`+strings.Repeat("x", 5000)+`"}`)...)
			return signed(e.srv.URL, big, now, testKey)
		}, 413},
		{"oversized chunked", func() *http.Request {
			big := append(bytes.TrimRight(body, "}\n"), []byte(`,"pad":"`+strings.Repeat("x", 5000)+`"}`)...)
			r := signed(e.srv.URL, big, now, testKey)
			r.ContentLength = -1
			r.Body = io.NopCloser(bytes.NewReader(big))
			return r
		}, 413},
		{"signed but not JSON", func() *http.Request { return signed(e.srv.URL, []byte("not json"), now, testKey) }, 400},
		{"valid", func() *http.Request { return signed(e.srv.URL, body, now, testKey) }, 200},
		{"valid on /interactions", func() *http.Request { return signed(e.srv.URL+"/interactions", body, now, testKey) }, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(e.search.Queries())
			status, _ := do(t, e.srv.Client(), tt.req())
			if status != tt.want {
				t.Fatalf("status %d, want %d", status, tt.want)
			}
			if tt.want != 200 && len(e.search.Queries()) != before {
				t.Fatal("a refused request reached the search")
			}
		})
	}
}

func TestPingAndHealth(t *testing.T) {
	e := newEnv(t, nil)
	status, b := do(t, e.srv.Client(), signed(e.srv.URL, payload(t, "ping"), time.Now(), testKey))
	if status != 200 || strings.TrimSpace(string(b)) != `{"type":1}` {
		t.Fatalf("ping: %d %s", status, b)
	}
	resp, err := e.srv.Client().Get(e.srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz %d", resp.StatusCode)
	}
	resp, err = e.srv.Client().Get(e.srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET / answered %d", resp.StatusCode)
	}
}

func TestAnswers(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		file string
		typ  discordgo.InteractionResponseType
	}{
		{"search_command", discordgo.InteractionResponseChannelMessageWithSource},
		{"provision_autocomplete", discordgo.InteractionApplicationCommandAutocompleteResult},
		{"next_page_component", discordgo.InteractionResponseUpdateMessage},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			status, b := do(t, e.srv.Client(), signed(e.srv.URL, payload(t, tt.file), time.Now(), testKey))
			if status != 200 {
				t.Fatalf("status %d: %s", status, b)
			}
			var resp struct {
				Type discordgo.InteractionResponseType `json:"type"`
			}
			if err := json.Unmarshal(b, &resp); err != nil {
				t.Fatal(err)
			}
			if resp.Type != tt.typ {
				t.Fatalf("type %d, want %d: %s", resp.Type, tt.typ, b)
			}
		})
	}
}

func TestDeferredFollowUp(t *testing.T) {
	tests := []struct {
		file     string
		deferred discordgo.InteractionResponseType
		wantText string
	}{
		{"search_command", discordgo.InteractionResponseDeferredChannelMessageWithSource, "prisoners"},
		{"next_page_component", discordgo.InteractionResponseDeferredMessageUpdate, "Results 3–4"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.Budget = 20 * time.Millisecond })
			e.search.Delay = 150 * time.Millisecond
			status, b := do(t, e.srv.Client(), signed(e.srv.URL, payload(t, tt.file), time.Now(), testKey))
			if status != 200 || strings.TrimSpace(string(b)) != fmt.Sprintf(`{"type":%d}`, tt.deferred) {
				t.Fatalf("answered %d %s, want a deferral", status, b)
			}
			edits := e.double.Wait(http.MethodPatch, "/webhooks/*/*/messages/@original", 1)
			var in discordgo.Interaction
			_ = json.Unmarshal(payload(t, tt.file), &in)
			if edits[0].Path != "/webhooks/"+in.AppID+"/"+in.Token+"/messages/@original" {
				t.Fatalf("edited %s", edits[0].Path)
			}
			var edit map[string]any
			if err := edits[0].Decode(&edit); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(edits[0].Body), tt.wantText) {
				t.Fatalf("follow-up lacks %q: %s", tt.wantText, edits[0].Body)
			}
			if am, ok := edit["allowed_mentions"].(map[string]any); !ok || fmt.Sprint(am["parse"]) != "[]" {
				t.Fatalf("follow-up allowed_mentions = %v", edit["allowed_mentions"])
			}
		})
	}
}

func TestSlowAutocompleteAnswersEmpty(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Budget = 20 * time.Millisecond })
	e.search.Delay = time.Second // Suggest is not delayed; make the router slow instead
	slow := &slowResponder{d: 200 * time.Millisecond, next: e.h.cfg.Responder}
	e.h.cfg.Responder = slow
	status, b := do(t, e.srv.Client(), signed(e.srv.URL, payload(t, "provision_autocomplete"), time.Now(), testKey))
	if status != 200 || !strings.Contains(string(b), `"type":8`) || strings.Contains(string(b), "nato") {
		t.Fatalf("answered %d %s", status, b)
	}
	if n := len(e.double.Requests()); n != 0 {
		t.Fatalf("%d follow-up requests for an autocomplete", n)
	}
}

type slowResponder struct {
	d    time.Duration
	next Responder
}

func (s *slowResponder) RespondInteraction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	select {
	case <-time.After(s.d):
	case <-ctx.Done():
	}
	return s.next.RespondInteraction(ctx, i)
}

func TestNewRejectsBadConfig(t *testing.T) {
	if _, err := New(Config{PublicKey: []byte{1, 2}}); err == nil {
		t.Fatal("short key accepted")
	}
	if _, err := ParsePublicKey(hex.EncodeToString(pub())); err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePublicKey("abc"); err == nil {
		t.Fatal("bad hex key accepted")
	}
}

// TestDeferredPrivateAnswer: an answer that must be ephemeral (nothing
// found, a user error) cannot be an edit of the public deferral, so it goes
// out as an ephemeral follow-up and the "thinking…" message is deleted
// (except a button's message, which stays).
func TestDeferredPrivateAnswer(t *testing.T) {
	tests := []struct {
		name       string
		body       []byte
		wantDelete bool
	}{
		{"nothing found", interactionJSON(1, discordgo.InteractionApplicationCommand, bottest.CommandData("search", map[string]string{"query": "zzyzx"}, "")), true},
		{"bad button", interactionJSON(2, discordgo.InteractionMessageComponent, map[string]any{"custom_id": "search/page/x/", "component_type": 2}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.Budget = 20 * time.Millisecond })
			e.h.cfg.Responder = &slowResponder{d: 150 * time.Millisecond, next: e.h.cfg.Responder}
			status, b := do(t, e.srv.Client(), signed(e.srv.URL, tt.body, time.Now(), testKey))
			if status != 200 || !strings.HasPrefix(string(b), `{"type":`) {
				t.Fatalf("answered %d %s", status, b)
			}
			f := e.double.Wait(http.MethodPost, "/webhooks/*/*", 1)[0]
			var params struct {
				Flags   int    `json:"flags"`
				Content string `json:"content"`
			}
			if err := f.Decode(&params); err != nil {
				t.Fatal(err)
			}
			if params.Flags&64 == 0 || params.Content == "" {
				t.Fatalf("follow-up %s is not an ephemeral answer", f.Body)
			}
			if tt.wantDelete {
				e.double.Wait(http.MethodDelete, "/webhooks/*/*/messages/@original", 1)
			}
			if err := e.h.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := len(e.double.Matching(http.MethodDelete, "/webhooks/*/*/messages/@original")); (n == 1) != tt.wantDelete {
				t.Fatalf("%d deletions of the original, want delete %v", n, tt.wantDelete)
			}
			if n := len(e.double.Matching(http.MethodPatch, "/webhooks/*/*/messages/@original")); n != 0 {
				t.Fatalf("the original was edited %d times", n)
			}
		})
	}
}
