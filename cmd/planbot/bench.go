package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"planbot/index"
)

// newBenchCmd is planbot bench: a synthetic corpus of --items provisions and
// statements in an on-disk index in a temporary directory (what serve and
// ingest use; read-only commands without an index search in memory, see
// --memory), measured for indexing throughput and search latency beside a
// plain bleve match query.
func newBenchCmd(env *cliEnv) *cobra.Command {
	var items, rounds int
	var memory, asJSON bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "build a synthetic corpus and measure indexing and search",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := loadConfig(cmd, env); err != nil {
				return err
			}
			if items < 1 {
				return usageError{fmt.Sprintf("--items must be at least 1, not %d", items)}
			}
			opts := index.BenchOptions{Items: items, Rounds: rounds}
			if !memory {
				dir, err := os.MkdirTemp("", "planbot-bench-")
				if err != nil {
					return fmt.Errorf("bench temp dir: %w", err)
				}
				defer os.RemoveAll(dir)
				opts.Dir = dir + "/index"
			}
			res, err := index.Bench(cmd.Context(), opts)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(env.stdout).Encode(res)
			}
			where := "on disk"
			if memory {
				where = "in memory"
			}
			fmt.Fprintf(env.stdout, "%s (index %s)\n", res, where)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&items, "items", 10000, "number of synthetic provisions and statements")
	f.IntVar(&rounds, "rounds", index.DefaultBenchRounds, "times each benchmark query is timed")
	f.BoolVar(&memory, "memory", false, "measure an in-memory index instead of one on disk")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	addSettings(cmd)
	return cmd
}
