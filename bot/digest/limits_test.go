package digest

import (
	"context"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
)

// TestBotRendererAgrees cross-checks this package's limits with bot's: every
// digest message, and the preview and status replies through bot.Render,
// pass bot.CheckLimits on a busy day.
func TestBotRendererAgrees(t *testing.T) {
	e := newEnv(t, now0)
	for i := range 60 {
		d := testDoc(i, now0.Add(-time.Duration(i+1)*time.Minute), []string{"US 28-point draft", "Geneva framework"}[i%2], 9, 5)
		d.Source.Title += " — a very long headline that keeps going on and on about the talks in Geneva and what was said"
		e.lib.add(d)
	}
	s := e.service(Config{})
	d, err := s.Compose(chanA, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range Render(d, RenderOptions{MaxParts: 20}) {
		resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: m.Embeds, AllowedMentions: m.AllowedMentions}}
		if err := bot.CheckLimits(resp); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
	}
	for _, sub := range []string{"preview", "status"} {
		r, err := s.Commands()[0].Handle(context.Background(), modReq(sub, nil))
		if err != nil {
			t.Fatal(err)
		}
		if err := bot.CheckLimits(bot.Render(bot.KindCommand, r)); err != nil {
			t.Errorf("/digest %s: %v", sub, err)
		}
	}
	ann := RenderAnnouncement(e.lib.Documents())
	if err := bot.CheckLimits(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Embeds: ann.Embeds, AllowedMentions: ann.AllowedMentions}}); err != nil {
		t.Errorf("announcement of 60 sources: %v", err)
	}
}
