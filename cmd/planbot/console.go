package main

import (
	"context"
	"errors"
)

// runConsole is not built yet: its issue is still open.
func runConsole(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("console is not built yet")
}
