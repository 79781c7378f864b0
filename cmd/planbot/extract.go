package main

import (
	"context"
	"errors"
)

// runExtract is not built yet: its issue is still open.
func runExtract(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("extract is not built yet")
}
