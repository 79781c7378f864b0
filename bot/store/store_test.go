package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "data", FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestPostLifecycle(t *testing.T) {
	s, path := openTemp(t)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	p := Post{ID: "p1", Track: "digest", ChannelID: "c1", CreatedAt: now, SourceIDs: []string{"a", "b"},
		Parts: []Part{{Nonce: "p1.0", Body: []byte(`{"x":1}`)}, {Nonce: "p1.1", Body: []byte(`{"x":2}`)}}}
	if err := s.RecordIntent(p); err != nil {
		t.Fatal(err)
	}
	// A second writer for the same channel and track is refused...
	if err := s.RecordIntent(Post{ID: "p2", Track: "digest", ChannelID: "c1"}); !errors.Is(err, ErrPending) {
		t.Fatalf("second intent: got %v, want ErrPending", err)
	}
	// ...but another track of the same channel is independent.
	if err := s.RecordIntent(Post{ID: "p3", Track: "announce", ChannelID: "c1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkPartSent("p1", 0, "m1", now); err != nil {
		t.Fatal(err)
	}

	// Reopen: the intent and the sent part survived.
	s.Close()
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Pending("digest", "c1")
	if err != nil || got == nil {
		t.Fatalf("pending after reopen: %v %v", got, err)
	}
	if got.Parts[0].MessageID != "m1" || got.Parts[1].MessageID != "" || got.State != PostIntended {
		t.Fatalf("pending after reopen = %+v", got)
	}
	un, _ := s2.Uncovered("digest", "c1", []string{"a", "b", "c"})
	if !reflect.DeepEqual(un, []string{"a", "b", "c"}) {
		t.Fatalf("uncovered before completion = %v", un)
	}
	if err := s2.CompletePost("p1", now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	un, _ = s2.Uncovered("digest", "c1", []string{"a", "b", "c"})
	if !reflect.DeepEqual(un, []string{"c"}) {
		t.Fatalf("uncovered after completion = %v, want [c]", un)
	}
	if un, _ := s2.Uncovered("announce", "c1", []string{"a"}); len(un) != 1 {
		t.Fatalf("announce track shares the digest's covered set: %v", un)
	}
	w, ok, err := s2.Watermark("digest", "c1")
	if err != nil || !ok || w.Covered != 2 || w.LastPostID != "p1" {
		t.Fatalf("watermark = %+v %v %v", w, ok, err)
	}
	if p, _ := s2.Pending("digest", "c1"); p != nil {
		t.Fatalf("still pending after completion: %+v", p)
	}
	// A failed post is given up: no longer pending, error on the watermark.
	if err := s2.RecordIntent(Post{ID: "p4", Track: "digest", ChannelID: "c1"}); err != nil {
		t.Fatal(err)
	}
	if err := s2.NotePostError("p4", "gone", true, now); err != nil {
		t.Fatal(err)
	}
	if p, _ := s2.Pending("digest", "c1"); p != nil {
		t.Fatalf("failed post still pending")
	}
	if w, _, _ := s2.Watermark("digest", "c1"); w.LastError != "gone" {
		t.Fatalf("last error = %q", w.LastError)
	}
	posts, _ := s2.Posts(0)
	if len(posts) != 3 || posts[0].ID != "p4" {
		t.Fatalf("posts newest first = %v", posts)
	}
}

func TestSchedulesAndFloor(t *testing.T) {
	s, _ := openTemp(t)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	if err := s.PutSchedule(Schedule{ChannelID: "c2", Cron: "0 9 * * *", Zone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSchedule(Schedule{ChannelID: "c1", Cron: "0 8 * * *", Zone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateSchedule("c1", func(sc *Schedule) { sc.LastFire = now }); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateSchedule("nope", func(sc *Schedule) { t.Fatal("called for a missing schedule") }); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Schedules()
	if len(got) != 2 || got[0].ChannelID != "c1" || !got[0].LastFire.Equal(now) {
		t.Fatalf("schedules = %+v", got)
	}
	if ok, _ := s.DeleteSchedule("c2"); !ok {
		t.Fatal("delete reported no schedule")
	}
	if ok, _ := s.DeleteSchedule("c2"); ok {
		t.Fatal("second delete reported a schedule")
	}
	f1, _ := s.EnsureFloor("digest", "c1", now)
	f2, _ := s.EnsureFloor("digest", "c1", now.Add(time.Hour))
	if !f1.Equal(now) || !f2.Equal(now) {
		t.Fatalf("floor moved: %v %v", f1, f2)
	}
}

func TestKVAndAnnounce(t *testing.T) {
	s, _ := openTemp(t)
	a, b := s.KV("a"), s.KV("b")
	if v, err := a.Get("k"); v != nil || err != nil {
		t.Fatalf("missing key = %q %v", v, err)
	}
	if err := a.PutJSON("k", map[string]int{"n": 1}); err != nil {
		t.Fatal(err)
	}
	var m map[string]int
	if ok, err := a.GetJSON("k", &m); !ok || err != nil || m["n"] != 1 {
		t.Fatalf("GetJSON = %v %v %v", m, ok, err)
	}
	if v, _ := b.Get("k"); v != nil {
		t.Fatal("namespaces leak")
	}
	var keys []string
	_ = a.Put("j", []byte("x"))
	_ = a.ForEach(func(k string, _ []byte) error { keys = append(keys, k); return nil })
	if !reflect.DeepEqual(keys, []string{"j", "k"}) {
		t.Fatalf("keys = %v", keys)
	}
	if err := a.Delete("k"); err != nil {
		t.Fatal(err)
	}
	if err := b.Delete("never"); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Get("k"); v != nil {
		t.Fatal("deleted key still there")
	}

	if err := s.SetAnnounce(AnnounceChannel{ChannelID: "c1"}); err != nil {
		t.Fatal(err)
	}
	if ch, _ := s.AnnounceChannels(); len(ch) != 1 {
		t.Fatalf("announce channels = %v", ch)
	}
	if ok, _ := s.DeleteAnnounce("c1"); !ok {
		t.Fatal("delete announce reported none")
	}
}
