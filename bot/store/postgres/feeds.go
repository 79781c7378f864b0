package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Feed is one subscribed feed of one server (GuildID "" for the feeds of
// the global collection: the config file's and the operator's) and what its
// last poll returned: corpus/feed's per-feed state, as rows.
type Feed struct {
	GuildID      string
	URL          string
	Title        string
	Interval     time.Duration // 0: the poller's default
	FromConfig   bool
	AddedBy      string
	AddedAt      time.Time
	ETag         string
	LastModified string
	LastPoll     time.Time // zero: never polled
	LastError    string
	Ingested     int // documents added from this feed
}

// FeedEntry is what is remembered of one entry of a server's feeds, by
// entry URL: corpus/feed's entry state, as rows.
type FeedEntry struct {
	GuildID  string
	URL      string
	Feed     string // the feed URL it was seen in
	Stamp    string // the entry's updated (or published) time as last processed
	Hash     string // content hash of the page as last ingested
	SeenAt   time.Time
	Attempts int
	Done     bool // processed (ingested, duplicate, off topic, or given up)
	Outcome  string
}

const feedColumns = `guild_id, url, title, interval_ms, from_config, added_by, added_at,
	etag, last_modified, last_poll, last_error, ingested`

// PutFeed adds a feed to a server, or replaces it (subscription and poll
// state) when the server has it already.
func (s *Store) PutFeed(ctx context.Context, f Feed) error {
	if f.URL == "" {
		return fmt.Errorf("put feed: URL is required")
	}
	if err := putFeed(ctx, s.pool, f); err != nil {
		return fmt.Errorf("put feed %s (guild %q): %w", f.URL, f.GuildID, err)
	}
	return nil
}

func putFeed(ctx context.Context, q execer, f Feed) error {
	if f.AddedAt.IsZero() {
		f.AddedAt = time.Now()
	}
	var lastPoll *time.Time
	if !f.LastPoll.IsZero() {
		lastPoll = &f.LastPoll
	}
	_, err := q.Exec(ctx, `INSERT INTO feeds (`+feedColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
		ON CONFLICT (guild_id, url) DO UPDATE SET title = excluded.title, interval_ms = excluded.interval_ms,
			from_config = excluded.from_config, added_by = excluded.added_by, added_at = excluded.added_at,
			etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll,
			last_error = excluded.last_error, ingested = excluded.ingested`,
		f.GuildID, f.URL, f.Title, f.Interval.Milliseconds(), f.FromConfig, f.AddedBy, f.AddedAt,
		f.ETag, f.LastModified, lastPoll, f.LastError, f.Ingested)
	return err
}

// UpdateFeed applies fn to a server's feed in one transaction, the row
// locked meanwhile; it reports false, doing nothing, when the server has no
// such feed. fn must keep GuildID and URL.
func (s *Store) UpdateFeed(ctx context.Context, guildID, url string, fn func(*Feed)) (bool, error) {
	found := false
	err := s.tx(ctx, func(tx pgx.Tx) error {
		f, ok, err := scanFeed(tx.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds
			WHERE guild_id = $1 AND url = $2 FOR UPDATE`, guildID, url))
		if err != nil || !ok {
			return err
		}
		found = true
		fn(&f)
		f.GuildID, f.URL = guildID, url
		return putFeed(ctx, tx, f)
	})
	if err != nil {
		return false, fmt.Errorf("update feed %s (guild %q): %w", url, guildID, err)
	}
	return found, nil
}

// DeleteFeed removes a feed from a server and reports whether it had it.
// What was ingested from it stays.
func (s *Store) DeleteFeed(ctx context.Context, guildID, url string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM feeds WHERE guild_id = $1 AND url = $2`, guildID, url)
	if err != nil {
		return false, fmt.Errorf("delete feed %s (guild %q): %w", url, guildID, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Feeds lists one server's feeds by URL ("" for the global collection's).
func (s *Store) Feeds(ctx context.Context, guildID string) ([]Feed, error) {
	return s.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds WHERE guild_id = $1 ORDER BY url`, guildID)
}

// AllFeeds lists every server's feeds, by server then URL: what the one
// poller (the leader) polls.
func (s *Store) AllFeeds(ctx context.Context) ([]Feed, error) {
	return s.queryFeeds(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY guild_id, url`)
}

func (s *Store) queryFeeds(ctx context.Context, sql string, args ...any) ([]Feed, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Feed, error) {
		f, _, err := scanFeed(r)
		return f, err
	})
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

func scanFeed(r pgx.Row) (f Feed, ok bool, err error) {
	var ms int64
	var lastPoll *time.Time
	err = r.Scan(&f.GuildID, &f.URL, &f.Title, &ms, &f.FromConfig, &f.AddedBy, &f.AddedAt,
		&f.ETag, &f.LastModified, &lastPoll, &f.LastError, &f.Ingested)
	if noRows(err) {
		return Feed{}, false, nil
	}
	if err != nil {
		return Feed{}, false, err
	}
	f.Interval = time.Duration(ms) * time.Millisecond
	f.AddedAt = f.AddedAt.UTC()
	if lastPoll != nil {
		f.LastPoll = lastPoll.UTC()
	}
	return f, true, nil
}

const entryColumns = `guild_id, url, feed, stamp, hash, seen_at, attempts, done, outcome`

// PutFeedEntry records what is known of one entry of a server's feeds.
func (s *Store) PutFeedEntry(ctx context.Context, e FeedEntry) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_entries (`+entryColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (guild_id, url) DO UPDATE SET feed = excluded.feed, stamp = excluded.stamp,
			hash = excluded.hash, seen_at = excluded.seen_at, attempts = excluded.attempts,
			done = excluded.done, outcome = excluded.outcome`,
		e.GuildID, e.URL, e.Feed, e.Stamp, e.Hash, e.SeenAt, e.Attempts, e.Done, e.Outcome)
	if err != nil {
		return fmt.Errorf("put feed entry %s (guild %q): %w", e.URL, e.GuildID, err)
	}
	return nil
}

// FeedEntry returns what is known of one entry; ok is false for a new one.
func (s *Store) FeedEntry(ctx context.Context, guildID, url string) (e FeedEntry, ok bool, err error) {
	err = s.pool.QueryRow(ctx, `SELECT `+entryColumns+` FROM feed_entries WHERE guild_id = $1 AND url = $2`, guildID, url).
		Scan(&e.GuildID, &e.URL, &e.Feed, &e.Stamp, &e.Hash, &e.SeenAt, &e.Attempts, &e.Done, &e.Outcome)
	if noRows(err) {
		return FeedEntry{}, false, nil
	}
	if err != nil {
		return FeedEntry{}, false, fmt.Errorf("read feed entry %s (guild %q): %w", url, guildID, err)
	}
	e.SeenAt = e.SeenAt.UTC()
	return e, true, nil
}

// ClaimHash records that a server's feeds met content hash at url, unless
// they met it before, and returns the URL it was first met at: url itself
// the first time, so a caller ingests a page only when the returned URL is
// its own. Two replicas claiming one hash at once get the same answer.
func (s *Store) ClaimHash(ctx context.Context, guildID, hash, url string) (string, error) {
	var first string
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO feed_hashes (guild_id, hash, url) VALUES ($1, $2, $3)
			ON CONFLICT DO NOTHING`, guildID, hash, url); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT url FROM feed_hashes WHERE guild_id = $1 AND hash = $2`, guildID, hash).Scan(&first)
	})
	if err != nil {
		return "", fmt.Errorf("claim content hash for %s (guild %q): %w", url, guildID, err)
	}
	return first, nil
}

// PruneFeedEntries forgets entries not seen in their feed since before, and
// the hashes no remaining entry holds or was first seen at, as corpus/feed
// prunes its file; it returns how many entries went.
func (s *Store) PruneFeedEntries(ctx context.Context, before time.Time) (int, error) {
	n := 0
	err := s.tx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM feed_entries WHERE seen_at < $1`, before)
		if err != nil {
			return err
		}
		n = int(tag.RowsAffected())
		_, err = tx.Exec(ctx, `DELETE FROM feed_hashes h WHERE NOT EXISTS (
			SELECT 1 FROM feed_entries e WHERE e.guild_id = h.guild_id AND (e.url = h.url OR e.hash = h.hash))`)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("prune feed entries: %w", err)
	}
	return n, nil
}
