package storetest

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"planbot/bot/store"
)

// Opener opens a new handle on one backing state: every handle it returns
// sees what earlier ones wrote, including ones already closed. It should
// register the handle's Close with t.Cleanup; closing twice must be harmless.
type Opener func(t *testing.T) store.State

// Run runs the contract. fresh is called once per case and returns an
// Opener on a new, empty state.
func Run(t *testing.T, fresh func(t *testing.T) Opener) {
	cases := []struct {
		name string
		run  func(t *testing.T, open Opener)
	}{
		{"PostLifecycle", postLifecycle},
		{"ResumeAcrossHandles", resumeAcrossHandles},
		{"NotePostErrorRetry", notePostErrorRetry},
		{"SchedulesAndFloor", schedulesAndFloor},
		{"ByteOrder", byteOrder},
		{"KV", kv},
		{"Announce", announce},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t, fresh(t)) })
	}
}

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func twoPartPost(id, channel string, sources ...string) store.Post {
	return store.Post{ID: id, Track: "digest", ChannelID: channel, Reason: "manual", CreatedAt: t0,
		SourceIDs: sources, Summary: "2 sources",
		Parts: []store.Part{{Nonce: id + ".0", Body: []byte(`{"content":"a","n":1}`)}, {Nonce: id + ".1", Body: []byte(`{"x":2}`)}}}
}

// postLifecycle is bot/store's original TestPostLifecycle.
func postLifecycle(t *testing.T, open Opener) {
	s := open(t)
	p := twoPartPost("p1", "c1", "a", "b")
	must(t, s.RecordIntent(p))
	// A second writer for the same channel and track is refused...
	if err := s.RecordIntent(store.Post{ID: "p2", Track: "digest", ChannelID: "c1"}); !errors.Is(err, store.ErrPending) {
		t.Fatalf("second intent: got %v, want ErrPending", err)
	}
	// ...but another track of the same channel is independent.
	must(t, s.RecordIntent(store.Post{ID: "p3", Track: "announce", ChannelID: "c1"}))
	must(t, s.MarkPartSent("p1", 0, "m1", t0))
	if err := s.MarkPartSent("p1", 2, "m9", t0); err == nil {
		t.Fatal("part out of range accepted")
	}
	if err := s.MarkPartSent("nope", 0, "m9", t0); err == nil {
		t.Fatal("unknown post accepted")
	}

	// Reopen: the intent and the sent part survived, bodies byte for byte
	// (compact JSON, as json.Marshal writes it, keys in their order).
	must(t, s.Close())
	s2 := open(t)
	got, err := s2.Pending("digest", "c1")
	if err != nil || got == nil {
		t.Fatalf("pending after reopen: %v %v", got, err)
	}
	if got.Parts[0].MessageID != "m1" || !got.Parts[0].SentAt.Equal(t0) || got.Parts[1].MessageID != "" || got.State != store.PostIntended {
		t.Fatalf("pending after reopen = %+v", got)
	}
	if string(got.Parts[0].Body) != string(p.Parts[0].Body) {
		t.Fatalf("body changed: %s, want %s", got.Parts[0].Body, p.Parts[0].Body)
	}
	pend, err := s2.PendingPosts()
	must(t, err)
	if len(pend) != 2 || pend[0].ID != "p1" || pend[1].ID != "p3" {
		t.Fatalf("pending posts = %+v", pend)
	}
	un, err := s2.Uncovered("digest", "c1", []string{"a", "b", "c"})
	must(t, err)
	if !reflect.DeepEqual(un, []string{"a", "b", "c"}) {
		t.Fatalf("uncovered before completion = %v", un)
	}
	must(t, s2.CompletePost("p1", t0.Add(time.Minute)))
	un, _ = s2.Uncovered("digest", "c1", []string{"c", "b", "a"})
	if !reflect.DeepEqual(un, []string{"c"}) {
		t.Fatalf("uncovered after completion = %v, want [c]", un)
	}
	if un, _ := s2.Uncovered("announce", "c1", []string{"a"}); len(un) != 1 {
		t.Fatalf("announce track shares the digest's covered set: %v", un)
	}
	if un, _ := s2.Uncovered("digest", "c2", []string{"a"}); len(un) != 1 {
		t.Fatalf("channel c2 shares c1's covered set: %v", un)
	}
	w, ok, err := s2.Watermark("digest", "c1")
	if err != nil || !ok || w.Covered != 2 || w.LastPostID != "p1" || w.LastSummary != "2 sources" ||
		!w.Floor.Equal(t0) || !w.LastPostedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("watermark = %+v %v %v", w, ok, err)
	}
	if _, ok, _ := s2.Watermark("digest", "c2"); ok {
		t.Fatal("watermark for a channel never posted to")
	}
	if p, _ := s2.Pending("digest", "c1"); p != nil {
		t.Fatalf("still pending after completion: %+v", p)
	}
	done, _ := s2.Post("p1")
	if done == nil || done.State != store.PostSent || !done.DoneAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("completed post = %+v", done)
	}
	// A later post covering a known source counts only the new one.
	must(t, s2.RecordIntent(twoPartPost("p5", "c1", "b", "c")))
	must(t, s2.CompletePost("p5", t0.Add(2*time.Minute)))
	if w, _, _ := s2.Watermark("digest", "c1"); w.Covered != 3 || w.LastPostID != "p5" || !w.Floor.Equal(t0) {
		t.Fatalf("watermark after second post = %+v", w)
	}
	// A failed post is given up: no longer pending, error on the watermark.
	must(t, s2.RecordIntent(store.Post{ID: "p6", Track: "digest", ChannelID: "c1"}))
	must(t, s2.NotePostError("p6", "gone", true, t0))
	if p, _ := s2.Pending("digest", "c1"); p != nil {
		t.Fatalf("failed post still pending")
	}
	if w, _, _ := s2.Watermark("digest", "c1"); w.LastError != "gone" || !w.LastErrorAt.Equal(t0) {
		t.Fatalf("last error = %+v", w)
	}
	if p, _ := s2.Post("p6"); p == nil || p.State != store.PostFailed || p.Attempts != 1 {
		t.Fatalf("failed post = %+v", p)
	}
	if p, err := s2.Post("never"); p != nil || err != nil {
		t.Fatalf("unknown post = %+v %v", p, err)
	}
	posts, _ := s2.Posts(0)
	if ids := postIDs(posts); !reflect.DeepEqual(ids, []string{"p6", "p5", "p3", "p1"}) {
		t.Fatalf("posts newest first = %v", ids)
	}
	posts, _ = s2.Posts(2)
	if ids := postIDs(posts); !reflect.DeepEqual(ids, []string{"p6", "p5"}) {
		t.Fatalf("posts limit 2 = %v", ids)
	}
}

// resumeAcrossHandles: a post recorded through one handle is seen pending
// and completed through another that is open at the same time (two replicas
// on PostgreSQL; two handles opened in turn on bbolt).
func resumeAcrossHandles(t *testing.T, open Opener) {
	a := open(t)
	must(t, a.RecordIntent(twoPartPost("p1", "c1", "a")))
	must(t, a.Close())
	b := open(t)
	p, err := b.Pending("digest", "c1")
	if err != nil || p == nil || p.ID != "p1" {
		t.Fatalf("pending through second handle = %+v %v", p, err)
	}
	if err := b.RecordIntent(twoPartPost("p2", "c1", "a")); !errors.Is(err, store.ErrPending) {
		t.Fatalf("second handle's intent: %v, want ErrPending", err)
	}
	must(t, b.MarkPartSent("p1", 0, "m1", t0))
	must(t, b.MarkPartSent("p1", 1, "m2", t0))
	must(t, b.CompletePost("p1", t0))
	if pend, _ := b.PendingPosts(); len(pend) != 0 {
		t.Fatalf("pending after completion = %+v", pend)
	}
}

// notePostErrorRetry: a non-final error keeps the post pending with its
// attempt count, and completion clears the watermark's error.
func notePostErrorRetry(t *testing.T, open Opener) {
	s := open(t)
	must(t, s.RecordIntent(twoPartPost("p1", "c1", "a")))
	must(t, s.NotePostError("p1", "rate limited", false, t0))
	must(t, s.NotePostError("p1", "rate limited", false, t0.Add(time.Second)))
	p, _ := s.Pending("digest", "c1")
	if p == nil || p.Attempts != 2 || p.Error != "rate limited" || p.State != store.PostIntended {
		t.Fatalf("pending after retryable errors = %+v", p)
	}
	if w, ok, _ := s.Watermark("digest", "c1"); !ok || w.LastError != "rate limited" || !w.Floor.IsZero() {
		t.Fatalf("watermark after error = %+v %v", w, ok)
	}
	must(t, s.CompletePost("p1", t0.Add(time.Minute)))
	w, _, _ := s.Watermark("digest", "c1")
	if w.LastError != "" || !w.LastErrorAt.IsZero() || !w.Floor.Equal(t0) {
		t.Fatalf("watermark after completion = %+v", w)
	}
	if p, _ := s.Post("p1"); p.Error != "" || p.State != store.PostSent {
		t.Fatalf("post after completion = %+v", p)
	}
	if err := s.CompletePost("nope", t0); err == nil {
		t.Fatal("completing an unknown post succeeded")
	}
}

// schedulesAndFloor is bot/store's original TestSchedulesAndFloor.
func schedulesAndFloor(t *testing.T, open Opener) {
	s := open(t)
	created := time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC)
	must(t, s.PutSchedule(store.Schedule{ChannelID: "c2", GuildID: "g", When: "daily 09:00", Cron: "0 9 * * *", Zone: "Europe/Kyiv", CreatedBy: "u", CreatedAt: created}))
	must(t, s.PutSchedule(store.Schedule{ChannelID: "c1", Cron: "0 8 * * *", Zone: "UTC"}))
	must(t, s.UpdateSchedule("c1", func(sc *store.Schedule) { sc.LastFire = t0 }))
	must(t, s.UpdateSchedule("nope", func(sc *store.Schedule) { t.Fatal("called for a missing schedule") }))
	got, err := s.Schedules()
	must(t, err)
	if len(got) != 2 || got[0].ChannelID != "c1" || !got[0].LastFire.Equal(t0) {
		t.Fatalf("schedules = %+v", got)
	}
	want := store.Schedule{ChannelID: "c2", GuildID: "g", When: "daily 09:00", Cron: "0 9 * * *", Zone: "Europe/Kyiv", CreatedBy: "u", CreatedAt: created}
	if !reflect.DeepEqual(got[1], want) {
		t.Fatalf("schedule round trip = %+v, want %+v", got[1], want)
	}
	// Scheduling again replaces.
	must(t, s.PutSchedule(store.Schedule{ChannelID: "c1", Cron: "0 7 * * *", Zone: "UTC"}))
	got, _ = s.Schedules()
	if len(got) != 2 || got[0].Cron != "0 7 * * *" || !got[0].LastFire.IsZero() {
		t.Fatalf("replaced schedule = %+v", got[0])
	}
	if ok, _ := s.DeleteSchedule("c2"); !ok {
		t.Fatal("delete reported no schedule")
	}
	if ok, _ := s.DeleteSchedule("c2"); ok {
		t.Fatal("second delete reported a schedule")
	}
	f1, _ := s.EnsureFloor("digest", "c1", t0)
	f2, _ := s.EnsureFloor("digest", "c1", t0.Add(time.Hour))
	if !f1.Equal(t0) || !f2.Equal(t0) {
		t.Fatalf("floor moved: %v %v", f1, f2)
	}
	if f, _ := s.EnsureFloor("announce", "c1", t0.Add(time.Hour)); !f.Equal(t0.Add(time.Hour)) {
		t.Fatalf("announce floor = %v", f)
	}
	if w, ok, _ := s.Watermark("digest", "c1"); !ok || !w.Floor.Equal(t0) || w.LastPostID != "" {
		t.Fatalf("watermark with only a floor = %+v %v", w, ok)
	}
}

// byteOrder: listings are in byte order of their keys, as bbolt keeps them,
// not in a locale's collation.
func byteOrder(t *testing.T, open Opener) {
	s := open(t)
	ids := []string{"b", "B", "a-1", "a_1", "a1", "Z"}
	for _, id := range ids {
		must(t, s.PutSchedule(store.Schedule{ChannelID: id}))
		must(t, s.SetAnnounce(store.AnnounceChannel{ChannelID: id}))
		must(t, s.RecordIntent(store.Post{ID: id, Track: "digest", ChannelID: id}))
		must(t, s.KV("ns").Put(id, []byte(id)))
	}
	want := []string{"B", "Z", "a-1", "a1", "a_1", "b"}
	scs, _ := s.Schedules()
	var got []string
	for _, sc := range scs {
		got = append(got, sc.ChannelID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("schedules order = %v, want %v", got, want)
	}
	got = nil
	ans, _ := s.AnnounceChannels()
	for _, a := range ans {
		got = append(got, a.ChannelID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("announce order = %v, want %v", got, want)
	}
	pend, _ := s.PendingPosts()
	if got := postIDs(pend); !reflect.DeepEqual(got, want) {
		t.Fatalf("pending order = %v, want %v", got, want)
	}
	posts, _ := s.Posts(0)
	rev := make([]string, len(want))
	for i, id := range want {
		rev[len(want)-1-i] = id
	}
	if got := postIDs(posts); !reflect.DeepEqual(got, rev) {
		t.Fatalf("posts order = %v, want %v", got, rev)
	}
	got = nil
	must(t, s.KV("ns").ForEach(func(k string, _ []byte) error { got = append(got, k); return nil }))
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("kv order = %v, want %v", got, want)
	}
}

// kv is the KV half of bot/store's original TestKVAndAnnounce.
func kv(t *testing.T, open Opener) {
	s := open(t)
	a, b := s.KV("a"), s.KV("b")
	if v, err := a.Get("k"); v != nil || err != nil {
		t.Fatalf("missing key = %q %v", v, err)
	}
	must(t, a.PutJSON("k", map[string]int{"n": 1}))
	var m map[string]int
	if ok, err := a.GetJSON("k", &m); !ok || err != nil || m["n"] != 1 {
		t.Fatalf("GetJSON = %v %v %v", m, ok, err)
	}
	if ok, err := a.GetJSON("missing", &m); ok || err != nil {
		t.Fatalf("GetJSON of a missing key = %v %v", ok, err)
	}
	if v, _ := b.Get("k"); v != nil {
		t.Fatal("namespaces leak")
	}
	var keys []string
	must(t, a.Put("j", []byte("x")))
	must(t, a.Put("j", []byte("y")))
	must(t, a.ForEach(func(k string, _ []byte) error { keys = append(keys, k); return nil }))
	if !reflect.DeepEqual(keys, []string{"j", "k"}) {
		t.Fatalf("keys = %v", keys)
	}
	if v, _ := a.Get("j"); string(v) != "y" {
		t.Fatalf("overwritten value = %q", v)
	}
	stop := errors.New("stop")
	if err := a.ForEach(func(string, []byte) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("ForEach error = %v, want the callback's", err)
	}
	must(t, a.Delete("k"))
	must(t, b.Delete("never"))
	if v, _ := a.Get("k"); v != nil {
		t.Fatal("deleted key still there")
	}
	raw := []byte{0, 1, 0xff, '\n'}
	must(t, b.Put("bin", raw))
	if v, _ := b.Get("bin"); !reflect.DeepEqual(v, raw) {
		t.Fatalf("binary value = %v", v)
	}
}

// announce is the announce half of bot/store's original TestKVAndAnnounce.
func announce(t *testing.T, open Opener) {
	s := open(t)
	a := store.AnnounceChannel{ChannelID: "c1", GuildID: "g1", SetBy: "u1", SetAt: t0}
	must(t, s.SetAnnounce(a))
	ch, err := s.AnnounceChannels()
	must(t, err)
	if len(ch) != 1 || !reflect.DeepEqual(ch[0], a) {
		t.Fatalf("announce channels = %+v", ch)
	}
	if ok, _ := s.DeleteAnnounce("c1"); !ok {
		t.Fatal("delete announce reported none")
	}
	if ok, _ := s.DeleteAnnounce("c1"); ok {
		t.Fatal("second delete announce reported one")
	}
	if ch, _ := s.AnnounceChannels(); len(ch) != 0 {
		t.Fatalf("announce channels after delete = %+v", ch)
	}
}

func postIDs(ps []store.Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}
