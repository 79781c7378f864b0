package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

// Options tunes Open. The zero value is the default.
type Options struct {
	// Logger receives the store's warnings (a lost LISTEN connection, a
	// lost leadership); defaults to a no-op logger.
	Logger *zap.Logger
	// CallTimeout bounds each call of the store.State methods, which take
	// no context; defaults to 10s.
	CallTimeout time.Duration
	// PollInterval is how often Watch reads the documents table even when
	// no notification came, so a lost one is caught; defaults to 5s.
	PollInterval time.Duration
	// LeaderRetry is how often Leader tries for a lock another process
	// holds; defaults to 3s.
	LeaderRetry time.Duration
	// LeaderCheck is how often a leader checks that its lock connection is
	// alive; defaults to 2s.
	LeaderCheck time.Duration
	// MaxConns caps the pool; 0 leaves pgxpool's default (or the URL's
	// pool_max_conns).
	MaxConns int32
}

func (o *Options) defaults() {
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.CallTimeout <= 0 {
		o.CallTimeout = 10 * time.Second
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 5 * time.Second
	}
	if o.LeaderRetry <= 0 {
		o.LeaderRetry = 3 * time.Second
	}
	if o.LeaderCheck <= 0 {
		o.LeaderCheck = 2 * time.Second
	}
}

// Store is planbot's state in one PostgreSQL database. It is safe for
// concurrent use, and any number of Stores, in any number of processes, may
// share one database.
type Store struct {
	pool      *pgxpool.Pool
	opts      Options
	log       *zap.Logger
	closeOnce sync.Once
}

// Advisory lock classes (the first key of the two-key form), so planbot's
// locks never meet another application's in a shared database.
const (
	lockClassSchema = 0x706c6e00 // migrations and the document sequence
	lockClassLeader = 0x706c6e01 // Leader, keyed by a hash of the name
	// lockClassKey (0x706c6e02) is Lock's, in lock.go.

	lockMigrate   = 1
	lockDocuments = 2
)

// Open connects to the database at url (a postgres:// URL or a libpq
// key=value string), applies the migrations it has not seen yet and returns
// the Store. Several processes may Open the same database at once.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	opts.defaults()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parse state URL: %w", err)
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to state database: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to state database %s: %w", describe(cfg.ConnConfig), err)
	}
	s := &Store{pool: pool, opts: opts, log: opts.Logger}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// describe names a database for messages without its password.
func describe(c *pgx.ConnConfig) string {
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// Close closes the pool. Closing twice is harmless.
func (s *Store) Close() error {
	s.closeOnce.Do(s.pool.Close)
	return nil
}

// Pool is the underlying pool, for tests and for callers that need a query
// the Store has no method for.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// call is the context of one store.State method call.
func (s *Store) call() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), s.opts.CallTimeout)
}

// tx runs fn in one transaction, committed when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, s.pool, fn)
}

// noRows reports whether err says a query found nothing.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// execer is a pool or a transaction, for helpers that write.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}
