package httpapi

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot/internal/bottest"
)

// interactionJSON builds an interaction payload the way Discord sends one.
func interactionJSON(n int, typ discordgo.InteractionType, data map[string]any) []byte {
	in := map[string]any{
		"id": fmt.Sprint(1100000000000100000 + n), "application_id": "1100000000000000001",
		"type": typ, "token": fmt.Sprintf("token-%d", n), "version": 1,
		"guild_id": "1100000000000000100", "channel_id": "1100000000000000300",
		"member": map[string]any{"user": map[string]any{"id": "1100000000000000500", "username": "reader", "discriminator": "0"},
			"roles": []string{}, "permissions": "1071698660929"},
	}
	if data != nil {
		in["data"] = data
	}
	b, _ := json.Marshal(in)
	return b
}

// mixedInteractions returns n interactions: commands, autocompletes, button
// presses on custom IDs the bot produced, and pings.
func mixedInteractions(n int, pageIDs []string) [][]byte {
	rng := rand.New(rand.NewPCG(4, 2))
	commands := []struct {
		name string
		opts map[string]string
	}{
		{"provision", map[string]string{"topic": "nato"}},
		{"provision", map[string]string{"topic": "army size", "plan": "US 28-point draft"}},
		{"provision", map[string]string{"topic": "natto"}},
		{"statement", map[string]string{"who": "rubio"}},
		{"statement", map[string]string{"who": "Volodymyr Zelensky", "about": "prisoners"}},
		{"statement", map[string]string{"who": "@everyone"}},
		{"search", map[string]string{"query": "prisoners"}},
		{"search", map[string]string{"query": "geneva", "kind": "statement"}},
		{"search", map[string]string{"query": strings.Repeat("long query ", 9)}},
		{"compare", map[string]string{"topic": "nato"}},
		{"sources", nil},
		{"help", nil},
	}
	autos := []struct{ name, option, typed string }{
		{"provision", "topic", "na"}, {"provision", "plan", ""}, {"statement", "who", "m"},
		{"search", "query", "pri"}, {"compare", "topic", "a"},
	}
	out := make([][]byte, n)
	for i := range out {
		switch k := rng.IntN(10); {
		case k < 5:
			c := commands[rng.IntN(len(commands))]
			out[i] = interactionJSON(i, discordgo.InteractionApplicationCommand, bottest.CommandData(c.name, c.opts, ""))
		case k < 8:
			a := autos[rng.IntN(len(autos))]
			out[i] = interactionJSON(i, discordgo.InteractionApplicationCommandAutocomplete, bottest.CommandData(a.name, map[string]string{a.option: a.typed}, a.option))
		case k < 9:
			out[i] = interactionJSON(i, discordgo.InteractionMessageComponent, map[string]any{"custom_id": pageIDs[rng.IntN(len(pageIDs))], "component_type": 2})
		default:
			out[i] = interactionJSON(i, discordgo.InteractionPing, nil)
		}
	}
	return out
}

// TestThousandMixedInteractions sends 1,000 signed interactions from eight
// concurrent clients and checks every answer: status 200, the expected
// response type, and a body Discord's OpenAPI description accepts as an
// interaction callback (the double validates it).
func TestThousandMixedInteractions(t *testing.T) {
	e := newEnv(t, nil)
	s := e.double.NewSession()
	pageIDs := []string{"search/page/2/all|nato", "search/page/3/all|nato", "provision/page/2/nato|", "statement/page/2/Marco Rubio|", "sources/page/2/", "search/page/1/statement|geneva"}
	inputs := mixedInteractions(1000, pageIDs)
	want := map[discordgo.InteractionType]discordgo.InteractionResponseType{
		discordgo.InteractionPing:                           discordgo.InteractionResponsePong,
		discordgo.InteractionApplicationCommand:             discordgo.InteractionResponseChannelMessageWithSource,
		discordgo.InteractionApplicationCommandAutocomplete: discordgo.InteractionApplicationCommandAutocompleteResult,
		discordgo.InteractionMessageComponent:               discordgo.InteractionResponseUpdateMessage,
	}
	var wg sync.WaitGroup
	work := make(chan int)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				var in struct {
					ID    string                    `json:"id"`
					Token string                    `json:"token"`
					Type  discordgo.InteractionType `json:"type"`
				}
				_ = json.Unmarshal(inputs[i], &in)
				resp, err := e.srv.Client().Do(signed(e.srv.URL, inputs[i], time.Now(), testKey))
				if err != nil {
					t.Error(err)
					continue
				}
				var body json.RawMessage
				err = json.NewDecoder(resp.Body).Decode(&body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || err != nil {
					t.Errorf("interaction %d: status %d, %v", i, resp.StatusCode, err)
					continue
				}
				var got struct {
					Type discordgo.InteractionResponseType `json:"type"`
				}
				_ = json.Unmarshal(body, &got)
				if got.Type != want[in.Type] {
					t.Errorf("interaction %d (type %d): answered type %d: %s", i, in.Type, got.Type, body)
				}
				if in.Type == discordgo.InteractionPing {
					continue
				}
				// Replay the answer as the callback the gateway adapter would
				// send, so the double checks it against the description.
				if _, err := s.RequestRaw(http.MethodPost, discordgo.EndpointInteractionResponse(in.ID, in.Token), "application/json", body, "", 0); err != nil {
					t.Errorf("interaction %d: answer rejected: %v\n%s", i, err, body)
				}
			}
		}()
	}
	for i := range inputs {
		work <- i
	}
	close(work)
	wg.Wait()
	if n := len(e.double.Matching(http.MethodPost, "/interactions/*/*/callback")); n < 850 {
		t.Fatalf("only %d answers were checked against the description", n)
	}
}
