package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// RequestKind says which kind of interaction a Request came from.
type RequestKind int

// The interaction kinds a Command handles.
const (
	KindCommand      RequestKind = iota + 1 // a slash command was run
	KindAutocomplete                        // an option is being typed
	KindComponent                           // a button on one of our messages was pressed
)

// Request is one interaction, parsed and independent of its transport
// (gateway, HTTP interactions or the local console).
type Request struct {
	Kind        RequestKind
	Name        string                // top-level command name: "provision", "digest"
	Sub         string                // subcommand: "post" in /digest post, "" when none
	Options     map[string]string     // option values by name; channel/user options hold IDs
	Focused     string                // KindAutocomplete: the option being typed
	CustomID    string                // KindComponent: the pressed button's custom ID
	GuildID     string                // "" in DMs
	ChannelID   string                //
	UserID      string                //
	Permissions int64                 // the member's permissions, from the interaction
	Attachments map[string]Attachment // resolved attachments by ID (the option value)
}

// Attachment is a file a user attached to a command option.
type Attachment struct {
	ID          string
	Filename    string
	ContentType string
	Size        int
	URL         string
}

// Command is one top-level slash command: how it is registered and how it
// answers. Handle must be pure with respect to Discord: it returns the reply
// and never talks to a session itself.
type Command interface {
	// Definition is the registration payload sent to Discord.
	Definition() *discordgo.ApplicationCommand
	// Handle answers a command, autocomplete or component Request whose Name
	// (or CustomID prefix "name/") is this command's.
	Handle(ctx context.Context, req Request) (Reply, error)
}

// PermManageServer is Discord's MANAGE_GUILD permission bit, which every
// moderator command requires.
const PermManageServer int64 = discordgo.PermissionManageGuild

// RequireModerator refuses a request that is not from a guild member holding
// Manage Server. Discord hides such commands already through
// default_member_permissions, but server owners can override that, and an
// HTTP request could be forged, so handlers check again.
func RequireModerator(req Request) error {
	if req.GuildID == "" {
		return UserError("This command can only be used in a server, not in DMs.")
	}
	if req.Permissions&PermManageServer == 0 && req.Permissions&discordgo.PermissionAdministrator == 0 {
		return UserError("Only moderators (members with the Manage Server permission) can use this command.")
	}
	return nil
}

// UserError is an error whose text is safe and useful to show the user. Any
// other error is shown as a generic failure and logged in full.
type UserError string

func (e UserError) Error() string { return string(e) }
