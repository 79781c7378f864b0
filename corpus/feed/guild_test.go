package feed

import (
	"context"
	"errors"
	"testing"

	"planbot/corpus"
)

// TestGuildFeeds checks that subscriptions are per server: each server
// adds, lists and removes its own, a global (configured) feed is seen by
// all and removable by none, and each server's entries are stored in its
// own collection, even when two servers follow the same feed.
func TestGuildFeeds(t *testing.T) {
	ctx := context.Background()
	s := newSite(t)
	s.page("/story/1", story1)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}), "")
	store, err := corpus.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	global := s.srv.URL + "/feed.xml"
	section := s.srv.URL + "/feed.xml?section=world"
	p, _ := newPoller(t, s, Config{Store: store, Feeds: []Source{{URL: global}}})

	for _, g := range []string{"111", "222"} {
		if _, err := p.Add(ctx, g, section, "mod-"+g); err != nil {
			t.Fatalf("server %s: Add: %v", g, err)
		}
	}
	if _, err := p.Add(ctx, "111", section, "mod"); !errors.Is(err, ErrExists) {
		t.Errorf("server 111 adding its feed again: %v, want ErrExists", err)
	}
	if _, err := p.Add(ctx, "111", global, "mod"); !errors.Is(err, ErrExists) {
		t.Errorf("server 111 adding a global feed: %v, want ErrExists (it gets it already)", err)
	}
	lists := []struct {
		guild string
		want  map[string]string // URL -> Info.Guild
	}{
		{"", map[string]string{global: ""}},
		{"111", map[string]string{global: "", section: "111"}},
		{"222", map[string]string{global: "", section: "222"}},
		{"333", map[string]string{global: ""}},
	}
	for _, c := range lists {
		got := p.List(c.guild)
		if len(got) != len(c.want) {
			t.Errorf("List(%q) = %+v, want %v", c.guild, got, c.want)
			continue
		}
		for _, f := range got {
			if g, ok := c.want[f.URL]; !ok || g != f.Guild {
				t.Errorf("List(%q) holds %s of server %q, want %v", c.guild, f.URL, f.Guild, c.want)
			}
		}
	}

	if _, err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	// The one story is stored three times: globally, and once per server.
	byGuild := map[string]int{}
	for _, src := range store.Sources() {
		if src.Title == "Talks resume in Geneva" {
			byGuild[src.Guild]++
		}
	}
	if byGuild[""] != 1 || byGuild["111"] != 0 || byGuild["222"] != 0 {
		// The global copy is visible to both servers: their feeds add nothing.
		t.Errorf("stored copies by server = %v, want one global copy only", byGuild)
	}

	// A story only the servers' feed carries goes to each server's own collection.
	s.page("/story/3", story3)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}, entry{"/story/3", "Prisoners", "2025-11-26T07:00:00Z"}), "")
	for _, g := range []string{"111", "222"} {
		res, err := p.Poll(ctx, g, section)
		if err != nil || len(res.Added) != 1 || res.Added[0].Source.Guild != g {
			t.Fatalf("server %s: Poll = %+v, %v; want one document of its own", g, res, err)
		}
	}
	ids := map[string]string{}
	for _, src := range store.Sources() {
		if src.Title == "Prisoner exchange discussed" {
			ids[src.Guild] = src.ID
		}
	}
	if len(ids) != 2 || ids["111"] == "" || ids["222"] == "" || ids["111"] == ids["222"] {
		t.Errorf("copies of the servers' story = %v, want one per server", ids)
	}

	if err := p.Remove("333", section); !errors.Is(err, ErrNotFound) {
		t.Errorf("server 333 removing another server's feed: %v, want ErrNotFound", err)
	}
	if err := p.Remove("111", global); !errors.Is(err, ErrConfigured) {
		t.Errorf("server 111 removing a configured feed: %v, want ErrConfigured", err)
	}
	// A global feed added by the operator (or before servers had feeds of
	// their own) feeds every server: no one server removes it.
	shared := s.srv.URL + "/feed.xml?section=sport"
	if _, err := p.Add(ctx, "", shared, "operator"); err != nil {
		t.Fatal(err)
	}
	if err := p.Remove("111", shared); !errors.Is(err, ErrShared) {
		t.Errorf("server 111 removing a global feed: %v, want ErrShared", err)
	}
	if err := p.Remove("", shared); err != nil {
		t.Fatal(err)
	}
	if err := p.Remove("111", section); err != nil {
		t.Fatal(err)
	}
	if got := p.List("111"); len(got) != 1 || got[0].URL != global {
		t.Errorf("after Remove: List(111) = %+v, want the global feed only", got)
	}
	if got := p.List("222"); len(got) != 2 {
		t.Errorf("server 111's Remove changed server 222's feeds: %+v", got)
	}
}
