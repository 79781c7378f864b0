package store

import (
	"testing"
	"time"
)

func TestPostTransitions(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600))
	p := &Post{ID: "p1", Summary: "2 sources", CreatedAt: at.Add(-time.Hour), Parts: make([]Part, 2)}

	for _, c := range []struct {
		i       int
		wantErr bool
	}{{-1, true}, {2, true}, {1, false}} {
		err := p.MarkPartSent(c.i, "m1", at)
		if (err != nil) != c.wantErr {
			t.Fatalf("MarkPartSent(%d) = %v, want error %v", c.i, err, c.wantErr)
		}
	}
	if p.Parts[1].MessageID != "m1" || !p.Parts[1].SentAt.Equal(at) || p.Parts[1].SentAt.Location() != time.UTC {
		t.Fatalf("part 1 = %+v, want m1 sent at %v in UTC", p.Parts[1], at)
	}
	if p.Parts[0].MessageID != "" {
		t.Fatalf("part 0 touched: %+v", p.Parts[0])
	}

	var w Watermark
	p.NoteError("429", false, at)
	w.NoteError("429", at)
	if p.State != "" || p.Attempts != 1 || p.Error != "429" || !p.DoneAt.IsZero() {
		t.Fatalf("after a retryable error post = %+v", p)
	}
	p.MarkSent(at)
	w.RecordPost(p, 3, at)
	w.RecordPost(p, 2, at.Add(time.Hour))
	if p.State != PostSent || p.Error != "" || !p.DoneAt.Equal(at) {
		t.Fatalf("after MarkSent post = %+v", p)
	}
	if !w.Floor.Equal(p.CreatedAt) || w.Covered != 5 || w.LastPostID != "p1" || w.LastSummary != "2 sources" ||
		!w.LastPostedAt.Equal(at.Add(time.Hour)) || w.LastError != "" || !w.LastErrorAt.IsZero() {
		t.Fatalf("watermark = %+v: floor is the first post's creation, covered adds up, the error is cleared", w)
	}

	q := &Post{}
	q.NoteError("forbidden", true, at)
	if q.State != PostFailed || !q.DoneAt.Equal(at) || q.Attempts != 1 {
		t.Fatalf("after a final error post = %+v", q)
	}
}
