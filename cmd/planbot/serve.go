package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot/discord"
	"planbot/bot/metrics"
)

// runServe runs the bot over the Discord gateway until SIGINT or SIGTERM:
// it registers the commands (globally, or in DISCORD_GUILD_ID), answers
// interactions and autocomplete, reconnects on its own and shuts down
// cleanly, answers in flight included.
func runServe(ctx context.Context, env *cliEnv, args []string) error {
	fs, _ := newFlagSet(env, "serve")
	cfg, err := loadConfig(env, fs, args)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if err := cfg.RequireToken(); err != nil {
		return err
	}
	log, err := newLogger(cfg, env.stderr)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	return serveGateway(ctx, cfg, log, nil)
}

// serveGateway is planbot serve once configured. client makes the REST
// calls (nil: the default); tests pass the Discord double's.
func serveGateway(ctx context.Context, cfg *Config, log *zap.Logger, client *http.Client) error {
	m := metrics.New()
	adm, waitAdmin, err := startAdmin(ctx, cfg, log, m)
	if err != nil {
		return err
	}
	token := cfg.Discord.Token.Reveal()
	dcfg := discord.Config{
		Token: token, AppID: cfg.Discord.AppID, GuildID: cfg.Discord.GuildID,
		ShardID: cfg.Discord.ShardID, ShardCount: cfg.Discord.ShardCount,
		Logger:     log.Named("gateway"),
		LogFunc:    discordLog(log, token),
		LogLevel:   discordLogLevel(cfg),
		HTTPClient: client,
	}
	session, err := discord.NewSession(dcfg)
	if err != nil {
		return err
	}
	observeDiscord(session, m)
	svc, err := newServing(ctx, cfg, log, m, adm, session)
	if err != nil {
		return errors.Join(err, waitAdmin())
	}
	defer svc.Close()
	dcfg.Session, dcfg.Responder = session, svc.router
	b, err := discord.New(dcfg)
	if err != nil {
		return err
	}
	adm.Check("gateway", func(context.Context) error {
		if !b.Connected() {
			return errors.New("not connected to the Discord gateway")
		}
		return nil
	})
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	bg := make(chan struct{})
	go func() { defer close(bg); svc.Run(runCtx) }()
	adm.SetReady(true)
	log.Info("serving over the gateway", zap.String("guild", cfg.Discord.GuildID), zap.String("data", cfg.Data))
	err = b.Run(ctx)
	adm.SetReady(false)
	stop()
	<-bg
	return errors.Join(err, waitAdmin())
}

// observeDiscord counts rate limits discordgo meets.
func observeDiscord(s *discordgo.Session, m *metrics.Metrics) {
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.RateLimit) {
		if r.TooManyRequests != nil {
			m.RateLimited(r.Bucket, false, r.RetryAfter)
		}
	})
}
