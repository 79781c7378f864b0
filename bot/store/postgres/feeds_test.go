package postgres

import (
	"context"
	"reflect"
	"testing"
	"time"
)

func TestFeedsPerServer(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	added := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	feeds := []Feed{
		{GuildID: "", URL: "https://news.example.org/rss", Title: "Example News", FromConfig: true, AddedAt: added},
		{GuildID: "g1", URL: "https://b.example.net/feed", Interval: 30 * time.Minute, AddedBy: "u1", AddedAt: added},
		{GuildID: "g1", URL: "https://a.example.net/atom", AddedBy: "u1", AddedAt: added},
		{GuildID: "g2", URL: "https://b.example.net/feed", AddedBy: "u2", AddedAt: added},
	}
	for _, f := range feeds {
		if err := a.PutFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	urls := func(fs []Feed) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.GuildID+" "+f.URL)
		}
		return out
	}
	cases := []struct {
		guild string
		want  []string
	}{
		{"", []string{" https://news.example.org/rss"}},
		{"g1", []string{"g1 https://a.example.net/atom", "g1 https://b.example.net/feed"}},
		{"g2", []string{"g2 https://b.example.net/feed"}},
		{"g3", nil},
	}
	for _, c := range cases {
		got, err := b.Feeds(ctx, c.guild)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(urls(got), c.want) {
			t.Errorf("feeds of %q = %v, want %v", c.guild, urls(got), c.want)
		}
	}
	all, _ := b.AllFeeds(ctx)
	if len(all) != 4 || all[0].GuildID != "" || all[3].GuildID != "g2" {
		t.Fatalf("all feeds = %v", urls(all))
	}
	g1, _ := b.Feeds(ctx, "g1")
	if !reflect.DeepEqual(g1[1], feeds[1]) {
		t.Fatalf("round trip = %+v, want %+v", g1[1], feeds[1])
	}

	// A poll's result, recorded by whichever replica polled.
	polled := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	ok, err := b.UpdateFeed(ctx, "g1", "https://b.example.net/feed", func(f *Feed) {
		f.ETag, f.LastModified, f.LastPoll, f.Ingested = `"v2"`, "Tue, 25 Nov 2026 08:59:00 GMT", polled, f.Ingested+2
	})
	if !ok || err != nil {
		t.Fatalf("update = %v %v", ok, err)
	}
	g1, _ = a.Feeds(ctx, "g1")
	if g1[1].ETag != `"v2"` || !g1[1].LastPoll.Equal(polled) || g1[1].Ingested != 2 || g1[1].AddedBy != "u1" {
		t.Fatalf("after update = %+v", g1[1])
	}
	if g2, _ := a.Feeds(ctx, "g2"); g2[0].ETag != "" || g2[0].Ingested != 0 {
		t.Fatalf("g2's copy of the URL changed with g1's: %+v", g2[0])
	}
	if ok, _ := a.UpdateFeed(ctx, "g3", "https://b.example.net/feed", func(*Feed) { t.Fatal("called for a missing feed") }); ok {
		t.Fatal("update found a feed g3 does not have")
	}
	if ok, _ := a.DeleteFeed(ctx, "g1", "https://a.example.net/atom"); !ok {
		t.Fatal("delete found nothing")
	}
	if ok, _ := a.DeleteFeed(ctx, "g2", "https://a.example.net/atom"); ok {
		t.Fatal("delete in g2 removed g1's feed")
	}
	if g1, _ := b.Feeds(ctx, "g1"); len(g1) != 1 {
		t.Fatalf("g1 after delete = %v", urls(g1))
	}
}

func TestFeedEntriesAndHashes(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	seen := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	e := FeedEntry{GuildID: "g1", URL: "https://a.example.net/p/1", Feed: "https://a.example.net/atom", Stamp: "2026-11-25T08:00:00Z",
		Hash: "h1", SeenAt: seen, Attempts: 1, Done: true, Outcome: "ingested"}
	if err := a.PutFeedEntry(ctx, e); err != nil {
		t.Fatal(err)
	}
	got, ok, err := b.FeedEntry(ctx, "g1", e.URL)
	if err != nil || !ok || !reflect.DeepEqual(got, e) {
		t.Fatalf("entry = %+v %v %v", got, ok, err)
	}
	if _, ok, _ := b.FeedEntry(ctx, "g2", e.URL); ok {
		t.Fatal("g2 sees g1's entry")
	}

	// The first URL to claim a hash keeps it; other servers have their own.
	claims := []struct{ guild, hash, url, want string }{
		{"g1", "h1", e.URL, e.URL},
		{"g1", "h1", "https://mirror.example.com/p/1", e.URL},
		{"g2", "h1", "https://mirror.example.com/p/1", "https://mirror.example.com/p/1"},
		{"g1", "h2", "https://a.example.net/p/2", "https://a.example.net/p/2"},
	}
	for _, c := range claims {
		first, err := b.ClaimHash(ctx, c.guild, c.hash, c.url)
		if err != nil || first != c.want {
			t.Errorf("claim %s %s at %s = %q %v, want %q", c.guild, c.hash, c.url, first, err, c.want)
		}
	}

	// Pruning forgets old entries and the hashes nothing holds any more.
	old := FeedEntry{GuildID: "g1", URL: "https://a.example.net/p/2", Feed: e.Feed, Hash: "h2", SeenAt: seen.Add(-60 * 24 * time.Hour)}
	if err := a.PutFeedEntry(ctx, old); err != nil {
		t.Fatal(err)
	}
	n, err := a.PruneFeedEntries(ctx, seen.Add(-30*24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("pruned %d %v, want 1", n, err)
	}
	if _, ok, _ := a.FeedEntry(ctx, "g1", old.URL); ok {
		t.Fatal("old entry kept")
	}
	if first, _ := a.ClaimHash(ctx, "g1", "h2", "https://other.example.net/x"); first != "https://other.example.net/x" {
		t.Fatalf("pruned hash still claimed by %s", first)
	}
	if first, _ := a.ClaimHash(ctx, "g1", "h1", "https://other.example.net/y"); first != e.URL {
		t.Fatalf("live hash lost: claimed by %s", first)
	}
}

func TestGuildRegistry(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	joined := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	if err := a.RegisterGuild(ctx, Guild{ID: "g2", Name: "Second", JoinedAt: joined}); err != nil {
		t.Fatal(err)
	}
	if err := a.RegisterGuild(ctx, Guild{ID: "g1", Name: "First", JoinedAt: joined}); err != nil {
		t.Fatal(err)
	}
	if err := a.RegisterGuild(ctx, Guild{ID: ""}); err == nil {
		t.Fatal("registered the global collection as a guild")
	}
	left := joined.Add(24 * time.Hour)
	if ok, _ := b.LeaveGuild(ctx, "g2", left); !ok {
		t.Fatal("leave found no guild")
	}
	gs, err := b.Guilds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []Guild{{ID: "g1", Name: "First", JoinedAt: joined}, {ID: "g2", Name: "Second", JoinedAt: joined, LeftAt: left}}
	if !reflect.DeepEqual(gs, want) {
		t.Fatalf("guilds = %+v, want %+v", gs, want)
	}
	// Re-joining keeps the first join time and clears the leave.
	if err := b.RegisterGuild(ctx, Guild{ID: "g2", Name: "Second, renamed", JoinedAt: left.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	gs, _ = a.Guilds(ctx)
	if gs[1].Name != "Second, renamed" || !gs[1].JoinedAt.Equal(joined) || !gs[1].LeftAt.IsZero() {
		t.Fatalf("rejoined = %+v", gs[1])
	}
}
