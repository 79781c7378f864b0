package main

import (
	"context"
	"errors"
)

// runConfig is not built yet: its issue is still open.
func runConfig(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("config is not built yet")
}
