package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/term"

	"planbot/bot"
)

// runConsole is an interactive prompt running the same slash commands as
// Discord, answered by the same router. Besides commands it understands
// "more" and "prev" (the paging buttons of the last answer), "json" (toggle
// JSON output) and "quit".
func runConsole(ctx context.Context, env *cliEnv, args []string) error {
	fs, common := newFlagSet(env, "console")
	asJSON := fs.Bool("json", false, "print answers as interaction response JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	a, err := openApp(ctx, env, common, false)
	if err != nil {
		return err
	}
	defer a.Close()
	router := bot.New(bot.Config{Searcher: a.index, Library: a.store})
	c := &console{router: router, out: env.stdout, json: *asJSON, prompt: isTerminalReader(env.stdin)}
	return c.run(ctx, env.stdin)
}

// console holds the prompt's state: the last answer, whose buttons "more"
// and "prev" press.
type console struct {
	router *bot.Router
	out    io.Writer
	json   bool
	prompt bool
	last   *discordgo.InteractionResponse
}

func (c *console) run(ctx context.Context, in io.Reader) error {
	if c.prompt {
		fmt.Fprintln(c.out, `planbot console: type a slash command (/help lists them), "more"/"prev" to page, "quit" to leave.`)
	}
	lines := make(chan string)
	errc := make(chan error, 1)
	done := make(chan struct{})
	defer close(done)
	go func() { // owned by run: it stops at EOF or, after run returns, at the next line
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-done:
				return
			}
		}
		errc <- sc.Err()
		close(lines)
	}()
	for {
		if c.prompt {
			fmt.Fprint(c.out, "planbot> ")
		}
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			if c.prompt {
				fmt.Fprintln(c.out)
			}
			return <-errc
		}
		if quit := c.handle(ctx, strings.TrimSpace(line)); quit {
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
	if req.Kind == 0 {
		var err error
		if req, err = bot.ParseLine(line, c.router.Definitions()); err != nil {
			fmt.Fprintln(c.out, err)
			return false
		}
	}
	resp := c.router.Respond(ctx, req)
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

func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
