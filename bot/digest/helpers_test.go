package digest

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap/zaptest"

	"planbot/bot/discordtest"
	"planbot/bot/store"
	"planbot/corpus"
)

// fakeClock is a Clock tests move by hand. In auto mode After fires at once
// and moves the clock forward by d, so retry backoff costs no real time.
type fakeClock struct {
	mu      sync.Mutex
	cond    *sync.Cond
	now     time.Time
	auto    bool
	waiters []waiter
	slept   time.Duration // total of auto-mode waits
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock {
	c := &fakeClock{now: now}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if c.auto {
		c.now = c.now.Add(d)
		c.slept += d
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{at: c.now.Add(d), ch: ch})
	c.cond.Broadcast()
	return ch
}

// waitForWaiter blocks until someone waits on the clock and returns the
// earliest deadline.
func (c *fakeClock) waitForWaiter(t *testing.T) time.Time {
	t.Helper()
	done := make(chan struct{})
	timer := time.AfterFunc(2*time.Minute, func() { // a hang detector; the first request loads the OpenAPI spec (slow under -race)
		c.mu.Lock()
		close(done)
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.waiters) == 0 {
		select {
		case <-done:
			t.Fatal("nothing waited on the clock within 2 minutes")
		default:
		}
		c.cond.Wait()
	}
	earliest := c.waiters[0].at
	for _, w := range c.waiters {
		if w.at.Before(earliest) {
			earliest = w.at
		}
	}
	return earliest
}

// advanceTo sets the clock and fires every waiter due by then.
func (c *fakeClock) advanceTo(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
		} else {
			kept = append(kept, w)
		}
	}
	c.waiters = kept
}

// library is a Library tests add documents to. It is a Catalogue, as
// *corpus.Store is, so the service's tests read documents the way the bot
// does; gets counts the documents read one by one.
type library struct {
	mu   sync.Mutex
	docs []*corpus.Document
	gets int
}

func (l *library) Entries() []corpus.Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]corpus.Entry, len(l.docs))
	for i, d := range l.docs {
		out[i] = corpus.Entry{Source: d.Source}
		for _, p := range d.Provisions {
			if p.Number > 0 {
				s := corpus.PointSumOf(p)
				out[i].Points += hex.EncodeToString(s.Key[:]) + hex.EncodeToString(s.Text[:])
			}
		}
	}
	return out
}

func (l *library) Get(id string) (*corpus.Document, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.gets++
	for _, d := range l.docs {
		if d.Source.ID == id {
			return d, true
		}
	}
	return nil, false
}

// plainLibrary hides a library's Catalogue methods: a Library that can
// only give every document.
type plainLibrary struct{ l *library }

func (p plainLibrary) Documents() []*corpus.Document { return p.l.Documents() }

func (l *library) Documents() []*corpus.Document {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]*corpus.Document(nil), l.docs...)
}

func (l *library) add(docs ...*corpus.Document) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.docs = append(l.docs, docs...)
}

// testDoc invents a document with np provisions of plan and ns statements.
func testDoc(n int, added time.Time, plan string, np, ns int) *corpus.Document {
	id := fmt.Sprintf("src%03d", n)
	d := &corpus.Document{Source: corpus.Source{
		ID: id, Title: fmt.Sprintf("Report %d on the framework talks", n), Outlet: "The Example Ledger",
		URL: fmt.Sprintf("https://news.example.org/talks/%d", n), Published: added.Format("2006-01-02"),
		Lang: "en", Added: added.UTC().Format(time.RFC3339),
	}}
	for i := 1; i <= np; i++ {
		d.Provisions = append(d.Provisions, corpus.Provision{
			ID: fmt.Sprintf("%s-p%d", id, i), SourceID: id, Plan: plan, Number: i,
			Text: fmt.Sprintf("Point %d of report %d: the parties agree that monitoring of the line of contact is shared by an international mission, reviewed every ninety days, with disputes referred to a joint commission whose findings are published.", i, n),
		})
	}
	speakers := []struct{ name, role string }{{"Ilse Varga", "mediator"}, {"Tomas Reyes", "delegation spokesperson"}, {"Mara Okafor", "foreign minister"}}
	for i := 0; i < ns; i++ {
		sp := speakers[i%len(speakers)]
		d.Statements = append(d.Statements, corpus.Statement{
			ID: fmt.Sprintf("%s-s%d", id, i), SourceID: id, Speaker: sp.name, Role: sp.role, Direct: i%2 == 0,
			Date: added.Format("2006-01-02"),
			Text: fmt.Sprintf("We have made progress on point %d, but nothing is agreed until everything is agreed, and our people will judge the result.", i+1),
		})
	}
	return d
}

// dedupe is Discord's enforce_nonce behaviour, which the double lacks: a
// second create with a nonce already seen returns the first message instead
// of creating another. It also records every body it was asked to send.
type dedupe struct {
	inner Sender
	mu    sync.Mutex
	seen  map[string]string
	calls []Message
}

func (d *dedupe) SendMessage(ctx context.Context, ch string, body []byte) (string, error) {
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		return "", err
	}
	d.mu.Lock()
	d.calls = append(d.calls, m)
	id, ok := d.seen[ch+"/"+m.Nonce]
	d.mu.Unlock()
	if ok && m.EnforceNonce {
		return id, nil
	}
	id, err := d.inner.SendMessage(ctx, ch, body)
	if err == nil {
		d.mu.Lock()
		d.seen[ch+"/"+m.Nonce] = id
		d.mu.Unlock()
	}
	return id, err
}

// senderFunc adapts a function to Sender.
type senderFunc func(ctx context.Context, ch string, body []byte) (string, error)

func (f senderFunc) SendMessage(ctx context.Context, ch string, body []byte) (string, error) {
	return f(ctx, ch, body)
}

// env is one test's world: a Discord double, a state file, a library, a clock.
type env struct {
	t      *testing.T
	double *discordtest.Double
	sender *dedupe
	path   string
	st     *store.Store
	lib    *library
	clock  *fakeClock
}

const (
	chanA = "1200000000000000001"
	chanB = "1200000000000000002"
	guild = "1300000000000000001"
)

func newEnv(t *testing.T, now time.Time) *env {
	t.Helper()
	d := discordtest.New(t)
	e := &env{t: t, double: d, path: filepath.Join(t.TempDir(), store.FileName), lib: &library{}, clock: newFakeClock(now)}
	e.sender = &dedupe{inner: SessionSender{Session: d.NewSession()}, seen: map[string]string{}}
	e.open()
	return e
}

// open (re)opens the state file, as a restarted process would.
func (e *env) open() {
	st, err := store.Open(e.path, store.Options{})
	if err != nil {
		e.t.Fatal(err)
	}
	e.st = st
	e.t.Cleanup(func() { st.Close() })
}

func (e *env) restart() {
	e.st.Close()
	e.open()
}

func (e *env) service(cfg Config) *Service {
	e.t.Helper()
	cfg.Store, cfg.Library, cfg.Clock = e.st, e.lib, e.clock
	if cfg.Sender == nil {
		cfg.Sender = e.sender
	}
	cfg.Logger = zaptest.NewLogger(e.t)
	s, err := NewService(cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// created lists the messages the double created, per channel, sorted.
func (e *env) created() map[string][]string {
	out := map[string][]string{}
	for _, r := range e.double.Matching("POST", "/channels/*/messages") {
		if r.Status/100 == 2 {
			out[r.Path] = append(out[r.Path], r.Path)
		}
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}

func (e *env) countCreated() int {
	n := 0
	for _, v := range e.created() {
		n += len(v)
	}
	return n
}
