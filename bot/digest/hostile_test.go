package digest

import (
	"testing"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/bot/internal/bottest"
)

// The hostile titles, outlets, plans, speakers, texts and URLs that the
// commands are tested with go through the digest, its preview and the
// announcement: no link but the sources' own, no pill, no mention.
func TestHostileDocumentsInDigests(t *testing.T) {
	docs := bottest.HostileDocuments()
	links := map[string]bool{}
	for _, u := range bottest.HostileURLs {
		if l := bot.LinkURL(u); l != "" {
			links[l] = true
		}
	}
	ok := func(target string) bool { return links[target] }
	check := func(what string, embeds []*discordgo.MessageEmbed, content string) {
		t.Helper()
		texts := []string{content}
		for _, e := range embeds {
			texts = append(texts, e.Title, e.Description)
			for _, f := range e.Fields {
				texts = append(texts, f.Name, f.Value)
			}
		}
		for _, s := range texts {
			for _, bad := range bottest.Unsafe(s, ok) {
				t.Errorf("%s: %s in:\n%s", what, bad, s)
			}
		}
	}
	d := Compose(docs, docs, day.AddDate(-2, 0, 0), day)
	if np, ns := d.Counts(); np == 0 || ns == 0 || len(d.Sources) != len(docs) {
		t.Fatalf("the hostile documents do not reach the digest: %d sources, %d provisions, %d statements", len(d.Sources), np, ns)
	}
	msgs := Render(d, RenderOptions{MaxParts: 100})
	linked := 0
	for i, m := range msgs {
		checkLimits(t, "digest", m)
		check("digest message "+string(rune('1'+i)), m.Embeds, m.Content)
		for _, e := range m.Embeds {
			for _, s := range bottest.HostileURLs {
				if l := bot.LinkURL(s); l != "" && containsLink(e.Description, l) {
					linked++
				}
			}
		}
	}
	if linked == 0 {
		t.Error("no source is linked at all: the check would pass on a digest without links")
	}
	preview := bot.Render(bot.KindCommand, PreviewReply(d, len(msgs), 20))
	if err := bot.CheckLimits(preview); err != nil {
		t.Error(err)
	}
	check("preview", preview.Data.Embeds, preview.Data.Content)
	ann := RenderAnnouncement(docs)
	check("announcement", ann.Embeds, ann.Content)
}

func containsLink(s, target string) bool {
	for i := 0; i+len(target)+2 <= len(s); i++ {
		if s[i:i+2] == "](" && len(s) >= i+2+len(target) && s[i+2:i+2+len(target)] == target {
			return true
		}
	}
	return false
}
