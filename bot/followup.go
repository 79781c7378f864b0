package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// FollowupAPI is what completing a deferred interaction needs from a
// session; *discordgo.Session satisfies it. No bot token is required: the
// interaction token authorises these calls.
type FollowupAPI interface {
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, data *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error)
	InteractionResponseDelete(i *discordgo.Interaction, opts ...discordgo.RequestOption) error
}

var _ FollowupAPI = (*discordgo.Session)(nil)

// CompleteDeferred delivers resp, the answer to an interaction that was
// deferred with the given response type, the way Discord allows. A public
// answer edits the original response. A private (ephemeral) one cannot: the
// deferral already made the original public, so it is sent as an ephemeral
// follow-up, and the public "thinking…" message of a deferred command is
// deleted; a button's message (a deferred update) is left as it was.
func CompleteDeferred(api FollowupAPI, in *discordgo.Interaction, deferred discordgo.InteractionResponseType, resp *discordgo.InteractionResponse) error {
	d := resp.Data
	if d == nil || d.Flags&discordgo.MessageFlagsEphemeral == 0 {
		if _, err := api.InteractionResponseEdit(in, WebhookEdit(resp)); err != nil {
			return fmt.Errorf("edit original response of interaction %s: %w", in.ID, err)
		}
		return nil
	}
	params := &discordgo.WebhookParams{
		Content: d.Content, Embeds: d.Embeds, Components: d.Components,
		AllowedMentions: d.AllowedMentions, Flags: discordgo.MessageFlagsEphemeral,
	}
	if params.AllowedMentions == nil {
		params.AllowedMentions = noMentions()
	}
	if _, err := api.FollowupMessageCreate(in, true, params); err != nil {
		return fmt.Errorf("send ephemeral follow-up of interaction %s: %w", in.ID, err)
	}
	if deferred == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		if err := api.InteractionResponseDelete(in); err != nil {
			return fmt.Errorf("delete deferred response of interaction %s: %w", in.ID, err)
		}
	}
	return nil
}
