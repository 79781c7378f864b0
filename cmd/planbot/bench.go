package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"planbot/perf"
)

// newBenchCmd is planbot bench: a synthetic data dir of --items provisions
// and statements measured head to head against a separate plain bleve
// index of the same texts (indexing, search, start-up of a fresh process,
// and signed commands over loopback). The measuring lives in package perf;
// this file only parses and prints.
func newBenchCmd(env *cliEnv) *cobra.Command {
	var items, rounds, queries int
	var httpFor time.Duration
	var exe, dir string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "build a synthetic corpus and measure it against plain bleve",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			if items < 1 {
				return usageError{fmt.Sprintf("--items must be at least 1, not %d", items)}
			}
			if !cmd.Flags().Changed("exe") {
				// The start-up figure runs this very binary as a fresh
				// `planbot ask`; without it the figure is reported as -1.
				if self, err := os.Executable(); err == nil {
					exe = self
				}
			}
			res, err := perf.Run(cmd.Context(), perf.Options{
				Items:        items,
				Queries:      queries,
				Rounds:       rounds,
				HTTPDuration: httpFor,
				Exe:          exe,
				Dir:          dir,
				ServingGC:    servingGC, // serve_gc.go: the served figures are a server's
				Logger:       log,
			})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.stdout, res)
			}
			fmt.Fprintln(env.stdout, res)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&items, "items", 10000, "number of synthetic provisions and statements")
	f.IntVar(&queries, "queries", 0, "distinct generated queries (at least 1,000; 0 means the default)")
	f.IntVar(&rounds, "rounds", 1, "times each query is timed on each side")
	f.DurationVar(&httpFor, "http-duration", 10*time.Second, "how long signed commands are sent over loopback")
	f.StringVar(&exe, "exe", "", "planbot binary whose start-up is measured (default: this one; \"\" skips)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	// Kept, the data dir can be opened again by hand (planbot ask --data
	// DIR/data) to look into the start-up figure.
	f.StringVar(&dir, "dir", "", "empty or missing directory to build in and keep (default: a temporary one, removed)")
	addSettings(cmd)
	return cmd
}
