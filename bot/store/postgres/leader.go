package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/zap"
)

// ErrLeadershipLost is the cause of a Leadership's context when its lock
// connection failed.
var ErrLeadershipLost = errors.New("leadership lost: lock connection failed")

// Leadership is the lead for one name, held by exactly one process at a
// time across every Store on the database. Work that must run once (the
// digest scheduler, announcements, feed polling) runs under Context and
// stops when it is done.
type Leadership struct {
	name   string
	ctx    context.Context
	cancel context.CancelCauseFunc
	conn   *pgx.Conn
	done   chan struct{}
}

// Context is cancelled when the lead ends: Release, the ctx given to Leader
// ending, or the lock connection failing (context.Cause is then
// ErrLeadershipLost). The server frees the lock when the connection goes,
// so by then another process may lead.
func (l *Leadership) Context() context.Context { return l.ctx }

// Name is the name led.
func (l *Leadership) Name() string { return l.name }

// Release gives the lead up at once (closing the lock connection frees the
// lock) so another process takes over without waiting for a retry.
func (l *Leadership) Release() {
	l.cancel(context.Canceled)
	<-l.done
}

// Leader blocks until this process leads name, trying every LeaderRetry,
// and returns the Leadership; it fails only when ctx ends. The lock is a
// session-level pg_try_advisory_lock held on a connection of its own.
//
// Handover timing, on the default intervals: a crashed process's connection
// closes and the server frees the lock at once, so another replica leads
// within LeaderRetry (3 s). A vanished machine is noticed by the server
// through the connection's TCP keepalives and user timeout (about 11 s),
// then LeaderRetry: about 14 s. The other way round, a leader cut off from
// the database fails its ping within about 2*LeaderCheck (4 s) and steps
// down, well before the server frees its lock, so two leaders do not
// overlap through a partition.
//
// Typical use, once per name, for the life of the process:
//
//	for {
//		l, err := st.Leader(ctx, "scheduler")
//		if err != nil {
//			return // ctx done
//		}
//		runScheduler(l.Context())
//		l.Release()
//	}
func (s *Store) Leader(ctx context.Context, name string) (*Leadership, error) {
	key := keyHash(name)
	var conn *pgx.Conn
	for {
		if conn == nil {
			c, err := s.lockConn(ctx, name)
			if err != nil && ctx.Err() == nil {
				s.log.Warn("leader election: cannot connect", zap.String("name", name), zap.Error(err))
			}
			conn = c
		}
		if conn != nil {
			var got bool
			qctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
			err := conn.QueryRow(qctx, `SELECT pg_try_advisory_lock($1, $2)`, lockClassLeader, key).Scan(&got)
			cancel()
			switch {
			case err == nil && got:
				return s.lead(ctx, name, conn), nil
			case err != nil && ctx.Err() == nil:
				s.log.Warn("leader election: lock attempt failed", zap.String("name", name), zap.Error(err))
				conn.Close(context.Background())
				conn = nil
			}
		}
		select {
		case <-ctx.Done():
			if conn != nil {
				conn.Close(context.Background())
			}
			return nil, fmt.Errorf("wait to lead %s: %w", name, ctx.Err())
		case <-time.After(s.opts.LeaderRetry):
		}
	}
}

// lead starts watching the lock connection of a won lock.
func (s *Store) lead(parent context.Context, name string, conn *pgx.Conn) *Leadership {
	ctx, cancel := context.WithCancelCause(parent)
	l := &Leadership{name: name, ctx: ctx, cancel: cancel, conn: conn, done: make(chan struct{})}
	s.log.Info("leading", zap.String("name", name))
	go func() {
		defer close(l.done)
		// Closing the connection ends the session and so frees the lock.
		defer conn.Close(context.Background())
		t := time.NewTicker(s.opts.LeaderCheck)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				s.log.Info("no longer leading", zap.String("name", name), zap.Error(context.Cause(ctx)))
				return
			case <-t.C:
			}
			pctx, pcancel := context.WithTimeout(ctx, s.opts.LeaderCheck)
			err := conn.Ping(pctx)
			pcancel()
			if err != nil && ctx.Err() == nil {
				s.log.Warn("lost leadership", zap.String("name", name), zap.Error(err))
				cancel(ErrLeadershipLost)
				return
			}
		}
	}()
	return l
}

// lockConn dials the connection a leader's lock lives on, with TCP
// keepalives on both ends so a vanished peer is noticed in seconds.
func (s *Store) lockConn(ctx context.Context, name string) (*pgx.Conn, error) {
	cfg := s.pool.Config().ConnConfig.Copy()
	cfg.RuntimeParams["application_name"] = "planbot leader " + name
	cfg.RuntimeParams["tcp_keepalives_idle"] = "5"
	cfg.RuntimeParams["tcp_keepalives_interval"] = "2"
	cfg.RuntimeParams["tcp_keepalives_count"] = "3"
	cfg.RuntimeParams["tcp_user_timeout"] = "11000" // ms, for unacknowledged data
	d := &net.Dialer{Timeout: s.opts.CallTimeout, KeepAlive: 5 * time.Second}
	cfg.DialFunc = d.DialContext
	cctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
	defer cancel()
	return pgx.ConnectConfig(cctx, cfg)
}
