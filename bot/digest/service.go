package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"

	"planbot/bot/store"
	"planbot/corpus"
)

// Tracks: each has its own watermark per channel, so a channel can both get
// digests and announcements and each tells it about every source once.
const (
	TrackDigest   = "digest"
	TrackAnnounce = "announce"
)

// Reasons a digest is posted, kept in the post log.
const (
	ReasonManual    = "manual"
	ReasonScheduled = "scheduled"
	ReasonAnnounce  = "announce"
)

// Config wires a Service. Store, Library and Sender are required.
type Config struct {
	Store   store.State
	Library Library
	Sender  Sender
	Clock   Clock       // defaults to SystemClock
	Logger  *zap.Logger // defaults to zap.NewNop()
	// PostEmpty makes a scheduled digest with nothing new post a short
	// "no updates" message instead of nothing.
	PostEmpty bool
	// FirstWindow is how far back a channel's first digest reaches; it sets
	// the channel's floor. Defaults to 24h.
	FirstWindow time.Duration
	Render      RenderOptions
	Retry       RetryPolicy
	// DefaultZone is the IANA time zone of a /digest schedule given
	// without one; "" makes the timezone option required.
	DefaultZone string
	// PendingRetry is how long Run waits before retrying a post left
	// unfinished by a Discord outage. Defaults to 5m.
	PendingRetry time.Duration
	// SharedLock, when set, is taken beside the in-process lock of a
	// channel's track (key "track/channelID"), so replicas sharing one state
	// never interleave "compute what is new, record the post" on a channel.
	SharedLock func(ctx context.Context, key string) (unlock func(), err error)
	// OnPosted, when set, is told of every post completed (its reason:
	// manual, scheduled or announce, and how many messages it took), so the
	// caller can count them without this package knowing about metrics.
	OnPosted func(reason string, messages int)
}

// Service owns digests and announcements: composing, posting, scheduling,
// and the /digest and /announce commands.
type Service struct {
	cfg   Config
	st    store.State
	lib   Library
	clock Clock
	log   *zap.Logger
	post  *poster

	mu    sync.Mutex
	locks map[string]*sync.Mutex // per track/channel: one writer at a time
	wake  chan struct{}          // the schedules changed
}

// NewService checks cfg and returns a Service; call Run to start schedules.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Library == nil || cfg.Sender == nil {
		return nil, errors.New("digest: Store, Library and Sender are required")
	}
	if cfg.Clock == nil {
		cfg.Clock = SystemClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.PendingRetry <= 0 {
		cfg.PendingRetry = 5 * time.Minute
	}
	if cfg.FirstWindow <= 0 {
		cfg.FirstWindow = 24 * time.Hour
	}
	s := &Service{cfg: cfg, st: cfg.Store, lib: cfg.Library, clock: cfg.Clock, log: cfg.Logger,
		locks: map[string]*sync.Mutex{}, wake: make(chan struct{}, 1)}
	s.post = &poster{store: cfg.Store, sender: cfg.Sender, clock: cfg.Clock, log: cfg.Logger, retry: cfg.Retry, onGone: s.channelGone, onPosted: cfg.OnPosted}
	return s, nil
}

// lock serialises writers of one channel's track in this process; the
// store's pending record (RecordIntent's ErrPending) covers the rest.
func (s *Service) lock(track, channelID string) func() {
	s.mu.Lock()
	m, ok := s.locks[track+"/"+channelID]
	if !ok {
		m = new(sync.Mutex)
		s.locks[track+"/"+channelID] = m
	}
	s.mu.Unlock()
	m.Lock()
	if s.cfg.SharedLock == nil {
		return m.Unlock
	}
	unlock, err := s.cfg.SharedLock(context.Background(), track+"/"+channelID)
	if err != nil { // the pending record still refuses a second unfinished post
		s.log.Warn("shared channel lock unavailable", zap.String("channel", channelID), zap.Error(err))
		return m.Unlock
	}
	return func() { unlock(); m.Unlock() }
}

// Result says what a post did.
type Result struct {
	PostID   string `json:"post_id,omitempty"`
	Messages int    `json:"messages"`
	Sources  int    `json:"sources"`
	Summary  string `json:"summary,omitempty"`
	Empty    bool   `json:"empty"`   // nothing new, nothing posted
	Resumed  string `json:"resumed"` // ID of an interrupted post finished first, if any
}

// Compose returns the digest a channel would get now: what it has not been
// told about since its floor or, with since > 0, what it has not been told
// about among the sources added within since. An empty channelID ignores
// watermarks (the CLI): everything added within since (default FirstWindow).
// guild is the server the channel is in: the digest draws on the global
// collection and that server's own documents only ("" the global ones).
func (s *Service) Compose(channelID, guild string, since time.Duration) (Digest, error) {
	return s.compose(channelID, guild, since, s.clock.Now(), false)
}

func (s *Service) compose(channelID, guild string, since time.Duration, now time.Time, write bool) (Digest, error) {
	lower := now.Add(-s.cfg.FirstWindow)
	if channelID != "" {
		w, ok, err := s.st.Watermark(TrackDigest, channelID)
		if err != nil {
			return Digest{}, err
		}
		switch {
		case ok && !w.Floor.IsZero():
			lower = w.Floor
		case write:
			if lower, err = s.st.EnsureFloor(TrackDigest, channelID, lower); err != nil {
				return Digest{}, err
			}
		}
	}
	if since > 0 {
		lower = now.Add(-since)
	}
	var keep func(ids []string) (func(string) bool, error)
	if channelID != "" {
		// What the channel has not been told about yet.
		keep = func(ids []string) (func(string) bool, error) {
			fresh, err := s.st.Uncovered(TrackDigest, channelID, ids)
			if err != nil {
				return nil, err
			}
			set := make(map[string]bool, len(fresh))
			for _, id := range fresh {
				set[id] = true
			}
			return func(id string) bool { return set[id] }, nil
		}
	}
	earlier, fresh, err := Load(s.lib, guild, lower, keep)
	if err != nil {
		return Digest{}, err
	}
	return ComposeAfter(earlier, fresh, lower, now), nil
}

// PostDigest posts a channel's digest now. It first finishes any interrupted
// post of that channel (same nonces, so nothing doubles), then posts what is
// still new. An empty digest posts nothing unless reason is scheduled and
// PostEmpty is set. guild is the server the channel is in (see Compose).
func (s *Service) PostDigest(ctx context.Context, channelID, guild string, since time.Duration, reason string) (Result, error) {
	defer s.lock(TrackDigest, channelID)()
	var res Result
	pending, err := s.st.Pending(TrackDigest, channelID)
	if err != nil {
		return res, err
	}
	if pending != nil {
		res.Resumed = pending.ID
		s.log.Info("resuming interrupted post", zap.String("post", pending.ID), zap.String("channel", channelID))
		if err := s.post.deliver(ctx, pending); err != nil {
			return res, err
		}
	}
	now := s.clock.Now()
	d, err := s.compose(channelID, guild, since, now, true)
	if err != nil {
		return res, err
	}
	if d.Empty() && !(reason == ReasonScheduled && s.cfg.PostEmpty) {
		res.Empty = true
		return res, nil
	}
	msgs := Render(d, s.cfg.Render)
	p, err := newPost(now, TrackDigest, channelID, reason, d.SourceIDs(), summaryLine(d), msgs)
	if err != nil {
		return res, err
	}
	if err := s.st.RecordIntent(p); err != nil {
		return res, err
	}
	res.PostID, res.Messages, res.Sources, res.Summary = p.ID, len(msgs), len(d.Sources), p.Summary
	return res, s.post.deliver(ctx, &p)
}

// Announce posts a short message about newly ingested documents to every
// announce channel. Each channel hears about each source once, whatever
// Announce is called with, and an interrupted announcement is finished under
// its original nonces first. A channel hears only of the documents its
// server sees (the global ones and the server's own). Errors for one
// channel do not stop the others.
func (s *Service) Announce(ctx context.Context, docs []*corpus.Document) error {
	chans, err := s.st.AnnounceChannels()
	if err != nil {
		return err
	}
	var errs []error
	for _, ch := range chans {
		vis := Visible(docs, ch.GuildID)
		ids := make([]string, 0, len(vis))
		byID := make(map[string]*corpus.Document, len(vis))
		for _, d := range vis {
			if byID[d.Source.ID] == nil {
				ids = append(ids, d.Source.ID)
				byID[d.Source.ID] = d
			}
		}
		if err := s.announceTo(ctx, ch.ChannelID, ids, func(id string) *corpus.Document { return byID[id] }); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// AnnounceNew announces every library document an announce channel has not
// heard of yet. Announce is idempotent per channel and source, so this is
// safe to call at start-up (catching up on documents another process
// ingested while the bot was down) and after every corpus Reload.
//
// From a Catalogue only the documents a channel has not heard of are
// parsed, not the whole library.
func (s *Service) AnnounceNew(ctx context.Context) error {
	cat, ok := s.lib.(Catalogue)
	if !ok {
		return s.Announce(ctx, s.lib.Documents())
	}
	chans, err := s.st.AnnounceChannels()
	if err != nil {
		return err
	}
	entries := cat.Entries()
	get := func(id string) *corpus.Document {
		d, _ := cat.Get(id)
		return d
	}
	var errs []error
	for _, ch := range chans {
		var ids []string
		for _, e := range entries {
			if e.Source.VisibleIn(ch.GuildID) {
				ids = append(ids, e.Source.ID)
			}
		}
		if err := s.announceTo(ctx, ch.ChannelID, ids, get); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// announceTo announces to a channel the documents of ids (distinct) it
// has not heard of; get returns one (nil when it is gone).
func (s *Service) announceTo(ctx context.Context, channelID string, ids []string, get func(id string) *corpus.Document) error {
	defer s.lock(TrackAnnounce, channelID)()
	pending, err := s.st.Pending(TrackAnnounce, channelID)
	if err != nil {
		return err
	}
	if pending != nil {
		if err := s.post.deliver(ctx, pending); err != nil {
			return err
		}
	}
	uncovered, err := s.st.Uncovered(TrackAnnounce, channelID, ids)
	if err != nil || len(uncovered) == 0 {
		return err
	}
	var news []*corpus.Document
	fresh := make([]string, 0, len(uncovered))
	for _, id := range uncovered {
		// A document whose file went away since it was listed is left
		// out, as a Library's Documents leaves it out.
		if d := get(id); d != nil {
			news = append(news, d)
			fresh = append(fresh, id)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	now := s.clock.Now()
	p, err := newPost(now, TrackAnnounce, channelID, ReasonAnnounce, fresh, plural(len(fresh), "new source"), []Message{RenderAnnouncement(news)})
	if err != nil {
		return err
	}
	if err := s.st.RecordIntent(p); err != nil {
		return err
	}
	return s.post.deliver(ctx, &p)
}

// ResumePending finishes every interrupted post (after a crash or while
// Discord was down), each under its recorded nonces.
func (s *Service) ResumePending(ctx context.Context) error {
	posts, err := s.st.PendingPosts()
	if err != nil {
		return err
	}
	var errs []error
	for i := range posts {
		p := &posts[i]
		err := func() error {
			defer s.lock(p.Track, p.ChannelID)()
			cur, err := s.st.Pending(p.Track, p.ChannelID)
			if err != nil || cur == nil || cur.ID != p.ID {
				return err // finished meanwhile
			}
			return s.post.deliver(ctx, cur)
		}()
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// channelGone stops a channel's schedule after a 403/404 so it is reported
// in /digest status instead of retried at every run.
func (s *Service) channelGone(channelID, reason string) {
	err := s.st.UpdateSchedule(channelID, func(sc *store.Schedule) { sc.Disabled = reason })
	if err != nil {
		s.log.Error("disable schedule", zap.String("channel", channelID), zap.Error(err))
	}
}

// SetSchedule creates or replaces a channel's schedule after checking it.
func (s *Service) SetSchedule(channelID, guildID, when, zone, by string) (store.Schedule, time.Time, error) {
	if strings.TrimSpace(zone) == "" {
		zone = s.cfg.DefaultZone
	}
	w, err := ParseWhen(when, zone)
	if err != nil {
		return store.Schedule{}, time.Time{}, err
	}
	now := s.clock.Now()
	sc := store.Schedule{ChannelID: channelID, GuildID: guildID, When: when, Cron: w.Cron, Zone: w.Zone,
		CreatedBy: by, CreatedAt: now.UTC(), LastFire: now.UTC()}
	if err := s.st.PutSchedule(sc); err != nil {
		return store.Schedule{}, time.Time{}, err
	}
	s.poke()
	return sc, w.Next(now), nil
}

// Unschedule removes a channel's schedule and reports whether it had one.
func (s *Service) Unschedule(channelID string) (bool, error) {
	ok, err := s.st.DeleteSchedule(channelID)
	s.poke()
	return ok, err
}

func (s *Service) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// ChannelStatus is one line of /digest status.
type ChannelStatus struct {
	ChannelID string
	Schedule  *store.Schedule
	Next      time.Time // zero when unscheduled or disabled
	Watermark store.Watermark
	Announce  bool
}

// Status reports every channel with a schedule, a digest or announcements.
func (s *Service) Status() ([]ChannelStatus, error) {
	scheds, err := s.st.Schedules()
	if err != nil {
		return nil, err
	}
	ann, err := s.st.AnnounceChannels()
	if err != nil {
		return nil, err
	}
	byCh := map[string]*ChannelStatus{}
	var order []string
	get := func(ch string) *ChannelStatus {
		if c, ok := byCh[ch]; ok {
			return c
		}
		c := &ChannelStatus{ChannelID: ch}
		byCh[ch] = c
		order = append(order, ch)
		return c
	}
	for i := range scheds {
		sc := scheds[i]
		c := get(sc.ChannelID)
		c.Schedule = &sc
		if w, err := ParseWhen(sc.Cron, sc.Zone); err == nil && sc.Disabled == "" {
			c.Next = w.Next(maxTime(sc.LastFire, s.clock.Now()))
		}
	}
	for _, a := range ann {
		get(a.ChannelID).Announce = true
	}
	posts, err := s.st.Posts(200)
	if err != nil {
		return nil, err
	}
	for _, p := range posts {
		if p.Track == TrackDigest {
			get(p.ChannelID)
		}
	}
	out := make([]ChannelStatus, 0, len(order))
	for _, ch := range order {
		c := byCh[ch]
		w, _, err := s.st.Watermark(TrackDigest, ch)
		if err != nil {
			return nil, err
		}
		c.Watermark = w
		out = append(out, *c)
	}
	return out, nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// Run resumes interrupted posts and then fires schedules until ctx ends,
// retrying posts an outage left unfinished every PendingRetry.
// Each schedule's next run is the first cron time after its last run, in its
// own zone; a run missed while the bot was down is made up once on start
// (covering everything since the channel's watermark), not once per miss.
func (s *Service) Run(ctx context.Context) error {
	select { // schedules set before Run are read by the first tick anyway
	case <-s.wake:
	default:
	}
	var retryAt time.Time // when to try unfinished posts again
	for {
		if now := s.clock.Now(); !now.Before(retryAt) {
			if err := s.ResumePending(ctx); err != nil {
				s.log.Warn("unfinished posts remain; retrying later", zap.Duration("in", s.cfg.PendingRetry), zap.Error(err))
			}
			retryAt = time.Time{}
		}
		next, err := s.tick(ctx)
		if err != nil {
			s.log.Error("scheduler", zap.Error(err))
		}
		if retryAt.IsZero() {
			if left, err := s.st.PendingPosts(); err == nil && len(left) > 0 {
				retryAt = s.clock.Now().Add(s.cfg.PendingRetry)
			}
		}
		if !retryAt.IsZero() && (next.IsZero() || retryAt.Before(next)) {
			next = retryAt
		}
		wait := time.Hour
		if !next.IsZero() {
			wait = min(wait, next.Sub(s.clock.Now()))
		}
		if wait < 0 {
			wait = 0
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.wake:
		case <-s.clock.After(wait):
		}
	}
}

// tick fires every due schedule and returns the earliest next run.
func (s *Service) tick(ctx context.Context) (time.Time, error) {
	scheds, err := s.st.Schedules()
	if err != nil {
		return time.Time{}, err
	}
	var next time.Time
	for _, sc := range scheds {
		if sc.Disabled != "" || ctx.Err() != nil {
			continue
		}
		w, err := ParseWhen(sc.Cron, sc.Zone)
		if err != nil {
			s.log.Error("stored schedule no longer parses", zap.String("channel", sc.ChannelID), zap.Error(err))
			continue
		}
		now := s.clock.Now()
		due := w.Next(sc.LastFire)
		if !due.After(now) {
			s.fire(ctx, sc, due, now)
			due = w.Next(now)
		}
		if next.IsZero() || due.Before(next) {
			next = due
		}
	}
	return next, nil
}

// fire runs one due schedule. LastFire moves first: if the process dies
// mid-post the pending record finishes the post on restart, and the run is
// not repeated.
func (s *Service) fire(ctx context.Context, sc store.Schedule, due, now time.Time) {
	if err := s.st.UpdateSchedule(sc.ChannelID, func(x *store.Schedule) { x.LastFire = now.UTC() }); err != nil {
		s.log.Error("record schedule run", zap.String("channel", sc.ChannelID), zap.Error(err))
		return
	}
	late := now.Sub(due)
	res, err := s.PostDigest(ctx, sc.ChannelID, sc.GuildID, 0, ReasonScheduled)
	s.log.Info("scheduled digest", zap.String("channel", sc.ChannelID), zap.Time("due", due),
		zap.Duration("late", late), zap.Bool("empty", res.Empty), zap.Int("messages", res.Messages), zap.Error(err))
}

// String renders a status line for logs and the CLI.
func (c ChannelStatus) String() string {
	return fmt.Sprintf("%s next=%v last=%v", c.ChannelID, c.Next, c.Watermark.LastPostedAt)
}
