package store

import "time"

// State is the bot's durable state as the digest, announce and admin code
// use it, whichever engine holds it: the embedded bbolt *Store (one process,
// the default) or *postgres.Store from bot/store/postgres (any number of
// replicas sharing one PostgreSQL). Its method set is exactly *Store's, and
// every implementation keeps *Store's semantics, checked by the shared
// contract test in bot/store/storetest: in particular RecordIntent refuses a
// second unfinished post on a channel's track with ErrPending, and
// CompletePost moves the covered set, the watermark and the pending record in
// one transaction.
type State interface {
	// Close releases the backend; the State is unusable afterwards.
	Close() error

	// PutSchedule creates or replaces the schedule of sc.ChannelID.
	PutSchedule(sc Schedule) error
	// DeleteSchedule removes a channel's schedule and reports whether it had one.
	DeleteSchedule(channelID string) (bool, error)
	// UpdateSchedule applies fn to a channel's schedule in one transaction,
	// doing nothing when the channel has none.
	UpdateSchedule(channelID string, fn func(*Schedule)) error
	// Schedules lists every schedule, ordered by channel ID.
	Schedules() ([]Schedule, error)

	// Watermark returns a channel's watermark on a track; ok is false when
	// the channel has never had a post on it.
	Watermark(track, channelID string) (w Watermark, ok bool, err error)
	// EnsureFloor sets the channel's floor on a track unless it has one and
	// returns the floor in force.
	EnsureFloor(track, channelID string, floor time.Time) (time.Time, error)
	// Uncovered returns the IDs, in the given order, the channel has not been
	// told about on the track.
	Uncovered(track, channelID string, ids []string) ([]string, error)

	// RecordIntent durably records a post before any part is sent; ErrPending
	// when the channel's track already has an unfinished post.
	RecordIntent(p Post) error
	// Pending returns the channel's unfinished post on a track, nil when none.
	Pending(track, channelID string) (*Post, error)
	// PendingPosts lists every unfinished post, oldest first.
	PendingPosts() ([]Post, error)
	// MarkPartSent records that part i of a post was acknowledged.
	MarkPartSent(postID string, i int, messageID string, at time.Time) error
	// CompletePost marks a post sent, covers its sources and moves the
	// watermark in one transaction.
	CompletePost(postID string, at time.Time) error
	// NotePostError records a failed attempt; final gives the post up.
	NotePostError(postID string, msg string, final bool, at time.Time) error
	// Post returns one post from the log, nil when unknown.
	Post(id string) (*Post, error)
	// Posts returns up to limit posts (all when limit <= 0), newest first.
	Posts(limit int) ([]Post, error)

	// SetAnnounce makes a channel receive announcements.
	SetAnnounce(a AnnounceChannel) error
	// DeleteAnnounce stops announcements to a channel and reports whether
	// they were on.
	DeleteAnnounce(channelID string) (bool, error)
	// AnnounceChannels lists the channels receiving announcements, ordered by
	// channel ID.
	AnnounceChannels() ([]AnnounceChannel, error)

	// KV returns the key/value namespace ns.
	KV(ns string) KV
}

var _ State = (*Store)(nil)
