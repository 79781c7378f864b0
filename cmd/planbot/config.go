package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"go.uber.org/zap"
	"gopkg.in/yaml.v3"

	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// Config is every setting of planbot. Each comes from, in order of
// precedence, a flag, an environment variable, the config file (YAML, given
// with --config or PLANBOT_CONFIG) or its default. A zero value means the
// default documented on the field; loadConfig fills the defaults in, so code
// reading a loaded Config sees the effective values.
type Config struct {
	// Data is the data directory: documents, index, state. Defaults to
	// ./planbot-data. Flag --data, env PLANBOT_DATA, file `data`.
	Data string `yaml:"data,omitempty"`
	// Log configures logging.
	Log LogConfig `yaml:"log,omitempty"`
	// AdminAddr is the address of the admin listener (/healthz, /readyz,
	// /metrics), e.g. "127.0.0.1:9090". Empty (the default) means off.
	AdminAddr string `yaml:"admin_addr,omitempty"`
	// Discord holds the application's identity and the gateway sharding.
	Discord DiscordConfig `yaml:"discord,omitempty"`
	// HTTP configures the HTTP interactions endpoint (planbot http).
	HTTP HTTPConfig `yaml:"http,omitempty"`
	// NoScheduler keeps this process from running what must run once per
	// bot (scheduled digests, announcements, feed polling): set it on every
	// replica but one when several serve the same bot. Defaults to false.
	NoScheduler bool `yaml:"no_scheduler,omitempty"`
	// Digest holds the defaults of digests.
	Digest DigestConfig `yaml:"digest,omitempty"`
	// Fetch limits every fetch of a web page or feed.
	Fetch FetchConfig `yaml:"fetch,omitempty"`
	// Feeds are the RSS/Atom feeds polled for new documents. Only the config
	// file sets them (moderators may add more with /feed add).
	Feeds []FeedConfig `yaml:"feeds,omitempty"`
	// FeedsOnTopicOnly keeps only feed entries in which the corpus finds a
	// topic of the plan, so a general news feed does not flood the corpus.
	// Defaults to false.
	FeedsOnTopicOnly bool `yaml:"feeds_on_topic_only,omitempty"`

	// File is the config file that was read, "" when none. Not a setting of
	// the file itself.
	File string `yaml:"-"`
	// Sources says where each setting came from, by key ("discord.token"):
	// "flag --x", "env X", "file PATH" or "default".
	Sources map[string]string `yaml:"-"`
}

// LogConfig configures the zap logger built by newLogger.
type LogConfig struct {
	// Level is debug, info, warn or error. Defaults to info.
	Level string `yaml:"level,omitempty"`
	// Format is auto, console or json. Defaults to auto: console on a
	// terminal, JSON otherwise (for log collectors).
	Format string `yaml:"format,omitempty"`
}

// DiscordConfig is the Discord application's identity and sharding.
type DiscordConfig struct {
	// Token is the bot token (Developer Portal, Bot, Reset Token), needed by
	// planbot serve and to register commands. Never logged.
	Token Secret `yaml:"token,omitempty"`
	// AppID is the application ID (a snowflake), needed to register commands.
	AppID string `yaml:"app_id,omitempty"`
	// PublicKey is the application's Ed25519 public key (64 hex characters),
	// needed by planbot http to check request signatures.
	PublicKey string `yaml:"public_key,omitempty"`
	// GuildID, when set, registers the commands in that one server only,
	// where they appear at once (for development). Empty means global.
	GuildID string `yaml:"guild_id,omitempty"`
	// ShardID is this process's gateway shard, 0 to ShardCount-1; each
	// process runs one shard, so it is given per process, with auto too.
	// Digests and feeds run only on shard 0. Defaults to 0.
	ShardID int `yaml:"shard_id,omitempty"`
	// ShardCount is the number of gateway shards, or ShardCountAuto ("auto")
	// for the count Discord recommends, asked at start-up. 0 (the default)
	// means one unsharded connection, enough for up to 2,500 servers.
	ShardCount ShardCount `yaml:"shard_count,omitempty"`
}

// ShardCount is a number of gateway shards, or ShardCountAuto.
type ShardCount int

// ShardCountAuto, written "auto", asks Discord for its recommended count
// (GET /gateway/bot) when planbot serve starts. A negative value because no
// real count is negative, so the zero value stays "unsharded".
const ShardCountAuto ShardCount = -1

// String shows the count as it is written in settings.
func (n ShardCount) String() string {
	if n == ShardCountAuto {
		return "auto"
	}
	return strconv.Itoa(int(n))
}

// parseShardCount accepts "auto" or a whole number from 0 up.
func parseShardCount(v string) (ShardCount, error) {
	v = strings.TrimSpace(v)
	if strings.EqualFold(v, "auto") {
		return ShardCountAuto, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, errors.New("not a shard count: give auto (Discord's recommended count), 0 (unsharded) or the number of shards")
	}
	return ShardCount(n), nil
}

// UnmarshalYAML accepts auto or a number, like the flag and env variable.
func (n *ShardCount) UnmarshalYAML(node *yaml.Node) error {
	v, err := parseShardCount(node.Value)
	if err != nil {
		return fmt.Errorf("line %d: shard_count %q: %w", node.Line, node.Value, err)
	}
	*n = v
	return nil
}

// MarshalYAML writes auto as the word, so a printed config reads back.
func (n ShardCount) MarshalYAML() (any, error) {
	if n == ShardCountAuto {
		return "auto", nil
	}
	return int(n), nil
}

// HTTPConfig configures the HTTP interactions endpoint.
type HTTPConfig struct {
	// Addr is the listen address of planbot http. Defaults to ":8080".
	Addr string `yaml:"addr,omitempty"`
}

// DigestConfig holds the defaults of digests.
type DigestConfig struct {
	// Since is how far back a digest with no previous digest (or planbot
	// digest without --since) looks. Defaults to 24h.
	Since time.Duration `yaml:"since,omitempty"`
	// PostEmpty makes a scheduled digest with nothing new post "no updates"
	// instead of nothing. Defaults to false.
	PostEmpty bool `yaml:"post_empty,omitempty"`
	// Timezone is the IANA time zone of schedules given without one.
	// Defaults to UTC.
	Timezone string `yaml:"timezone,omitempty"`
}

// FetchConfig limits every fetch of a web page or feed.
type FetchConfig struct {
	// MaxBytes is the largest body read. Defaults to 5 MiB.
	MaxBytes ByteSize `yaml:"max_bytes,omitempty"`
	// Timeout bounds one fetch, redirects and body included. Defaults to 30s.
	Timeout time.Duration `yaml:"timeout,omitempty"`
	// MaxRedirects is the most redirects followed, at most 5. Defaults to 5.
	MaxRedirects int `yaml:"max_redirects,omitempty"`
	// AllowPrivateAddresses lets fetches reach loopback, private and
	// link-local addresses: for tests and self-hosted sites only. Defaults
	// to false.
	AllowPrivateAddresses bool `yaml:"allow_private_addresses,omitempty"`
	// UserAgent is sent with every fetch. Empty (the default) means the
	// fetcher's own planbot User-Agent.
	UserAgent string `yaml:"user_agent,omitempty"`
}

// FeedConfig is one RSS or Atom feed to poll.
type FeedConfig struct {
	// URL of the feed, http or https.
	URL string `yaml:"url"`
	// Interval between polls. Defaults to 30m; at least 1m.
	Interval time.Duration `yaml:"interval,omitempty"`
}

// The defaults, also shown by planbot config.
const (
	defaultData          = "./planbot-data"
	defaultLogLevel      = "info"
	defaultLogFormat     = "auto"
	defaultHTTPAddr      = ":8080"
	defaultDigestSince   = 24 * time.Hour
	defaultTimezone      = "UTC"
	defaultFetchMaxBytes = 5 << 20
	defaultFetchTimeout  = 30 * time.Second
	defaultMaxRedirects  = 5
	defaultFeedInterval  = 30 * time.Minute
	minFeedInterval      = time.Minute
)

// ByteSize is a number of bytes, written in settings as 5242880 or 5MiB.
type ByteSize int64

// UnmarshalYAML accepts a plain number or a size with a unit.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseBytes(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*b = ByteSize(v)
	return nil
}

// Secret is a string that must never be printed or logged: String, GoString,
// JSON and YAML show it masked. Reveal returns the real value, for the one
// place that sends it to Discord.
type Secret string

// Reveal returns the secret itself.
func (s Secret) Reveal() string { return string(s) }

// String masks the secret, so %v, %s and zap.Stringer never show it.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	if len(s) < 16 {
		return "****"
	}
	return "****" + string(s[len(s)-4:])
}

// GoString masks the secret for %#v too.
func (s Secret) GoString() string { return strconv.Quote(s.String()) }

// MarshalJSON masks the secret, which also covers zap.Any and reflection.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// MarshalYAML masks the secret.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// setting describes one scalar setting: its key in the file, its flag, its
// environment variable and where it lives in Config.
type setting struct {
	key    string // dotted YAML path, e.g. "discord.token"
	flag   string // flag name without dashes; "" for file only
	env    string // environment variable; "" for none
	usage  string
	secret bool
	field  func(c *Config) any // pointer to the field
	def    any                 // default, same type as the field; nil means zero
}

// settings lists every scalar setting in the order planbot config prints them.
var settings = []setting{
	{key: "data", flag: "data", env: "PLANBOT_DATA", usage: "data directory: documents, index, state",
		field: func(c *Config) any { return &c.Data }, def: defaultData},
	{key: "log.level", flag: "log-level", env: "PLANBOT_LOG_LEVEL", usage: "log level: debug, info, warn or error",
		field: func(c *Config) any { return &c.Log.Level }, def: defaultLogLevel},
	{key: "log.format", flag: "log-format", env: "PLANBOT_LOG_FORMAT", usage: "log format: auto (console on a terminal, else JSON), console or json",
		field: func(c *Config) any { return &c.Log.Format }, def: defaultLogFormat},
	{key: "admin_addr", flag: "admin-addr", env: "PLANBOT_ADMIN_ADDR", usage: "admin listener (/healthz, /readyz, /metrics), e.g. 127.0.0.1:9090; empty: off",
		field: func(c *Config) any { return &c.AdminAddr }},
	{key: "discord.token", flag: "discord-token", env: "DISCORD_TOKEN", secret: true, usage: "bot token (prefer the env variable: flags show in ps)",
		field: func(c *Config) any { return &c.Discord.Token }},
	{key: "discord.app_id", flag: "app-id", env: "DISCORD_APP_ID", usage: "application ID (Developer Portal, General Information)",
		field: func(c *Config) any { return &c.Discord.AppID }},
	{key: "discord.public_key", flag: "public-key", env: "DISCORD_PUBLIC_KEY", usage: "application public key, 64 hex characters (for planbot http)",
		field: func(c *Config) any { return &c.Discord.PublicKey }},
	{key: "discord.guild_id", flag: "guild-id", env: "DISCORD_GUILD_ID", usage: "register commands in this server only (instant, for development); empty: global",
		field: func(c *Config) any { return &c.Discord.GuildID }},
	{key: "discord.shard_id", flag: "shard-id", env: "PLANBOT_SHARD_ID", usage: "gateway shard of this process (digests and feeds run on shard 0 only)",
		field: func(c *Config) any { return &c.Discord.ShardID }},
	{key: "discord.shard_count", flag: "shard-count", env: "PLANBOT_SHARD_COUNT", usage: "number of gateway shards, or auto for Discord's recommended count; 0: one unsharded connection",
		field: func(c *Config) any { return &c.Discord.ShardCount }},
	{key: "http.addr", flag: "addr", env: "PLANBOT_HTTP_ADDR", usage: "listen address of the HTTP interactions endpoint",
		field: func(c *Config) any { return &c.HTTP.Addr }, def: defaultHTTPAddr},
	{key: "no_scheduler", flag: "no-scheduler", env: "PLANBOT_NO_SCHEDULER", usage: "do not run scheduled digests, announcements and feeds here (every replica but one)",
		field: func(c *Config) any { return &c.NoScheduler }},
	{key: "digest.since", flag: "digest-since", env: "PLANBOT_DIGEST_SINCE", usage: "how far back a first digest looks",
		field: func(c *Config) any { return &c.Digest.Since }, def: defaultDigestSince},
	{key: "digest.post_empty", flag: "digest-post-empty", env: "PLANBOT_DIGEST_POST_EMPTY", usage: "scheduled digests with nothing new post \"no updates\"",
		field: func(c *Config) any { return &c.Digest.PostEmpty }},
	{key: "digest.timezone", flag: "timezone", env: "PLANBOT_TIMEZONE", usage: "IANA time zone of schedules given without one",
		field: func(c *Config) any { return &c.Digest.Timezone }, def: defaultTimezone},
	{key: "fetch.max_bytes", flag: "fetch-max-bytes", env: "PLANBOT_FETCH_MAX_BYTES", usage: "largest web page or feed body read, in bytes",
		field: func(c *Config) any { return &c.Fetch.MaxBytes }, def: ByteSize(defaultFetchMaxBytes)},
	{key: "fetch.timeout", flag: "fetch-timeout", env: "PLANBOT_FETCH_TIMEOUT", usage: "time limit of one fetch",
		field: func(c *Config) any { return &c.Fetch.Timeout }, def: defaultFetchTimeout},
	{key: "fetch.max_redirects", flag: "fetch-max-redirects", env: "PLANBOT_FETCH_MAX_REDIRECTS", usage: "most redirects followed by one fetch",
		field: func(c *Config) any { return &c.Fetch.MaxRedirects }, def: defaultMaxRedirects},
	{key: "fetch.allow_private_addresses", flag: "allow-private-addresses", env: "PLANBOT_ALLOW_PRIVATE_ADDRESSES", usage: "let fetches reach private and loopback addresses (tests, self-hosting)",
		field: func(c *Config) any { return &c.Fetch.AllowPrivateAddresses }},
	{key: "feeds_on_topic_only", flag: "feeds-on-topic-only", env: "PLANBOT_FEEDS_ON_TOPIC_ONLY", usage: "keep only feed entries about the plan",
		field: func(c *Config) any { return &c.FeedsOnTopicOnly }},
	{key: "fetch.user_agent", flag: "user-agent", env: "PLANBOT_USER_AGENT", usage: "User-Agent of fetches",
		field: func(c *Config) any { return &c.Fetch.UserAgent }},
}

// rawFlag records a flag's text as given; loadConfig parses it with the
// same rules as env and file values, so all three give the same errors.
type rawFlag struct {
	s      string
	isBool bool
}

func (f *rawFlag) String() string     { return f.s }
func (f *rawFlag) Set(s string) error { f.s = s; return nil }
func (f *rawFlag) IsBoolFlag() bool   { return f.isBool }

// addConfigFlags defines on fs the flag of every setting it does not define
// yet. A subcommand that defines one itself (planbot http's --addr) keeps
// its own, and loadConfig still honours it when given.
func addConfigFlags(fs *flag.FlagSet) {
	if fs.Lookup("config") == nil {
		fs.String("config", "", "config file (YAML; env PLANBOT_CONFIG)")
	}
	for _, s := range settings {
		if s.flag == "" || fs.Lookup(s.flag) != nil {
			continue
		}
		_, isBool := s.field(&Config{}).(*bool)
		usage := s.usage
		if s.env != "" {
			usage += " (env " + s.env + ")"
		}
		fs.Var(&rawFlag{isBool: isBool}, s.flag, usage)
	}
}

// loadConfig defines the config flags missing from fs, parses args with fs
// (unless fs was parsed already and args is nil), reads the config file and
// the environment, and returns the effective, validated configuration.
// Positional arguments are in fs.Args() afterwards. A config error is a
// usageError naming the setting, where it came from and how to fix it; when
// only validation fails the Config is returned with it, so planbot config
// can still show it.
func loadConfig(env *cliEnv, fs *flag.FlagSet, args []string) (*Config, error) {
	addConfigFlags(fs)
	if !(fs.Parsed() && args == nil) {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{msg: err.Error()}
		}
	}
	given := map[string]string{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = f.Value.String() })

	cfg := &Config{Sources: map[string]string{}}
	path, pathFrom := given["config"], "flag --config"
	if path == "" {
		path, pathFrom = env.getenv("PLANBOT_CONFIG"), "env PLANBOT_CONFIG"
	}
	if path != "" {
		if err := readConfigFile(path, cfg); err != nil {
			return nil, usageError{msg: fmt.Sprintf("config file %s (%s): %v", path, pathFrom, err)}
		}
		cfg.File = path
		for _, s := range settings {
			if !isZero(s.field(cfg)) {
				cfg.Sources[s.key] = "file " + path
			}
		}
		if len(cfg.Feeds) > 0 {
			cfg.Sources["feeds"] = "file " + path
		}
	}
	for _, s := range settings {
		if s.env == "" {
			continue
		}
		v, ok := lookupEnv(env, s.env)
		if !ok {
			continue
		}
		if err := setString(s.field(cfg), v); err != nil {
			return nil, usageError{msg: fmt.Sprintf("%s=%q: %v", s.env, maskIf(s, v), err)}
		}
		cfg.Sources[s.key] = "env " + s.env
	}
	for _, s := range settings {
		v, ok := given[s.flag]
		if s.flag == "" || !ok {
			continue
		}
		if err := setString(s.field(cfg), v); err != nil {
			return nil, usageError{msg: fmt.Sprintf("--%s %q: %v", s.flag, maskIf(s, v), err)}
		}
		cfg.Sources[s.key] = "flag --" + s.flag
	}
	cfg.applyDefaults()
	// Subcommands read the data dir through commonFlags; make it the
	// effective one, which the config file may have set.
	if f := fs.Lookup("data"); f != nil {
		_ = f.Value.Set(cfg.Data)
	}
	if err := cfg.validate(); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// lookupEnv returns an environment variable that is set and not blank:
// `FOO= planbot ...` and an empty line in an env file mean "unset".
func lookupEnv(env *cliEnv, name string) (string, bool) {
	v := strings.TrimSpace(env.getenv(name))
	return v, v != ""
}

func maskIf(s setting, v string) string {
	if s.secret {
		return Secret(v).String()
	}
	return v
}

// readConfigFile decodes a YAML config file into cfg, refusing unknown keys
// so a typo does not silently do nothing.
func readConfigFile(path string, cfg *Config) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		// yaml lists each problem on its own line; keep the message to one.
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return fmt.Errorf("%s (see the example config in README.md)", strings.Join(te.Errors, "; "))
		}
		return fmt.Errorf("%w (see the example config in README.md)", err)
	}
	return nil
}

// setString parses v into the field p points to.
func setString(p any, v string) error {
	switch p := p.(type) {
	case *string:
		*p = v
	case *Secret:
		*p = Secret(v)
	case *int:
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("not a whole number")
		}
		*p = n
	case *ByteSize:
		n, err := parseBytes(v)
		if err != nil {
			return err
		}
		*p = ByteSize(n)
	case *ShardCount:
		n, err := parseShardCount(v)
		if err != nil {
			return err
		}
		*p = n
	case *bool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("not true or false")
		}
		*p = b
	case *time.Duration:
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("not a duration such as 90s, 30m or 24h")
		}
		*p = d
	default:
		return fmt.Errorf("unsupported setting type %T", p)
	}
	return nil
}

// parseBytes accepts a byte count, optionally with a KiB/MiB/GiB suffix
// (KB/MB/GB are taken as the same binary units).
func parseBytes(v string) (int64, error) {
	s := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("not a size such as 5242880 or 5MiB")
	}
	return n * mult, nil
}

func isZero(p any) bool {
	switch p := p.(type) {
	case *string:
		return *p == ""
	case *Secret:
		return *p == ""
	case *int:
		return *p == 0
	case *ByteSize:
		return *p == 0
	case *ShardCount:
		return *p == 0
	case *bool:
		return !*p
	case *time.Duration:
		return *p == 0
	}
	return true
}

// applyDefaults fills every zero setting with its default and records the
// source of the ones nothing set.
func (c *Config) applyDefaults() {
	if c.Sources == nil {
		c.Sources = map[string]string{}
	}
	for _, s := range settings {
		p := s.field(c)
		if isZero(p) && s.def != nil {
			switch p := p.(type) {
			case *string:
				*p = s.def.(string)
			case *int:
				*p = s.def.(int)
			case *ByteSize:
				*p = s.def.(ByteSize)
			case *time.Duration:
				*p = s.def.(time.Duration)
			}
		}
		if _, ok := c.Sources[s.key]; !ok {
			c.Sources[s.key] = "default"
		}
	}
	for i := range c.Feeds {
		if c.Feeds[i].Interval == 0 {
			c.Feeds[i].Interval = defaultFeedInterval
		}
	}
}

// where names a setting the way the user gave it, for error messages.
func (c *Config) where(key string) string {
	src := c.Sources[key]
	for _, s := range settings {
		if s.key != key {
			continue
		}
		switch {
		case strings.HasPrefix(src, "flag "):
			return strings.TrimPrefix(src, "flag ")
		case strings.HasPrefix(src, "env "):
			return strings.TrimPrefix(src, "env ")
		case strings.HasPrefix(src, "file "):
			return fmt.Sprintf("%s in %s", key, strings.TrimPrefix(src, "file "))
		case s.env != "":
			return s.env
		}
	}
	return key
}

var (
	snowflakeRe = regexp.MustCompile(`^[0-9]{17,20}$`)
	hexKeyRe    = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)
	tokenRe     = regexp.MustCompile(`^([A-Za-z0-9_-]{18,})\.([A-Za-z0-9_-]{5,})\.([A-Za-z0-9_-]{25,})$`)
)

// validate checks the shape of every setting that is set and returns the
// first problem as one line: which setting, where it came from, what is
// wrong and how to fix it. It never includes a secret's value.
func (c *Config) validate() error {
	bad := func(key, format string, a ...any) error {
		return usageError{msg: c.where(key) + " " + fmt.Sprintf(format, a...)}
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return bad("log.level", "is %q: use debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "auto", "console", "json":
	default:
		return bad("log.format", "is %q: use auto, console or json", c.Log.Format)
	}
	if c.AdminAddr != "" {
		if _, port, err := net.SplitHostPort(c.AdminAddr); err != nil || port == "" {
			return bad("admin_addr", "is %q: give host:port, e.g. 127.0.0.1:9090 or :9090", c.AdminAddr)
		}
	}
	if _, port, err := net.SplitHostPort(c.HTTP.Addr); err != nil || port == "" {
		return bad("http.addr", "is %q: give host:port, e.g. :8080", c.HTTP.Addr)
	}
	if err := checkToken(c.Discord.Token.Reveal()); err != nil {
		return bad("discord.token", "%v", err)
	}
	if c.Discord.AppID != "" && !snowflakeRe.MatchString(c.Discord.AppID) {
		return bad("discord.app_id", "is %q, not an application ID: copy the 17 to 20 digit Application ID from the Developer Portal, General Information", c.Discord.AppID)
	}
	if c.Discord.PublicKey != "" && !hexKeyRe.MatchString(c.Discord.PublicKey) {
		return bad("discord.public_key", "has %d characters, not 64 hexadecimal ones: copy the Public Key from the Developer Portal, General Information", len(c.Discord.PublicKey))
	}
	if c.Discord.GuildID != "" && !snowflakeRe.MatchString(c.Discord.GuildID) {
		return bad("discord.guild_id", "is %q, not a server ID: enable Developer Mode in Discord, right-click the server, Copy Server ID", c.Discord.GuildID)
	}
	if c.Discord.ShardCount < ShardCountAuto {
		return bad("discord.shard_count", "is %d: use auto for Discord's recommended count, 0 for one unsharded connection, or the number of shards", int(c.Discord.ShardCount))
	}
	switch sc := c.Discord.ShardCount; {
	case c.Discord.ShardID < 0:
		return bad("discord.shard_id", "is %d: a shard ID runs from 0 to the shard count minus 1", c.Discord.ShardID)
	case sc == ShardCountAuto:
		// Checked against Discord's count once planbot serve has asked.
	case (sc > 0 && c.Discord.ShardID >= int(sc)) || (sc == 0 && c.Discord.ShardID != 0):
		return bad("discord.shard_id", "is %d but the shard count is %d: a shard ID runs from 0 to the shard count minus 1 (set --shard-count too)",
			c.Discord.ShardID, int(sc))
	}
	if c.Digest.Since < 0 {
		return bad("digest.since", "is %s: give a positive duration such as 24h", c.Digest.Since)
	}
	if _, err := time.LoadLocation(c.Digest.Timezone); err != nil {
		return bad("digest.timezone", "is %q, not an IANA time zone: use a name such as Europe/Kyiv or UTC", c.Digest.Timezone)
	}
	if c.Fetch.MaxBytes < 0 {
		return bad("fetch.max_bytes", "is %d: give a positive size such as 5MiB", c.Fetch.MaxBytes)
	}
	if c.Fetch.Timeout < 0 {
		return bad("fetch.timeout", "is %s: give a positive duration such as 20s", c.Fetch.Timeout)
	}
	if c.Fetch.MaxRedirects < 0 || c.Fetch.MaxRedirects > defaultMaxRedirects {
		return bad("fetch.max_redirects", "is %d: give 1 to %d", c.Fetch.MaxRedirects, defaultMaxRedirects)
	}
	for i, f := range c.Feeds {
		u, err := url.Parse(f.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usageError{msg: fmt.Sprintf("feeds[%d].url in %s is %q: give the feed's full http(s) address", i, c.File, f.URL)}
		}
		if f.Interval < minFeedInterval {
			return usageError{msg: fmt.Sprintf("feeds[%d].interval in %s is %s: poll at most once a minute (e.g. interval: 30m)", i, c.File, f.Interval)}
		}
	}
	return nil
}

// checkToken tells whether t is shaped like a Discord bot token: three
// base64url parts, the first encoding the bot's user ID. The error never
// contains the token.
func checkToken(t string) error {
	if t == "" {
		return nil
	}
	if strings.HasPrefix(t, "Bot ") || strings.HasPrefix(t, "Bearer ") {
		return errors.New(`starts with "Bot ": give the token alone, planbot adds the prefix`)
	}
	m := tokenRe.FindStringSubmatch(t)
	if m == nil {
		return fmt.Errorf("is not shaped like a Discord bot token (%d characters; expected three parts joined by dots): copy it again from the Developer Portal, Bot, Reset Token", len(t))
	}
	id, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(m[1], "="))
	if err != nil || !snowflakeRe.Match(id) {
		return errors.New("is not shaped like a Discord bot token (its first part does not encode a user ID; is it a client secret?): copy the token from the Developer Portal, Bot, Reset Token")
	}
	return nil
}

// RequireToken is for commands that talk to Discord as the bot.
func (c *Config) RequireToken() error {
	if c.Discord.Token == "" {
		return usageError{msg: "DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot, Reset Token) into the DISCORD_TOKEN environment variable"}
	}
	return nil
}

// RequirePublicKey is for planbot http, which must check signatures.
func (c *Config) RequirePublicKey() error {
	if c.Discord.PublicKey == "" {
		return usageError{msg: "DISCORD_PUBLIC_KEY is not set: copy the Public Key from the Developer Portal (General Information) into the DISCORD_PUBLIC_KEY environment variable"}
	}
	return nil
}

// WebConfig is the fetch settings as corpus/web takes them.
func (c *Config) WebConfig(log *zap.Logger) web.Config {
	return web.Config{
		AllowPrivate: c.Fetch.AllowPrivateAddresses,
		MaxBytes:     int64(c.Fetch.MaxBytes),
		Timeout:      c.Fetch.Timeout,
		MaxRedirects: c.Fetch.MaxRedirects,
		UserAgent:    c.Fetch.UserAgent,
		Logger:       log,
	}
}

// FeedSources is the feeds of the config file as corpus/feed takes them.
func (c *Config) FeedSources() []feed.Source {
	out := make([]feed.Source, 0, len(c.Feeds))
	for _, f := range c.Feeds {
		out = append(out, feed.Source{URL: f.URL, Interval: f.Interval})
	}
	return out
}

// RunsSingletons says whether this process runs what must run once per bot:
// scheduled digests, announcements and feed polling. Only shard 0 does, and
// not a replica started with --no-scheduler.
func (c *Config) RunsSingletons() bool { return c.Discord.ShardID == 0 && !c.NoScheduler }

// display returns a setting's value as planbot config shows it.
func (c *Config) display(s setting) string {
	switch p := s.field(c).(type) {
	case *string:
		return *p
	case *Secret:
		if *p == "" {
			return ""
		}
		return p.String() + " (masked)"
	case *int:
		return strconv.Itoa(*p)
	case *ByteSize:
		return strconv.FormatInt(int64(*p), 10)
	case *ShardCount:
		return p.String()
	case *bool:
		return strconv.FormatBool(*p)
	case *time.Duration:
		return p.String()
	}
	return "?"
}

// writeConfig prints the effective configuration with secrets masked and
// the source of each value.
func writeConfig(w io.Writer, c *Config) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SETTING\tVALUE\tFROM")
	for _, s := range settings {
		v := c.display(s)
		if v == "" {
			v = "(unset)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", s.key, v, c.Sources[s.key])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	file := c.File
	if file == "" {
		file = "(none: set --config or PLANBOT_CONFIG)"
	}
	fmt.Fprintf(w, "\nconfig file: %s\n", file)
	if len(c.Feeds) == 0 {
		fmt.Fprintln(w, "feeds: (none in the config file)")
		return nil
	}
	feeds := append([]FeedConfig(nil), c.Feeds...)
	sort.SliceStable(feeds, func(i, j int) bool { return feeds[i].URL < feeds[j].URL })
	fmt.Fprintf(w, "feeds (%s):\n", c.Sources["feeds"])
	for _, f := range feeds {
		fmt.Fprintf(w, "  %s every %s\n", f.URL, f.Interval)
	}
	return nil
}

// runConfig prints the effective configuration; it exits 2 after printing
// it when a setting is invalid, so it doubles as a config check.
func runConfig(ctx context.Context, env *cliEnv, args []string) error {
	fs, _ := newFlagSet(env, "config")
	asJSON := fs.Bool("json", false, "print the configuration as JSON (secrets masked)")
	cfg, err := loadConfig(env, fs, args)
	if cfg == nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{msg: "config takes no arguments"}
	}
	if *asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		if werr := enc.Encode(configJSON(cfg)); werr != nil {
			return werr
		}
	} else if werr := writeConfig(env.stdout, cfg); werr != nil {
		return werr
	}
	return err
}

// configJSON is the JSON form of planbot config --json: every setting's
// display value and source, secrets masked.
func configJSON(c *Config) map[string]any {
	out := map[string]any{}
	for _, s := range settings {
		out[s.key] = map[string]string{"value": c.display(s), "from": c.Sources[s.key]}
	}
	out["config_file"] = c.File
	feeds := []map[string]string{}
	for _, f := range c.Feeds {
		feeds = append(feeds, map[string]string{"url": f.URL, "interval": f.Interval.String()})
	}
	out["feeds"] = feeds
	return out
}
