package postgres

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"planbot/bot/store"
)

// TestTwoStoresShareState: what one replica writes, the other reads.
func TestTwoStoresShareState(t *testing.T) {
	a, b := openTwo(t)
	sc := store.Schedule{ChannelID: "c1", GuildID: "g1", When: "daily 09:00", Cron: "0 9 * * *", Zone: "UTC", CreatedBy: "u1",
		CreatedAt: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	if err := a.PutSchedule(sc); err != nil {
		t.Fatal(err)
	}
	got, err := b.Schedules()
	if err != nil || len(got) != 1 || got[0] != sc {
		t.Fatalf("schedules read by the other store = %+v %v", got, err)
	}
	if err := b.UpdateSchedule("c1", func(s *store.Schedule) { s.Disabled = "gone" }); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Schedules(); got[0].Disabled != "gone" {
		t.Fatalf("update through b not seen by a: %+v", got[0])
	}
	if err := a.SetAnnounce(store.AnnounceChannel{ChannelID: "c2", GuildID: "g1"}); err != nil {
		t.Fatal(err)
	}
	if ch, _ := b.AnnounceChannels(); len(ch) != 1 || ch[0].ChannelID != "c2" {
		t.Fatalf("announce channels read by b = %+v", ch)
	}
	if err := b.KV("ns").Put("k", []byte("v")); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.KV("ns").Get("k"); string(v) != "v" {
		t.Fatalf("kv read by a = %q", v)
	}
}

// TestConcurrentPostingGivesOnePost: several workers on two replicas race to
// record a post to the same channel at the same moment, then each carries on
// as the digest service does (the winner sends its parts and completes it;
// the others resume the pending post, as after a handover). Exactly one post
// is recorded and completed, every part sent under its nonces, and the
// covered set counts each source once.
//
// The store only guarantees one unfinished post per channel and track; a
// worker that records after the post completed would post again, so callers
// check Uncovered first (and must not do so concurrently across replicas).
func TestConcurrentPostingGivesOnePost(t *testing.T) {
	a, b := openTwo(t)
	stores := []*Store{a, b}
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	sources := []string{"s1", "s2", "s3"}
	const workers = 8
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		recorded []string
		errs     []error
	)
	start := make(chan struct{})
	var intents sync.WaitGroup
	intents.Add(workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := stores[w%2]
			<-start
			p := store.Post{ID: fmt.Sprintf("p%02d", w), Track: "digest", ChannelID: "c1", CreatedAt: now, SourceIDs: sources,
				Parts: []store.Part{{Nonce: fmt.Sprintf("p%02d.0", w)}, {Nonce: fmt.Sprintf("p%02d.1", w)}}}
			err := st.RecordIntent(p)
			intents.Done()
			intents.Wait() // every intent is in before anyone completes
			switch {
			case errors.Is(err, store.ErrPending):
				// Someone else's post is in flight: finish it, as a resume would.
				pend, err := st.Pending("digest", "c1")
				if err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
				if pend == nil {
					return // already completed
				}
				p = *pend
			case err != nil:
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
				return
			default:
				mu.Lock()
				recorded = append(recorded, p.ID)
				mu.Unlock()
			}
			for i := range p.Parts {
				if err := st.MarkPartSent(p.ID, i, "m-"+p.Parts[i].Nonce, now); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
			}
			if err := st.CompletePost(p.ID, now.Add(time.Minute)); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	close(start)
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(recorded) != 1 {
		t.Fatalf("recorded posts = %v, want exactly one", recorded)
	}
	posts, err := a.Posts(0)
	if err != nil || len(posts) != 1 || posts[0].ID != recorded[0] || posts[0].State != store.PostSent {
		t.Fatalf("post log = %+v %v", posts, err)
	}
	for i, part := range posts[0].Parts {
		if part.MessageID != "m-"+part.Nonce {
			t.Fatalf("part %d = %+v", i, part)
		}
	}
	w, _, _ := b.Watermark("digest", "c1")
	if w.Covered != len(sources) || w.LastPostID != recorded[0] {
		t.Fatalf("watermark = %+v", w)
	}
	if pend, _ := b.PendingPosts(); len(pend) != 0 {
		t.Fatalf("still pending: %+v", pend)
	}
	if un, _ := a.Uncovered("digest", "c1", sources); len(un) != 0 {
		t.Fatalf("uncovered after the post = %v", un)
	}
}
