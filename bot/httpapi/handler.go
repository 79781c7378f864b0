package httpapi

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
)

// Responder answers a parsed interaction; *bot.Router satisfies it.
type Responder interface {
	RespondInteraction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse
}

// FollowupAPI completes a deferred answer; *discordgo.Session satisfies it
// (no bot token is needed: the interaction token authorises the calls).
type FollowupAPI = bot.FollowupAPI

var _ Responder = (*bot.Router)(nil)

// Config configures a Handler. PublicKey, Responder and Followup are
// required.
type Config struct {
	PublicKey ed25519.PublicKey // the application's public key (DISCORD_PUBLIC_KEY)
	Responder Responder
	Followup  FollowupAPI
	Logger    *zap.Logger // nil: logs nothing
	// Budget is how long an answer may take before it is deferred;
	// defaults to 2s, leaving a margin under Discord's 3 s.
	Budget time.Duration
	// FollowupTimeout bounds a deferred answer; defaults to 14 minutes,
	// under the 15 minutes an interaction token lives.
	FollowupTimeout time.Duration
	// MaxBody is the largest request body accepted; defaults to 256 KiB.
	MaxBody int64
	// MaxSkew is how far a signature timestamp may be from now; defaults
	// to 5 minutes. Older requests are replays and get 401.
	MaxSkew time.Duration
	// Now is the clock; defaults to time.Now.
	Now func() time.Time
}

// Handler serves the interactions endpoint. Create it with New and stop it
// with Close, which waits for deferred answers still being completed.
type Handler struct {
	cfg    Config
	log    *zap.Logger
	mux    *http.ServeMux
	ctx    context.Context // parent of deferred work; cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a Handler for cfg.
func New(cfg Config) (*Handler, error) {
	if len(cfg.PublicKey) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("httpapi: public key has %d bytes, want %d", len(cfg.PublicKey), ed25519.PublicKeySize)
	}
	if cfg.Responder == nil || cfg.Followup == nil {
		return nil, errors.New("httpapi: Responder and Followup are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Budget <= 0 {
		cfg.Budget = bot.DeferAfter
	}
	if cfg.FollowupTimeout <= 0 {
		cfg.FollowupTimeout = bot.FollowupWithin
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 256 << 10
	}
	if cfg.MaxSkew <= 0 {
		cfg.MaxSkew = 5 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	h := &Handler{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux()}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	h.mux.HandleFunc("POST /{$}", h.interaction)
	h.mux.HandleFunc("POST /interactions", h.interaction)
	h.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	return h, nil
}

// ParsePublicKey decodes the hex public key shown in Discord's developer
// portal.
func ParsePublicKey(hexKey string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(hexKey))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key must be %d hex-encoded bytes", ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// Close cancels deferred answers still running and waits for them (or for
// ctx to end).
func (h *Handler) Close(ctx context.Context) error {
	h.cancel()
	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("httpapi: waiting for deferred answers: %w", ctx.Err())
	}
}

func (h *Handler) interaction(w http.ResponseWriter, r *http.Request) {
	body, status := h.verified(r)
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if in.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	writeJSON(w, h.answer(r.Context(), &in))
}

// verified reads the body and checks its signature and freshness, returning
// the body and 200, or the status to refuse the request with.
func (h *Handler) verified(r *http.Request) ([]byte, int) {
	sig, ts := r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp")
	if sig == "" || ts == "" {
		return nil, http.StatusUnauthorized
	}
	if r.ContentLength > h.cfg.MaxBody {
		return nil, http.StatusRequestEntityTooLarge
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, h.cfg.MaxBody+1))
	if err != nil {
		return nil, http.StatusBadRequest
	}
	if int64(len(body)) > h.cfg.MaxBody {
		return nil, http.StatusRequestEntityTooLarge
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, h.cfg.PublicKey) {
		return nil, http.StatusUnauthorized
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return nil, http.StatusUnauthorized
	}
	if skew := h.cfg.Now().Sub(time.Unix(sec, 0)); skew > h.cfg.MaxSkew || skew < -h.cfg.MaxSkew {
		return nil, http.StatusUnauthorized
	}
	return body, http.StatusOK
}

// answer responds within the budget, or defers and completes the answer by
// editing the original response once it is ready.
func (h *Handler) answer(reqCtx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
	ctx, cancel := context.WithTimeout(h.ctx, h.cfg.FollowupTimeout)
	done := make(chan *discordgo.InteractionResponse, 1)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer cancel()
		done <- h.cfg.Responder.RespondInteraction(ctx, in)
	}()
	timer := time.NewTimer(h.cfg.Budget)
	defer timer.Stop()
	select {
	case resp := <-done:
		return resp
	case <-reqCtx.Done():
		// Discord hung up; the answer has nowhere to go.
		cancel()
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	case <-timer.C:
	}
	if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
		// Autocomplete cannot be deferred: offer nothing rather than nothing in time.
		cancel()
		return bot.Render(bot.KindAutocomplete, bot.Reply{})
	}
	deferred := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if in.Type == discordgo.InteractionMessageComponent {
		deferred = discordgo.InteractionResponseDeferredMessageUpdate
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		var resp *discordgo.InteractionResponse
		select {
		case resp = <-done:
		case <-h.ctx.Done():
			return
		}
		if err := bot.CompleteDeferred(h.cfg.Followup, in, deferred, resp); err != nil {
			h.log.Error("complete deferred interaction", zap.String("interaction", in.ID), zap.Error(err))
		}
	}()
	return &discordgo.InteractionResponse{Type: deferred}
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}
