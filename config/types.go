package config

import (
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of planbot. Each comes from, in order of
// precedence, a flag, an environment variable, the config file (YAML, given
// with --config or PLANBOT_CONFIG) or its default. A zero value means the
// default documented on the field; Load fills the defaults in, so code
// reading a loaded Config sees the effective values.
type Config struct {
	// Data is the data directory: documents, index, state. Defaults to
	// ./planbot-data. Flag --data, env PLANBOT_DATA, file `data`.
	Data string
	// Log configures logging.
	Log LogConfig
	// AdminAddr is the address of the admin listener (/healthz, /readyz,
	// /metrics), e.g. "127.0.0.1:9090". Empty (the default) means off.
	AdminAddr string
	// Discord holds the application's identity and the gateway sharding.
	Discord DiscordConfig
	// HTTP configures the HTTP interactions endpoint (planbot http).
	HTTP HTTPConfig
	// NoScheduler keeps this process from running what must run once per
	// bot (scheduled digests, announcements, feed polling). With StateURL
	// the replicas elect one to run them, so it only keeps a replica out of
	// the election; without it, set it on every replica but one. Defaults
	// to false.
	NoScheduler bool
	// StateURL is the PostgreSQL database (postgres:// or postgresql://
	// URL) holding the state several replicas share: bot state, feed
	// positions, the server registry and the documents. Empty (the
	// default) keeps everything in the data directory (state.db, docs/),
	// which is all a single process needs. Flag --state-url, env
	// PLANBOT_STATE_URL, file `state_url`. Its password is never shown.
	StateURL StateURL
	// Digest holds the defaults of digests.
	Digest DigestConfig
	// Fetch limits every fetch of a web page or feed.
	Fetch FetchConfig
	// Feeds are the RSS/Atom feeds polled for new documents. Only the config
	// file sets them (moderators may add more with /feed add).
	Feeds []FeedConfig
	// FeedsOnTopicOnly keeps only feed entries in which the corpus finds a
	// topic of the plan, so a general news feed does not flood the corpus.
	// Defaults to false.
	FeedsOnTopicOnly bool

	// File is the config file that was read, "" when none. Not a setting of
	// the file itself.
	File string
	// Sources says where each setting came from, by key ("discord.token"):
	// "flag --x", "env X", "file PATH" or "default".
	Sources map[string]string
}

// LogConfig configures the zap logger built by cmd/planbot.
type LogConfig struct {
	// Level is debug, info, warn or error. Defaults to info.
	Level string
	// Format is auto, console or json. Defaults to auto: console on a
	// terminal, JSON otherwise (for log collectors).
	Format string
}

// DiscordConfig is the Discord application's identity and sharding.
type DiscordConfig struct {
	// Token is the bot token (Developer Portal, Bot, Reset Token), needed by
	// planbot serve and to register commands. Never logged.
	Token Secret
	// AppID is the application ID (a snowflake), needed to register commands.
	AppID string
	// PublicKey is the application's Ed25519 public key (64 hex characters),
	// needed by planbot http to check request signatures.
	PublicKey string
	// GuildID, when set, registers the commands in that one server only,
	// where they appear at once (for development). Empty means global.
	GuildID string
	// ShardID is this process's gateway shard, 0 to ShardCount-1; each
	// process runs one shard, so it is given per process, with auto too.
	// Without StateURL digests and feeds run only on shard 0. Defaults to 0.
	ShardID int
	// ShardCount is the number of gateway shards, or ShardCountAuto ("auto")
	// for the count Discord recommends, asked at start-up. 0 (the default)
	// means one unsharded connection, enough for up to 2,500 servers.
	ShardCount ShardCount
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

// HTTPConfig configures the HTTP interactions endpoint.
type HTTPConfig struct {
	// Addr is the listen address of planbot http. Defaults to ":8080".
	Addr string
}

// DigestConfig holds the defaults of digests.
type DigestConfig struct {
	// Since is how far back a digest with no previous digest (or planbot
	// digest without --since) looks. Defaults to 24h.
	Since time.Duration
	// PostEmpty makes a scheduled digest with nothing new post "no updates"
	// instead of nothing. Defaults to false.
	PostEmpty bool
	// Timezone is the IANA time zone of schedules given without one.
	// Defaults to UTC.
	Timezone string
}

// FetchConfig limits every fetch of a web page or feed.
type FetchConfig struct {
	// MaxBytes is the largest body read. Defaults to 5 MiB.
	MaxBytes ByteSize
	// Timeout bounds one fetch, redirects and body included. Defaults to 30s.
	Timeout time.Duration
	// MaxRedirects is the most redirects followed, at most 5. Defaults to 5.
	MaxRedirects int
	// AllowPrivateAddresses lets fetches reach loopback, private and
	// link-local addresses: for tests and self-hosted sites only. Defaults
	// to false.
	AllowPrivateAddresses bool
	// UserAgent is sent with every fetch. Empty (the default) means the
	// fetcher's own planbot User-Agent.
	UserAgent string
}

// FeedConfig is one RSS or Atom feed to poll.
type FeedConfig struct {
	// URL of the feed, http or https.
	URL string
	// Interval between polls. Defaults to 30m; at least 1m.
	Interval time.Duration
}

// The defaults, also shown by planbot config.
const (
	DefaultData          = "./planbot-data"
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

// StateURL is a database URL whose password must never be printed or
// logged: String, GoString and JSON show it with the password replaced by
// "xxxxx". Reveal returns the URL itself, for the one place that connects.
type StateURL string

// Reveal returns the URL with its password.
func (u StateURL) Reveal() string { return string(u) }

// String is the URL with any password masked; a value that does not parse
// as a URL is masked whole, since it may be a password typed by mistake.
func (u StateURL) String() string {
	if u == "" {
		return ""
	}
	p, err := url.Parse(string(u))
	if err != nil {
		return "(unparsable URL, masked)"
	}
	return p.Redacted()
}

// GoString masks the password for %#v too.
func (u StateURL) GoString() string { return strconv.Quote(u.String()) }

// MarshalJSON masks the password, which also covers zap.Any and reflection.
func (u StateURL) MarshalJSON() ([]byte, error) { return json.Marshal(u.String()) }
