// Command planbot is the one binary of planbot: it parses subcommands, flags
// and environment and wires corpus, index and bot together. It holds no logic
// of its own.
//
// The command line is spf13/cobra's: help on stdout, `planbot help CMD`,
// flags anywhere on the line, shell completion, and each subcommand showing
// only its own flags. Settings are the config package's, loaded the same way
// by every subcommand.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // schedules name IANA time zones; the container has no zoneinfo

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"planbot/config"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes, the same for every subcommand.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// cliEnv carries what every subcommand may use: its streams and environment.
// Tests build one with buffers and a fake environment.
type cliEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &cliEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// run runs one command line and turns its outcome into an exit code: 0 on
// success (help included), 2 on a usage error (unknown command or flag,
// wrong arguments, a bad setting), 1 on any other failure.
func run(ctx context.Context, env *cliEnv, args []string) int {
	root := newRoot(env)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	name := "planbot"
	if cmd != nil && cmd != root {
		name = cmd.CommandPath()
	}
	var ue usageError
	var ce *config.Error
	switch {
	case errors.As(err, &ue), errors.As(err, &ce):
		fmt.Fprintf(env.stderr, "%s: %v\n", name, err)
		if errors.As(err, &ue) {
			fmt.Fprintf(env.stderr, "Run '%s --help' for usage.\n", name)
		}
		return exitUsage
	case strings.HasPrefix(err.Error(), "unknown command"):
		// cobra's own error for a mistyped subcommand, with suggestions.
		fmt.Fprintf(env.stderr, "planbot: %v\n", strings.TrimSpace(err.Error()))
		return exitUsage
	default:
		fmt.Fprintf(env.stderr, "%s: %v\n", name, err)
		return exitFail
	}
}

// usageError marks an error in how a command was called (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// newRoot builds the command tree. Every subcommand is built fresh, so a
// test runs many command lines without flags leaking between them.
func newRoot(env *cliEnv) *cobra.Command {
	root := &cobra.Command{
		Use:   "planbot",
		Short: "a Discord bot answering questions about the peace plan with sourced snippets",
		Long: `planbot answers questions about the peace plan with sourced snippets.

Every command takes --data DIR (env PLANBOT_DATA, default ./planbot-data);
with an empty or missing data dir the embedded seed corpus is used.
Settings come from flags, then the environment, then a YAML config file
(--config or PLANBOT_CONFIG), then defaults; 'planbot config' shows the
effective ones.`,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("planbot {{.Version}}\n")
	root.SetIn(env.stdin)
	root.SetOut(env.stdout)
	root.SetErr(env.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	root.AddCommand(
		newAskCmd(env), newConsoleCmd(env), newSearchCmd(env), newExtractCmd(env), newIngestCmd(env),
		newDigestCmd(env), newServeCmd(env), newHTTPCmd(env), newBenchCmd(env), newConfigCmd(env),
		newHealthcheckCmd(env),
		&cobra.Command{
			Use: "version", Short: "print the version", Args: noArgs, Hidden: true,
			RunE: func(cmd *cobra.Command, _ []string) error {
				fmt.Fprintf(cmd.OutOrStdout(), "planbot %s\n", version)
				return nil
			},
		},
	)
	return root
}

// noArgs is cobra.NoArgs as a usage error.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", args[0])}
	}
	return nil
}

// needArgs is cobra.MinimumNArgs(1) as a usage error saying what is wanted.
func needArgs(want string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageError{"want " + want}
		}
		return nil
	}
}

// settingFlag holds a setting's flag as typed; config.Load parses it with
// the same rules as the environment and the file, so all three give the
// same errors.
type settingFlag struct {
	s   string
	typ string
}

func (f *settingFlag) String() string     { return f.s }
func (f *settingFlag) Set(s string) error { f.s = s; return nil }
func (f *settingFlag) Type() string       { return f.typ }

// addSettings adds --config and the flags of the given setting groups to
// cmd (config.GroupCommon is always included). Settings of other groups
// still come from the environment and the file.
func addSettings(cmd *cobra.Command, groups ...config.Group) {
	fs := cmd.Flags()
	fs.String("config", "", "config file (YAML; env PLANBOT_CONFIG)")
	want := map[config.Group]bool{config.GroupCommon: true}
	for _, g := range groups {
		want[g] = true
	}
	for _, s := range config.Settings() {
		if !want[s.Group] || fs.Lookup(s.Flag) != nil {
			continue
		}
		f := fs.VarPF(&settingFlag{typ: s.Type}, s.Flag, "", s.Usage)
		if s.Bool {
			f.NoOptDefVal = "true"
		}
	}
}

// loadConfig returns the effective settings of cmd's command line: its
// setting flags, then the environment, then the config file, then the
// defaults (config.Load). Every subcommand calls it first, so a bad value
// stops every one of them with the same message.
func loadConfig(cmd *cobra.Command, env *cliEnv) (*config.Config, error) {
	given := map[string]string{}
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if _, ok := f.Value.(*settingFlag); ok {
			given[f.Name] = f.Value.String()
		}
	})
	file, _ := cmd.Flags().GetString("config")
	return config.Load(given, env.getenv, file)
}

// setup loads the settings and builds the logger: the start of every
// subcommand that works on the data dir. The caller syncs the logger.
func setup(cmd *cobra.Command, env *cliEnv) (*config.Config, *zap.Logger, error) {
	cfg, err := loadConfig(cmd, env)
	if err != nil {
		return nil, nil, err
	}
	log, err := newLogger(cfg, env.stderr)
	if err != nil {
		return nil, nil, err
	}
	return cfg, log, nil
}

// writeJSON prints v as indented JSON for people and scripts alike, with
// '<', '>' and '&' left as they are (they are common in quotes and URLs).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
