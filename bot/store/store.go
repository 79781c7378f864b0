package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FileName is the state file's name inside the data directory.
const FileName = "state.db"

// Bucket names. Nested per-channel buckets live under covered and kv.
var (
	bucketSchedules  = []byte("schedules")
	bucketWatermarks = []byte("watermarks")
	bucketCovered    = []byte("covered")
	bucketPosts      = []byte("posts")
	bucketPending    = []byte("pending")
	bucketAnnounce   = []byte("announce")
	bucketKV         = []byte("kv")
)

// ErrPending is returned by RecordIntent when the channel already has a post
// on the same track recorded as intended and not yet finished: the caller must
// resume that one first, which is what keeps two writers from posting twice.
var ErrPending = errors.New("channel already has a post in progress")

// Options tunes Open. The zero value is the default.
type Options struct {
	// ReadOnly opens the file shared, for inspection while nothing writes.
	ReadOnly bool
	// Timeout bounds the wait for the file lock another process holds;
	// defaults to 2s.
	Timeout time.Duration
}

// Store is the open state database. It is safe for concurrent use.
type Store struct {
	db *bolt.DB
}

// Open opens (creating when needed and not read-only) the state file at path.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout == 0 {
		opts.Timeout = 2 * time.Second
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create state dir for %s: %w", path, err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.Timeout, ReadOnly: opts.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	if !opts.ReadOnly {
		err = db.Update(func(tx *bolt.Tx) error {
			for _, b := range [][]byte{bucketSchedules, bucketWatermarks, bucketCovered, bucketPosts, bucketPending, bucketAnnounce, bucketKV} {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("init state %s: %w", path, err)
		}
	}
	return &Store{db: db}, nil
}

// Close releases the file.
func (s *Store) Close() error { return s.db.Close() }

// Schedule is one channel's automatic digest.
type Schedule struct {
	ChannelID string    `json:"channel_id"`
	GuildID   string    `json:"guild_id"`
	When      string    `json:"when"` // as the moderator wrote it: "daily 09:00" or a cron line
	Cron      string    `json:"cron"` // the standard five-field cron line When means
	Zone      string    `json:"zone"` // IANA time zone the cron line is read in
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	// LastFire is when the scheduler last handled this schedule (fired on
	// time or made up a missed run); the next run is the first cron time
	// after it, so several missed runs collapse into one.
	LastFire time.Time `json:"last_fire"`
	// Disabled holds why the scheduler stopped (the channel is gone or
	// forbids the bot); "" while active. Scheduling again clears it.
	Disabled string `json:"disabled,omitempty"`
}

// PostState is where a post is in its life.
type PostState string

// The states of a post.
const (
	PostIntended PostState = "intended" // recorded, some parts may not be sent yet
	PostSent     PostState = "sent"     // every part sent and acknowledged
	PostFailed   PostState = "failed"   // given up on (channel gone or forbidden)
)

// Part is one Discord message of a post. Body is the exact JSON sent, kept so
// a resumed post resends byte-for-byte the same message under the same nonce.
type Part struct {
	Nonce     string          `json:"nonce"`
	Body      json.RawMessage `json:"body"`
	MessageID string          `json:"message_id,omitempty"`
	SentAt    time.Time       `json:"sent_at,omitzero"`
}

// Post is one digest or announcement to one channel: recorded as intended
// before the first part is sent, completed when the last one is.
type Post struct {
	ID        string    `json:"id"`
	Track     string    `json:"track"` // "digest" or "announce": each has its own watermark
	ChannelID string    `json:"channel_id"`
	Reason    string    `json:"reason"` // "manual", "scheduled", "announce"
	CreatedAt time.Time `json:"created_at"`
	// SourceIDs are the sources this post tells the channel about; they
	// join the channel's covered set when the post completes.
	SourceIDs []string  `json:"source_ids"`
	Summary   string    `json:"summary"` // e.g. "2 sources, 14 provisions, 3 statements"
	Parts     []Part    `json:"parts"`
	State     PostState `json:"state"`
	Error     string    `json:"error,omitempty"`
	Attempts  int       `json:"attempts"`
	DoneAt    time.Time `json:"done_at,omitzero"`
}

// Watermark is what one channel has been told on one track. Covered source
// IDs are kept separately (see Uncovered); Floor is the lower bound set when
// the channel first got a post: sources added before it were never in scope.
type Watermark struct {
	Floor        time.Time `json:"floor"`
	LastPostID   string    `json:"last_post_id,omitempty"`
	LastPostedAt time.Time `json:"last_posted_at,omitzero"`
	LastSummary  string    `json:"last_summary,omitempty"`
	Covered      int       `json:"covered"` // size of the covered set
	LastError    string    `json:"last_error,omitempty"`
	LastErrorAt  time.Time `json:"last_error_at,omitzero"`
}

// AnnounceChannel is a channel that gets a short message whenever new
// sources are ingested.
type AnnounceChannel struct {
	ChannelID string    `json:"channel_id"`
	GuildID   string    `json:"guild_id"`
	SetBy     string    `json:"set_by"`
	SetAt     time.Time `json:"set_at"`
}

func trackKey(track, channelID string) []byte { return []byte(track + "/" + channelID) }

func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return false, fmt.Errorf("decode %s/%s: %w", "state", key, err)
	}
	return true, nil
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, raw)
}

// PutSchedule creates or replaces the schedule of s.ChannelID.
func (s *Store) PutSchedule(sc Schedule) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketSchedules), []byte(sc.ChannelID), sc)
	})
	if err != nil {
		return fmt.Errorf("save schedule for %s: %w", sc.ChannelID, err)
	}
	return nil
}

// DeleteSchedule removes a channel's schedule and reports whether it had one.
func (s *Store) DeleteSchedule(channelID string) (bool, error) {
	found := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSchedules)
		found = b.Get([]byte(channelID)) != nil
		return b.Delete([]byte(channelID))
	})
	if err != nil {
		return false, fmt.Errorf("delete schedule for %s: %w", channelID, err)
	}
	return found, nil
}

// UpdateSchedule applies fn to a channel's schedule in one transaction; it
// does nothing when the channel has none (it may have been unscheduled
// meanwhile).
func (s *Store) UpdateSchedule(channelID string, fn func(*Schedule)) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSchedules)
		var sc Schedule
		ok, err := getJSON(b, []byte(channelID), &sc)
		if err != nil || !ok {
			return err
		}
		fn(&sc)
		return putJSON(b, []byte(channelID), sc)
	})
	if err != nil {
		return fmt.Errorf("update schedule for %s: %w", channelID, err)
	}
	return nil
}

// Schedules lists every schedule, ordered by channel ID.
func (s *Store) Schedules() ([]Schedule, error) {
	var out []Schedule
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSchedules)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var sc Schedule
			if err := json.Unmarshal(v, &sc); err != nil {
				return fmt.Errorf("decode schedule %s: %w", k, err)
			}
			out = append(out, sc)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list schedules: %w", err)
	}
	return out, nil
}

// Watermark returns a channel's watermark on a track; ok is false when the
// channel has never had a post on it.
func (s *Store) Watermark(track, channelID string) (w Watermark, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWatermarks)
		if b == nil {
			return nil
		}
		ok, err = getJSON(b, trackKey(track, channelID), &w)
		return err
	})
	if err != nil {
		return Watermark{}, false, fmt.Errorf("read watermark %s/%s: %w", track, channelID, err)
	}
	return w, ok, nil
}

// EnsureFloor sets the channel's floor on a track to floor unless it already
// has one, and returns the floor in force.
func (s *Store) EnsureFloor(track, channelID string, floor time.Time) (time.Time, error) {
	var got time.Time
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWatermarks)
		var w Watermark
		ok, err := getJSON(b, trackKey(track, channelID), &w)
		if err != nil {
			return err
		}
		if ok {
			got = w.Floor
			return nil
		}
		w.Floor = floor.UTC()
		got = w.Floor
		return putJSON(b, trackKey(track, channelID), w)
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("set floor %s/%s: %w", track, channelID, err)
	}
	return got, nil
}

// Uncovered returns the IDs, in the given order, that the channel has not
// been told about on the track.
func (s *Store) Uncovered(track, channelID string, ids []string) ([]string, error) {
	var out []string
	err := s.db.View(func(tx *bolt.Tx) error {
		var cb *bolt.Bucket
		if root := tx.Bucket(bucketCovered); root != nil {
			cb = root.Bucket(trackKey(track, channelID))
		}
		for _, id := range ids {
			if cb == nil || cb.Get([]byte(id)) == nil {
				out = append(out, id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read covered %s/%s: %w", track, channelID, err)
	}
	return out, nil
}

// RecordIntent durably records a post before any part of it is sent. It
// fails with ErrPending when the channel already has an unfinished post on
// the same track.
func (s *Store) RecordIntent(p Post) error {
	p.State = PostIntended
	err := s.db.Update(func(tx *bolt.Tx) error {
		pend := tx.Bucket(bucketPending)
		if pend.Get(trackKey(p.Track, p.ChannelID)) != nil {
			return ErrPending
		}
		if err := putJSON(tx.Bucket(bucketPosts), []byte(p.ID), p); err != nil {
			return err
		}
		return pend.Put(trackKey(p.Track, p.ChannelID), []byte(p.ID))
	})
	if err != nil {
		return fmt.Errorf("record intended post %s to %s: %w", p.ID, p.ChannelID, err)
	}
	return nil
}

// Pending returns the channel's unfinished post on a track, nil when none.
func (s *Store) Pending(track, channelID string) (*Post, error) {
	var p *Post
	err := s.db.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketPending).Get(trackKey(track, channelID))
		if id == nil {
			return nil
		}
		p = new(Post)
		ok, err := getJSON(tx.Bucket(bucketPosts), id, p)
		if !ok && err == nil {
			return fmt.Errorf("pending post %s missing from the log", id)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read pending post %s/%s: %w", track, channelID, err)
	}
	return p, nil
}

// PendingPosts lists every unfinished post, oldest first.
func (s *Store) PendingPosts() ([]Post, error) {
	var out []Post
	err := s.db.View(func(tx *bolt.Tx) error {
		posts := tx.Bucket(bucketPosts)
		return tx.Bucket(bucketPending).ForEach(func(_, id []byte) error {
			var p Post
			ok, err := getJSON(posts, id, &p)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, p)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list pending posts: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// updatePost applies fn to a stored post within tx.
func updatePost(tx *bolt.Tx, id string, fn func(*Post) error) (*Post, error) {
	b := tx.Bucket(bucketPosts)
	var p Post
	ok, err := getJSON(b, []byte(id), &p)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("post %s not in the log", id)
	}
	if err := fn(&p); err != nil {
		return nil, err
	}
	return &p, putJSON(b, []byte(id), p)
}

// MarkPartSent records that part i of a post was acknowledged by Discord.
func (s *Store) MarkPartSent(postID string, i int, messageID string, at time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		_, err := updatePost(tx, postID, func(p *Post) error {
			return p.MarkPartSent(i, messageID, at)
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("mark post %s part %d sent: %w", postID, i, err)
	}
	return nil
}

// CompletePost marks a post sent, adds its sources to the channel's covered
// set and moves the watermark, all in one transaction: either the channel has
// been told about those sources and will never be told again, or not at all.
func (s *Store) CompletePost(postID string, at time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		p, err := updatePost(tx, postID, func(p *Post) error {
			p.MarkSent(at)
			return nil
		})
		if err != nil {
			return err
		}
		key := trackKey(p.Track, p.ChannelID)
		cb, err := tx.Bucket(bucketCovered).CreateBucketIfNotExists(key)
		if err != nil {
			return err
		}
		added := 0
		for _, id := range p.SourceIDs {
			if cb.Get([]byte(id)) != nil {
				continue
			}
			if err := cb.Put([]byte(id), []byte(p.ID)); err != nil {
				return err
			}
			added++
		}
		wb := tx.Bucket(bucketWatermarks)
		var w Watermark
		if _, err := getJSON(wb, key, &w); err != nil {
			return err
		}
		w.RecordPost(p, added, at)
		if err := putJSON(wb, key, w); err != nil {
			return err
		}
		return tx.Bucket(bucketPending).Delete(key)
	})
	if err != nil {
		return fmt.Errorf("complete post %s: %w", postID, err)
	}
	return nil
}

// NotePostError records a failed attempt. With final false the post stays
// pending and will be resumed under the same nonces; with final true it is
// given up on and the channel's next post starts afresh.
func (s *Store) NotePostError(postID string, msg string, final bool, at time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		p, err := updatePost(tx, postID, func(p *Post) error {
			p.NoteError(msg, final, at)
			return nil
		})
		if err != nil {
			return err
		}
		key := trackKey(p.Track, p.ChannelID)
		wb := tx.Bucket(bucketWatermarks)
		var w Watermark
		if _, err := getJSON(wb, key, &w); err != nil {
			return err
		}
		w.NoteError(msg, at)
		if err := putJSON(wb, key, w); err != nil {
			return err
		}
		if final {
			return tx.Bucket(bucketPending).Delete(key)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record error of post %s: %w", postID, err)
	}
	return nil
}

// Post returns one post from the log, nil when unknown.
func (s *Store) Post(id string) (*Post, error) {
	var p *Post
	err := s.db.View(func(tx *bolt.Tx) error {
		var v Post
		ok, err := getJSON(tx.Bucket(bucketPosts), []byte(id), &v)
		if ok {
			p = &v
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read post %s: %w", id, err)
	}
	return p, nil
}

// Posts returns up to limit posts, newest first (IDs sort by creation time).
func (s *Store) Posts(limit int) ([]Post, error) {
	var out []Post
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketPosts).Cursor()
		for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			var p Post
			if err := json.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("decode post %s: %w", k, err)
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list posts: %w", err)
	}
	return out, nil
}

// SetAnnounce makes a channel receive announcements.
func (s *Store) SetAnnounce(a AnnounceChannel) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketAnnounce), []byte(a.ChannelID), a)
	})
	if err != nil {
		return fmt.Errorf("set announce channel %s: %w", a.ChannelID, err)
	}
	return nil
}

// DeleteAnnounce stops announcements to a channel and reports whether they
// were on.
func (s *Store) DeleteAnnounce(channelID string) (bool, error) {
	found := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnnounce)
		found = b.Get([]byte(channelID)) != nil
		return b.Delete([]byte(channelID))
	})
	if err != nil {
		return false, fmt.Errorf("delete announce channel %s: %w", channelID, err)
	}
	return found, nil
}

// AnnounceChannels lists the channels receiving announcements.
func (s *Store) AnnounceChannels() ([]AnnounceChannel, error) {
	var out []AnnounceChannel
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnnounce)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var a AnnounceChannel
			if err := json.Unmarshal(v, &a); err != nil {
				return fmt.Errorf("decode announce channel %s: %w", k, err)
			}
			out = append(out, a)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list announce channels: %w", err)
	}
	return out, nil
}
