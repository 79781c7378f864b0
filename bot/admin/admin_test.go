package admin

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func get(t *testing.T, h http.Handler, path string) (int, Status, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Body)
	var st Status
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(body, &st); err != nil {
			t.Fatalf("%s: %v: %s", path, err, body)
		}
	}
	return rec.Code, st, string(body)
}

func TestHealthz(t *testing.T) {
	ok := func(context.Context) error { return nil }
	tests := []struct {
		name   string
		checks map[string]CheckFunc
		code   int
		want   map[string]string
	}{
		{"no checks", nil, 200, map[string]string{}},
		{"all ok", map[string]CheckFunc{"gateway": ok, "index": ok, "store": ok}, 200,
			map[string]string{"gateway": "ok", "index": "ok", "store": "ok"}},
		{"one failing", map[string]CheckFunc{"gateway": func(context.Context) error { return errors.New("not connected") }, "index": ok}, 503,
			map[string]string{"gateway": "not connected", "index": "ok"}},
		{"panicking", map[string]CheckFunc{"store": func(context.Context) error { panic("boom") }}, 503,
			map[string]string{"store": "check panicked: boom"}},
		{"hanging", map[string]CheckFunc{"index": func(ctx context.Context) error { <-ctx.Done(); time.Sleep(20 * time.Millisecond); return nil }}, 503,
			map[string]string{"index": "check timed out: context deadline exceeded"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(Config{CheckTimeout: 50 * time.Millisecond})
			for n, fn := range tt.checks {
				s.Check(n, fn)
			}
			code, st, body := get(t, s.Handler(), "/healthz")
			if code != tt.code {
				t.Errorf("code %d, want %d: %s", code, tt.code, body)
			}
			if len(st.Checks) != len(tt.want) {
				t.Errorf("checks %v, want %v", st.Checks, tt.want)
			}
			for n, w := range tt.want {
				if st.Checks[n] != w {
					t.Errorf("check %s = %q, want %q", n, st.Checks[n], w)
				}
			}
			if wantStatus := map[int]string{200: "ok", 503: "fail"}[tt.code]; st.Status != wantStatus {
				t.Errorf("status %q, want %q", st.Status, wantStatus)
			}
		})
	}
}

func TestReadyz(t *testing.T) {
	s := New(Config{})
	s.Check("index", func(context.Context) error { return nil })
	if code, st, _ := get(t, s.Handler(), "/readyz"); code != 503 || st.Checks["ready"] != "starting" {
		t.Errorf("before SetReady: %d %v", code, st)
	}
	s.SetReady(true)
	if code, st, _ := get(t, s.Handler(), "/readyz"); code != 200 || st.Checks["ready"] != "ok" {
		t.Errorf("ready: %d %v", code, st)
	}
	s.SetDraining()
	if code, st, _ := get(t, s.Handler(), "/readyz"); code != 503 || st.Checks["ready"] != "shutting down" {
		t.Errorf("draining: %d %v", code, st)
	}
	if code, _, _ := get(t, s.Handler(), "/healthz"); code != 200 {
		t.Errorf("draining must not fail liveness: %d", code)
	}
}

func TestMetricsRoute(t *testing.T) {
	s := New(Config{Metrics: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "planbot_up 1\n")
	})})
	if code, _, body := get(t, s.Handler(), "/metrics"); code != 200 || body != "planbot_up 1\n" {
		t.Errorf("/metrics: %d %q", code, body)
	}
	if code, _, _ := get(t, New(Config{}).Handler(), "/metrics"); code != 404 {
		t.Errorf("/metrics without handler: %d", code)
	}
}

func TestServeAndShutdown(t *testing.T) {
	s := New(Config{Addr: "127.0.0.1:0"})
	ln, err := s.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("live /healthz: %d", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Error("listener still up after shutdown")
	}
	if _, err := New(Config{}).Listen(); err == nil {
		t.Error("Listen with no address succeeded")
	}
}
