package bot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// readInteraction loads a real-shaped interaction payload from testdata.
func readInteraction(t *testing.T, name string) *discordgo.Interaction {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatal(err)
	}
	return &in
}

func TestRequestFromInteraction(t *testing.T) {
	tests := []struct {
		file string
		want Request
	}{
		{"search_command", Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": "prisoners", "kind": "all"},
			GuildID: "1100000000000000100", ChannelID: "1100000000000000300", UserID: "1100000000000000500", Permissions: 1071698660929}},
		{"provision_autocomplete", Request{Kind: KindAutocomplete, Name: "provision", Options: map[string]string{"topic": "na"}, Focused: "topic",
			GuildID: "1100000000000000100", ChannelID: "1100000000000000300", UserID: "1100000000000000500", Permissions: 1071698660929}},
		{"next_page_component", Request{Kind: KindComponent, CustomID: "search/page/2/all|nato", Options: map[string]string{},
			GuildID: "1100000000000000100", ChannelID: "1100000000000000300", UserID: "1100000000000000500", Permissions: 1071698660929}},
		{"digest_dm_command", Request{Kind: KindCommand, Name: "digest", Sub: "post", Options: map[string]string{"channel": "1100000000000000300", "days": "3"},
			ChannelID: "1100000000000000301", UserID: "1100000000000000501"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := RequestFromInteraction(readInteraction(t, tt.file))
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestRespondInteraction(t *testing.T) {
	r, _ := newTestRouter(t)
	if resp := r.RespondInteraction(t.Context(), readInteraction(t, "ping")); resp.Type != discordgo.InteractionResponsePong {
		t.Fatalf("ping answered %v", resp.Type)
	}
	resp := r.RespondInteraction(t.Context(), readInteraction(t, "next_page_component"))
	if resp.Type != discordgo.InteractionResponseUpdateMessage || CheckLimits(resp) != nil {
		t.Fatalf("component answered %+v", resp)
	}
	golden(t, "interaction_next_page", resp)
}
