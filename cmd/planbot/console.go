package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"planbot/bot"
	"planbot/config"
)

// newConsoleCmd is planbot console: an interactive prompt running the same
// slash commands as Discord, answered by the same router. Besides commands
// it understands "more" and "prev" (the paging buttons of the last answer),
// "json" (toggle JSON output) and "quit". On a terminal it has line editing
// and a history (up and down arrows).
func newConsoleCmd(env *cliEnv) *cobra.Command {
	var asJSON, moderator bool
	var guild guildFlag
	cmd := &cobra.Command{
		Use:   "console",
		Short: "interactive prompt running the same slash commands",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			server, err := guild.value()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			a, err := openApp(ctx, cfg.Data, "console", log)
			if err != nil {
				return err
			}
			defer a.Close()
			in, out, restore, err := consoleIO(env)
			if err != nil {
				return err
			}
			defer restore()
			lb, err := newLocalBot(ctx, cfg, a, moderator, server, out, log)
			if err != nil {
				return err
			}
			defer lb.Close()
			c := &console{bot: lb, out: out, json: asJSON, prompt: in.interactive}
			if moderator && in.interactive {
				fmt.Fprintln(out, moderatorNote(cfg.Data))
			}
			return c.run(ctx, in)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print answers as interaction response JSON")
	cmd.Flags().BoolVar(&moderator, "moderator", false, "run as a server moderator: /digest, /announce, /ingest and /feed (posts are printed, not sent)")
	guild.add(cmd, "Discord server ID to act as: its own documents and the global ones (default: the global ones only)")
	addSettings(cmd, config.GroupDigest, config.GroupFetch)
	return cmd
}

// lineSource reads the console's input one line at a time.
type lineSource struct {
	next        func() (string, error) // io.EOF at the end
	interactive bool
}

// consoleIO sets the console's input and output up: on a terminal, raw
// mode with x/term's line editor (arrows, history, Ctrl-C or Ctrl-D on an
// empty line to leave); otherwise plain lines from stdin. restore puts the
// terminal back.
func consoleIO(env *cliEnv) (lineSource, io.Writer, func(), error) {
	f, ok := env.stdin.(*os.File)
	if ok && term.IsTerminal(int(f.Fd())) && isTerminal(env.stdout) {
		state, err := term.MakeRaw(int(f.Fd()))
		if err != nil {
			return lineSource{}, nil, nil, fmt.Errorf("console: %w", err)
		}
		t := term.NewTerminal(struct {
			io.Reader
			io.Writer
		}{f, env.stdout}, "planbot> ")
		if w, h, err := term.GetSize(int(f.Fd())); err == nil && w > 0 && h > 0 {
			_ = t.SetSize(w, h) // else x/term's 80x24
		}
		restore := func() { _ = term.Restore(int(f.Fd()), state) }
		return lineSource{next: t.ReadLine, interactive: true}, t, restore, nil
	}
	sc := bufio.NewScanner(env.stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	next := func() (string, error) {
		if sc.Scan() {
			return sc.Text(), nil
		}
		if err := sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	return lineSource{next: next}, env.stdout, func() {}, nil
}

// console holds the prompt's state: the last answer, whose buttons "more"
// and "prev" press.
type console struct {
	bot    *localBot
	out    io.Writer
	json   bool
	prompt bool
	last   *discordgo.InteractionResponse
}

func (c *console) run(ctx context.Context, in lineSource) error {
	if c.prompt {
		fmt.Fprintln(c.out, `planbot console: type a slash command (/help lists them), "more"/"prev" to page, "quit" to leave.`)
	}
	type line struct {
		s   string
		err error
	}
	lines := make(chan line)
	done := make(chan struct{})
	defer close(done)
	go func() { // owned by run: it stops at the end of input or, once run has returned, after the next line
		for {
			s, err := in.next()
			select {
			case lines <- line{s, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for {
		var l line
		select {
		case <-ctx.Done():
			return nil
		case l = <-lines:
		}
		if l.err == io.EOF {
			if c.prompt {
				fmt.Fprintln(c.out)
			}
			return nil
		}
		if l.err != nil {
			return l.err
		}
		if quit := c.handle(ctx, strings.TrimSpace(l.s)); quit {
			return nil
		}
	}
}

// handle runs one line; it reports whether the user asked to quit.
func (c *console) handle(ctx context.Context, line string) bool {
	var req bot.Request
	switch strings.ToLower(line) {
	case "":
		return false
	case "quit", "exit", "q":
		return true
	case "json":
		c.json = !c.json
		fmt.Fprintf(c.out, "JSON output %s\n", map[bool]string{true: "on", false: "off"}[c.json])
		return false
	case "help", "?":
		line = "/help"
	case "more", "next", "n", "prev", "previous", "p":
		label := bot.LabelNext
		if strings.HasPrefix(strings.ToLower(line), "p") {
			label = bot.LabelPrev
		}
		id := buttonID(c.last, label)
		if id == "" {
			fmt.Fprintf(c.out, "There is no %q button on the last answer.\n", label)
			return false
		}
		req = bot.Request{Kind: bot.KindComponent, CustomID: id, Options: map[string]string{}}
	}
	router := c.bot.router
	if req.Kind == 0 {
		var err error
		if req, err = bot.ParseLine(line, router.Definitions()); err != nil {
			fmt.Fprintln(c.out, c.bot.explain(line, err))
			return false
		}
	}
	resp := router.Respond(ctx, c.bot.request(req))
	c.last = resp
	if err := writeResponse(c.out, resp, c.json); err != nil {
		fmt.Fprintln(c.out, err)
	}
	return false
}

// buttonID returns the custom ID of the enabled button with this label in
// a response, or "".
func buttonID(resp *discordgo.InteractionResponse, label string) string {
	if resp == nil || resp.Data == nil {
		return ""
	}
	for _, c := range resp.Data.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, x := range row.Components {
			if b, ok := x.(discordgo.Button); ok && b.Label == label && !b.Disabled {
				return b.CustomID
			}
		}
	}
	return ""
}
