package main

import (
	"context"
	"errors"
)

// runAsk is not built yet: its issue is still open.
func runAsk(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("ask is not built yet")
}
