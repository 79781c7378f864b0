package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"planbot/index"
)

// runBench builds a synthetic corpus of --items provisions and statements in
// an on-disk index in a temporary directory (what serve and ingest use; read
// only commands without an index search in memory, see --memory) and prints
// indexing throughput and search latency beside a plain bleve match query.
func runBench(ctx context.Context, env *cliEnv, args []string) error {
	fs, _ := newFlagSet(env, "bench")
	items := fs.Int("items", 10000, "number of synthetic provisions and statements")
	rounds := fs.Int("rounds", index.DefaultBenchRounds, "times each benchmark query is timed")
	memory := fs.Bool("memory", false, "measure an in-memory index instead of one on disk")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: planbot bench [--items N] [--rounds N] [--memory] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *items < 1 {
		return usageError{fmt.Sprintf("--items must be at least 1, not %d", *items)}
	}
	opts := index.BenchOptions{Items: *items, Rounds: *rounds}
	if !*memory {
		dir, err := os.MkdirTemp("", "planbot-bench-")
		if err != nil {
			return fmt.Errorf("bench temp dir: %w", err)
		}
		defer os.RemoveAll(dir)
		opts.Dir = dir + "/index"
	}
	res, err := index.Bench(ctx, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.stdout).Encode(res)
	}
	where := "on disk"
	if *memory {
		where = "in memory"
	}
	fmt.Fprintf(env.stdout, "%s (index %s)\n", res, where)
	return nil
}
