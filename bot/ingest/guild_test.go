package ingest

import (
	"strings"
	"testing"

	"planbot/bot"
)

// TestIngestPerServer checks that /ingest and /feed act on the asking
// server's own collection: the same page added in two servers is two
// documents, each its server's own; each server lists, offers and
// removes only its own feeds (and sees the global ones).
func TestIngestPerServer(t *testing.T) {
	f := newFixture(t, nil)
	const other = "333333333333333333"
	ownedBy := map[string]string{} // source ID -> guild
	for _, g := range []string{guild, other} {
		req := link(f.site, "/world/geneva-drafts")
		req.GuildID, req.Permissions = g, mod
		out, err := f.run(t, req)
		if err != nil || !strings.Contains(out, "Added to the record") || !strings.Contains(out, "this server's own") {
			t.Fatalf("server %s: /ingest = %q, %v; want it added as the server's own", g, out, err)
		}
	}
	for _, s := range f.store.Sources() {
		if s.Title == "Negotiators trade drafts in Geneva" {
			ownedBy[s.ID] = s.Guild
		}
	}
	if len(ownedBy) != 2 {
		t.Fatalf("stored copies = %v, want one per server", ownedBy)
	}
	for _, g := range []string{guild, other} {
		n := 0
		for _, s := range f.store.Sources() {
			if s.Title == "Negotiators trade drafts in Geneva" && s.VisibleIn(g) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("server %s sees %d copies, want its own only", g, n)
		}
	}

	rss := f.site.srv.URL + "/rss.xml"
	if out, err := f.run(t, bot.Request{Name: "feed", Sub: "add", Options: map[string]string{"url": rss}}); err != nil || !strings.Contains(out, "Subscribed") {
		t.Fatalf("/feed add = %q, %v", out, err)
	}
	cases := []struct {
		guild    string
		listed   bool // the list shows the feed
		offered  bool // /feed remove offers it
		removeOK bool
	}{
		{other, false, false, false},
		{guild, true, true, true},
	}
	for _, c := range cases {
		list, err := f.run(t, bot.Request{Name: "feed", Sub: "list", GuildID: c.guild, Permissions: mod})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(list, "SITE/rss.xml") != c.listed {
			t.Errorf("server %s: /feed list shows the feed: %v, want %v\n%s", c.guild, !c.listed, c.listed, list)
		}
		if !strings.Contains(list, "configured.example") {
			t.Errorf("server %s: /feed list lost the configured feed:\n%s", c.guild, list)
		}
		reply, err := f.cmds["feed"].Handle(t.Context(), bot.Request{Kind: bot.KindAutocomplete, Name: "feed", Sub: "remove", Focused: "url",
			GuildID: c.guild, Permissions: mod, Options: map[string]string{"url": ""}})
		if err != nil {
			t.Fatal(err)
		}
		if offered := len(reply.Choices) == 1 && reply.Choices[0].Value == rss; offered != c.offered {
			t.Errorf("server %s: /feed remove offers %+v, want the feed offered: %v", c.guild, reply.Choices, c.offered)
		}
		_, err = f.run(t, bot.Request{Name: "feed", Sub: "remove", GuildID: c.guild, Permissions: mod, Options: map[string]string{"url": rss}})
		if (err == nil) != c.removeOK {
			t.Errorf("server %s: /feed remove = %v, want success %v", c.guild, err, c.removeOK)
		}
	}
}
