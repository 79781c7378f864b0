package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
)

func init() {
	discordgo.APIVersion = "10"
}

// Responder lists the commands and answers interactions; *bot.Router
// satisfies it.
type Responder interface {
	Definitions() []*discordgo.ApplicationCommand
	RespondInteraction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse
}

// discordAPI is the part of the session the adapter calls, so that the seam
// stays visible.
type discordAPI interface {
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, opts ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error
	bot.FollowupAPI
}

var (
	_ discordAPI = (*discordgo.Session)(nil)
	_ Responder  = (*bot.Router)(nil)
)

// Config configures a Bot. Token and Responder are required.
type Config struct {
	Token     string // the bot token (DISCORD_TOKEN), with or without the "Bot " prefix
	AppID     string // the application ID (DISCORD_APP_ID); "" takes the bot user's ID from READY
	GuildID   string // register the commands to this guild only (DISCORD_GUILD_ID); "" registers globally
	Responder Responder
	Logger    *zap.Logger // nil: logs nothing
	// Budget is how long an answer may take before it is deferred;
	// defaults to 2s, under Discord's 3 s.
	Budget time.Duration
	// FollowupTimeout bounds a deferred answer; defaults to 14 minutes.
	FollowupTimeout time.Duration
	// HTTPClient makes the REST calls; nil uses one with a 30 s timeout.
	// Either way its transport is wrapped in APITransport.
	HTTPClient *http.Client
	// Intents are the gateway intents; defaults to IntentsGuilds, all that
	// slash commands need.
	Intents discordgo.Intent
	// ShardID and ShardCount split the gateway across processes; a zero
	// ShardCount means one unsharded connection. RecommendedShards gives
	// the count Discord recommends.
	ShardID, ShardCount int
	// LogFunc, when set, replaces the default redirection of discordgo's
	// logger into Logger (cmd/planbot's scrubs tokens out of messages).
	LogFunc func(msgL, caller int, format string, a ...any)
	// LogLevel is discordgo's own level; defaults to discordgo.LogWarning.
	LogLevel int
	// Session, when set, is used instead of a new one (it must come from
	// NewSession), so that code built before the Bot can post through it.
	Session *discordgo.Session
}

// Bot is planbot connected to the gateway.
type Bot struct {
	cfg Config
	log *zap.Logger
	s   *discordgo.Session
	api discordAPI

	ctx       context.Context // parent of answers; cancelled when Run returns
	cancel    context.CancelFunc
	connected atomic.Bool
	mu        sync.Mutex
	closed    bool           // no new answers start once set
	wg        sync.WaitGroup // answers still running
}

// NewSession returns the discordgo session cfg describes, unconnected:
// bot token, REST calls through APITransport to API v10, intents, shard,
// reconnection and rate-limit retries on, logs redirected. Responder is not
// needed for it.
func NewSession(cfg Config) (*discordgo.Session, error) {
	if cfg.Token == "" {
		return nil, errors.New("discord: a bot token is required (DISCORD_TOKEN)")
	}
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || (cfg.ShardCount > 0 && cfg.ShardID >= cfg.ShardCount) {
		return nil, fmt.Errorf("discord: shard %d of %d: a shard ID runs from 0 to the shard count minus 1", cfg.ShardID, cfg.ShardCount)
	}
	token := cfg.Token
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	client := &http.Client{Timeout: 30 * time.Second}
	if cfg.HTTPClient != nil {
		c := *cfg.HTTPClient
		client = &c
	}
	client.Transport = &APITransport{Base: client.Transport}
	s.Client = client
	s.Identify.Intents = cfg.Intents
	if s.Identify.Intents == 0 {
		s.Identify.Intents = discordgo.IntentsGuilds
	}
	if cfg.ShardCount > 0 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	s.ShouldReconnectOnError = true
	s.ShouldRetryOnRateLimit = true
	s.LogLevel = cfg.LogLevel
	if s.LogLevel == 0 {
		s.LogLevel = discordgo.LogWarning
	}
	if cfg.LogFunc != nil {
		setLogFunc(cfg.LogFunc)
	} else {
		logger := cfg.Logger
		if logger == nil {
			logger = zap.NewNop()
		}
		redirectLogs(logger)
	}
	return s, nil
}

// RecommendedShards asks Discord (GET /gateway/bot) how many gateway shards
// the bot should run. Discord derives it from the number of servers the bot
// is in (about one shard per 1,000), so a caller asks once at start-up and
// keeps the answer until it restarts. It uses cfg.Session when set, else a
// REST-only session built from cfg; cfg's shard settings are ignored.
func RecommendedShards(ctx context.Context, cfg Config) (int, error) {
	s := cfg.Session
	if s == nil {
		cfg.ShardID, cfg.ShardCount = 0, 0
		var err error
		if s, err = NewSession(cfg); err != nil {
			return 0, err
		}
	}
	gw, err := s.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("discord: ask for the recommended shard count (GET /gateway/bot): %w", err)
	}
	if gw.Shards < 1 {
		return 0, fmt.Errorf("discord: GET /gateway/bot recommends %d shards", gw.Shards)
	}
	if cfg.Logger != nil {
		cfg.Logger.Debug("gateway session starts left", zap.Int("remaining", gw.SessionStartLimit.Remaining),
			zap.Int("total", gw.SessionStartLimit.Total), zap.Int("max_concurrency", gw.SessionStartLimit.MaxConcurrency))
	}
	return gw.Shards, nil
}

// New prepares a Bot; nothing connects until Run.
func New(cfg Config) (*Bot, error) {
	if cfg.Responder == nil {
		return nil, errors.New("discord: Responder is required")
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Budget <= 0 {
		cfg.Budget = bot.DeferAfter
	}
	if cfg.FollowupTimeout <= 0 {
		cfg.FollowupTimeout = bot.FollowupWithin
	}
	s := cfg.Session
	if s == nil {
		var err error
		if s, err = NewSession(cfg); err != nil {
			return nil, err
		}
	}
	b := &Bot{cfg: cfg, log: cfg.Logger, s: s, api: sessionAPI{s}}
	b.ctx, b.cancel = context.WithCancel(context.Background())
	s.AddHandler(b.onInteraction)
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		b.connected.Store(true)
		b.log.Info("connected to the gateway", zap.String("user", r.User.Username), zap.Int("guilds", len(r.Guilds)))
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		b.connected.Store(false)
		b.log.Warn("gateway disconnected; discordgo reconnects")
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
		b.connected.Store(true)
		b.log.Info("gateway session resumed")
	})
	return b, nil
}

// Connected reports whether the gateway session is up (READY or RESUMED
// seen since the last disconnection), for health checks.
func (b *Bot) Connected() bool { return b.connected.Load() }

// Session is the underlying discordgo session, for code that posts on its
// own (digests, announcements). It is connected while Run runs.
func (b *Bot) Session() *discordgo.Session { return b.s }

// Run connects, registers the commands and answers interactions until ctx
// ends; then it closes the connection and waits for answers in flight.
func (b *Bot) Run(ctx context.Context) error {
	defer b.stop()
	if err := b.s.Open(); err != nil {
		return fmt.Errorf("discord: open gateway: %w", err)
	}
	defer func() {
		if err := b.s.Close(); err != nil {
			b.log.Warn("close gateway", zap.Error(err))
		}
	}()
	if err := b.Register(); err != nil {
		return err
	}
	<-ctx.Done()
	b.log.Info("shutting down the gateway session")
	return nil
}

// stop cancels answers in flight and waits for them.
func (b *Bot) stop() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.cancel()
	b.wg.Wait()
}

// track registers an answer about to start, unless the bot is stopping.
func (b *Bot) track() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return false
	}
	b.wg.Add(1)
	return true
}

// Register overwrites the application's commands (globally, or in the
// configured guild) with the Responder's definitions.
func (b *Bot) Register() error {
	appID := b.cfg.AppID
	if appID == "" && b.s.State != nil && b.s.State.User != nil {
		appID = b.s.State.User.ID
	}
	if appID == "" {
		return errors.New("discord: no application ID (set DISCORD_APP_ID)")
	}
	defs := b.cfg.Responder.Definitions()
	got, err := b.api.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, defs)
	if err != nil {
		return fmt.Errorf("discord: register %d commands (guild %q): %w", len(defs), b.cfg.GuildID, err)
	}
	scope := "global"
	if b.cfg.GuildID != "" {
		scope = "guild " + b.cfg.GuildID
	}
	b.log.Info("registered commands", zap.Int("count", len(got)), zap.String("scope", scope))
	return nil
}

// onInteraction answers one interaction within the budget, or defers it and
// completes it later. discordgo calls it on a goroutine of its own.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	in := ic.Interaction
	if in == nil || in.Type == discordgo.InteractionPing {
		return
	}
	if !b.track() {
		return
	}
	defer b.wg.Done()
	ctx, cancel := context.WithTimeout(b.ctx, b.cfg.FollowupTimeout)
	defer cancel()
	done := make(chan *discordgo.InteractionResponse, 1)
	go func() { done <- b.cfg.Responder.RespondInteraction(ctx, in) }()

	timer := time.NewTimer(b.cfg.Budget)
	defer timer.Stop()
	select {
	case resp := <-done:
		b.respond(in, resp)
		return
	case <-timer.C:
	case <-ctx.Done():
		return
	}
	if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
		cancel() // cannot be deferred: offer nothing rather than nothing in time
		b.respond(in, bot.Render(bot.KindAutocomplete, bot.Reply{}))
		return
	}
	deferred := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if in.Type == discordgo.InteractionMessageComponent {
		deferred = discordgo.InteractionResponseDeferredMessageUpdate
	}
	if !b.respond(in, &discordgo.InteractionResponse{Type: deferred}) {
		return
	}
	select {
	case resp := <-done:
		if err := bot.CompleteDeferred(b.api, in, deferred, resp); err != nil {
			b.log.Error("complete deferred interaction", zap.String("interaction", in.ID), zap.Error(err))
		}
	case <-ctx.Done():
	}
}

func (b *Bot) respond(in *discordgo.Interaction, resp *discordgo.InteractionResponse) bool {
	if err := b.api.InteractionRespond(in, resp); err != nil {
		b.log.Error("answer interaction", zap.String("interaction", in.ID), zap.Int("type", int(in.Type)), zap.Error(err))
		return false
	}
	return true
}

// APITransport sends discordgo's REST calls to API v10: discordgo builds its
// endpoints with v9 at init, and changing its package variables would race
// with anything else using it.
type APITransport struct {
	Base http.RoundTripper // nil: http.DefaultTransport
}

// RoundTrip implements http.RoundTripper.
func (t *APITransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasPrefix(r.URL.Path, "/api/v9/") {
		r = r.Clone(r.Context())
		r.URL.Path = "/api/v10/" + strings.TrimPrefix(r.URL.Path, "/api/v9/")
		r.URL.RawPath = ""
	}
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	return base.RoundTrip(r)
}

// discordgo logs through one package-level function; it is installed once
// and writes to the most recently configured logger.
var (
	logOnce sync.Once
	logFunc atomic.Pointer[func(msgL, caller int, format string, a ...any)]
)

// setLogFunc makes fn receive discordgo's log messages.
func setLogFunc(fn func(msgL, caller int, format string, a ...any)) {
	logFunc.Store(&fn)
	logOnce.Do(func() {
		discordgo.Logger = func(msgL, caller int, format string, a ...any) {
			(*logFunc.Load())(msgL, caller, format, a...)
		}
	})
}

// redirectLogs sends discordgo's messages to l at the matching level.
func redirectLogs(l *zap.Logger) {
	l = l.Named("discordgo")
	setLogFunc(func(level, caller int, format string, a ...any) {
		msg := strings.TrimSpace(fmt.Sprintf(format, a...))
		switch level {
		case discordgo.LogError:
			l.Error(msg)
		case discordgo.LogWarning:
			l.Warn(msg)
		case discordgo.LogInformational:
			l.Info(msg)
		default:
			l.Debug(msg)
		}
	})
}
