package main

import (
	"context"
	"errors"
)

// runBench is not built yet: its issue is still open.
func runBench(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("bench is not built yet")
}
