package bot

import (
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// RequestFromInteraction parses a Discord interaction into a Request. Option
// values become strings (numbers in decimal, booleans "true"/"false",
// users, channels, roles and attachments as their IDs); a subcommand (or a
// group and subcommand, joined "group sub") becomes Sub.
func RequestFromInteraction(i *discordgo.Interaction) Request {
	req := Request{GuildID: i.GuildID, ChannelID: i.ChannelID, Options: map[string]string{}}
	switch {
	case i.Member != nil:
		req.Permissions = i.Member.Permissions
		if i.Member.User != nil {
			req.UserID = i.Member.User.ID
		}
	case i.User != nil:
		req.UserID = i.User.ID
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		req.Kind = KindCommand
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			req.Kind = KindAutocomplete
		}
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return req
		}
		req.Name = data.Name
		opts := data.Options
		for len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand ||
			opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
			if req.Sub == "" {
				req.Sub = opts[0].Name
			} else {
				req.Sub += " " + opts[0].Name
			}
			opts = opts[0].Options
		}
		for _, o := range opts {
			req.Options[o.Name] = optionString(o)
			if o.Focused {
				req.Focused = o.Name
			}
		}
		if data.Resolved != nil && len(data.Resolved.Attachments) > 0 {
			req.Attachments = map[string]Attachment{}
			for id, a := range data.Resolved.Attachments {
				req.Attachments[id] = Attachment{ID: a.ID, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size, URL: a.URL}
			}
		}
	case discordgo.InteractionMessageComponent:
		req.Kind = KindComponent
		if data, ok := i.Data.(discordgo.MessageComponentInteractionData); ok {
			req.CustomID = data.CustomID
		}
	}
	return req
}

// optionString renders an option's value as text whatever its type; it never
// panics on a value of an unexpected JSON type.
func optionString(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		if o.Type == discordgo.ApplicationCommandOptionInteger || v == float64(int64(v)) {
			return strconv.FormatInt(int64(v), 10)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	}
	return ""
}
