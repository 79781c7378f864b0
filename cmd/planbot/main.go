// Command planbot is the one binary of planbot: it parses subcommands, flags
// and environment and wires corpus, index and bot together. It holds no logic
// of its own.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
	_ "time/tzdata" // schedules name IANA time zones; the container has no zoneinfo
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// command is one subcommand: its one-line summary and the function that runs it.
type command struct {
	summary string
	run     func(ctx context.Context, env *cliEnv, args []string) error
}

// cliEnv carries what every subcommand may use: its streams and environment.
// Tests build one with buffers and a fake environment.
type cliEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

var commands = map[string]command{
	"ask":         {"run one slash command locally and print the answer", runAsk},
	"console":     {"interactive prompt running the same slash commands", runConsole},
	"search":      {"print the ranked hits for a query", runSearch},
	"extract":     {"show what would be extracted from one document, storing nothing", runExtract},
	"ingest":      {"add documents (files, folders or URLs) to the corpus and index", runIngest},
	"digest":      {"print the digest that would be posted", runDigest},
	"serve":       {"run the Discord bot over the gateway (needs DISCORD_TOKEN)", runServe},
	"http":        {"serve Discord HTTP interactions (needs DISCORD_PUBLIC_KEY)", runHTTP},
	"bench":       {"build a synthetic corpus and measure indexing and search", runBench},
	"config":      {"print the effective configuration, secrets masked", runConfig},
	"healthcheck": {"ask a running planbot's admin listener whether it is healthy", runHealthcheck},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &cliEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and turns its error into an exit code:
// 0 on success, 2 on a usage error, 1 otherwise.
func run(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.stdout)
		return 0
	}
	if args[0] == "version" || args[0] == "--version" || args[0] == "-version" {
		fmt.Fprintf(env.stdout, "planbot %s\n", version)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.stderr, "planbot: unknown command %q (run 'planbot help' for the list)\n", args[0])
		return 2
	}
	err := cmd.run(ctx, env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(env.stderr, "planbot %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(env.stderr, "planbot %s: %v\n", args[0], err)
		return 1
	}
}

// usageError marks an error in how a command was called (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usage(w io.Writer) {
	fmt.Fprintln(w, "planbot: a Discord bot answering questions about the peace plan with sourced snippets")
	fmt.Fprintln(w, "\nUsage: planbot COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --data DIR (env PLANBOT_DATA, default ./planbot-data);")
	fmt.Fprintln(w, "with an empty or missing data dir the embedded seed corpus is used.")
	fmt.Fprintln(w, "Settings come from flags, then the environment, then a YAML config file")
	fmt.Fprintln(w, "(--config or PLANBOT_CONFIG); 'planbot config' shows the effective ones.")
	fmt.Fprintln(w, "Run 'planbot COMMAND -h' for a command's flags.")
}

// newFlagSet returns a flag set for a subcommand with the flags every command
// shares already defined on it.
func newFlagSet(env *cliEnv, name string) (*flag.FlagSet, *commonFlags) {
	fs := flag.NewFlagSet("planbot "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	c := &commonFlags{}
	def := env.getenv("PLANBOT_DATA")
	if def == "" {
		def = "./planbot-data"
	}
	fs.StringVar(&c.data, "data", def, "data directory (env PLANBOT_DATA)")
	return fs, c
}

// commonFlags are the flags every subcommand takes.
type commonFlags struct {
	data string
}

// writeJSON prints v as indented JSON for people and scripts alike, with
// '<', '>' and '&' left as they are (they are common in quotes and URLs).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
