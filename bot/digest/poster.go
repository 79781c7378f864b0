package digest

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot/store"
)

// Sender creates one message in a channel from a ready JSON body (a Message,
// nonce included) and returns the new message's ID. SessionSender is the
// Discord implementation; tests use it against an httptest double.
type Sender interface {
	SendMessage(ctx context.Context, channelID string, body []byte) (messageID string, err error)
}

// SessionSender sends through a discordgo session with a raw request, since
// discordgo's MessageSend cannot carry nonce and enforce_nonce. It turns off
// discordgo's own retries so the poster alone decides when to retry, with its
// backoff and its record of attempts.
type SessionSender struct {
	Session *discordgo.Session
}

var _ Sender = SessionSender{}

// SendMessage posts body to POST /channels/{id}/messages.
func (s SessionSender) SendMessage(ctx context.Context, channelID string, body []byte) (string, error) {
	url := discordgo.EndpointChannelMessages(channelID)
	resp, err := s.Session.RequestRaw(http.MethodPost, url, "application/json", body, url, 0,
		discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false), discordgo.WithRestRetries(0))
	if err != nil {
		return "", err
	}
	var m discordgo.Message
	if err := json.Unmarshal(resp, &m); err != nil {
		return "", fmt.Errorf("decode created message: %w", err)
	}
	return m.ID, nil
}

// RetryPolicy says how often and how patiently a message is retried after a
// 429, a 5xx or a network error. The zero value is the default.
type RetryPolicy struct {
	MaxAttempts int           // per message and per run; defaults to 5
	BaseDelay   time.Duration // first backoff, doubled each time; defaults to 1s
	MaxDelay    time.Duration // cap on one backoff; defaults to 1m
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = 5
	}
	if p.BaseDelay <= 0 {
		p.BaseDelay = time.Second
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = time.Minute
	}
	return p
}

// PermanentError is a send Discord refused for good (403, 404, other 4xx):
// the post is marked failed and not retried.
type PermanentError struct {
	Status int
	Err    error
}

func (e *PermanentError) Error() string {
	switch e.Status {
	case http.StatusForbidden:
		return "the bot may not post in this channel (403): " + e.Err.Error()
	case http.StatusNotFound:
		return "the channel no longer exists (404): " + e.Err.Error()
	}
	return fmt.Sprintf("Discord refused the message (%d): %v", e.Status, e.Err)
}

func (e *PermanentError) Unwrap() error { return e.Err }

// classify says whether a send error is worth retrying and after how long
// at least (a 429's Retry-After).
func classify(err error) (retry bool, wait time.Duration, status int) {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return true, rl.RetryAfter, http.StatusTooManyRequests
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		code := re.Response.StatusCode
		switch {
		case code == http.StatusTooManyRequests:
			wait := time.Duration(0)
			if s, err := strconv.ParseFloat(re.Response.Header.Get("Retry-After"), 64); err == nil {
				wait = time.Duration(s * float64(time.Second))
			}
			return true, wait, code
		case code >= 500:
			return true, 0, code
		default:
			return false, 0, code
		}
	}
	var pe *PermanentError
	if errors.As(err, &pe) {
		return false, 0, pe.Status
	}
	// Network errors and discordgo's "Exceeded Max retries HTTP 502".
	return true, 0, 0
}

// poster sends recorded posts.
type poster struct {
	store  store.State
	sender Sender
	clock  Clock
	log    *zap.Logger
	retry  RetryPolicy
	// onGone is told when a channel answers 403 or 404.
	onGone func(channelID, reason string)
	// onPosted is told when a post is complete; may be nil.
	onPosted func(reason string, messages int)
}

// newPost builds the record of a post: one part per message, each with its
// own nonce derived from the post ID, bodies frozen as JSON.
func newPost(now time.Time, track, channelID, reason string, sourceIDs []string, summary string, msgs []Message) (store.Post, error) {
	id := newID(now)
	p := store.Post{ID: id, Track: track, ChannelID: channelID, Reason: reason, CreatedAt: now.UTC(), SourceIDs: sourceIDs, Summary: summary}
	for i, m := range msgs {
		m.Nonce = fmt.Sprintf("%s.%d", id, i)
		m.EnforceNonce = true
		body, err := json.Marshal(m)
		if err != nil {
			return store.Post{}, fmt.Errorf("encode message %d of %s: %w", i, id, err)
		}
		p.Parts = append(p.Parts, store.Part{Nonce: m.Nonce, Body: body})
	}
	return p, nil
}

// newID is a post ID that sorts by creation time and fits, with a part
// suffix, in Discord's 25-character nonce: 9 base-36 digits of milliseconds
// and 6 random ones.
func newID(now time.Time) string {
	ms := strconv.FormatInt(now.UnixMilli(), 36)
	ms = strings.Repeat("0", max(0, 9-len(ms))) + ms
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	for i := range b {
		b[i] = digits[int(b[i])%36]
	}
	return ms + string(b[:])
}

// deliver sends every part of p not yet acknowledged, in order, then
// completes the post. A canceled ctx leaves it pending to be resumed under
// the same nonces; a 403/404 marks it failed; exhausted retries record the
// error and leave it pending for the next run.
func (ps *poster) deliver(ctx context.Context, p *store.Post) error {
	for i, part := range p.Parts {
		if part.MessageID != "" {
			continue
		}
		id, err := ps.send(ctx, p.ChannelID, part.Body)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("post %s to %s interrupted: %w", p.ID, p.ChannelID, ctx.Err())
			}
			retry, _, status := classify(err)
			final := !retry
			if final {
				err = &PermanentError{Status: status, Err: err}
			}
			if nerr := ps.store.NotePostError(p.ID, err.Error(), final, ps.clock.Now()); nerr != nil {
				ps.log.Error("record post error", zap.String("post", p.ID), zap.Error(nerr))
			}
			ps.log.Warn("digest post failed", zap.String("post", p.ID), zap.String("channel", p.ChannelID),
				zap.Int("part", i), zap.Bool("given_up", final), zap.Error(err))
			if final && (status == http.StatusForbidden || status == http.StatusNotFound) && ps.onGone != nil {
				ps.onGone(p.ChannelID, err.Error())
			}
			return fmt.Errorf("post %s to %s: %w", p.ID, p.ChannelID, err)
		}
		if err := ps.store.MarkPartSent(p.ID, i, id, ps.clock.Now()); err != nil {
			return err
		}
		p.Parts[i].MessageID = id
	}
	if err := ps.store.CompletePost(p.ID, ps.clock.Now()); err != nil {
		return err
	}
	if ps.onPosted != nil {
		ps.onPosted(p.Reason, len(p.Parts))
	}
	ps.log.Info("posted", zap.String("post", p.ID), zap.String("track", p.Track), zap.String("channel", p.ChannelID),
		zap.Int("messages", len(p.Parts)), zap.Int("sources", len(p.SourceIDs)))
	return nil
}

// send tries one message until it is created, refused for good, or the
// retry budget is spent, backing off exponentially (at least Retry-After).
func (ps *poster) send(ctx context.Context, channelID string, body []byte) (string, error) {
	pol := ps.retry.withDefaults()
	delay := pol.BaseDelay
	for attempt := 1; ; attempt++ {
		id, err := ps.sender.SendMessage(ctx, channelID, body)
		if err == nil {
			return id, nil
		}
		retry, wait, status := classify(err)
		if !retry || attempt >= pol.MaxAttempts || ctx.Err() != nil {
			return "", err
		}
		wait = max(wait, delay)
		ps.log.Info("retrying message", zap.String("channel", channelID), zap.Int("attempt", attempt),
			zap.Int("status", status), zap.Duration("wait", wait), zap.Error(err))
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-ps.clock.After(wait):
		}
		delay = min(delay*2, pol.MaxDelay)
	}
}
