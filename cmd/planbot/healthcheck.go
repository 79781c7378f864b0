package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"planbot/bot/admin"
	"planbot/bot/metrics"
	"planbot/config"
)

// startAdmin starts the admin listener (/healthz, /readyz, /metrics) when
// cfg.AdminAddr is set, serving until ctx is done. It always returns a
// Server, so callers register checks (srv.Check("index", ...)) and call
// SetReady without caring whether the listener is on; wait returns the
// listener's error once ctx is done (nil when it is off). A port already in
// use is reported here, before the bot starts.
func startAdmin(ctx context.Context, cfg *config.Config, log *zap.Logger, m *metrics.Metrics) (srv *admin.Server, wait func() error, err error) {
	srv = admin.New(admin.Config{Addr: cfg.AdminAddr, Metrics: m.Handler(), Logger: log.Named("admin")})
	if cfg.AdminAddr == "" {
		return srv, func() error { return nil }, nil
	}
	ln, err := srv.Listen()
	if err != nil {
		return nil, nil, err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ctx, ln) }()
	return srv, func() error { return <-errc }, nil
}

// adminURL turns the admin listen address into a URL reachable from this
// host: an unspecified host (":9090", "0.0.0.0:9090") becomes loopback.
func adminURL(addr, path string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("admin address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
}

// newHealthcheckCmd is planbot healthcheck: it asks the admin listener of
// a running planbot on this host whether it is healthy, exit 0 if so, 1 if
// not. The container's HEALTHCHECK runs it, since the runtime image has no
// shell or curl.
func newHealthcheckCmd(env *cliEnv) *cobra.Command {
	var target string
	var ready, quiet bool
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "healthcheck",
		Short: "ask a running planbot's admin listener whether it is healthy",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd, env)
			if err != nil {
				return err
			}
			u := target
			if u == "" {
				if cfg.AdminAddr == "" {
					return &config.Error{Msg: "the admin listener is off: set PLANBOT_ADMIN_ADDR (e.g. :9090) for planbot and for this check, or give --url"}
				}
				path := "/healthz"
				if ready {
					path = "/readyz"
				}
				if u, err = adminURL(cfg.AdminAddr, path); err != nil {
					return usageError{err.Error()}
				}
			}
			return checkHealth(cmd.Context(), env, u, timeout, quiet)
		},
	}
	f := cmd.Flags()
	f.StringVar(&target, "url", "", "URL to check (default: /healthz on the admin address)")
	f.BoolVar(&ready, "ready", false, "check /readyz instead of /healthz")
	f.DurationVar(&timeout, "timeout", 3*time.Second, "give up after this long")
	f.BoolVar(&quiet, "quiet", false, "print nothing when healthy")
	addSettings(cmd, config.GroupAdmin)
	return cmd
}

// checkHealth asks u and says whether the answer is healthy.
func checkHealth(ctx context.Context, env *cliEnv, u string, timeout time.Duration, quiet bool) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return usageError{fmt.Sprintf("--url %q: %v", u, err)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("unhealthy: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var st admin.Status
	_ = json.Unmarshal(body, &st)
	if resp.StatusCode != http.StatusOK {
		if len(st.Checks) > 0 {
			return fmt.Errorf("unhealthy (%s): %v", resp.Status, st.Checks)
		}
		return errors.New("unhealthy: " + resp.Status)
	}
	if !quiet {
		fmt.Fprintf(env.stdout, "healthy: %s %v\n", u, st.Checks)
	}
	return nil
}
