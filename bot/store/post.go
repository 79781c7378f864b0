package store

import (
	"fmt"
	"time"
)

// The transitions below are what happens to a post and its channel's
// watermark as the post's parts are acknowledged, as it completes and as it
// fails. Both engines (this package's bbolt *Store and bot/store/postgres)
// apply them inside their own transactions, so the two cannot drift apart
// in what a completed or failed post leaves behind.

// MarkPartSent records that Discord acknowledged part i as messageID.
func (p *Post) MarkPartSent(i int, messageID string, at time.Time) error {
	if i < 0 || i >= len(p.Parts) {
		return fmt.Errorf("part %d out of range (%d parts)", i, len(p.Parts))
	}
	p.Parts[i].MessageID = messageID
	p.Parts[i].SentAt = at.UTC()
	return nil
}

// MarkSent marks every part of the post sent, clearing an earlier attempt's
// error.
func (p *Post) MarkSent(at time.Time) {
	p.State = PostSent
	p.Error = ""
	p.DoneAt = at.UTC()
}

// NoteError records a failed attempt; with final the post is given up on.
func (p *Post) NoteError(msg string, final bool, at time.Time) {
	p.Error = msg
	p.Attempts++
	if final {
		p.State = PostFailed
		p.DoneAt = at.UTC()
	}
}

// RecordPost moves the watermark past the completed post p, whose sources
// added added new members to the channel's covered set. The first post
// sets the floor: sources older than it were never in scope.
func (w *Watermark) RecordPost(p *Post, added int, at time.Time) {
	if w.Floor.IsZero() {
		w.Floor = p.CreatedAt.UTC()
	}
	w.LastPostID = p.ID
	w.LastPostedAt = at.UTC()
	w.LastSummary = p.Summary
	w.Covered += added
	w.LastError, w.LastErrorAt = "", time.Time{}
}

// NoteError records that a post to the channel failed at at.
func (w *Watermark) NoteError(msg string, at time.Time) {
	w.LastError, w.LastErrorAt = msg, at.UTC()
}
