package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
)

// runAsk runs one slash command locally, exactly as the bot would answer
// it in Discord, and prints the answer as text or, with --json, as the
// interaction response JSON.
func runAsk(ctx context.Context, env *cliEnv, args []string) error {
	fs, common := newFlagSet(env, "ask")
	asJSON := fs.Bool("json", false, "print the exact Discord interaction response JSON")
	press := fs.String("press", "", "press a button: the custom ID printed after an answer, e.g. \"search/page/2/all|nato\"")
	complete := fs.String("complete", "", "answer autocomplete for this option of the command instead of running it")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: planbot ask [--data DIR] [--json] "/command option:value ..."
       planbot ask [--json] --press CUSTOM_ID
       planbot ask --complete OPTION "/command option:partial"

Options go by name (/search query:prisoners kind:statement; a value runs
until the next name:) or by position for the first option (/provision nato).`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	line := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if line == "" && *press == "" {
		return usageError{`want a command, e.g. planbot ask "/provision nato"`}
	}
	a, err := openApp(ctx, env, common, false)
	if err != nil {
		return err
	}
	defer a.Close()
	router := bot.New(bot.Config{Searcher: a.index, Library: a.store})
	req, err := localRequest(router, line, *press, *complete)
	if err != nil {
		return usageError{err.Error()}
	}
	return writeResponse(env.stdout, router.Respond(ctx, req), *asJSON)
}

// localRequest builds the Request a terminal line stands for: a command, a
// button press or an autocomplete. Local requests come from a DM-like
// context: no server, so moderator commands refuse them as Discord would.
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
