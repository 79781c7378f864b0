package main

import (
	"context"
	"errors"
)

// runSearch is not built yet: its issue is still open.
func runSearch(ctx context.Context, env *cliEnv, args []string) error {
	return errors.New("search is not built yet")
}
