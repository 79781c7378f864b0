package discord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// BulkOverwrite registers defs as the application's commands (globally, or
// in guildID), replacing any others, in one request.
//
// It exists because discordgo encodes default_member_permissions as a JSON
// string, while Discord's API description types it as an integer; the
// Discord test double holds us to the description, so the moderator
// commands' permissions are sent as numbers here.
func BulkOverwrite(s *discordgo.Session, appID, guildID string, defs []*discordgo.ApplicationCommand, opts ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error) {
	body, err := commandsJSON(defs)
	if err != nil {
		return nil, err
	}
	endpoint := discordgo.EndpointApplicationGlobalCommands(appID)
	if guildID != "" {
		endpoint = discordgo.EndpointApplicationGuildCommands(appID, guildID)
	}
	resp, err := s.RequestRaw(http.MethodPut, endpoint, "application/json", body, endpoint, 0, opts...)
	if err != nil {
		return nil, err
	}
	// Only the identity of what was registered is decoded: Discord sends the
	// permissions back as a string and the double echoes a number.
	var ids []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(resp, &ids); err != nil {
		return nil, fmt.Errorf("decode registered commands: %w", err)
	}
	got := make([]*discordgo.ApplicationCommand, len(ids))
	for i, c := range ids {
		got[i] = &discordgo.ApplicationCommand{ID: c.ID, Name: c.Name}
	}
	return got, nil
}

// commandsJSON encodes defs as discordgo does, except that
// default_member_permissions is a number.
func commandsJSON(defs []*discordgo.ApplicationCommand) ([]byte, error) {
	raw, err := json.Marshal(defs)
	if err != nil {
		return nil, fmt.Errorf("encode commands: %w", err)
	}
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("re-read commands: %w", err)
	}
	for i, d := range defs {
		if d.DefaultMemberPermissions == nil {
			continue
		}
		items[i]["default_member_permissions"] = json.RawMessage(strconv.FormatInt(*d.DefaultMemberPermissions, 10))
	}
	return json.Marshal(items)
}

// sessionAPI is the session with command registration sent as BulkOverwrite
// does.
type sessionAPI struct{ *discordgo.Session }

// ApplicationCommandBulkOverwrite registers cmds through BulkOverwrite.
func (s sessionAPI) ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, opts ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error) {
	return BulkOverwrite(s.Session, appID, guildID, cmds, opts...)
}
