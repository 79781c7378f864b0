package metrics

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Transport wraps the HTTP transport of the Discord client (discordgo's
// Session.Client.Transport) so every failed request and every 429 is
// counted without touching the code that sends them. A nil next means
// http.DefaultTransport. On a nil *Metrics it returns next unchanged.
func (m *Metrics) Transport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if m == nil {
		return next
	}
	return &transport{m: m, next: next}
}

type transport struct {
	m    *Metrics
	next http.RoundTripper
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		if req.Context().Err() == nil { // a cancelled request is not Discord's error
			t.m.DiscordAPIError(Route(req.Method, req.URL.Path), 0)
		}
		return resp, err
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		global := resp.Header.Get("X-RateLimit-Global") == "true" || resp.Header.Get("X-RateLimit-Scope") == "global"
		t.m.RateLimited(Route(req.Method, req.URL.Path), global, retryAfter(resp.Header))
	} else if resp.StatusCode >= 400 {
		t.m.DiscordAPIError(Route(req.Method, req.URL.Path), resp.StatusCode)
	}
	return resp, nil
}

// retryAfter reads how long Discord asked to wait, from Retry-After
// (seconds) or X-RateLimit-Reset-After (seconds, fractional).
func retryAfter(h http.Header) time.Duration {
	for _, k := range []string{"X-RateLimit-Reset-After", "Retry-After"} {
		if v := h.Get(k); v != "" {
			if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
				return time.Duration(s * float64(time.Second))
			}
		}
	}
	return 0
}

// Route turns a Discord API request into a low-cardinality label: the API
// version prefix is dropped, IDs become {id}, and the interaction and
// webhook tokens, which are secrets, become {token}:
// "POST /interactions/{id}/{token}/callback".
func Route(method, path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) >= 2 && segs[0] == "api" {
		segs = segs[1:]
		if strings.HasPrefix(segs[0], "v") {
			if _, err := strconv.Atoi(segs[0][1:]); err == nil {
				segs = segs[1:]
			}
		}
	}
	for i, s := range segs {
		switch {
		case isID(s):
			segs[i] = "{id}"
		case i >= 2 && (segs[i-2] == "webhooks" || segs[i-2] == "interactions"):
			segs[i] = "{token}"
		case i >= 1 && segs[i-1] == "reactions":
			segs[i] = "{emoji}"
		}
	}
	return method + " /" + strings.Join(segs, "/")
}

func isID(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
