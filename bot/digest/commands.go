package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/bot/store"
)

// Commands returns /digest and /announce.
func (s *Service) Commands() []bot.Command {
	return []bot.Command{digestCommand{s}, announceCommand{s}}
}

var (
	modPerms       = bot.PermManageServer
	guildOnly      = []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	noDM           = false
	textChannels   = []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews}
	previewEntries = 10
)

func channelOpt(required bool, desc string) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel",
		Description: desc, Required: required, ChannelTypes: textChannels}
}

func sinceOpt() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "since",
		Description: `Only sources added within this period, e.g. "24h" or "3d"`, MaxLength: 16}
}

func sub(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
}

// digestCommand is /digest.
type digestCommand struct{ s *Service }

// Definition registers /digest for moderators only, in servers only.
func (c digestCommand) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "digest",
		Description:              "Digests of what was added to the plan record (moderators)",
		DefaultMemberPermissions: &modPerms,
		DMPermission:             &noDM,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			sub("preview", "Show the digest as it would be posted, only to you", sinceOpt()),
			sub("post", "Post the digest now", channelOpt(false, "Where to post (default: this channel)"), sinceOpt()),
			sub("schedule", "Post the digest automatically",
				channelOpt(true, "Where to post"),
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "when", Required: true, MaxLength: 100,
					Description: `"daily 09:00", "weekly mon 09:00" or a cron line like "0 9 * * 1-5"`},
				&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "timezone", MaxLength: 64,
					Description: `IANA time zone, e.g. "Europe/Berlin" or "UTC" (default: the bot's configured zone)`}),
			sub("unschedule", "Stop a channel's automatic digest", channelOpt(true, "The channel")),
			sub("status", "What is scheduled, what was last posted, what runs next"),
		},
	}
}

// Handle answers /digest; every answer is ephemeral.
func (c digestCommand) Handle(ctx context.Context, req bot.Request) (bot.Reply, error) {
	if err := bot.RequireModerator(req); err != nil {
		return bot.Reply{}, err
	}
	if req.Kind != bot.KindCommand {
		return bot.Reply{}, bot.UserError("This command has no buttons or suggestions.")
	}
	since, err := ParseSince(req.Options["since"])
	if err != nil {
		return bot.Reply{}, bot.UserError(err.Error())
	}
	s := c.s
	switch req.Sub {
	case "preview":
		d, err := s.Compose(req.ChannelID, req.GuildID, since)
		if err != nil {
			return bot.Reply{}, err
		}
		return PreviewReply(d, len(Render(d, s.cfg.Render)), previewEntries), nil
	case "post":
		ch := req.Options["channel"]
		if ch == "" {
			ch = req.ChannelID
		}
		res, err := s.PostDigest(ctx, ch, req.GuildID, since, ReasonManual)
		if err != nil {
			var pe *PermanentError
			if errors.As(err, &pe) {
				return bot.Reply{}, bot.UserError(fmt.Sprintf("Could not post in <#%s>: %s", ch, pe.Error()))
			}
			if errors.Is(err, store.ErrPending) {
				return bot.Reply{}, bot.UserError(fmt.Sprintf("A digest is already being posted in <#%s>; try again in a minute.", ch))
			}
			return bot.Reply{}, err
		}
		text := fmt.Sprintf("Posted the digest in <#%s>: %s (%s).", ch, res.Summary, plural(res.Messages, "message"))
		if res.Empty {
			text = fmt.Sprintf("Nothing new for <#%s> since its last digest, so nothing was posted.", ch)
			if res.Resumed != "" {
				text = fmt.Sprintf("Finished posting an interrupted digest in <#%s>; nothing else is new.", ch)
			}
		}
		return bot.Reply{Title: "Digest", Text: text, Ephemeral: true}, nil
	case "schedule":
		ch := req.Options["channel"]
		if ch == "" {
			return bot.Reply{}, bot.UserError("Choose the channel to post in.")
		}
		sc, next, err := s.SetSchedule(ch, req.GuildID, req.Options["when"], req.Options["timezone"], req.UserID)
		if err != nil {
			return bot.Reply{}, bot.UserError(err.Error())
		}
		return bot.Reply{Title: "Digest scheduled", Ephemeral: true,
			Text: fmt.Sprintf("<#%s> gets a digest on `%s` (%s, cron `%s`). Next run: <t:%d:F>.", ch, sc.When, sc.Zone, sc.Cron, next.Unix())}, nil
	case "unschedule":
		ch := req.Options["channel"]
		ok, err := s.Unschedule(ch)
		if err != nil {
			return bot.Reply{}, err
		}
		if !ok {
			return bot.Reply{}, bot.UserError(fmt.Sprintf("<#%s> has no scheduled digest.", ch))
		}
		return bot.Reply{Title: "Digest unscheduled", Text: fmt.Sprintf("<#%s> will no longer get automatic digests.", ch), Ephemeral: true}, nil
	case "status":
		st, err := s.Status()
		if err != nil {
			return bot.Reply{}, err
		}
		return statusReply(st), nil
	}
	return bot.Reply{}, bot.UserError("Unknown /digest subcommand; use preview, post, schedule, unschedule or status.")
}

// statusReply lists each channel: its schedule, next run, last post and
// any error, as one entry per channel.
func statusReply(st []ChannelStatus) bot.Reply {
	r := bot.Reply{Title: "Digest status", Ephemeral: true}
	if len(st) == 0 {
		r.Text = "No digests are scheduled and none has been posted. Use /digest schedule or /digest post."
		return r
	}
	for _, c := range st {
		var lines []string
		if sc := c.Schedule; sc != nil {
			line := fmt.Sprintf("Schedule: `%s` (%s)", sc.When, sc.Zone)
			if sc.Disabled != "" {
				line += " — **stopped**: " + sc.Disabled + " Schedule it again once fixed."
			} else if !c.Next.IsZero() {
				line += fmt.Sprintf(", next run <t:%d:F>", c.Next.Unix())
			}
			lines = append(lines, line)
		} else {
			lines = append(lines, "Not scheduled.")
		}
		w := c.Watermark
		if !w.LastPostedAt.IsZero() {
			lines = append(lines, fmt.Sprintf("Last digest <t:%d:R>: %s. Sources covered so far: %d.", w.LastPostedAt.Unix(), w.LastSummary, w.Covered))
		} else {
			lines = append(lines, "No digest posted yet.")
		}
		if w.LastError != "" {
			lines = append(lines, fmt.Sprintf("Last error <t:%d:R>: %s", w.LastErrorAt.Unix(), w.LastError))
		}
		if c.Announce {
			lines = append(lines, "Announcements: on.")
		}
		r.Entries = append(r.Entries, bot.Entry{Heading: "<#" + c.ChannelID + ">", Body: strings.Join(lines, "\n")})
	}
	r.Footer = plural(len(st), "channel")
	return r
}

// announceCommand is /announce.
type announceCommand struct{ s *Service }

// Definition registers /announce for moderators only, in servers only.
func (c announceCommand) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "announce",
		Description:              "Announce newly added sources in a channel (moderators)",
		DefaultMemberPermissions: &modPerms,
		DMPermission:             &noDM,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			sub("channel", "Announce new sources in this channel", channelOpt(true, "Where to announce")),
			sub("off", "Stop announcing in a channel", channelOpt(false, "The channel (default: this channel)")),
		},
	}
}

// Handle answers /announce.
func (c announceCommand) Handle(ctx context.Context, req bot.Request) (bot.Reply, error) {
	if err := bot.RequireModerator(req); err != nil {
		return bot.Reply{}, err
	}
	if req.Kind != bot.KindCommand {
		return bot.Reply{}, bot.UserError("This command has no buttons or suggestions.")
	}
	ch := req.Options["channel"]
	if ch == "" {
		ch = req.ChannelID
	}
	switch req.Sub {
	case "channel":
		err := c.s.st.SetAnnounce(store.AnnounceChannel{ChannelID: ch, GuildID: req.GuildID, SetBy: req.UserID, SetAt: c.s.clock.Now().UTC()})
		if err != nil {
			return bot.Reply{}, err
		}
		// Sources already in the corpus are not news: mark them announced so
		// the first announcement is about the next ingest, not the backlog.
		if err := c.s.baselineAnnounce(ch); err != nil {
			return bot.Reply{}, err
		}
		return bot.Reply{Title: "Announcements on", Ephemeral: true,
			Text: fmt.Sprintf("New sources will be announced in <#%s> as soon as they are added.", ch)}, nil
	case "off":
		ok, err := c.s.st.DeleteAnnounce(ch)
		if err != nil {
			return bot.Reply{}, err
		}
		if !ok {
			return bot.Reply{}, bot.UserError(fmt.Sprintf("Announcements were not on in <#%s>.", ch))
		}
		return bot.Reply{Title: "Announcements off", Text: fmt.Sprintf("No more announcements in <#%s>.", ch), Ephemeral: true}, nil
	}
	return bot.Reply{}, bot.UserError("Unknown /announce subcommand; use channel or off.")
}

// baselineAnnounce records the current corpus as already announced in a
// channel, through the same post log (a post with no messages), so the
// covered set stays the single source of truth.
func (s *Service) baselineAnnounce(channelID string) error {
	defer s.lock(TrackAnnounce, channelID)()
	var ids []string
	if cat, ok := s.lib.(Catalogue); ok {
		// Only the IDs are needed: no document is parsed.
		for _, e := range cat.Entries() {
			ids = append(ids, e.Source.ID)
		}
	} else {
		for _, d := range s.lib.Documents() {
			ids = append(ids, d.Source.ID)
		}
	}
	fresh, err := s.st.Uncovered(TrackAnnounce, channelID, ids)
	if err != nil || len(fresh) == 0 {
		return err
	}
	now := s.clock.Now()
	p := store.Post{ID: newID(now), Track: TrackAnnounce, ChannelID: channelID, Reason: "baseline", CreatedAt: now.UTC(),
		SourceIDs: fresh, Summary: plural(len(fresh), "existing source") + " marked as known"}
	if err := s.st.RecordIntent(p); err != nil {
		return err
	}
	return s.st.CompletePost(p.ID, now)
}
