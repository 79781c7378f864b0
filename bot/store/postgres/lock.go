package postgres

import (
	"context"
	"fmt"
	"hash/fnv"
	"time"

	"go.uber.org/zap"
)

// lockClassKey is the advisory lock class of Lock, apart from the schema's
// and the leaders'.
const lockClassKey = 0x706c6e02

// Lock takes a cross-replica lock on key, waiting while another process (or
// goroutine) holds it, and returns the function that releases it. It is for
// short critical sections that must not interleave between replicas, such
// as the digest service's "compute what a channel has not been told, then
// record the post" (its in-process per-channel mutex, made shared): without
// it a manual digest on one replica could record a post just after another
// replica's completed, with the same sources.
//
// The lock is a session-level advisory lock on a pooled connection held
// until unlock; if that connection dies meanwhile the lock is gone, which is
// why the post log's pending record stays the last word on double posts.
func (s *Store) Lock(ctx context.Context, key string) (unlock func(), err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", key, err)
	}
	k := keyHash(key)
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, $2)`, lockClassKey, k); err != nil {
		// The wait may have been cancelled half-way: the connection's state
		// is unknown, so it leaves the pool.
		conn.Conn().Close(context.Background())
		conn.Release()
		return nil, fmt.Errorf("lock %s: %w", key, err)
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1, $2)`, lockClassKey, k); err != nil {
			s.log.Warn("unlock failed, dropping its connection", zap.String("key", key), zap.Error(err))
			conn.Conn().Close(context.Background()) // ending the session frees the lock
		}
		conn.Release()
	}, nil
}

// keyHash maps a name to the second key of an advisory lock.
func keyHash(name string) int32 {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int32(h.Sum32() & 0x7fffffff)
}
