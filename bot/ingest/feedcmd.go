package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// feedCmd is /feed.
type feedCmd struct{ cfg Config }

// Definition registers /feed for moderators, in servers only.
func (c *feedCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "feed",
		Description:              "RSS and Atom feeds whose new articles are added to the record (moderators)",
		DefaultMemberPermissions: &modPerms,
		DMPermission:             &noDM,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "add", Description: "Subscribe to a feed",
				Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "url",
					Description: "Link to the RSS or Atom feed", Required: true, MaxLength: 2000}}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "remove", Description: "Unsubscribe from a feed",
				Options: []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "url",
					Description: "The feed to remove", Required: true, Autocomplete: true, MaxLength: 2000}}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "list", Description: "Show the subscribed feeds"},
		},
	}
}

// Handle answers /feed and the autocomplete of /feed remove. /feed add
// fetches the feed once, so transports must defer it.
func (c *feedCmd) Handle(ctx context.Context, req bot.Request) (bot.Reply, error) {
	if err := bot.RequireModerator(req); err != nil {
		return bot.Reply{}, err
	}
	switch req.Kind {
	case bot.KindAutocomplete:
		return bot.Reply{Choices: c.choices(c.cfg.collection(req), req.Options[req.Focused])}, nil
	case bot.KindCommand:
	default:
		return bot.Reply{}, bot.UserError("This command has no buttons.")
	}
	switch req.Sub {
	case "add":
		return c.add(ctx, req)
	case "remove":
		return c.remove(req)
	case "list":
		return c.list(c.cfg.collection(req)), nil
	}
	return bot.Reply{}, bot.UserError("Unknown /feed subcommand; use add, remove or list.")
}

func (c *feedCmd) add(ctx context.Context, req bot.Request) (bot.Reply, error) {
	link := strings.TrimSpace(req.Options["url"])
	if link == "" {
		return bot.Reply{}, bot.UserError("Give the feed's link, e.g. `/feed add url:https://example.org/rss.xml`.")
	}
	info, err := c.cfg.Feeds.Add(ctx, c.cfg.collection(req), link, req.UserID)
	switch {
	case errors.Is(err, feed.ErrExists):
		return bot.Reply{}, bot.UserError(quoteURL(link) + " is already subscribed. `/feed list` shows every feed.")
	case errors.Is(err, feed.ErrNotAFeed):
		return bot.Reply{}, bot.UserError(quoteURL(link) + " is not an RSS, Atom or JSON feed. To add a single article, use `/ingest url:`.")
	case err != nil:
		c.cfg.Logger.Debug("feed add refused", zap.String("url", link), zap.Error(err))
		return bot.Reply{}, bot.UserError("Could not subscribe to " + quoteURL(link) + ": " + Reason(err, 0) + ".")
	}
	text := fmt.Sprintf("Subscribed to **%s**\n%s\n\nIt is checked every %s; each new article is fetched and added to the record.",
		bot.EscapeMarkdown(orURL(info.Title, info.URL)), quoteURL(info.URL), every(info.Interval))
	if c.cfg.OnTopicOnly {
		text += " Only articles about the plan (where a topic is found) are kept."
	}
	text += " The first check starts now."
	return bot.Reply{Title: "Feed added", Text: text, Ephemeral: true}, nil
}

func (c *feedCmd) remove(req bot.Request) (bot.Reply, error) {
	guild := c.cfg.collection(req)
	link := c.resolve(guild, strings.TrimSpace(req.Options["url"]))
	err := c.cfg.Feeds.Remove(guild, link)
	switch {
	case errors.Is(err, feed.ErrNotFound):
		return bot.Reply{}, bot.UserError(quoteURL(link) + " is not subscribed. `/feed list` shows every feed.")
	case errors.Is(err, feed.ErrShared):
		return bot.Reply{}, bot.UserError(quoteURL(link) + " feeds every server the bot is in, not only this one; only the bot's operator can remove it.")
	case errors.Is(err, feed.ErrConfigured):
		return bot.Reply{}, bot.UserError(quoteURL(link) + " is set in the bot's configuration file; it can only be removed there.")
	case errors.Is(err, web.ErrScheme) || errors.As(err, new(*url.Error)):
		return bot.Reply{}, bot.UserError("That is not a feed link: give its http:// or https:// address.")
	case err != nil:
		return bot.Reply{}, err
	}
	return bot.Reply{Title: "Feed removed", Ephemeral: true,
		Text: "Unsubscribed from " + quoteURL(link) + ". Documents already added stay in the record."}, nil
}

// list shows the feeds a server gets: its own and the global ones.
func (c *feedCmd) list(guild string) bot.Reply {
	feeds := c.cfg.Feeds.List(guild)
	r := bot.Reply{Title: "Feeds", Ephemeral: true}
	if len(feeds) == 0 {
		r.Text = "No feeds are subscribed. Add one with `/feed add url:`."
		return r
	}
	if c.cfg.OnTopicOnly {
		r.Text = "Only articles about the plan are kept from these feeds."
	}
	for _, f := range feeds {
		var lines []string
		lines = append(lines, quoteURL(f.URL))
		status := fmt.Sprintf("every %s · %s added", every(f.Interval), bot.Plural(f.Ingested, "document"))
		if !f.LastPoll.IsZero() {
			status += fmt.Sprintf(" · last checked <t:%d:R>", f.LastPoll.Unix())
		} else {
			status += " · not checked yet"
		}
		lines = append(lines, status)
		switch {
		case f.FromConfig:
			lines = append(lines, "Set in the configuration file.")
		case f.Guild == "" && guild != "":
			lines = append(lines, "Shared by every server.")
		case f.AddedBy != "":
			lines = append(lines, "Added by <@"+f.AddedBy+">.")
		}
		if f.LastError != "" {
			lines = append(lines, "⚠ Last check failed: "+bot.EscapeMarkdown(bot.Truncate(f.LastError, 200)))
		}
		r.Entries = append(r.Entries, bot.Entry{Heading: orURL(f.Title, f.URL), Body: strings.Join(lines, "\n")})
	}
	r.Footer = bot.Plural(len(feeds), "feed")
	return r
}

// choices suggests the feeds server guild subscribed (not the configured
// or shared ones, which cannot be removed here) whose title or URL
// contains what was typed. Discord caps choice values at 100 characters,
// so a longer URL is offered as a short key that resolve maps back.
func (c *feedCmd) choices(guild, typed string) []bot.Choice {
	typed = strings.ToLower(strings.TrimSpace(typed))
	var out []bot.Choice
	for _, f := range c.cfg.Feeds.List(guild) {
		if f.FromConfig || f.Guild != guild {
			continue
		}
		if typed != "" && !strings.Contains(strings.ToLower(f.Title+" "+f.URL), typed) {
			continue
		}
		value := f.URL
		if len(value) > 100 {
			value = feedKey(f.URL)
		}
		name := f.URL
		if f.Title != "" {
			name = f.Title + " — " + f.URL
		}
		out = append(out, bot.Choice{Name: bot.Truncate(name, 100), Value: value})
		if len(out) == 25 {
			break
		}
	}
	return out
}

const keyPrefix = "feed:"

func feedKey(u string) string {
	sum := sha256.Sum256([]byte(u))
	return keyPrefix + hex.EncodeToString(sum[:8])
}

// resolve maps an autocomplete key back to the URL of server guild's feed.
func (c *feedCmd) resolve(guild, v string) string {
	if !strings.HasPrefix(v, keyPrefix) {
		return v
	}
	for _, f := range c.cfg.Feeds.List(guild) {
		if feedKey(f.URL) == v {
			return f.URL
		}
	}
	return v
}

func orURL(title, u string) string {
	if strings.TrimSpace(title) != "" {
		return title
	}
	return u
}

// every renders a poll interval the way people say it: "30 min", "2 h", "1 h 30 min".
func every(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	switch {
	case d < time.Minute:
		return "minute"
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}
