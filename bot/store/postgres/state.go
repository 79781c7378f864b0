package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"planbot/bot/store"
)

var _ store.State = (*Store)(nil)

// PutSchedule creates or replaces the schedule of sc.ChannelID.
func (s *Store) PutSchedule(sc store.Schedule) error {
	ctx, cancel := s.call()
	defer cancel()
	data, err := json.Marshal(sc)
	if err == nil {
		_, err = s.pool.Exec(ctx, `INSERT INTO schedules (channel_id, guild_id, data) VALUES ($1, $2, $3)
			ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, data = excluded.data`,
			sc.ChannelID, sc.GuildID, data)
	}
	if err != nil {
		return fmt.Errorf("save schedule for %s: %w", sc.ChannelID, err)
	}
	return nil
}

// DeleteSchedule removes a channel's schedule and reports whether it had one.
func (s *Store) DeleteSchedule(channelID string) (bool, error) {
	ctx, cancel := s.call()
	defer cancel()
	tag, err := s.pool.Exec(ctx, `DELETE FROM schedules WHERE channel_id = $1`, channelID)
	if err != nil {
		return false, fmt.Errorf("delete schedule for %s: %w", channelID, err)
	}
	return tag.RowsAffected() > 0, nil
}

// UpdateSchedule applies fn to a channel's schedule in one transaction, the
// row locked meanwhile; it does nothing when the channel has none.
func (s *Store) UpdateSchedule(channelID string, fn func(*store.Schedule)) error {
	ctx, cancel := s.call()
	defer cancel()
	err := s.tx(ctx, func(tx pgx.Tx) error {
		var sc store.Schedule
		ok, err := getJSON(ctx, tx, &sc, `SELECT data FROM schedules WHERE channel_id = $1 FOR UPDATE`, channelID)
		if err != nil || !ok {
			return err
		}
		fn(&sc)
		data, err := json.Marshal(sc)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE schedules SET guild_id = $2, data = $3 WHERE channel_id = $1`, channelID, sc.GuildID, data)
		return err
	})
	if err != nil {
		return fmt.Errorf("update schedule for %s: %w", channelID, err)
	}
	return nil
}

// Schedules lists every schedule, ordered by channel ID.
func (s *Store) Schedules() ([]store.Schedule, error) {
	ctx, cancel := s.call()
	defer cancel()
	out, err := listJSON[store.Schedule](ctx, s.pool, `SELECT data FROM schedules ORDER BY channel_id`)
	if err != nil {
		return nil, fmt.Errorf("list schedules: %w", err)
	}
	return out, nil
}

// Watermark returns a channel's watermark on a track; ok is false when the
// channel has never had a post on it.
func (s *Store) Watermark(track, channelID string) (w store.Watermark, ok bool, err error) {
	ctx, cancel := s.call()
	defer cancel()
	ok, err = getJSON(ctx, s.pool, &w, `SELECT data FROM watermarks WHERE track = $1 AND channel_id = $2`, track, channelID)
	if err != nil {
		return store.Watermark{}, false, fmt.Errorf("read watermark %s/%s: %w", track, channelID, err)
	}
	return w, ok, nil
}

// EnsureFloor sets the channel's floor on a track to floor unless it already
// has a watermark, and returns the floor in force.
func (s *Store) EnsureFloor(track, channelID string, floor time.Time) (time.Time, error) {
	ctx, cancel := s.call()
	defer cancel()
	var w store.Watermark
	err := s.tx(ctx, func(tx pgx.Tx) error {
		data, err := json.Marshal(store.Watermark{Floor: floor.UTC()})
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO watermarks (track, channel_id, data) VALUES ($1, $2, $3)
			ON CONFLICT DO NOTHING`, track, channelID, data); err != nil {
			return err
		}
		_, err = getJSON(ctx, tx, &w, `SELECT data FROM watermarks WHERE track = $1 AND channel_id = $2`, track, channelID)
		return err
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("set floor %s/%s: %w", track, channelID, err)
	}
	return w.Floor, nil
}

// Uncovered returns the IDs, in the given order, that the channel has not
// been told about on the track.
func (s *Store) Uncovered(track, channelID string, ids []string) ([]string, error) {
	ctx, cancel := s.call()
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT source_id FROM covered
		WHERE track = $1 AND channel_id = $2 AND source_id = ANY($3)`, track, channelID, ids)
	var have []string
	if err == nil {
		have, err = pgx.CollectRows(rows, pgx.RowTo[string])
	}
	if err != nil {
		return nil, fmt.Errorf("read covered %s/%s: %w", track, channelID, err)
	}
	known := make(map[string]bool, len(have))
	for _, id := range have {
		known[id] = true
	}
	var out []string
	for _, id := range ids {
		if !known[id] {
			out = append(out, id)
		}
	}
	return out, nil
}

// RecordIntent durably records a post before any part of it is sent. It
// fails with store.ErrPending when the channel already has an unfinished
// post on the same track, whichever process recorded it: the pending row's
// primary key decides, so of two replicas racing exactly one wins.
func (s *Store) RecordIntent(p store.Post) error {
	ctx, cancel := s.call()
	defer cancel()
	p.State = store.PostIntended
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if err := putPost(ctx, tx, &p); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO pending (track, channel_id, post_id) VALUES ($1, $2, $3)
			ON CONFLICT DO NOTHING`, p.Track, p.ChannelID, p.ID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return store.ErrPending // rolls the post back too
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record intended post %s to %s: %w", p.ID, p.ChannelID, err)
	}
	return nil
}

// Pending returns the channel's unfinished post on a track, nil when none.
func (s *Store) Pending(track, channelID string) (*store.Post, error) {
	ctx, cancel := s.call()
	defer cancel()
	var p store.Post
	ok, err := getJSON(ctx, s.pool, &p, `SELECT p.data FROM pending k JOIN posts p ON p.id = k.post_id
		WHERE k.track = $1 AND k.channel_id = $2`, track, channelID)
	if err != nil {
		return nil, fmt.Errorf("read pending post %s/%s: %w", track, channelID, err)
	}
	if !ok {
		return nil, nil
	}
	return &p, nil
}

// PendingPosts lists every unfinished post, oldest first.
func (s *Store) PendingPosts() ([]store.Post, error) {
	ctx, cancel := s.call()
	defer cancel()
	out, err := listJSON[store.Post](ctx, s.pool, `SELECT p.data FROM pending k JOIN posts p ON p.id = k.post_id ORDER BY p.id`)
	if err != nil {
		return nil, fmt.Errorf("list pending posts: %w", err)
	}
	return out, nil
}

// MarkPartSent records that part i of a post was acknowledged by Discord.
func (s *Store) MarkPartSent(postID string, i int, messageID string, at time.Time) error {
	ctx, cancel := s.call()
	defer cancel()
	err := s.tx(ctx, func(tx pgx.Tx) error {
		_, err := updatePost(ctx, tx, postID, func(p *store.Post) error {
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
// set, moves the watermark and clears the pending record, all in one
// transaction with the post's row locked.
func (s *Store) CompletePost(postID string, at time.Time) error {
	ctx, cancel := s.call()
	defer cancel()
	err := s.tx(ctx, func(tx pgx.Tx) error {
		p, err := updatePost(ctx, tx, postID, func(p *store.Post) error {
			p.MarkSent(at)
			return nil
		})
		if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO covered (track, channel_id, source_id, post_id)
			SELECT $1, $2, id, $4 FROM unnest($3::text[]) AS id ON CONFLICT DO NOTHING`,
			p.Track, p.ChannelID, p.SourceIDs, p.ID)
		if err != nil {
			return err
		}
		added := int(tag.RowsAffected())
		err = updateWatermark(ctx, tx, p.Track, p.ChannelID, func(w *store.Watermark) {
			w.RecordPost(p, added, at)
		})
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM pending WHERE track = $1 AND channel_id = $2`, p.Track, p.ChannelID)
		return err
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
	ctx, cancel := s.call()
	defer cancel()
	err := s.tx(ctx, func(tx pgx.Tx) error {
		p, err := updatePost(ctx, tx, postID, func(p *store.Post) error {
			p.NoteError(msg, final, at)
			return nil
		})
		if err != nil {
			return err
		}
		err = updateWatermark(ctx, tx, p.Track, p.ChannelID, func(w *store.Watermark) {
			w.NoteError(msg, at)
		})
		if err != nil || !final {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM pending WHERE track = $1 AND channel_id = $2`, p.Track, p.ChannelID)
		return err
	})
	if err != nil {
		return fmt.Errorf("record error of post %s: %w", postID, err)
	}
	return nil
}

// Post returns one post from the log, nil when unknown.
func (s *Store) Post(id string) (*store.Post, error) {
	ctx, cancel := s.call()
	defer cancel()
	var p store.Post
	ok, err := getJSON(ctx, s.pool, &p, `SELECT data FROM posts WHERE id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("read post %s: %w", id, err)
	}
	if !ok {
		return nil, nil
	}
	return &p, nil
}

// Posts returns up to limit posts (all when limit <= 0), newest first (IDs
// sort by creation time).
func (s *Store) Posts(limit int) ([]store.Post, error) {
	ctx, cancel := s.call()
	defer cancel()
	var lim *int
	if limit > 0 {
		lim = &limit
	}
	out, err := listJSON[store.Post](ctx, s.pool, `SELECT data FROM posts ORDER BY id DESC LIMIT $1`, lim)
	if err != nil {
		return nil, fmt.Errorf("list posts: %w", err)
	}
	return out, nil
}

// SetAnnounce makes a channel receive announcements.
func (s *Store) SetAnnounce(a store.AnnounceChannel) error {
	ctx, cancel := s.call()
	defer cancel()
	data, err := json.Marshal(a)
	if err == nil {
		_, err = s.pool.Exec(ctx, `INSERT INTO announce (channel_id, guild_id, data) VALUES ($1, $2, $3)
			ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, data = excluded.data`,
			a.ChannelID, a.GuildID, data)
	}
	if err != nil {
		return fmt.Errorf("set announce channel %s: %w", a.ChannelID, err)
	}
	return nil
}

// DeleteAnnounce stops announcements to a channel and reports whether they
// were on.
func (s *Store) DeleteAnnounce(channelID string) (bool, error) {
	ctx, cancel := s.call()
	defer cancel()
	tag, err := s.pool.Exec(ctx, `DELETE FROM announce WHERE channel_id = $1`, channelID)
	if err != nil {
		return false, fmt.Errorf("delete announce channel %s: %w", channelID, err)
	}
	return tag.RowsAffected() > 0, nil
}

// AnnounceChannels lists the channels receiving announcements, ordered by
// channel ID.
func (s *Store) AnnounceChannels() ([]store.AnnounceChannel, error) {
	ctx, cancel := s.call()
	defer cancel()
	out, err := listJSON[store.AnnounceChannel](ctx, s.pool, `SELECT data FROM announce ORDER BY channel_id`)
	if err != nil {
		return nil, fmt.Errorf("list announce channels: %w", err)
	}
	return out, nil
}

// querier is what the helpers need of a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// getJSON decodes the one JSON column of the query's row into v and reports
// whether there was a row.
func getJSON(ctx context.Context, q querier, v any, sql string, args ...any) (bool, error) {
	var raw []byte
	if err := q.QueryRow(ctx, sql, args...).Scan(&raw); err != nil {
		if noRows(err) {
			return false, nil
		}
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return false, fmt.Errorf("decode %T: %w", v, err)
	}
	return true, nil
}

// listJSON decodes the one JSON column of every row of the query.
func listJSON[T any](ctx context.Context, q querier, sql string, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	raws, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, err
	}
	var out []T
	for _, raw := range raws {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("decode %T: %w", v, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// putPost writes a post's row, replacing one with the same ID.
func putPost(ctx context.Context, tx pgx.Tx, p *store.Post) error {
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode post %s: %w", p.ID, err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO posts (id, track, channel_id, state, data) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (id) DO UPDATE SET track = excluded.track, channel_id = excluded.channel_id,
			state = excluded.state, data = excluded.data`,
		p.ID, p.Track, p.ChannelID, string(p.State), data)
	return err
}

// updatePost applies fn to a stored post within tx, its row locked until
// the transaction ends, and returns the post as written.
func updatePost(ctx context.Context, tx pgx.Tx, id string, fn func(*store.Post) error) (*store.Post, error) {
	var p store.Post
	ok, err := getJSON(ctx, tx, &p, `SELECT data FROM posts WHERE id = $1 FOR UPDATE`, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("post %s not in the log", id)
	}
	if err := fn(&p); err != nil {
		return nil, err
	}
	return &p, putPost(ctx, tx, &p)
}

// updateWatermark applies fn to a channel's watermark on a track within tx,
// creating it when the channel has none, its row locked until the
// transaction ends.
func updateWatermark(ctx context.Context, tx pgx.Tx, track, channelID string, fn func(*store.Watermark)) error {
	if _, err := tx.Exec(ctx, `INSERT INTO watermarks (track, channel_id, data) VALUES ($1, $2, '{}')
		ON CONFLICT DO NOTHING`, track, channelID); err != nil {
		return err
	}
	var w store.Watermark
	if _, err := getJSON(ctx, tx, &w, `SELECT data FROM watermarks WHERE track = $1 AND channel_id = $2 FOR UPDATE`, track, channelID); err != nil {
		return err
	}
	fn(&w)
	data, err := json.Marshal(w)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `UPDATE watermarks SET data = $3 WHERE track = $1 AND channel_id = $2`, track, channelID, data)
	return err
}
