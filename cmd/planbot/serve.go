package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"planbot/bot/discord"
	"planbot/bot/metrics"
	"planbot/bot/store/postgres"
	"planbot/config"
)

// newServeCmd is planbot serve: the bot over the Discord gateway until
// SIGINT or SIGTERM. It registers the commands (globally, or in
// DISCORD_GUILD_ID), answers interactions and autocomplete, reconnects on
// its own and shuts down cleanly, answers in flight included.
func newServeCmd(env *cliEnv) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "run the Discord bot over the gateway (needs DISCORD_TOKEN)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd, env)
			if err != nil {
				return err
			}
			if err := cfg.RequireToken(); err != nil {
				return err
			}
			log, err := newLogger(cfg, env.stderr)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			return serveGateway(cmd.Context(), cfg, log, nil)
		},
	}
	addSettings(cmd, config.GroupDiscord, config.GroupGateway, config.GroupAdmin, config.GroupServing, config.GroupDigest, config.GroupFetch, config.GroupState)
	return cmd
}

// serveGateway is planbot serve once configured. client makes the REST
// calls (nil: the default); tests pass the Discord double's.
func serveGateway(ctx context.Context, cfg *config.Config, log *zap.Logger, client *http.Client) error {
	m := metrics.New()
	adm, waitAdmin, err := startAdmin(ctx, cfg, log, m)
	if err != nil {
		return err
	}
	token := cfg.Discord.Token.Reveal()
	dcfg := discord.Config{
		Token: token, AppID: cfg.Discord.AppID, GuildID: cfg.Discord.GuildID,
		ShardID: cfg.Discord.ShardID, ShardCount: int(cfg.Discord.ShardCount),
		Logger:     log.Named("gateway"),
		LogFunc:    discordLog(log, token),
		LogLevel:   discordLogLevel(cfg),
		HTTPClient: client,
	}
	if dcfg.ShardCount, err = resolveShards(ctx, cfg, dcfg, log); err != nil {
		return errors.Join(err, waitAdmin())
	}
	session, err := discord.NewSession(dcfg)
	if err != nil {
		return err
	}
	observeDiscord(session, m)
	svc, err := newServing(ctx, "serve", cfg, log, m, adm, session)
	if err != nil {
		return errors.Join(err, waitAdmin())
	}
	defer svc.Close()
	defer servingGC()() // serve_gc.go: once opened, collect at GOGC 400
	svc.registerGuilds(session)
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

// resolveShards returns the gateway shard count this process runs with:
// the configured one, or with --shard-count auto the count Discord
// recommends now, checked against this process's shard ID. Every process of
// a sharded bot asks on its own; they agree unless the bot joins enough
// servers between two starts to change the recommendation, which is why
// the count is logged.
func resolveShards(ctx context.Context, cfg *config.Config, dcfg discord.Config, log *zap.Logger) (int, error) {
	id := cfg.Discord.ShardID
	if cfg.Discord.ShardCount != config.ShardCountAuto {
		if cfg.Discord.ShardCount > 0 {
			log.Info("gateway shard", zap.Int("shard_id", id), zap.Int("shard_count", int(cfg.Discord.ShardCount)))
		}
		return int(cfg.Discord.ShardCount), nil
	}
	n, err := discord.RecommendedShards(ctx, dcfg)
	if err != nil {
		return 0, fmt.Errorf("%s is auto but planbot could not ask Discord for its recommended count (check DISCORD_TOKEN, or give the number of shards): %w",
			cfg.Where("discord.shard_count"), err)
	}
	if id >= n {
		return 0, &config.Error{Msg: fmt.Sprintf("%s is %d but Discord recommends %d shard(s) (%s is auto): run one process per shard ID from 0 to %d, or give the shard count",
			cfg.Where("discord.shard_id"), id, n, cfg.Where("discord.shard_count"), n-1)}
	}
	log.Info("gateway shard count recommended by Discord", zap.Int("shard_id", id), zap.Int("shard_count", n))
	if n > 1 && cfg.Sources["discord.shard_id"] == "default" {
		log.Warn("this process runs shard 0 only: start one more process for each other shard ID",
			zap.Int("shard_count", n), zap.String("shard_ids", fmt.Sprintf("1 to %d", n-1)))
	}
	return n, nil
}

// observeDiscord counts rate limits discordgo meets.
func observeDiscord(s *discordgo.Session, m *metrics.Metrics) {
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.RateLimit) {
		if r.TooManyRequests != nil {
			m.RateLimited(r.Bucket, false, r.RetryAfter)
		}
	})
}

// registerGuilds keeps the shared per-server registry up to date from the
// gateway: a server is registered when the bot joins it (or sees it on
// connecting) and marked left when it is removed from it. An outage
// (GuildDelete with Unavailable) is not a departure. Without shared state
// there is no registry.
func (s *serving) registerGuilds(session *discordgo.Session) {
	if s.shared == nil {
		return
	}
	log := s.log.Named("guilds")
	session.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) {
		if g.Guild == nil || g.ID == "" {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.shared.RegisterGuild(ctx, postgres.Guild{ID: g.ID, Name: g.Name, JoinedAt: g.JoinedAt}); err != nil {
			log.Warn("register server", zap.String("guild", g.ID), zap.Error(err))
		}
	})
	session.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildDelete) {
		if g.Guild == nil || g.ID == "" || g.Unavailable {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := s.shared.LeaveGuild(ctx, g.ID, time.Now()); err != nil {
			log.Warn("record server left", zap.String("guild", g.ID), zap.Error(err))
		} else {
			log.Info("left server", zap.String("guild", g.ID))
		}
	})
}
