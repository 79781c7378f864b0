//go:build unix

package index

import (
	"context"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockCreation takes an exclusive advisory lock on <dir>.lock, a file
// beside the index, for the time it takes to open or create the index
// and take bbolt's own lock on it. Without it, a second process starting
// while the first is creating the index (two ingests on a fresh data dir)
// finds a directory with no metadata yet, takes it for a broken index and
// removes it under the first one's feet. It waits at most wait, then
// reports the index busy.
func lockCreation(ctx context.Context, dir string, wait time.Duration) (unlock func(), err error) {
	f, err := os.OpenFile(dir+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open index creation lock %s.lock: %w", dir, err)
	}
	deadline := time.Now().Add(wait)
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			return func() { _ = unix.Flock(int(f.Fd()), unix.LOCK_UN); _ = f.Close() }, nil
		}
		if err != unix.EWOULDBLOCK && err != unix.EINTR {
			_ = f.Close()
			return nil, fmt.Errorf("lock %s.lock: %w", dir, err)
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			_ = f.Close()
			return nil, fmt.Errorf("open index %s: in use by another process: %w", dir, errCreationLocked)
		}
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
}
