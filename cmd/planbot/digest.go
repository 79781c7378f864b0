package main

import (
	"context"
	"errors"
)

// runDigest is not built yet: its issue is still open.
func runDigest(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("digest is not built yet")
}
