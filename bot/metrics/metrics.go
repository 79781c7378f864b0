package metrics

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Outcomes of an interaction, the values of the "outcome" label. Callers
// should use these so dashboards can rely on a small, fixed set.
const (
	OutcomeOK        = "ok"         // answered with results
	OutcomeEmpty     = "empty"      // answered, nothing matched
	OutcomeUserError = "user_error" // refused with a message for the user (bad input, not a moderator)
	OutcomeError     = "error"      // failed: the user saw a generic error
	OutcomeTimeout   = "timeout"    // the context ran out before an answer
)

// latencyBuckets cover what matters for Discord: answers well under the
// 3 s deadline, and the slow tail near it.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10}

// Metrics holds planbot's collectors on a private registry.
type Metrics struct {
	reg          *prometheus.Registry
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	apiErrors    *prometheus.CounterVec
	rateLimits   *prometheus.CounterVec
	rateWait     prometheus.Histogram
	digests      *prometheus.CounterVec
	digestMsgs   prometheus.Counter
	ingested     *prometheus.CounterVec
	ingestFails  *prometheus.CounterVec

	mu        sync.Mutex
	indexSize func() float64
}

// New returns a Metrics with every collector registered on a fresh private
// registry, plus the Go runtime and process collectors.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.interactions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_interactions_total",
		Help: "Interactions handled, by command, kind (command, autocomplete, component) and outcome.",
	}, []string{"command", "kind", "outcome"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "planbot_interaction_duration_seconds",
		Help:    "Time from receiving an interaction to sending its response, by command and kind.",
		Buckets: latencyBuckets,
	}, []string{"command", "kind"})
	m.apiErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_discord_api_errors_total",
		Help: "Failed Discord API requests, by route template and HTTP status (0 for a network error).",
	}, []string{"route", "status"})
	m.rateLimits = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_discord_rate_limits_total",
		Help: "Discord rate limits hit (429 or a pre-emptive wait), by route template and whether the limit was global.",
	}, []string{"route", "global"})
	m.rateWait = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "planbot_discord_rate_limit_wait_seconds",
		Help:    "How long rate limits made requests wait.",
		Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60},
	})
	m.digests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_digests_posted_total",
		Help: "Digests posted, by trigger (manual, scheduled, announce).",
	}, []string{"trigger"})
	m.digestMsgs = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "planbot_digest_messages_total",
		Help: "Discord messages sent for digests (a long digest is split into several).",
	})
	m.ingested = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_documents_ingested_total",
		Help: "Documents added to the corpus, by origin (file, url, feed, attachment, seed).",
	}, []string{"origin"})
	m.ingestFails = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "planbot_ingest_failures_total",
		Help: "Documents that could not be ingested, by origin; duplicates are not failures.",
	}, []string{"origin"})
	indexDocs := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "planbot_index_documents",
		Help: "Items (provisions and statements) in the search index, read when scraped.",
	}, m.readIndexSize)
	m.reg.MustRegister(
		m.interactions, m.latency, m.apiErrors, m.rateLimits, m.rateWait,
		m.digests, m.digestMsgs, m.ingested, m.ingestFails, indexDocs,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Registry returns the private registry, for tests and for adding
// collectors that belong to another package.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Handler serves the registry in the Prometheus exposition format (text, or
// OpenMetrics when the scraper asks for it).
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, EnableOpenMetrics: true})
}

// Interaction records one handled interaction. command is the top-level
// command name ("provision"), kind is "command", "autocomplete" or
// "component", outcome one of the Outcome constants, took the time from
// receipt to response.
func (m *Metrics) Interaction(command, kind, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.interactions.WithLabelValues(command, kind, outcome).Inc()
	m.latency.WithLabelValues(command, kind).Observe(took.Seconds())
}

// DiscordAPIError records a failed Discord API request. route is the route
// template with IDs replaced ("POST /channels/{id}/messages") so the label
// stays small; status is the HTTP status, 0 for a network error.
func (m *Metrics) DiscordAPIError(route string, status int) {
	if m == nil {
		return
	}
	m.apiErrors.WithLabelValues(route, strconv.Itoa(status)).Inc()
}

// RateLimited records a rate limit hit on route and how long it made the
// request wait.
func (m *Metrics) RateLimited(route string, global bool, wait time.Duration) {
	if m == nil {
		return
	}
	m.rateLimits.WithLabelValues(route, strconv.FormatBool(global)).Inc()
	m.rateWait.Observe(wait.Seconds())
}

// DigestPosted records a digest posted by trigger ("manual", "scheduled",
// "announce") in messages Discord messages.
func (m *Metrics) DigestPosted(trigger string, messages int) {
	if m == nil {
		return
	}
	m.digests.WithLabelValues(trigger).Inc()
	m.digestMsgs.Add(float64(messages))
}

// DocumentsIngested records n documents added from origin ("file", "url",
// "feed", "attachment").
func (m *Metrics) DocumentsIngested(origin string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.ingested.WithLabelValues(origin).Add(float64(n))
}

// IngestFailed records a document from origin that could not be ingested.
func (m *Metrics) IngestFailed(origin string) {
	if m == nil {
		return
	}
	m.ingestFails.WithLabelValues(origin).Inc()
}

// SetIndexSize sets the function read at each scrape for the number of
// items in the index (e.g. the index's DocCount). Until it is set, or when
// it is set to nil, the gauge reads 0. Calling it again replaces the
// function, e.g. after the index is reopened.
func (m *Metrics) SetIndexSize(f func() float64) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.indexSize = f
	m.mu.Unlock()
}

func (m *Metrics) readIndexSize() float64 {
	m.mu.Lock()
	f := m.indexSize
	m.mu.Unlock()
	if f == nil {
		return 0
	}
	return f()
}
