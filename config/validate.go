package config

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"

	"go.uber.org/zap"

	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// Where names a setting the way the user gave it ("--shard-id",
// "PLANBOT_SHARD_ID", "discord.shard_id in FILE"), for error messages.
func (c *Config) Where(key string) string {
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
		return &Error{Msg: c.Where(key) + " " + fmt.Sprintf(format, a...)}
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
	if err := checkStateURL(c.StateURL); err != nil {
		return bad("state_url", "%v", err)
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
			return &Error{Msg: fmt.Sprintf("feeds[%d].url in %s is %q: give the feed's full http(s) address", i, c.File, f.URL)}
		}
		if f.Interval < minFeedInterval {
			return &Error{Msg: fmt.Sprintf("feeds[%d].interval in %s is %s: poll at most once a minute (e.g. interval: 30m)", i, c.File, f.Interval)}
		}
	}
	return nil
}

// checkStateURL tells whether u is a PostgreSQL URL planbot can connect
// to. The error never contains the password.
func checkStateURL(u StateURL) error {
	if u == "" {
		return nil
	}
	p, err := url.Parse(u.Reveal())
	if err != nil {
		return errors.New("is not a URL: give postgres://user:password@host:5432/database")
	}
	if p.Scheme != "postgres" && p.Scheme != "postgresql" {
		return fmt.Errorf("is %q, not a PostgreSQL URL: give postgres://user:password@host:5432/database", u.String())
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
		return &Error{Msg: "DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot, Reset Token) into the DISCORD_TOKEN environment variable"}
	}
	return nil
}

// RequirePublicKey is for planbot http, which must check signatures.
func (c *Config) RequirePublicKey() error {
	if c.Discord.PublicKey == "" {
		return &Error{Msg: "DISCORD_PUBLIC_KEY is not set: copy the Public Key from the Developer Portal (General Information) into the DISCORD_PUBLIC_KEY environment variable"}
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

// RunsSingletons says whether this process may run what must run once per
// bot: scheduled digests, announcements and feed polling. Never a replica
// started with --no-scheduler. With local state only shard 0 does; with a
// state URL every process may, and a PostgreSQL lock lets one at a time.
func (c *Config) RunsSingletons() bool {
	return !c.NoScheduler && (c.Discord.ShardID == 0 || c.StateURL != "")
}
