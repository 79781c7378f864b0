package config

import "time"

// Group is a set of settings that belong to one concern. A subcommand
// offers as flags only the groups it uses (healthcheck has no token
// flag), while every setting still comes from the environment and the file.
type Group int

// The groups of settings.
const (
	// GroupCommon is for every subcommand: data dir and logging.
	GroupCommon Group = iota
	// GroupDiscord is the application's identity (token, IDs, key).
	GroupDiscord
	// GroupGateway is the gateway sharding of planbot serve.
	GroupGateway
	// GroupHTTP is the listen address of planbot http.
	GroupHTTP
	// GroupAdmin is the admin listener (/healthz, /readyz, /metrics).
	GroupAdmin
	// GroupServing is what a long-running bot does besides answering.
	GroupServing
	// GroupDigest is the defaults of digests.
	GroupDigest
	// GroupFetch limits fetching web pages and feeds.
	GroupFetch
	// GroupState is where the shared state lives (--state-url): serve,
	// http and ingest, which write documents or bot state.
	GroupState
)

// Setting describes one setting for a command line: its key in the file,
// its flag (without dashes), its environment variable and its help text.
type Setting struct {
	Key, Flag, Env, Usage string
	Group                 Group
	// Bool settings are given as a bare flag (--no-scheduler).
	Bool bool
	// Type names the kind of value for help: string, int, duration,
	// size, shards or bool.
	Type string
	// Secret settings are never shown (the bot token).
	Secret bool
}

// Settings returns every setting in the order planbot config prints them.
func Settings() []Setting {
	out := make([]Setting, 0, len(settings))
	for _, s := range settings {
		typ := "string"
		switch s.field(&Config{}).(type) {
		case *bool:
			typ = "bool"
		case *int:
			typ = "int"
		case *time.Duration:
			typ = "duration"
		case *ByteSize:
			typ = "size"
		case *ShardCount:
			typ = "count|auto"
		case *StateURL:
			typ = "url"
		}
		usage := s.usage
		if s.env != "" {
			usage += " (env " + s.env + ")"
		}
		out = append(out, Setting{Key: s.key, Flag: s.flag, Env: s.env, Usage: usage, Group: s.group, Bool: typ == "bool", Type: typ, Secret: s.secret})
	}
	return out
}

// setting describes one scalar setting: its key in the file, its flag, its
// environment variable and where it lives in Config.
type setting struct {
	key    string // dotted YAML path, e.g. "discord.token"
	group  Group
	flag   string // flag name without dashes; "" for file only
	env    string // environment variable; "" for none
	usage  string
	secret bool
	field  func(c *Config) any // pointer to the field
	def    any                 // default, same type as the field; nil means zero
}

// settings lists every scalar setting in the order planbot config prints them.
var settings = []setting{
	{key: "data", group: GroupCommon, flag: "data", env: "PLANBOT_DATA", usage: "data directory: documents, index, state",
		field: func(c *Config) any { return &c.Data }, def: DefaultData},
	{key: "log.level", group: GroupCommon, flag: "log-level", env: "PLANBOT_LOG_LEVEL", usage: "log level: debug, info, warn or error",
		field: func(c *Config) any { return &c.Log.Level }, def: defaultLogLevel},
	{key: "log.format", group: GroupCommon, flag: "log-format", env: "PLANBOT_LOG_FORMAT", usage: "log format: auto (console on a terminal, else JSON), console or json",
		field: func(c *Config) any { return &c.Log.Format }, def: defaultLogFormat},
	{key: "admin_addr", group: GroupAdmin, flag: "admin-addr", env: "PLANBOT_ADMIN_ADDR", usage: "admin listener (/healthz, /readyz, /metrics), e.g. 127.0.0.1:9090; empty: off",
		field: func(c *Config) any { return &c.AdminAddr }},
	{key: "discord.token", group: GroupDiscord, flag: "discord-token", env: "DISCORD_TOKEN", secret: true, usage: "bot token (prefer the env variable: flags show in ps)",
		field: func(c *Config) any { return &c.Discord.Token }},
	{key: "discord.app_id", group: GroupDiscord, flag: "app-id", env: "DISCORD_APP_ID", usage: "application ID (Developer Portal, General Information)",
		field: func(c *Config) any { return &c.Discord.AppID }},
	{key: "discord.public_key", group: GroupDiscord, flag: "public-key", env: "DISCORD_PUBLIC_KEY", usage: "application public key, 64 hex characters (for planbot http)",
		field: func(c *Config) any { return &c.Discord.PublicKey }},
	{key: "discord.guild_id", group: GroupDiscord, flag: "guild-id", env: "DISCORD_GUILD_ID", usage: "register commands in this server only (instant, for development); empty: global",
		field: func(c *Config) any { return &c.Discord.GuildID }},
	{key: "discord.shard_id", group: GroupGateway, flag: "shard-id", env: "PLANBOT_SHARD_ID", usage: "gateway shard of this process (without state_url digests and feeds run on shard 0 only)",
		field: func(c *Config) any { return &c.Discord.ShardID }},
	{key: "discord.shard_count", group: GroupGateway, flag: "shard-count", env: "PLANBOT_SHARD_COUNT", usage: "number of gateway shards, or auto for Discord's recommended count; 0: one unsharded connection",
		field: func(c *Config) any { return &c.Discord.ShardCount }},
	{key: "http.addr", group: GroupHTTP, flag: "addr", env: "PLANBOT_HTTP_ADDR", usage: "listen address of the HTTP interactions endpoint",
		field: func(c *Config) any { return &c.HTTP.Addr }, def: defaultHTTPAddr},
	{key: "no_scheduler", group: GroupServing, flag: "no-scheduler", env: "PLANBOT_NO_SCHEDULER", usage: "never run scheduled digests, announcements and feeds here (with state_url one replica at a time runs them; without it, set this on every replica but one)",
		field: func(c *Config) any { return &c.NoScheduler }},
	{key: "state_url", group: GroupState, flag: "state-url", env: "PLANBOT_STATE_URL", usage: "PostgreSQL URL (postgres://user:pass@host/db) of the state shared by several replicas; empty: <data>/state.db",
		field: func(c *Config) any { return &c.StateURL }},
	{key: "digest.since", group: GroupDigest, flag: "digest-since", env: "PLANBOT_DIGEST_SINCE", usage: "how far back a first digest looks",
		field: func(c *Config) any { return &c.Digest.Since }, def: defaultDigestSince},
	{key: "digest.post_empty", group: GroupServing, flag: "digest-post-empty", env: "PLANBOT_DIGEST_POST_EMPTY", usage: "scheduled digests with nothing new post \"no updates\"",
		field: func(c *Config) any { return &c.Digest.PostEmpty }},
	{key: "digest.timezone", group: GroupDigest, flag: "timezone", env: "PLANBOT_TIMEZONE", usage: "IANA time zone of schedules given without one",
		field: func(c *Config) any { return &c.Digest.Timezone }, def: defaultTimezone},
	{key: "fetch.max_bytes", group: GroupFetch, flag: "fetch-max-bytes", env: "PLANBOT_FETCH_MAX_BYTES", usage: "largest web page or feed body read, in bytes",
		field: func(c *Config) any { return &c.Fetch.MaxBytes }, def: ByteSize(defaultFetchMaxBytes)},
	{key: "fetch.timeout", group: GroupFetch, flag: "fetch-timeout", env: "PLANBOT_FETCH_TIMEOUT", usage: "time limit of one fetch",
		field: func(c *Config) any { return &c.Fetch.Timeout }, def: defaultFetchTimeout},
	{key: "fetch.max_redirects", group: GroupFetch, flag: "fetch-max-redirects", env: "PLANBOT_FETCH_MAX_REDIRECTS", usage: "most redirects followed by one fetch",
		field: func(c *Config) any { return &c.Fetch.MaxRedirects }, def: defaultMaxRedirects},
	{key: "fetch.allow_private_addresses", group: GroupFetch, flag: "allow-private-addresses", env: "PLANBOT_ALLOW_PRIVATE_ADDRESSES", usage: "let fetches reach private and loopback addresses (tests, self-hosting)",
		field: func(c *Config) any { return &c.Fetch.AllowPrivateAddresses }},
	{key: "feeds_on_topic_only", group: GroupServing, flag: "feeds-on-topic-only", env: "PLANBOT_FEEDS_ON_TOPIC_ONLY", usage: "keep only feed entries about the plan",
		field: func(c *Config) any { return &c.FeedsOnTopicOnly }},
	{key: "fetch.user_agent", group: GroupFetch, flag: "user-agent", env: "PLANBOT_USER_AGENT", usage: "User-Agent of fetches",
		field: func(c *Config) any { return &c.Fetch.UserAgent }},
}
