package perf

import (
	"crypto/ed25519"
	"encoding/hex"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestPresigned checks the load's signatures: each verifies for its own
// body and timestamp, the timestamp stays while it is fresh (the timed
// run signs nothing), and a set older than resignAfter is signed again
// with the clock's time, so a long load never sends a stale timestamp.
func TestPresigned(t *testing.T) {
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	ins := mixedInteractions(20, 3, queries(1000, 3))
	now := time.Unix(1_800_000_000, 0)
	p := presign(key, ins, func() time.Time { return now })
	check := func(when string, wantStamp int64) {
		t.Helper()
		for i, in := range ins {
			stamp, sig := p.headers(i)
			if stamp != strconv.FormatInt(wantStamp, 10) {
				t.Fatalf("%s: interaction %d stamped %s, want %d", when, i, stamp, wantStamp)
			}
			raw, err := hex.DecodeString(sig)
			if err != nil {
				t.Fatalf("%s: interaction %d: signature %q: %v", when, i, sig, err)
			}
			if !ed25519.Verify(pub, append([]byte(stamp), in.body...), raw) {
				t.Errorf("%s: interaction %d: signature does not verify", when, i)
			}
		}
	}
	cases := []struct {
		when      string
		advance   time.Duration
		wantStamp int64
	}{
		{"at once", 0, 1_800_000_000},
		{"still fresh", resignAfter, 1_800_000_000},
		{"grown old", time.Second, 1_800_000_000 + int64((resignAfter+time.Second)/time.Second)},
		{"fresh again", 30 * time.Second, 1_800_000_000 + int64((resignAfter+time.Second)/time.Second)},
	}
	for _, c := range cases {
		now = now.Add(c.advance)
		check(c.when, c.wantStamp)
	}
}

// TestPresignedConcurrent: the load's clients read signatures while one
// of them signs the set again; each pair they get verifies (run with
// -race).
func TestPresignedConcurrent(t *testing.T) {
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	ins := mixedInteractions(8, 4, queries(1000, 4))
	var clock atomic.Int64
	clock.Store(1_800_000_000)
	p := presign(key, ins, func() time.Time { return time.Unix(clock.Load(), 0) })
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				if w == 0 && i%50 == 49 {
					clock.Add(int64(2 * resignAfter / time.Second))
				}
				k := (w + i) % len(ins)
				stamp, sig := p.headers(k)
				raw, _ := hex.DecodeString(sig)
				if !ed25519.Verify(pub, append([]byte(stamp), ins[k].body...), raw) {
					t.Errorf("client %d: interaction %d: signature does not verify", w, k)
					return
				}
			}
		}()
	}
	wg.Wait()
}
