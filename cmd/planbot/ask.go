package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/spf13/cobra"

	"planbot/bot"
	"planbot/config"
)

// newAskCmd is planbot ask: one slash command run locally, answered exactly
// as the bot would answer it in Discord, printed as text or, with --json,
// as the interaction response JSON.
func newAskCmd(env *cliEnv) *cobra.Command {
	var asJSON, moderator bool
	var press, complete string
	var guild guildFlag
	cmd := &cobra.Command{
		Use:   `ask [flags] "/command option:value ..."`,
		Short: "run one slash command locally and print the answer",
		Long: `Run one slash command locally and print the answer.

Options go by name (/search query:prisoners kind:statement; a value runs
until the next name:) or by position for the first option (/provision nato).
With --moderator the command runs as a server moderator's: /digest,
/announce and /feed work on a scratch copy of the bot state and print what
they would post; /ingest stores documents in the data dir.

With --guild the command comes from that Discord server: answers draw on
the global documents and the server's own, and a moderator's /ingest and
/feed add to the server's own. Without it, answers draw on the global
documents alone, and what a moderator adds is global.`,
		Example: `  planbot ask "/provision nato"
  planbot ask "/search query:prisoners kind:statements" --json
  planbot ask --press "search/page/2/all|nato"
  planbot ask --complete who "/statement who:zel"
  planbot ask --moderator "/digest preview"
  planbot ask --guild 1100000000000000100 "/search query:prisoners"`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			server, err := guild.value()
			if err != nil {
				return err
			}
			line := strings.TrimSpace(strings.Join(args, " "))
			if line == "" && press == "" {
				return usageError{`want a command, e.g. planbot ask "/provision nato"`}
			}
			ctx := cmd.Context()
			a, err := openApp(ctx, cfg.Data, "ask", log)
			if err != nil {
				return err
			}
			defer a.Close()
			posts := env.stdout // what /digest post would send; kept off JSON output
			if asJSON {
				posts = env.stderr
			}
			lb, err := newLocalBot(ctx, cfg, a, moderator, server, posts, log)
			if err != nil {
				return err
			}
			defer lb.Close()
			req, err := localRequest(lb.router, line, press, complete)
			if err != nil {
				return usageError{lb.explain(line, err).Error()}
			}
			return writeResponse(env.stdout, lb.router.Respond(ctx, lb.request(req)), asJSON)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print the exact Discord interaction response JSON")
	f.StringVar(&press, "press", "", `press a button: the custom ID printed after an answer, e.g. "search/page/2/all|nato"`)
	f.StringVar(&complete, "complete", "", "answer autocomplete for this option of the command instead of running it")
	f.BoolVar(&moderator, "moderator", false, "run as a server moderator: /digest, /announce, /ingest and /feed (posts are printed, not sent)")
	guild.add(cmd, "Discord server ID to act as: its own documents and the global ones (default: the global ones only)")
	addSettings(cmd, config.GroupDigest, config.GroupFetch)
	return cmd
}

// localRequest builds the Request a terminal line stands for: a command, a
// button press or an autocomplete.
func localRequest(r *bot.Router, line, press, complete string) (bot.Request, error) {
	if press != "" {
		return bot.Request{Kind: bot.KindComponent, CustomID: press, Options: map[string]string{}}, nil
	}
	req, err := bot.ParseLine(line, r.Definitions())
	if complete == "" {
		return req, err
	}
	// A partial line may lack required options; autocomplete does not care.
	var ue bot.UserError
	if err != nil && !(errors.As(err, &ue) && strings.Contains(err.Error(), " needs ")) {
		return req, err
	}
	if req.Name == "" {
		name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "/"), " ")
		req = bot.Request{Name: name, Options: map[string]string{}}
	}
	req.Kind, req.Focused = bot.KindAutocomplete, complete
	return req, nil
}

// writeResponse prints a response as text, or as the JSON Discord receives.
func writeResponse(w io.Writer, resp *discordgo.InteractionResponse, asJSON bool) error {
	if asJSON {
		if err := writeJSON(w, resp); err != nil {
			return fmt.Errorf("encode response: %w", err)
		}
		return nil
	}
	_, err := io.WriteString(w, bot.FormatText(resp))
	return err
}
