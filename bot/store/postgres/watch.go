package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/zap"
)

// Change is one document change as Watch delivers it: the version as it now
// stands, live (new or replacing) or not (deleted or replaced).
type Change struct {
	Document
}

// Watch delivers every document change after the cursor since, in seq
// order, until ctx is done, then closes the channel. A process builds its
// index from Documents(ctx, 0), then watches from the last Seq it read.
//
// Changes are read from the documents table, never from a notification's
// payload: a NOTIFY (sent in the transaction that made the change) only
// wakes the watcher early. Without one it still reads every PollInterval,
// so a lost notification or a dropped LISTEN connection delays a change by
// at most that long; the LISTEN connection is redialled on the next round.
func (s *Store) Watch(ctx context.Context, since int64) <-chan Change {
	out := make(chan Change)
	go s.watch(ctx, since, out)
	return out
}

func (s *Store) watch(ctx context.Context, cursor int64, out chan<- Change) {
	defer close(out)
	var conn *pgx.Conn
	defer func() {
		if conn != nil {
			conn.Close(context.Background())
		}
	}()
	for {
		if conn == nil {
			c, err := s.listen(ctx)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				s.log.Warn("document watch: cannot LISTEN, polling only", zap.Error(err))
			}
			conn = c
		}
		docs, err := s.Documents(ctx, cursor)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			s.log.Warn("document watch: read failed, retrying", zap.Int64("cursor", cursor), zap.Error(err))
		}
		for _, d := range docs {
			select {
			case out <- Change{d}:
				cursor = d.Seq
			case <-ctx.Done():
				return
			}
		}
		if conn == nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(s.opts.PollInterval):
			}
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, s.opts.PollInterval)
		_, err = conn.WaitForNotification(wctx)
		timedOut := wctx.Err() != nil
		cancel()
		if ctx.Err() != nil {
			return
		}
		if conn.IsClosed() || (err != nil && !timedOut) {
			s.log.Warn("document watch: LISTEN connection lost, redialling", zap.Error(err))
			conn.Close(context.Background())
			conn = nil
		}
	}
}

// listen opens a connection of its own (a pooled one would be handed to
// other queries) and LISTENs on the documents channel.
func (s *Store) listen(ctx context.Context) (*pgx.Conn, error) {
	cfg := s.pool.Config().ConnConfig.Copy()
	cfg.RuntimeParams["application_name"] = "planbot watch"
	cctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(cctx, cfg)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(cctx, "LISTEN "+pgx.Identifier{notifyChannel}.Sanitize()); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return conn, nil
}
