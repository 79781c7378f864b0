package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"planbot/bot/discord"
	"planbot/bot/httpapi"
	"planbot/bot/metrics"
	"planbot/config"
)

// newHTTPCmd is planbot http: Discord's HTTP interactions endpoint (POST /
// or /interactions, GET /healthz) on --addr until SIGINT or SIGTERM. Every
// request's signature is checked against DISCORD_PUBLIC_KEY. With
// DISCORD_TOKEN and DISCORD_APP_ID set it also registers the commands on
// start; deferred answers need no token.
func newHTTPCmd(env *cliEnv) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "http",
		Short: "serve Discord HTTP interactions (needs DISCORD_PUBLIC_KEY)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd, env)
			if err != nil {
				return err
			}
			return runHTTP(cmd.Context(), env, cfg)
		},
	}
	addSettings(cmd, config.GroupDiscord, config.GroupHTTP, config.GroupAdmin, config.GroupServing, config.GroupDigest, config.GroupFetch, config.GroupState)
	return cmd
}

func runHTTP(ctx context.Context, env *cliEnv, cfg *config.Config) error {
	if err := cfg.RequirePublicKey(); err != nil {
		return err
	}
	key, err := httpapi.ParsePublicKey(cfg.Discord.PublicKey)
	if err != nil {
		return &config.Error{Msg: "DISCORD_PUBLIC_KEY: " + err.Error()}
	}
	log, err := newLogger(cfg, env.stderr)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	m := metrics.New()
	adm, waitAdmin, err := startAdmin(ctx, cfg, log, m)
	if err != nil {
		return err
	}

	// The session completes deferred answers (the interaction token is
	// enough) and, with a bot token, registers commands and posts.
	token := cfg.Discord.Token.Reveal()
	var session *discordgo.Session
	if token != "" {
		session, err = discord.NewSession(discord.Config{Token: token, Logger: log.Named("discord"), LogFunc: discordLog(log, token), LogLevel: discordLogLevel(cfg)})
		if err != nil {
			return err
		}
		observeDiscord(session, m)
	} else if session, err = discordgo.New(""); err != nil {
		return fmt.Errorf("new Discord session: %w", err)
	} else {
		session.Client = &http.Client{Timeout: 30 * time.Second, Transport: &discord.APITransport{}}
	}
	var poster *discordgo.Session
	if token != "" {
		poster = session
	}
	svc, err := newServing(ctx, "http", cfg, log, m, adm, poster)
	if err != nil {
		return errors.Join(err, waitAdmin())
	}
	defer svc.Close()
	defer servingGC()() // serve_gc.go: once opened, collect at GOGC 400
	if token != "" && cfg.Discord.AppID != "" {
		defs := svc.router.Definitions()
		if _, err := discord.BulkOverwrite(session, cfg.Discord.AppID, cfg.Discord.GuildID, defs); err != nil {
			return fmt.Errorf("register %d commands: %w", len(defs), err)
		}
		log.Info("registered commands", zap.Int("count", len(defs)), zap.String("guild", cfg.Discord.GuildID))
	} else {
		log.Warn("commands not registered: set DISCORD_TOKEN and DISCORD_APP_ID (or run planbot serve once) so Discord shows them")
	}
	h, err := httpapi.New(httpapi.Config{PublicKey: key, Responder: svc.router, Followup: session, Logger: log.Named("http")})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.HTTP.Addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          zap.NewStdLog(log.Named("http")),
	}
	served := make(chan error, 1)
	var listening atomic.Bool
	listening.Store(true)
	adm.Check("http", func(context.Context) error {
		if !listening.Load() {
			return fmt.Errorf("interactions endpoint on %s is not serving", ln.Addr())
		}
		return nil
	})
	go func() {
		err := srv.Serve(ln)
		listening.Store(false)
		served <- err
	}()
	runCtx, stop := context.WithCancel(ctx)
	bg := make(chan struct{})
	go func() { defer close(bg); svc.Run(runCtx) }()
	adm.SetReady(true)
	log.Info("serving HTTP interactions", zap.String("addr", ln.Addr().String()), zap.String("data", cfg.Data))

	select {
	case <-ctx.Done():
		err = nil
	case err = <-served:
		err = fmt.Errorf("serve HTTP on %s: %w", cfg.HTTP.Addr, err)
	}
	adm.SetReady(false)
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if serr := srv.Shutdown(shutdown); serr != nil {
		err = errors.Join(err, fmt.Errorf("shut down HTTP server: %w", serr))
	}
	err = errors.Join(err, h.Close(shutdown))
	stop()
	<-bg
	return errors.Join(err, waitAdmin())
}
