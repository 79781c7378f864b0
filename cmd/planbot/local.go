package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/bot/digest"
	"planbot/bot/ingest"
	"planbot/bot/store"
	"planbot/config"
	"planbot/corpus"
	"planbot/corpus/web"
)

// The server, channel and member a local request comes from. A plain local
// request is like a DM (no server), so moderator commands refuse it as
// Discord would; with --moderator it comes from a moderator in a server.
const (
	localChannelID = "100000000000000002"
	localUserID    = "100000000000000003"
	localGuildID   = "100000000000000001"
)

// localBot is the router ask and console answer with, and for a moderator
// the scratch state its digest commands use.
type localBot struct {
	router    *bot.Router
	moderator bool
	// server is the --guild a run acts as: every request comes from it, so
	// answers draw on its documents and the global ones, and a moderator's
	// /ingest and /feed add to its collection. "" is the global view: plain
	// requests come from no server (a DM), a moderator's from guildID but
	// adding to the global collection, as the operator's own ingest does.
	server  string
	guildID string
	scratch string // temp dir holding the copy of state.db; "" when none
	state   *store.Store
}

// newLocalBot builds the router over a. For a moderator it adds /digest,
// /announce, /ingest and /feed: /ingest stores documents in the data dir
// (and indexes them in a), while /digest, /announce and /feed work on a
// scratch copy of the bot state, so nothing the running bot relies on
// changes; what they would post to Discord is printed to out.
func newLocalBot(ctx context.Context, cfg *config.Config, a *app, moderator bool, server string, out io.Writer, log *zap.Logger) (*localBot, error) {
	lb := &localBot{moderator: moderator, server: server, guildID: server}
	if lb.guildID == "" {
		lb.guildID = cfg.Discord.GuildID
	}
	if lb.guildID == "" {
		lb.guildID = localGuildID
	}
	var extra []bot.Command
	if moderator {
		cmds, err := lb.moderatorCommands(ctx, cfg, a, out, log)
		if err != nil {
			lb.Close()
			return nil, err
		}
		extra = cmds
	}
	lb.router = bot.New(bot.Config{Searcher: a.index, Library: a.store, Logger: log.Named("bot")}, extra...)
	return lb, nil
}

func (lb *localBot) moderatorCommands(ctx context.Context, cfg *config.Config, a *app, out io.Writer, log *zap.Logger) ([]bot.Command, error) {
	dir, err := os.MkdirTemp("", "planbot-moderator-")
	if err != nil {
		return nil, fmt.Errorf("scratch dir: %w", err)
	}
	lb.scratch = dir
	for _, name := range []string{store.FileName, "feeds.json"} {
		if err := copyFile(filepath.Join(cfg.Data, name), filepath.Join(dir, name)); err != nil {
			return nil, fmt.Errorf("copy the bot state for a scratch run: %w", err)
		}
	}
	lb.state, err = store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		return nil, err
	}
	svc, err := digest.NewService(digest.Config{
		Store:       lb.state,
		Library:     a.store,
		Sender:      &printSender{out: out},
		Logger:      log.Named("digest"),
		PostEmpty:   cfg.Digest.PostEmpty,
		FirstWindow: cfg.Digest.Since,
		DefaultZone: cfg.Digest.Timezone,
	})
	if err != nil {
		return nil, err
	}
	client := web.New(cfg.WebConfig(log.Named("web")))
	poller, err := newFeedPoller(dir, cfg.FeedSources(), client, a.store, cfg.FeedsOnTopicOnly, log.Named("feed"), nil)
	if err != nil {
		return nil, err
	}
	cmds := svc.Commands()
	cmds = append(cmds, ingest.Commands(ingest.Config{
		Fetcher:     client,
		Store:       a.store,
		Feeds:       poller,
		OnTopicOnly: cfg.FeedsOnTopicOnly,
		OnAdded: func(ctx context.Context, res corpus.PutResult) error {
			return indexPut(ctx, a, res)
		},
		Logger: log.Named("ingest"),
		Global: lb.server == "",
	})...)
	return cmds, nil
}

// indexPut brings a's index up to date with one Put: the replaced versions
// out, the new document in.
func indexPut(ctx context.Context, a *app, res corpus.PutResult) error {
	if err := a.removeReplaced(ctx, res.Replaced); err != nil {
		return err
	}
	return a.index.Add(ctx, res.Doc)
}

// moderatorOnly are the commands a local run offers with --moderator only.
var moderatorOnly = []string{"digest", "announce", "ingest", "feed"}

// explain turns a parse error for a moderator command in a plain run into
// advice: without --moderator the router does not know those commands.
func (lb *localBot) explain(line string, err error) error {
	if err == nil || lb.moderator {
		return err
	}
	name, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(line), "/"), " ")
	if slices.Contains(moderatorOnly, strings.ToLower(name)) {
		return fmt.Errorf("/%s is a moderators' command: run it with --moderator (posts are printed, not sent)", name)
	}
	return err
}

// request stamps a local request with where it comes from.
func (lb *localBot) request(req bot.Request) bot.Request {
	req.ChannelID, req.UserID = localChannelID, localUserID
	req.GuildID = lb.server
	if lb.moderator {
		req.GuildID = lb.guildID
		req.Permissions = bot.PermManageServer
	}
	return req
}

// Close releases the scratch state and removes it.
func (lb *localBot) Close() error {
	var errs []error
	if lb.state != nil {
		errs = append(errs, lb.state.Close())
	}
	if lb.scratch != "" {
		errs = append(errs, os.RemoveAll(lb.scratch))
	}
	return errors.Join(errs...)
}

// guildFlag is the --guild flag of ask, console, search, ingest and
// digest: the Discord server the command acts as.
type guildFlag struct{ id string }

func (g *guildFlag) add(cmd *cobra.Command, usage string) {
	cmd.Flags().StringVar(&g.id, "guild", "", usage)
}

// value returns the server ID given, checked: Discord's IDs are numbers,
// and a typo must not silently act as a server nobody is in.
func (g *guildFlag) value() (string, error) {
	id := strings.TrimSpace(g.id)
	if id == "" {
		return "", nil
	}
	if len(id) > 20 || strings.Trim(id, "0123456789") != "" {
		return "", usageError{fmt.Sprintf("--guild must be a Discord server ID (a number, e.g. 1100000000000000100), not %q", g.id)}
	}
	return id, nil
}

// copyFile copies src to dst; a missing src is no error (a bot that never
// ran has no state yet).
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o600)
}

// printSender is the digest.Sender of a local run: it prints what the bot
// would post instead of posting it.
type printSender struct {
	mu  sync.Mutex
	out io.Writer
	n   int
}

// SendMessage prints the message body as text.
func (p *printSender) SendMessage(_ context.Context, channelID string, body []byte) (string, error) {
	var m digest.Message
	if err := json.Unmarshal(body, &m); err != nil {
		return "", fmt.Errorf("decode message: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	fmt.Fprintf(p.out, "--- would post in channel %s (not sent: local run) ---\n%s", channelID, digest.FormatText([]digest.Message{m}))
	return strconv.Itoa(p.n), nil
}

var _ digest.Sender = (*printSender)(nil)

// moderatorNote is printed once when a local moderator session starts.
func moderatorNote(data string) string {
	return fmt.Sprintf("Moderator mode: /digest, /announce and /feed work on a scratch copy of the bot state and print what they would post; /ingest stores documents in %s.", data)
}
