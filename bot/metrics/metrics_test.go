package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("scrape: %d", rec.Code)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestExposition(t *testing.T) {
	m := New()
	m.Interaction("provision", "command", OutcomeOK, 20*time.Millisecond)
	m.Interaction("provision", "command", OutcomeOK, 4*time.Second)
	m.Interaction("statement", "autocomplete", OutcomeEmpty, time.Millisecond)
	m.DiscordAPIError("POST /channels/{id}/messages", 500)
	m.DiscordAPIError("POST /channels/{id}/messages", 0)
	m.RateLimited("POST /channels/{id}/messages", false, 1500*time.Millisecond)
	m.DigestPosted("scheduled", 3)
	m.DigestPosted("manual", 1)
	m.DocumentsIngested("feed", 4)
	m.DocumentsIngested("file", 0)
	m.IngestFailed("url")
	m.SetIndexSize(func() float64 { return 1234 })

	text := scrape(t, m.Handler())
	want := []string{
		`planbot_interactions_total{command="provision",kind="command",outcome="ok"} 2`,
		`planbot_interactions_total{command="statement",kind="autocomplete",outcome="empty"} 1`,
		`planbot_interaction_duration_seconds_bucket{command="provision",kind="command",le="0.025"} 1`,
		`planbot_interaction_duration_seconds_bucket{command="provision",kind="command",le="3"} 1`,
		`planbot_interaction_duration_seconds_bucket{command="provision",kind="command",le="5"} 2`,
		`planbot_interaction_duration_seconds_count{command="provision",kind="command"} 2`,
		`planbot_discord_api_errors_total{route="POST /channels/{id}/messages",status="500"} 1`,
		`planbot_discord_api_errors_total{route="POST /channels/{id}/messages",status="0"} 1`,
		`planbot_discord_rate_limits_total{global="false",route="POST /channels/{id}/messages"} 1`,
		`planbot_discord_rate_limit_wait_seconds_sum 1.5`,
		`planbot_digests_posted_total{trigger="scheduled"} 1`,
		`planbot_digests_posted_total{trigger="manual"} 1`,
		`planbot_digest_messages_total 4`,
		`planbot_documents_ingested_total{origin="feed"} 4`,
		`planbot_ingest_failures_total{origin="url"} 1`,
		`planbot_index_documents 1234`,
		`# TYPE planbot_index_documents gauge`,
		`go_goroutines `,
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("exposition lacks %q", w)
		}
	}
	if strings.Contains(text, `origin="file"`) {
		t.Error("ingesting 0 documents created a series")
	}

	m.SetIndexSize(func() float64 { return 99 })
	if text := scrape(t, m.Handler()); !strings.Contains(text, "planbot_index_documents 99") {
		t.Error("SetIndexSize did not replace the function")
	}
}

func TestIndexSizeUnset(t *testing.T) {
	if text := scrape(t, New().Handler()); !strings.Contains(text, "planbot_index_documents 0") {
		t.Error("unset index size should read 0")
	}
}

func TestPrivateRegistries(t *testing.T) {
	a, b := New(), New() // would panic on duplicate registration with a shared registry
	a.DigestPosted("manual", 1)
	if strings.Contains(scrape(t, b.Handler()), `planbot_digests_posted_total{trigger="manual"}`) {
		t.Error("two Metrics share state")
	}
}

func TestNilMetricsIsNoop(t *testing.T) {
	var m *Metrics
	m.Interaction("x", "command", OutcomeOK, time.Second)
	m.DiscordAPIError("r", 500)
	m.RateLimited("r", true, time.Second)
	m.DigestPosted("manual", 1)
	m.DocumentsIngested("file", 1)
	m.IngestFailed("file")
	m.SetIndexSize(nil)
	if m.Registry() != nil {
		t.Error("nil Metrics has a registry")
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("nil Metrics handler: %d", rec.Code)
	}
}

func BenchmarkInteraction(b *testing.B) {
	m := New()
	for b.Loop() {
		m.Interaction("provision", "command", OutcomeOK, 3*time.Millisecond)
	}
}
