package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"go.uber.org/zap"

	"planbot/bot/ingest"
	"planbot/bot/store/postgres"
	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// With shared state the feed subscriptions live in PostgreSQL (table feeds,
// server "" for the global collection), so /feed on any replica sees and
// changes the same list, and the one poller runs in the leader. The
// poller's positions (<data>/feeds.json: what each feed's entries were) are
// copied to the shared KV namespace feedStateNS while it runs and back when
// a replica starts leading, so a new leader does not fetch again what the
// old one ingested.
const (
	feedStateNS  = "feed"
	feedStateKey = "feeds.json"
)

// feedSyncEvery is how often the leader's poller picks up subscription
// changes made on other replicas and saves its positions (a variable for
// the tests).
var feedSyncEvery = 10 * time.Second

// sharedFeeds is /feed's view of the subscriptions in PostgreSQL.
type sharedFeeds struct {
	pg     *postgres.Store
	web    *web.Client
	config []feed.Source // the config file's feeds, which /feed cannot remove
	log    *zap.Logger
}

var _ ingest.Feeds = (*sharedFeeds)(nil)

func (s *serving) sharedFeeds() *sharedFeeds {
	return &sharedFeeds{pg: s.shared, web: s.web, config: s.cfg.FeedSources(), log: s.log.Named("feed")}
}

func (f *sharedFeeds) inConfig(u string) bool {
	return slices.ContainsFunc(f.config, func(s feed.Source) bool {
		n, err := feed.NormalizeURL(s.URL)
		return err == nil && n == u
	})
}

// Add subscribes server guild ("" global) after fetching the feed once to
// check it is one; the leader's poller picks it up within feedSyncEvery.
// A feed the server already gets (its own or a global one) is refused.
func (f *sharedFeeds) Add(ctx context.Context, guild, rawURL, addedBy string) (feed.Info, error) {
	u, err := feed.NormalizeURL(rawURL)
	if err != nil {
		return feed.Info{}, err
	}
	have, err := f.visible(ctx, guild)
	if err != nil {
		return feed.Info{}, err
	}
	if f.inConfig(u) || slices.ContainsFunc(have, func(x postgres.Feed) bool { return x.URL == u && !x.FromConfig }) {
		return feed.Info{}, fmt.Errorf("%s: %w", u, feed.ErrExists)
	}
	resp, err := f.web.Get(ctx, u, web.Request{Accept: web.FeedTypes})
	if err != nil {
		return feed.Info{}, err
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return feed.Info{}, fmt.Errorf("%s: %w (%v)", u, feed.ErrNotAFeed, err)
	}
	row := postgres.Feed{GuildID: guild, URL: u, Title: strings.TrimSpace(parsed.Title), AddedBy: addedBy, AddedAt: time.Now().UTC()}
	if err := f.pg.PutFeed(ctx, row); err != nil {
		return feed.Info{}, err
	}
	f.log.Info("feed added", zap.String("feed", u), zap.String("guild", guild), zap.String("title", row.Title), zap.String("by", addedBy))
	return feedInfo(row, false), nil
}

// visible lists the shared subscriptions server guild gets: the global
// ones and its own.
func (f *sharedFeeds) visible(ctx context.Context, guild string) ([]postgres.Feed, error) {
	rows, err := f.pg.Feeds(ctx, "")
	if err != nil || guild == "" {
		return rows, err
	}
	own, err := f.pg.Feeds(ctx, guild)
	return append(rows, own...), err
}

// Remove unsubscribes server guild from a feed it added with Add. A global
// feed cannot be removed by one server, a configured one by anyone.
func (f *sharedFeeds) Remove(guild, rawURL string) error {
	u, err := feed.NormalizeURL(rawURL)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ok, err := f.pg.DeleteFeed(ctx, guild, u)
	if err != nil {
		return err
	}
	if ok {
		f.log.Info("feed removed", zap.String("feed", u), zap.String("guild", guild))
		return nil
	}
	if f.inConfig(u) {
		return fmt.Errorf("%s: %w; remove it there", u, feed.ErrConfigured)
	}
	if guild != "" {
		if global, err := f.pg.Feeds(ctx, ""); err == nil && slices.ContainsFunc(global, func(x postgres.Feed) bool { return x.URL == u }) {
			return fmt.Errorf("%s: %w", u, feed.ErrShared)
		}
	}
	return fmt.Errorf("%s: %w", u, feed.ErrNotFound)
}

// List returns the config file's feeds, then the subscriptions server
// guild gets (global and its own), with what the leader's last polls
// recorded.
func (f *sharedFeeds) List(guild string) []feed.Info {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rows, err := f.visible(ctx, guild)
	if err != nil {
		f.log.Warn("list shared feeds", zap.Error(err))
	}
	global := map[string]postgres.Feed{}
	for _, r := range rows {
		if r.GuildID == "" {
			global[r.URL] = r
		}
	}
	var out []feed.Info
	for _, c := range f.config {
		u, err := feed.NormalizeURL(c.URL)
		if err != nil {
			continue
		}
		r, ok := global[u]
		if !ok {
			r = postgres.Feed{URL: u}
		}
		r.Interval = c.Interval
		out = append(out, feedInfo(r, true))
		delete(global, u)
	}
	for _, r := range rows {
		if r.FromConfig {
			continue
		}
		if _, ok := global[r.URL]; ok && r.GuildID == "" || r.GuildID != "" {
			out = append(out, feedInfo(r, false))
		}
	}
	return out
}

func feedInfo(r postgres.Feed, fromConfig bool) feed.Info {
	iv := r.Interval
	if iv <= 0 {
		iv = feed.DefaultInterval
	}
	return feed.Info{Guild: r.GuildID, URL: r.URL, Title: r.Title, Interval: iv, FromConfig: fromConfig, AddedBy: r.AddedBy,
		LastPoll: r.LastPoll, LastError: r.LastError, Ingested: r.Ingested}
}

// runSharedFeeds is the leader's feed poller until ctx is done: it polls
// the config file's feeds and the shared subscriptions, restarting the
// poller when the subscriptions change, and keeps its positions and poll
// results in PostgreSQL.
func (s *serving) runSharedFeeds(ctx context.Context) error {
	path := filepath.Join(s.cfg.Data, "feeds.json")
	kv := s.state.KV(feedStateNS)
	if b, err := kv.Get(feedStateKey); err != nil {
		return fmt.Errorf("read shared feed positions: %w", err)
	} else if b != nil {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return fmt.Errorf("restore feed positions to %s: %w", path, err)
		}
	}
	// The config file's feeds get rows too (FromConfig), so /feed list on
	// every replica shows their last poll.
	for _, src := range s.cfg.FeedSources() {
		u, err := feed.NormalizeURL(src.URL)
		if err != nil {
			continue
		}
		ok, err := s.shared.UpdateFeed(ctx, "", u, func(f *postgres.Feed) { f.FromConfig, f.Interval = true, src.Interval })
		if err == nil && !ok {
			err = s.shared.PutFeed(ctx, postgres.Feed{URL: u, Interval: src.Interval, FromConfig: true})
		}
		if err != nil {
			return fmt.Errorf("record the config file's feed %s: %w", u, err)
		}
	}
	var saved []byte
	save := func(p *feed.Poller) {
		if b, err := os.ReadFile(path); err == nil && !bytes.Equal(b, saved) {
			if err := kv.Put(feedStateKey, b); err != nil {
				s.log.Warn("save feed positions", zap.Error(err))
			} else {
				saved = b
			}
		}
		if p == nil {
			return
		}
		for _, in := range p.All() {
			_, err := s.shared.UpdateFeed(ctx, in.Guild, in.URL, func(f *postgres.Feed) {
				f.LastPoll, f.LastError, f.Ingested = in.LastPoll, in.LastError, in.Ingested
				if f.Title == "" {
					f.Title = in.Title
				}
			})
			if err != nil && ctx.Err() == nil {
				s.log.Warn("save feed poll results", zap.String("feed", in.URL), zap.Error(err))
			}
		}
	}
	for {
		rows, err := s.shared.AllFeeds(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.log.Warn("read shared feeds; retrying", zap.Error(err))
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(feedSyncEvery):
			}
			continue
		}
		subs := subscriptionSet(rows)
		p, err := s.leaderPoller(rows)
		if err != nil {
			return err
		}
		pctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); _ = p.Run(pctx) }()
		changed := false
		for !changed && ctx.Err() == nil {
			select {
			case <-ctx.Done():
			case <-time.After(feedSyncEvery):
				save(p)
				if now, err := s.shared.AllFeeds(ctx); err == nil && subscriptionSet(now) != subs {
					changed = true
				}
			}
		}
		stop()
		<-done
		save(p)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// subscriptionSet is a comparable summary of the subscribed URLs.
func subscriptionSet(rows []postgres.Feed) string {
	var b strings.Builder
	for _, r := range rows {
		if !r.FromConfig {
			fmt.Fprintf(&b, "%s %s %d\n", r.GuildID, r.URL, r.Interval)
		}
	}
	return b.String()
}

// leaderPoller builds the poller over the config file's feeds and the
// shared subscriptions (positions in <data>/feeds.json, restored by
// runSharedFeeds), dropping from that file the feeds no longer subscribed.
func (s *serving) leaderPoller(rows []postgres.Feed) (*feed.Poller, error) {
	sources := s.cfg.FeedSources()
	want := map[string]bool{} // guild and URL
	key := func(guild, u string) string { return guild + " " + u }
	for _, src := range sources {
		if u, err := feed.NormalizeURL(src.URL); err == nil {
			want[key("", u)] = true
		}
	}
	for _, r := range rows {
		if !r.FromConfig && !want[key(r.GuildID, r.URL)] {
			sources = append(sources, feed.Source{Guild: r.GuildID, URL: r.URL, Interval: r.Interval})
			want[key(r.GuildID, r.URL)] = true
		}
	}
	p, err := newFeedPoller(s.cfg.Data, sources, s.web, s.app.store, s.cfg.FeedsOnTopicOnly, s.log.Named("feed"),
		func(ctx context.Context, doc *corpus.Document, _ feed.Entry) {
			if err := s.added(ctx, "feed", doc); err != nil {
				s.log.Error("index feed document", zap.String("source", doc.Source.ID), zap.Error(err))
			}
			s.publish(ctx, []*corpus.Document{doc}, nil)
		})
	if err != nil {
		return nil, err
	}
	for _, in := range p.All() {
		if !want[key(in.Guild, in.URL)] {
			if err := p.Remove(in.Guild, in.URL); err != nil && !errors.Is(err, feed.ErrNotFound) {
				return nil, err
			}
		}
	}
	return p, nil
}
