package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
	"go.uber.org/zap"

	"planbot/corpus"
	"planbot/corpus/web"
)

// Store is the part of *corpus.Store the poller needs: Add parses and
// stores a document, reporting added=false for a duplicate by content hash.
type Store interface {
	Add(data []byte, opts corpus.ParseOptions) (doc *corpus.Document, added bool, err error)
}

// Source is a feed to poll, as given in the configuration.
type Source struct {
	URL      string
	Interval time.Duration // 0 means Config.Interval
	// Guild is the server whose subscription it is, "" for a global feed.
	// The config file's feeds are global; a poller built from shared
	// subscriptions (several replicas) passes each server's own here.
	Guild string
}

// Defaults used when the matching Config field is zero.
const (
	DefaultInterval    = 30 * time.Minute
	DefaultMaxPerPoll  = 30
	DefaultMaxAttempts = 3
	DefaultForget      = 90 * 24 * time.Hour
)

// Config configures a Poller.
type Config struct {
	// Client fetches feeds and pages; required (its Config carries the
	// safety rules and AllowPrivate).
	Client *web.Client
	// Store receives the documents; required.
	Store Store
	// StatePath is the JSON state file, e.g. <data>/feeds.json; required.
	StatePath string
	// Feeds from the configuration file: always subscribed, and not
	// removable with Remove.
	Feeds []Source
	// Interval between polls of a feed without its own; defaults to 30 min.
	Interval time.Duration
	// OnTopicOnly keeps only entries in which the corpus finds at least one
	// topic (on a provision or a statement), so a general news feed does
	// not flood the corpus.
	OnTopicOnly bool
	// MaxPerPoll bounds the entry pages fetched in one poll of one feed;
	// the rest wait for the next poll. Defaults to 30.
	MaxPerPoll int
	// MaxAttempts is how many polls retry an entry whose page fails to
	// fetch or parse before it is given up. Defaults to 3.
	MaxAttempts int
	// Forget is how long an entry no longer in its feed is remembered;
	// defaults to 90 days.
	Forget time.Duration
	// OnAdded is called, from the polling goroutine, for each document the
	// store newly added, so the caller can index and announce it. May be nil.
	OnAdded func(ctx context.Context, doc *corpus.Document, entry Entry)
	// Logger defaults to zap.NewNop().
	Logger *zap.Logger
	// Now and After are the clock; they default to time.Now and time.After
	// and are replaced in tests.
	Now   func() time.Time
	After func(time.Duration) <-chan time.Time
}

// Entry identifies the feed entry a document came from.
type Entry struct {
	Guild     string // the server whose feed it is ("" for a global feed); the document is that server's own
	Feed      string // feed URL
	FeedTitle string
	URL       string // the entry's page
	Title     string
}

// Info describes a subscribed feed, for /feed list.
type Info struct {
	// Guild is the server that subscribed (its documents are its own), ""
	// for a global feed: the configured ones, and those subscribed before
	// servers had collections of their own.
	Guild      string
	URL        string
	Title      string
	Interval   time.Duration
	FromConfig bool
	AddedBy    string
	LastPoll   time.Time // zero before the first poll
	LastError  string
	Ingested   int
}

// Result is what one poll of one feed did.
type Result struct {
	Feed        string
	Guild       string             // the subscribing server, "" for a global feed
	NotModified bool               // the server answered 304
	Entries     int                // entries in the feed
	Added       []*corpus.Document // newly stored documents
	Seen        int                // entries skipped: already processed, unchanged
	Duplicates  int                // pages whose text the corpus (or this poller) already had
	OffTopic    int                // pages skipped by the on-topic filter
	Deferred    int                // new entries left for the next poll (MaxPerPoll)
	Failures    []EntryError       // entries that failed this time
}

// EntryError is an entry that could not be ingested, with the reason.
type EntryError struct {
	URL string
	Err error
}

func (e EntryError) Error() string { return fmt.Sprintf("%s: %v", e.URL, e.Err) }

// Errors returned by Add and Remove, safe to show to moderators.
var (
	ErrExists     = errors.New("feed is already subscribed")
	ErrNotFound   = errors.New("feed is not subscribed")
	ErrConfigured = errors.New("feed is set in the configuration file")
	ErrNotAFeed   = errors.New("not an RSS, Atom or JSON feed")
	// ErrShared is a global feed, which feeds every server: one server
	// cannot remove it.
	ErrShared = errors.New("feed is shared by every server")
)

// Poller keeps the feed subscriptions and polls them. Its methods are safe
// for concurrent use; Run is meant to be called once.
//
// A subscription belongs to one server (its guild) or, for the configured
// feeds, to everyone: the documents it brings are stored in that
// collection (corpus.ParseOptions.Guild), and each server adds, lists and
// removes its own. Two servers may subscribe to the same feed; each then
// gets its own copy of the entries.
type Poller struct {
	cfg Config
	log *zap.Logger

	mu    sync.Mutex
	st    *state
	wake  chan struct{}
	polls sync.Mutex // one poll at a time, so two polls never ingest the same entry
}

// New loads the state file and merges the configured feeds into it.
func New(cfg Config) (*Poller, error) {
	if cfg.Client == nil || cfg.Store == nil || cfg.StatePath == "" {
		return nil, errors.New("feed: Config needs Client, Store and StatePath")
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.MaxPerPoll <= 0 {
		cfg.MaxPerPoll = DefaultMaxPerPoll
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.Forget <= 0 {
		cfg.Forget = DefaultForget
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.After == nil {
		cfg.After = time.After
	}
	st, err := loadState(cfg.StatePath)
	if err != nil {
		return nil, err
	}
	p := &Poller{cfg: cfg, log: cfg.Logger, st: st, wake: make(chan struct{}, 1)}
	// The config file is authoritative for its feeds: add new ones, update
	// intervals, and demote feeds no longer in it to ordinary subscriptions
	// (keeping what was seen).
	inConfig := map[string]bool{}
	for _, s := range cfg.Feeds {
		u, err := NormalizeURL(s.URL)
		if err != nil {
			return nil, fmt.Errorf("feed in config: %w", err)
		}
		inConfig[entryKey(s.Guild, u)] = true
		if f := st.feed(s.Guild, u); f != nil {
			f.FromConfig, f.Interval = s.Guild == "", s.Interval
			continue
		}
		st.Feeds = append(st.Feeds, &feedState{Guild: s.Guild, URL: u, Interval: s.Interval, FromConfig: s.Guild == "", AddedAt: cfg.Now().UTC()})
	}
	for _, f := range st.Feeds {
		if f.FromConfig && (f.Guild != "" || !inConfig[entryKey("", f.URL)]) {
			f.FromConfig = false
		}
	}
	if err := st.save(cfg.StatePath); err != nil {
		return nil, err
	}
	return p, nil
}

// feed returns server guild's subscription to u ("" the global one).
func (st *state) feed(guild, u string) *feedState {
	for _, f := range st.Feeds {
		if f.URL == u && f.Guild == guild {
			return f
		}
	}
	return nil
}

// seenBy reports whether server guild already gets u's entries: its own
// subscription or a global one.
func (st *state) seenBy(guild, u string) bool {
	return st.feed(guild, u) != nil || guild != "" && st.feed("", u) != nil
}

// entryKey is the key of an entry in state.Entries, and hashKey of a
// content hash in state.Hashes: the URL or hash for a global feed (as
// before servers had collections), prefixed by the server for a server's
// feed, so two servers' copies of an entry never mix.
func entryKey(guild, u string) string {
	if guild == "" {
		return u
	}
	return guild + " " + u
}

func hashKey(guild, hash string) string { return entryKey(guild, hash) }

// NormalizeURL checks a feed or entry URL is absolute http(s) and drops
// its fragment, so one page is one key. Shared subscriptions (several
// replicas) key feeds the same way.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("parse URL %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("%q: %w", raw, web.ErrScheme)
	}
	u.Fragment = ""
	u.Host = strings.ToLower(u.Host)
	return u.String(), nil
}

// Add subscribes server guild ("" for everyone) to a feed after fetching it
// once to check it is one; it returns the feed's title. The first poll
// follows at once in Run. A feed the server already gets, its own or a
// global one, is ErrExists.
func (p *Poller) Add(ctx context.Context, guild, rawURL, addedBy string) (Info, error) {
	u, err := NormalizeURL(rawURL)
	if err != nil {
		return Info{}, err
	}
	p.mu.Lock()
	exists := p.st.seenBy(guild, u)
	p.mu.Unlock()
	if exists {
		return Info{}, fmt.Errorf("%s: %w", u, ErrExists)
	}
	resp, err := p.cfg.Client.Get(ctx, u, web.Request{Accept: web.FeedTypes})
	if err != nil {
		return Info{}, err
	}
	parsed, err := parseFeed(resp.Body)
	if err != nil {
		return Info{}, fmt.Errorf("%s: %w (%v)", u, ErrNotAFeed, err)
	}
	f := &feedState{Guild: guild, URL: u, Title: strings.TrimSpace(parsed.Title), AddedBy: addedBy, AddedAt: p.cfg.Now().UTC()}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.st.seenBy(guild, u) {
		return Info{}, fmt.Errorf("%s: %w", u, ErrExists)
	}
	p.st.Feeds = append(p.st.Feeds, f)
	if err := p.st.save(p.cfg.StatePath); err != nil {
		p.st.Feeds = p.st.Feeds[:len(p.st.Feeds)-1]
		return Info{}, err
	}
	p.log.Info("feed added", zap.String("feed", u), zap.String("guild", guild), zap.String("title", f.Title), zap.String("by", addedBy))
	select {
	case p.wake <- struct{}{}:
	default:
	}
	return p.info(f), nil
}

// Remove unsubscribes server guild from a feed it added with Add. What was
// seen from it is kept, so re-adding it does not ingest its entries again.
// A global feed cannot be removed by one server (ErrShared), a configured
// one by anyone (ErrConfigured).
func (p *Poller) Remove(guild, rawURL string) error {
	u, err := NormalizeURL(rawURL)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	i := slices.IndexFunc(p.st.Feeds, func(f *feedState) bool { return f.URL == u && f.Guild == guild })
	if i < 0 {
		if g := p.st.feed("", u); g != nil && guild != "" {
			if g.FromConfig {
				return fmt.Errorf("%s: %w; remove it there", u, ErrConfigured)
			}
			return fmt.Errorf("%s: %w", u, ErrShared)
		}
		return fmt.Errorf("%s: %w", u, ErrNotFound)
	}
	if p.st.Feeds[i].FromConfig {
		return fmt.Errorf("%s: %w; remove it there", u, ErrConfigured)
	}
	removed := p.st.Feeds[i]
	p.st.Feeds = slices.Delete(p.st.Feeds, i, i+1)
	if err := p.st.save(p.cfg.StatePath); err != nil {
		p.st.Feeds = slices.Insert(p.st.Feeds, i, removed)
		return err
	}
	p.log.Info("feed removed", zap.String("feed", u), zap.String("guild", guild))
	return nil
}

// List returns the feeds server guild gets, the global ones and its own
// ("" the global ones alone), in the order they were added.
func (p *Poller) List(guild string) []Info {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Info, 0, len(p.st.Feeds))
	for _, f := range p.st.Feeds {
		if f.Guild == "" || f.Guild == guild {
			out = append(out, p.info(f))
		}
	}
	return out
}

// All returns every server's feeds and the global ones, in the order they
// were added: what the one poller of several replicas reconciles with the
// shared subscriptions.
func (p *Poller) All() []Info {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Info, 0, len(p.st.Feeds))
	for _, f := range p.st.Feeds {
		out = append(out, p.info(f))
	}
	return out
}

func (p *Poller) info(f *feedState) Info {
	iv := f.Interval
	if iv <= 0 {
		iv = p.cfg.Interval
	}
	return Info{Guild: f.Guild, URL: f.URL, Title: f.Title, Interval: iv, FromConfig: f.FromConfig, AddedBy: f.AddedBy,
		LastPoll: f.LastPoll, LastError: f.LastError, Ingested: f.Ingested}
}

// Run polls every feed when it is due until ctx is cancelled, then returns
// ctx's error. Feeds added meanwhile are polled at once.
func (p *Poller) Run(ctx context.Context) error {
	for {
		if _, err := p.PollDue(ctx); err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		wait := p.nextDue()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-p.wake:
		case <-p.cfg.After(wait):
		}
	}
}

// nextDue is how long until the next feed is due, at most the interval.
func (p *Poller) nextDue() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.cfg.Now()
	wait := p.cfg.Interval
	for _, f := range p.st.Feeds {
		d := p.info(f).Interval - now.Sub(f.LastPoll)
		wait = min(wait, d)
	}
	return max(wait, time.Second)
}

// PollDue polls the feeds whose interval has passed since their last poll.
// Failures are logged and recorded on the feed (shown by /feed list); the
// error is only ctx's.
func (p *Poller) PollDue(ctx context.Context) ([]Result, error) {
	p.mu.Lock()
	now := p.cfg.Now()
	var due []*feedState
	for _, f := range p.st.Feeds {
		if f.LastPoll.IsZero() || now.Sub(f.LastPoll) >= p.info(f).Interval {
			due = append(due, f)
		}
	}
	p.mu.Unlock()
	var out []Result
	for _, f := range due {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		res, err := p.Poll(ctx, f.Guild, f.URL)
		if err != nil && !errors.Is(err, ErrNotFound) {
			p.log.Warn("feed poll failed", zap.String("feed", f.URL), zap.String("guild", f.Guild), zap.Error(err))
		}
		out = append(out, res)
	}
	return out, ctx.Err()
}

// Poll fetches server guild's subscription to a feed ("" a global one) now
// and ingests its new and updated entries into that server's collection.
// The error is about the feed itself; entry failures are in
// Result.Failures.
func (p *Poller) Poll(ctx context.Context, guild, feedURL string) (Result, error) {
	p.polls.Lock()
	defer p.polls.Unlock()
	u, err := NormalizeURL(feedURL)
	if err != nil {
		return Result{Feed: feedURL}, err
	}
	res := Result{Feed: u, Guild: guild}
	p.mu.Lock()
	f := p.st.feed(guild, u)
	var etag, lastMod string
	if f != nil {
		etag, lastMod = f.ETag, f.LastModified
	}
	p.mu.Unlock()
	if f == nil {
		return res, fmt.Errorf("%s: %w", u, ErrNotFound)
	}
	items, title, err := p.fetchFeed(ctx, guild, u, etag, lastMod, &res)
	if err != nil {
		p.finishPoll(guild, u, func(f *feedState) { f.LastError = err.Error() })
		return res, err
	}
	if res.NotModified {
		p.finishPoll(guild, u, func(f *feedState) { f.LastError = "" })
		return res, nil
	}
	res.Entries = len(items)
	p.ingestItems(ctx, guild, u, title, items, &res)
	p.finishPoll(guild, u, func(f *feedState) {
		f.LastError = ""
		if title != "" {
			f.Title = title
		}
		f.Ingested += len(res.Added)
	})
	p.log.Info("feed polled", zap.String("feed", u), zap.String("guild", guild), zap.Int("entries", res.Entries), zap.Int("added", len(res.Added)),
		zap.Int("seen", res.Seen), zap.Int("duplicates", res.Duplicates), zap.Int("off_topic", res.OffTopic),
		zap.Int("deferred", res.Deferred), zap.Int("failed", len(res.Failures)))
	return res, ctx.Err()
}

// finishPoll records the poll time (even after a failure, so a broken feed
// waits its interval) and saves the state.
func (p *Poller) finishPoll(guild, u string, update func(*feedState)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f := p.st.feed(guild, u); f != nil { // it may have been removed meanwhile
		f.LastPoll = p.cfg.Now().UTC()
		update(f)
	}
	p.st.prune(p.cfg.Now(), p.cfg.Forget)
	if err := p.st.save(p.cfg.StatePath); err != nil {
		p.log.Error("save feed state", zap.Error(err))
	}
}

// fetchFeed does the conditional GET and parses the feed, newest entries
// last. It records the new validators in the feed state.
func (p *Poller) fetchFeed(ctx context.Context, guild, u, etag, lastMod string, res *Result) ([]*gofeed.Item, string, error) {
	resp, err := p.cfg.Client.Get(ctx, u, web.Request{Accept: web.FeedTypes, ETag: etag, LastModified: lastMod})
	if err != nil {
		return nil, "", err
	}
	if resp.NotModified {
		res.NotModified = true
		return nil, "", nil
	}
	parsed, err := parseFeed(resp.Body)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w (%v)", u, ErrNotAFeed, err)
	}
	p.mu.Lock()
	if f := p.st.feed(guild, u); f != nil {
		f.ETag, f.LastModified = resp.ETag, resp.LastModified
	}
	p.mu.Unlock()
	items := slices.Clone(parsed.Items)
	// Oldest first, so documents enter the corpus in publication order and
	// a capped poll leaves the newest for later rather than skipping the oldest.
	sort.SliceStable(items, func(i, j int) bool { return itemTime(items[i]).Before(itemTime(items[j])) })
	return items, strings.TrimSpace(parsed.Title), nil
}

func itemTime(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// stamp is the entry's version: its updated time, else its published time.
func stamp(it *gofeed.Item) string {
	if it.UpdatedParsed != nil {
		return it.UpdatedParsed.UTC().Format(time.RFC3339)
	}
	if it.PublishedParsed != nil {
		return it.PublishedParsed.UTC().Format(time.RFC3339)
	}
	return strings.TrimSpace(it.Updated + it.Published)
}

// entryURL is the entry's page: its link, else a GUID that is a URL,
// resolved against the feed's URL.
func entryURL(feedURL string, it *gofeed.Item) (string, error) {
	link := strings.TrimSpace(it.Link)
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = it.GUID
	}
	if link == "" {
		return "", errors.New("entry has no link")
	}
	base, err := url.Parse(feedURL)
	if err != nil {
		return "", err
	}
	ref, err := url.Parse(link)
	if err != nil {
		return "", fmt.Errorf("entry link %q: %w", link, err)
	}
	return NormalizeURL(base.ResolveReference(ref).String())
}

func (p *Poller) ingestItems(ctx context.Context, guild, feedURL, feedTitle string, items []*gofeed.Item, res *Result) {
	now := p.cfg.Now().UTC()
	fetched := 0
	for _, it := range items {
		if ctx.Err() != nil {
			return
		}
		link, err := entryURL(feedURL, it)
		if err != nil {
			res.Failures = append(res.Failures, EntryError{URL: it.GUID, Err: err})
			continue
		}
		st := stamp(it)
		key := entryKey(guild, link)
		p.mu.Lock()
		e := p.st.Entries[key]
		if e == nil {
			e = &entryState{Feed: feedURL}
			p.st.Entries[key] = e
		}
		e.SeenAt = now
		// A repeated entry is skipped; one whose updated time changed is
		// fetched again, and ingested if its text changed.
		skip := e.Done && (st == "" || st == e.Stamp)
		p.mu.Unlock()
		if skip {
			res.Seen++
			continue
		}
		if fetched >= p.cfg.MaxPerPoll {
			res.Deferred++
			continue
		}
		fetched++
		entry := Entry{Guild: guild, Feed: feedURL, FeedTitle: feedTitle, URL: link, Title: strings.TrimSpace(it.Title)}
		outcome, doc, err := p.ingestEntry(ctx, entry, it)
		p.mu.Lock()
		switch {
		case err != nil:
			e.Attempts++
			e.Outcome = "failed: " + err.Error()
			if e.Attempts >= p.cfg.MaxAttempts {
				e.Done, e.Stamp = true, st // give up until the entry changes
			}
			res.Failures = append(res.Failures, EntryError{URL: link, Err: err})
			p.log.Warn("feed entry failed", zap.String("feed", feedURL), zap.String("url", link),
				zap.Int("attempt", e.Attempts), zap.Bool("given_up", e.Done), zap.Error(err))
		default:
			e.Done, e.Stamp, e.Attempts, e.Outcome = true, st, 0, outcome
			if doc != nil {
				e.Hash = doc.Source.Hash
				if hk := hashKey(guild, doc.Source.Hash); p.st.Hashes[hk] == "" {
					p.st.Hashes[hk] = key
				}
			}
		}
		p.mu.Unlock()
		switch outcome {
		case outcomeAdded:
			res.Added = append(res.Added, doc)
			if p.cfg.OnAdded != nil {
				p.cfg.OnAdded(ctx, doc, entry)
			}
		case outcomeDuplicate:
			res.Duplicates++
		case outcomeOffTopic:
			res.OffTopic++
		}
	}
}

const (
	outcomeAdded     = "added"
	outcomeDuplicate = "duplicate"
	outcomeOffTopic  = "off topic"
)

// ingestEntry fetches the entry's page and adds it to the store, unless its
// text was seen before (under any URL) or it is off topic.
func (p *Poller) ingestEntry(ctx context.Context, entry Entry, it *gofeed.Item) (string, *corpus.Document, error) {
	text, final, err := p.cfg.Client.FetchDocument(ctx, entry.URL)
	if err != nil {
		return "", nil, err
	}
	opts := corpus.ParseOptions{Name: web.ParseName(final), Now: p.cfg.Now, Guild: entry.Guild}
	if t := itemTime(it); !t.IsZero() {
		opts.Published = t.UTC().Format(time.DateOnly)
	}
	// Parse first (storing nothing) to learn the content hash and topics;
	// a page that does not parse is reported and stored nowhere.
	doc, err := corpus.Parse(text, opts)
	if err != nil {
		return "", nil, err
	}
	// The same text from an entry of the server's own feeds, or of a
	// global one (which the server sees too), is a duplicate.
	key := entryKey(entry.Guild, entry.URL)
	p.mu.Lock()
	first, seenHash := p.st.Hashes[hashKey(entry.Guild, doc.Source.Hash)]
	if !seenHash && entry.Guild != "" {
		first, seenHash = p.st.Hashes[hashKey("", doc.Source.Hash)]
	}
	p.mu.Unlock()
	if seenHash && first != key {
		p.log.Debug("entry duplicates an earlier one", zap.String("url", entry.URL), zap.String("guild", entry.Guild), zap.String("first", first))
		return outcomeDuplicate, doc, nil
	}
	if p.cfg.OnTopicOnly && !OnTopic(doc) {
		p.log.Debug("entry off topic", zap.String("url", entry.URL))
		return outcomeOffTopic, doc, nil
	}
	stored, added, err := p.cfg.Store.Add(text, opts)
	if err != nil {
		return "", nil, fmt.Errorf("store %s: %w", entry.URL, err)
	}
	if !added {
		return outcomeDuplicate, stored, nil
	}
	return outcomeAdded, stored, nil
}

// OnTopic reports whether the corpus found any topic in the document: on
// one of its provisions or statements.
func OnTopic(doc *corpus.Document) bool {
	for _, pr := range doc.Provisions {
		if len(pr.Topics) > 0 {
			return true
		}
	}
	for _, s := range doc.Statements {
		if len(s.Topics) > 0 {
			return true
		}
	}
	return false
}

var _ Store = (*corpus.Store)(nil)

// parseFeed parses fetched feed bytes. A gofeed.Parser keeps per-parse
// state, so each call gets its own rather than sharing one between Add
// (from a command handler) and the polling goroutine.
func parseFeed(body []byte) (*gofeed.Feed, error) {
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}
