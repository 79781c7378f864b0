package main

import (
	"context"
	"errors"
)

// runHTTP is not built yet: its issue is still open.
func runHTTP(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("http is not built yet")
}
