package httpapifuzz

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/bot/httpapi"
	"planbot/bot/internal/bottest"
)

var key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// counting answers through the bot's Router and counts the interactions it
// was given: a request whose signature fails must never reach it.
type counting struct {
	r     *bot.Router
	calls atomic.Int64
}

func (c *counting) RespondInteraction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	c.calls.Add(1)
	return c.r.RespondInteraction(ctx, i)
}

// followups is a FollowupAPI that only counts: a deferred answer goes
// nowhere.
type followups struct{ n atomic.Int64 }

func (f *followups) InteractionResponseEdit(*discordgo.Interaction, *discordgo.WebhookEdit, ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.n.Add(1)
	return &discordgo.Message{}, nil
}

func (f *followups) FollowupMessageCreate(*discordgo.Interaction, bool, *discordgo.WebhookParams, ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.n.Add(1)
	return &discordgo.Message{}, nil
}

func (f *followups) InteractionResponseDelete(*discordgo.Interaction, ...discordgo.RequestOption) error {
	f.n.Add(1)
	return nil
}

// FuzzInteraction: any body, signed or not, with any timestamp: an
// unsigned, forged or stale request is refused with 401 before it is
// decoded or answered; a signed one is answered with JSON Discord accepts
// or refused with 400; nothing panics.
func FuzzInteraction(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "interactions", "*.json"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, true, int64(0))
			f.Add(b, false, int64(0))
		}
	}
	for _, s := range []string{
		"", "{", "null", `{"type":1}`, `{"type":2}`, `{"type":2,"data":{"name":"search","options":[{"name":"query","type":3,"value":7}]}}`,
		`{"type":3,"data":{"custom_id":"search/page/99999999999999999999/all|x","component_type":2}}`,
		`{"type":4,"data":{"name":"provision","options":[{"name":"topic","type":3,"value":"na","focused":true}]}}`,
		`{"type":2,"data":{"name":"statement","options":[{"type":1,"name":"x","options":[{"type":2,"name":"y"}]}]}}`,
	} {
		f.Add([]byte(s), true, int64(0))
	}
	f.Add([]byte(`{"type":1}`), true, int64(-600))
	s, lib := bottest.Load(f)
	resp := &counting{r: bot.New(bot.Config{Searcher: s, Library: lib, PageSize: 2})}
	fu := &followups{}
	h, err := httpapi.New(httpapi.Config{PublicKey: key.Public().(ed25519.PublicKey), Responder: resp, Followup: fu, MaxBody: 64 << 10})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := h.Close(ctx); err != nil {
			f.Error(err)
		}
	})
	f.Fuzz(func(t *testing.T, body []byte, sign bool, skew int64) {
		ts := strconv.FormatInt(time.Now().Unix()+skew, 10)
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", ts)
		msg := append([]byte(ts), body...)
		if !sign {
			msg = append(msg, '!') // a signature over something else
		}
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, msg)))
		before := resp.calls.Load()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		// The handler allows 5 minutes of clock skew; a few seconds around
		// the bound may go either way as the clock runs.
		abs := max(skew, -skew)
		edge := abs > 295 && abs < 305 || skew == -skew && skew != 0 // also math.MinInt64
		switch {
		case sign && edge:
		case !sign || abs >= 305:
			if w.Code != http.StatusUnauthorized && w.Code != http.StatusRequestEntityTooLarge {
				t.Fatalf("unsigned or stale request answered %d: %s", w.Code, w.Body)
			}
			if resp.calls.Load() != before {
				t.Fatal("an unverified request reached the responder")
			}
		case w.Code == http.StatusOK:
			out, err := decode(w.Body.Bytes())
			if err != nil {
				t.Fatalf("answer is not an interaction response: %v: %s", err, w.Body)
			}
			if out.Data != nil && out.Type != discordgo.InteractionResponsePong {
				if err := bot.CheckLimits(out); err != nil {
					t.Fatalf("answer breaks a limit: %v", err)
				}
			}
		case w.Code != http.StatusBadRequest && w.Code != http.StatusRequestEntityTooLarge:
			t.Fatalf("signed request got %d: %s", w.Code, w.Body)
		}
	})
}

// decode reads an interaction response as Discord would. discordgo cannot
// decode message components (an interface), so they are checked to be a
// JSON array and left out.
func decode(b []byte) (*discordgo.InteractionResponse, error) {
	var raw struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data map[string]json.RawMessage        `json:"data"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	out := &discordgo.InteractionResponse{Type: raw.Type}
	if raw.Data == nil {
		return out, nil
	}
	if c, ok := raw.Data["components"]; ok {
		var rows []json.RawMessage
		if err := json.Unmarshal(c, &rows); err != nil {
			return nil, err
		}
		delete(raw.Data, "components")
	}
	rest, err := json.Marshal(raw.Data)
	if err != nil {
		return nil, err
	}
	out.Data = &discordgo.InteractionResponseData{}
	return out, json.Unmarshal(rest, out.Data)
}
