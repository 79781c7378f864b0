//go:build !unix

package index

import (
	"context"
	"time"
)

// lockCreation is a no-op where advisory file locks are not available;
// bbolt's lock still keeps two processes from writing one index.
func lockCreation(context.Context, string, time.Duration) (func(), error) {
	return func() {}, nil
}
