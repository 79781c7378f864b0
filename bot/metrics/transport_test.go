package metrics

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRoute(t *testing.T) {
	tests := []struct{ method, path, want string }{
		{"POST", "/api/v10/channels/123456789012345678/messages", "POST /channels/{id}/messages"},
		{"POST", "/api/v9/interactions/123456789012345678/aW50ZXJhY3Rpb246c2VjcmV0/callback", "POST /interactions/{id}/{token}/callback"},
		{"PATCH", "/api/v10/webhooks/111111111111111111/c2VjcmV0dG9rZW4/messages/@original", "PATCH /webhooks/{id}/{token}/messages/@original"},
		{"PUT", "/api/v10/applications/111111111111111111/guilds/222222222222222222/commands", "PUT /applications/{id}/guilds/{id}/commands"},
		{"GET", "/api/v10/gateway/bot", "GET /gateway/bot"},
		{"PUT", "/api/v10/channels/1/messages/2/reactions/%F0%9F%91%8D/@me", "PUT /channels/{id}/messages/{id}/reactions/{emoji}/@me"},
	}
	for _, tt := range tests {
		if got := Route(tt.method, tt.path); got != tt.want {
			t.Errorf("Route(%s %s) = %q, want %q", tt.method, tt.path, got, tt.want)
		}
	}
}

func TestTransportCounts(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/limited"):
			w.Header().Set("X-RateLimit-Global", "true")
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
		case strings.HasSuffix(r.URL.Path, "/forbidden"):
			w.WriteHeader(http.StatusForbidden)
		default:
			w.WriteHeader(http.StatusOK)
		}
	}))
	defer srv.Close()
	m := New()
	client := &http.Client{Transport: m.Transport(nil)}
	for _, p := range []string{"/api/v10/channels/123456789012345678/limited", "/api/v10/channels/123456789012345678/forbidden", "/api/v10/ok"} {
		resp, err := client.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/api/v10/cancelled", nil)
	if _, err := client.Do(req); err == nil {
		t.Fatal("cancelled request succeeded")
	}
	text := scrape(t, m.Handler())
	for _, w := range []string{
		`planbot_discord_rate_limits_total{global="true",route="GET /channels/{id}/limited"} 1`,
		`planbot_discord_rate_limit_wait_seconds_sum 2`,
		`planbot_discord_api_errors_total{route="GET /channels/{id}/forbidden",status="403"} 1`,
	} {
		if !strings.Contains(text, w) {
			t.Errorf("exposition lacks %q", w)
		}
	}
	for _, bad := range []string{`route="GET /ok"`, "cancelled"} {
		if strings.Contains(text, bad) {
			t.Errorf("exposition has %q", bad)
		}
	}
	var nilM *Metrics
	if nilM.Transport(nil) != http.DefaultTransport {
		t.Error("nil Metrics should return the transport unchanged")
	}
}
