package main

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"go.uber.org/zap"

	"planbot/bot/admin"
	"planbot/bot/metrics"

	"planbot/config"
)

func TestAdminURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{":9090", "http://127.0.0.1:9090/healthz"},
		{"0.0.0.0:9090", "http://127.0.0.1:9090/healthz"},
		{"[::]:9090", "http://127.0.0.1:9090/healthz"},
		{"10.0.0.5:9091", "http://10.0.0.5:9091/healthz"},
		{"[::1]:9090", "http://[::1]:9090/healthz"},
	}
	for _, tt := range tests {
		got, err := adminURL(tt.addr, "/healthz")
		if err != nil || got != tt.want {
			t.Errorf("adminURL(%q) = %q, %v, want %q", tt.addr, got, err, tt.want)
		}
	}
}

func TestHealthcheckCommand(t *testing.T) {
	srv := admin.New(admin.Config{})
	var healthy atomic.Bool
	healthy.Store(true)
	srv.Check("index", func(context.Context) error {
		if healthy.Load() {
			return nil
		}
		return errors.New("index closed")
	})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	env, out, _ := testEnv(nil)
	if code := run(context.Background(), env, []string{"healthcheck", "--url", ts.URL + "/healthz"}); code != 0 {
		t.Fatalf("healthy: exit %d", code)
	}
	if !strings.Contains(out.String(), "healthy") {
		t.Errorf("stdout = %q", out)
	}
	healthy.Store(false)
	env, _, errb := testEnv(nil)
	if code := run(context.Background(), env, []string{"healthcheck", "--url", ts.URL + "/healthz"}); code != 1 {
		t.Errorf("unhealthy: exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "index closed") {
		t.Errorf("stderr = %q, want the failing check", errb)
	}
	env, _, errb = testEnv(nil)
	if code := run(context.Background(), env, []string{"healthcheck"}); code != 2 || !strings.Contains(errb.String(), "admin listener is off") {
		t.Errorf("no admin addr: exit %d, stderr %q", code, errb)
	}
}

func TestStartAdmin(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cfg := &config.Config{AdminAddr: "127.0.0.1:0"}
	m := metrics.New()
	srv, wait, err := startAdmin(ctx, cfg, zap.NewNop(), m)
	if err != nil {
		t.Fatal(err)
	}
	srv.Check("store", func(context.Context) error { return nil })
	cancel()
	if err := wait(); err != nil {
		t.Errorf("wait after cancel: %v", err)
	}

	off, wait, err := startAdmin(context.Background(), &config.Config{}, zap.NewNop(), nil)
	if err != nil || off == nil || wait() != nil {
		t.Errorf("admin off: srv %v, err %v", off, err)
	}
	off.Check("index", func(context.Context) error { return nil }) // usable while off
	off.SetReady(true)
}
