package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/bot/admin"
	"planbot/bot/digest"
	"planbot/bot/ingest"
	"planbot/bot/metrics"
	"planbot/bot/store"
	"planbot/bot/store/postgres"
	"planbot/config"
	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
	"planbot/replica"
)

// leaderName is the PostgreSQL leadership under which the work that must run
// once per bot runs: scheduled digests, announcements and feed polling.
const leaderName = "planbot-singletons"

// reloadEvery is how often a running bot looks for documents that another
// process (planbot ingest) stored in the data dir.
const reloadEvery = 30 * time.Second

// serving is everything a running bot has besides its transport: the
// corpus and its index, the bot state, digests and announcements, feeds and
// ingestion, metrics and health. serve and http build it the same way, so
// both transports answer with the same commands.
type serving struct {
	cfg   *config.Config
	log   *zap.Logger
	app   *app
	state store.State
	// shared is the PostgreSQL state (--state-url), nil with the bbolt
	// default; replica mirrors the documents through it.
	shared  *postgres.Store
	replica *replica.Replica
	// leading is set while this process holds the singletons' leadership
	// (always, without shared state, in a process that runs singletons).
	leading atomic.Bool
	digests *digest.Service // nil when nothing can post (no bot token)
	web     *web.Client
	feeds   *feed.Poller // nil in a process that does not run singletons
	metrics *metrics.Metrics
	admin   *admin.Server
	router  *bot.Router
	// indexMu serialises "reload the store, then index what is new" so a
	// document from a feed and one from the CLI never race into the index.
	indexMu sync.Mutex
}

// newServing opens the data dir (creating it) and builds the services for
// command (serve or http, recorded as the index's holder).
// session is the Discord REST session used to post digests and
// announcements; with nil, /digest and /announce are left out.
func newServing(ctx context.Context, command string, cfg *config.Config, log *zap.Logger, m *metrics.Metrics, adm *admin.Server, session *discordgo.Session) (*serving, error) {
	a, err := openWritable(ctx, cfg.Data, command, log)
	if err != nil {
		return nil, err
	}
	s := &serving{cfg: cfg, log: log, app: a, metrics: m, admin: adm}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	if err := s.openState(ctx); err != nil {
		return nil, err
	}
	m.SetIndexSize(func() float64 {
		n, err := a.index.Count()
		if err != nil {
			return 0
		}
		return float64(n)
	})
	adm.Check("index", func(context.Context) error {
		_, err := a.index.Count()
		return err
	})
	adm.Check("store", func(context.Context) error {
		_, err := s.state.Schedules()
		return err
	})

	var extra []bot.Command
	if session != nil {
		s.digests, err = digest.NewService(digest.Config{
			Store:       s.state,
			Library:     a.store,
			Sender:      digest.SessionSender{Session: session},
			Logger:      log.Named("digest"),
			PostEmpty:   cfg.Digest.PostEmpty,
			FirstWindow: cfg.Digest.Since,
			DefaultZone: cfg.Digest.Timezone,
			OnPosted:    m.DigestPosted,
			SharedLock:  s.sharedLock(),
		})
		if err != nil {
			return nil, err
		}
		extra = append(extra, s.digests.Commands()...)
	}
	s.web = web.New(cfg.WebConfig(log.Named("web")))
	if cfg.RunsSingletons() && s.shared == nil {
		s.feeds, err = newFeedPoller(cfg.Data, cfg.FeedSources(), s.web, a.store, cfg.FeedsOnTopicOnly, log.Named("feed"),
			func(ctx context.Context, doc *corpus.Document, _ feed.Entry) {
				if err := s.added(ctx, "feed", doc); err != nil {
					log.Error("index feed document", zap.String("source", doc.Source.ID), zap.Error(err))
				}
				s.publish(ctx, []*corpus.Document{doc}, nil)
			})
		if err != nil {
			return nil, err
		}
	}
	icfg := ingest.Config{
		Fetcher:     s.web,
		Store:       a.store,
		OnTopicOnly: cfg.FeedsOnTopicOnly,
		OnAdded:     func(ctx context.Context, res corpus.PutResult) error { return s.put(ctx, "discord", res) },
		Logger:      log.Named("ingest"),
	}
	if s.feeds != nil {
		icfg.Feeds = s.feeds // /feed only where the poller runs: feeds.json has one writer
	}
	if s.shared != nil {
		icfg.Feeds = s.sharedFeeds() // every replica answers /feed from the shared subscriptions
	}
	extra = append(extra, ingest.Commands(icfg)...)
	s.router = bot.New(bot.Config{
		Searcher: a.index,
		Library:  a.store,
		Logger:   log.Named("bot"),
		Observe:  observeInteractions(log, m),
	}, extra...)
	if s.replica != nil {
		// Answer from the whole shared collection from the first request.
		if err := s.replica.Sync(ctx); err != nil {
			return nil, fmt.Errorf("synchronise documents with the shared state: %w", err)
		}
	}
	ok = true
	return s, nil
}

// openState opens the bot state: PostgreSQL when --state-url is set
// (shared by every replica, documents included), else <data>/state.db.
func (s *serving) openState(ctx context.Context) error {
	if s.cfg.StateURL == "" {
		st, err := store.Open(filepath.Join(s.cfg.Data, store.FileName), store.Options{})
		if err != nil {
			return fmt.Errorf("%w (is another planbot serve or http running on this data dir?)", err)
		}
		s.state = st
		s.leading.Store(s.cfg.RunsSingletons())
		return nil
	}
	pg, err := postgres.Open(ctx, s.cfg.StateURL.Reveal(), postgres.Options{Logger: s.log.Named("state")})
	if err != nil {
		return fmt.Errorf("%s: %w", s.cfg.Where("state_url"), err)
	}
	s.shared, s.state = pg, pg
	s.replica, err = replica.New(replica.Config{Shared: pg, Dir: s.app.store.Dir(), Apply: s.reload, Logger: s.log.Named("replica")})
	if err != nil {
		return err
	}
	s.log.Info("state in PostgreSQL", zap.Stringer("state_url", s.cfg.StateURL))
	return nil
}

// sharedLock is the digest service's cross-replica channel lock: with
// shared state a manual /digest on one replica and the leader's scheduled
// one never both post the same sources. Nil with the bbolt state.
func (s *serving) sharedLock() func(ctx context.Context, key string) (func(), error) {
	if s.shared == nil {
		return nil
	}
	return func(ctx context.Context, key string) (func(), error) { return s.shared.Lock(ctx, "digest/"+key) }
}

// put indexes a document stored by /ingest, removing the versions it
// replaced from the index first, then announces it and shares it with the
// other replicas.
func (s *serving) put(ctx context.Context, origin string, res corpus.PutResult) error {
	s.indexMu.Lock()
	err := s.app.removeReplaced(ctx, res.Replaced)
	s.indexMu.Unlock()
	if err != nil {
		return err
	}
	if err := s.added(ctx, origin, res.Doc); err != nil {
		return err
	}
	if s.replica != nil {
		if err := s.replica.Publish(ctx, []*corpus.Document{res.Doc}, res.Replaced); err != nil {
			return fmt.Errorf("share with the other replicas: %w", err)
		}
	}
	return nil
}

// publish shares documents this process stored with the other replicas,
// logging a failure (the document stays here; the next start publishes it).
func (s *serving) publish(ctx context.Context, docs []*corpus.Document, replaced []corpus.Source) {
	if s.replica == nil {
		return
	}
	if err := s.replica.Publish(ctx, docs, replaced); err != nil {
		s.log.Error("share documents with the other replicas", zap.Error(err))
	}
}

// added indexes newly stored documents, then announces them.
func (s *serving) added(ctx context.Context, origin string, docs ...*corpus.Document) error {
	s.indexMu.Lock()
	err := s.index(ctx, origin, docs)
	s.indexMu.Unlock()
	if err != nil {
		return err
	}
	s.announce(ctx, docs)
	return nil
}

// reload picks up documents stored by another process (planbot ingest),
// drops from the index the versions that process replaced, then indexes
// and announces the new ones.
func (s *serving) reload(ctx context.Context) error {
	s.indexMu.Lock()
	changes, err := s.app.store.ReloadChanges(ctx)
	rerr := s.app.removeReplaced(ctx, changes.Removed)
	// Index what was read even when a later file failed: a bad file must not
	// hold back good ones.
	ierr := s.index(ctx, "cli", changes.Added)
	s.indexMu.Unlock()
	if ierr != nil || rerr != nil {
		return errors.Join(err, rerr, ierr)
	}
	s.announce(ctx, changes.Added)
	return err
}

// index adds docs to the search index and counts them. The caller holds
// indexMu.
func (s *serving) index(ctx context.Context, origin string, docs []*corpus.Document) error {
	if len(docs) == 0 {
		return nil
	}
	if err := s.app.index.Add(ctx, docs...); err != nil {
		s.metrics.IngestFailed(origin)
		return fmt.Errorf("index %d new documents: %w", len(docs), err)
	}
	s.metrics.DocumentsIngested(origin, len(docs))
	for _, d := range docs {
		s.log.Info("ingested", zap.String("origin", origin), zap.String("source", d.Source.ID),
			zap.Int("provisions", len(d.Provisions)), zap.Int("statements", len(d.Statements)))
	}
	return nil
}

// announce tells the announce channels about docs, outside indexMu: posting
// may wait on Discord's rate limits and must not hold up indexing.
func (s *serving) announce(ctx context.Context, docs []*corpus.Document) {
	if len(docs) == 0 || s.digests == nil || !s.leading.Load() {
		return
	}
	if err := s.digests.Announce(ctx, docs); err != nil {
		s.log.Warn("announce new documents", zap.Error(err))
	}
}

// Run runs the background work until ctx is done: the digest scheduler and
// the feed poller (in the one process that runs singletons) and the store
// reload loop (everywhere). It returns when all of them have stopped.
func (s *serving) Run(ctx context.Context) {
	var wg sync.WaitGroup
	goRun := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(ctx); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Error("background task stopped", zap.String("task", name), zap.Error(err))
			}
		}()
	}
	switch {
	case !s.cfg.RunsSingletons():
	case s.shared != nil:
		goRun("leader", s.lead)
	default:
		goRun("singletons", func(ctx context.Context) error { s.runSingletons(ctx); return nil })
	}
	if s.replica != nil {
		goRun("replica", s.replica.Run)
	}
	goRun("reload", func(ctx context.Context) error {
		t := time.NewTicker(reloadEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
				if err := s.reload(ctx); err != nil {
					s.log.Warn("reload documents", zap.Error(err))
				}
			}
		}
	})
	wg.Wait()
}

// lead runs the singletons whenever this process holds the leadership,
// until ctx is done: another replica holds it meanwhile, and this one takes
// over within the store's LeaderRetry once that one's connection drops.
// A digest the old leader left half-posted is pending in the post log, and
// the digest scheduler resumes it first under the same nonces.
func (s *serving) lead(ctx context.Context) error {
	for {
		l, err := s.shared.Leader(ctx, leaderName)
		if err != nil {
			return ctx.Err()
		}
		s.leading.Store(true)
		s.log.Info("running digests, announcements and feeds here (leader)")
		s.runSingletons(l.Context())
		s.leading.Store(false)
		l.Release()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.log.Warn("leadership lost; waiting to lead again", zap.Error(context.Cause(l.Context())))
	}
}

// runSingletons runs what must run in one process until ctx is done: the
// digest scheduler (after announcing what came while no one led) and the
// feed poller.
func (s *serving) runSingletons(ctx context.Context) {
	var wg sync.WaitGroup
	run := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(ctx); err != nil && !errors.Is(err, context.Canceled) && ctx.Err() == nil {
				s.log.Error("background task stopped", zap.String("task", name), zap.Error(err))
			}
		}()
	}
	if s.digests != nil {
		run("digests", func(ctx context.Context) error {
			// Documents stored while no scheduler ran (planbot ingest, a
			// replica's /ingest during a handover) are announced once too.
			if err := s.digests.AnnounceNew(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("announce documents added while stopped", zap.Error(err))
			}
			return s.digests.Run(ctx)
		})
	}
	if s.feeds != nil {
		run("feeds", s.feeds.Run)
	}
	if s.shared != nil {
		run("feeds", s.runSharedFeeds)
	}
	wg.Wait()
}

// Close releases the state and the index. Call it after Run has returned.
func (s *serving) Close() error {
	var errs []error
	if s.state != nil {
		errs = append(errs, s.state.Close())
	}
	if s.app != nil {
		errs = append(errs, s.app.Close())
	}
	return errors.Join(errs...)
}

// newFeedPoller builds the feed poller for the long-running commands: the
// configured feeds (Config.FeedSources) plus those added with /feed add,
// state in <data>/feeds.json, fetching with client (web.New(cfg.WebConfig(log))). The caller runs Poll.Run(ctx)
// in a goroutine it owns, and passes the same poller to bot/ingest as
// Config.Feeds. onAdded (may be nil) indexes and announces each new
// document.
func newFeedPoller(data string, sources []feed.Source, client *web.Client, store feed.Store, onTopicOnly bool,
	log *zap.Logger, onAdded func(ctx context.Context, doc *corpus.Document, e feed.Entry)) (*feed.Poller, error) {
	p, err := feed.New(feed.Config{
		Client:      client,
		Store:       store,
		StatePath:   filepath.Join(data, "feeds.json"),
		Feeds:       sources,
		OnTopicOnly: onTopicOnly,
		OnAdded:     onAdded,
		Logger:      log,
	})
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	return p, nil
}
