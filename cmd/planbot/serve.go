package main

import (
	"context"
	"errors"
)

// runServe is not built yet: its issue is still open.
func runServe(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("serve is not built yet")
}
