package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
)

// CheckFunc reports whether one part of the process is healthy: nil when it
// is, an error saying what is wrong otherwise. It must return promptly when
// ctx is done.
type CheckFunc func(ctx context.Context) error

// Config configures a Server. Zero values are the documented defaults.
type Config struct {
	// Addr is the listen address, e.g. "127.0.0.1:9090". Required by
	// ListenAndServe.
	Addr string
	// Metrics serves /metrics; nil means /metrics answers 404.
	Metrics http.Handler
	// CheckTimeout bounds each check. Defaults to 2s.
	CheckTimeout time.Duration
	// ShutdownTimeout bounds the graceful shutdown. Defaults to 5s.
	ShutdownTimeout time.Duration
	// Logger defaults to zap.NewNop().
	Logger *zap.Logger
}

// Server is the admin listener. Register checks with Check before or while
// serving; they run on every /healthz and /readyz request.
type Server struct {
	cfg   Config
	log   *zap.Logger
	mu    sync.Mutex
	names []string
	check map[string]CheckFunc
	ready atomic.Bool
	drain atomic.Bool
}

// New returns a Server with no checks that is not ready yet: /readyz fails
// until SetReady(true), while /healthz passes as soon as its checks do.
func New(cfg Config) *Server {
	if cfg.CheckTimeout <= 0 {
		cfg.CheckTimeout = 2 * time.Second
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 5 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	return &Server{cfg: cfg, log: log, check: map[string]CheckFunc{}}
}

// Check registers (or replaces) the named check, e.g. "gateway", "index",
// "store".
func (s *Server) Check(name string, fn CheckFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.check[name]; !ok {
		s.names = append(s.names, name)
		sort.Strings(s.names)
	}
	s.check[name] = fn
}

// SetReady marks the process ready to take traffic (commands registered,
// listener up) or not.
func (s *Server) SetReady(ready bool) { s.ready.Store(ready) }

// Status is the JSON body of /healthz and /readyz.
type Status struct {
	// Status is "ok" or "fail".
	Status string `json:"status"`
	// Checks maps each check to "ok" or its error.
	Checks map[string]string `json:"checks"`
}

// run runs every check concurrently, each under CheckTimeout.
func (s *Server) run(ctx context.Context) Status {
	s.mu.Lock()
	names := append([]string(nil), s.names...)
	fns := make([]CheckFunc, len(names))
	for i, n := range names {
		fns[i] = s.check[n]
	}
	s.mu.Unlock()

	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, s.cfg.CheckTimeout)
			defer cancel()
			results[i] = "ok"
			if err := safeCheck(cctx, fn); err != nil {
				results[i] = err.Error()
			}
		}()
	}
	wg.Wait()
	st := Status{Status: "ok", Checks: map[string]string{}}
	for i, n := range names {
		st.Checks[n] = results[i]
		if results[i] != "ok" {
			st.Status = "fail"
		}
	}
	return st
}

// safeCheck runs fn, turning a panic or an overrun of ctx into an error so
// one bad check cannot take the listener down or hang it.
func safeCheck(ctx context.Context, fn CheckFunc) (err error) {
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("check panicked: %v", r)
			}
		}()
		done <- fn(ctx)
	}()
	select {
	case err = <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("check timed out: %w", ctx.Err())
	}
}

// Handler returns the admin routes: /healthz, /readyz and /metrics.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		s.write(w, s.run(r.Context()))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		st := s.run(r.Context())
		switch {
		case s.drain.Load():
			st.Status, st.Checks["ready"] = "fail", "shutting down"
		case !s.ready.Load():
			st.Status, st.Checks["ready"] = "fail", "starting"
		default:
			st.Checks["ready"] = "ok"
		}
		s.write(w, st)
	})
	if s.cfg.Metrics != nil {
		mux.Handle("GET /metrics", s.cfg.Metrics)
	}
	return mux
}

func (s *Server) write(w http.ResponseWriter, st Status) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if st.Status != "ok" {
		w.WriteHeader(http.StatusServiceUnavailable)
		s.log.Warn("health check failed", zap.Any("checks", st.Checks))
	}
	_ = json.NewEncoder(w).Encode(st)
}

// Listen binds the configured address and returns the listener, so a
// caller can learn the port of ":0" before serving.
func (s *Server) Listen() (net.Listener, error) {
	if s.cfg.Addr == "" {
		return nil, errors.New("admin listener: no address configured")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("admin listener on %s: %w", s.cfg.Addr, err)
	}
	return ln, nil
}

// Serve serves the admin routes on ln until ctx is done, then marks the
// process as draining (/readyz fails) and shuts down gracefully. It returns
// nil after a shutdown caused by ctx.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      s.cfg.CheckTimeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          zap.NewStdLog(s.log),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("admin listener up", zap.String("addr", ln.Addr().String()))
	select {
	case err := <-errc:
		return fmt.Errorf("admin listener: %w", err)
	case <-ctx.Done():
	}
	s.drain.Store(true)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("admin listener shutdown: %w", err)
	}
	<-errc
	return nil
}

// ListenAndServe is Listen then Serve.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := s.Listen()
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// SetDraining marks the process as shutting down, so /readyz fails and a
// load balancer stops sending traffic before the listeners close.
func (s *Server) SetDraining() { s.drain.Store(true) }
