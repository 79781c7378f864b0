package main

import (
	"context"
	"errors"
)

// runIngest is not built yet: its issue is still open.
func runIngest(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("ingest is not built yet")
}
