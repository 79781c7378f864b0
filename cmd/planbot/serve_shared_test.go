package main

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"planbot/bot/admin"
	"planbot/bot/discordtest"
	"planbot/bot/metrics"
	"planbot/bot/store"
	"planbot/bot/store/postgres"
	"planbot/bot/store/postgres/pgtest"
	"planbot/config"
	"planbot/corpus"
	"planbot/corpus/feed"
)

// handover is the longest a replica may take to see a document another one
// stored, or to take the lead from a dead leader (issue 16: 15 s), plus
// slack for a loaded test machine. It bounds waits; it is no speed check.
const handover = 30 * time.Second

// testLogLevel is the level of the replicas' logs in the tests (Info to debug one).
var testLogLevel = zap.WarnLevel

// replicaProc is one replica of the bot in the test: its own data dir and
// index, the shared PostgreSQL state, and its background work, which stop
// kills as a crash would end the process's connections.
type replicaProc struct {
	svc  *serving
	stop context.CancelFunc
	done chan struct{}
	once sync.Once
}

// startReplica builds a serving on a fresh data dir sharing stateURL and,
// with run, starts its background work (replica watch, leader election).
// flags are more settings, as flag name and value pairs.
func startReplica(t *testing.T, name, stateURL string, session *discordgo.Session, run bool, flags ...string) *replicaProc {
	t.Helper()
	set := map[string]string{"data": t.TempDir(), "state-url": stateURL}
	for i := 0; i+1 < len(flags); i += 2 {
		set[flags[i]] = flags[i+1]
	}
	cfg, err := config.Load(set, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	log := zaptest.NewLogger(t, zaptest.Level(testLogLevel)).Named(name)
	ctx, cancel := context.WithTimeout(context.Background(), handover)
	defer cancel()
	svc, err := newServing(ctx, "serve", cfg, log, metrics.New(), admin.New(admin.Config{}), session)
	if err != nil {
		t.Fatal(err)
	}
	p := &replicaProc{svc: svc, done: make(chan struct{})}
	runCtx, stop := context.WithCancel(context.Background())
	p.stop = stop
	if run {
		go func() { defer close(p.done); svc.Run(runCtx) }()
	} else {
		close(p.done)
	}
	t.Cleanup(p.kill)
	return p
}

// kill stops the replica's work and closes its state and index: its
// PostgreSQL sessions end, which frees its leadership.
func (p *replicaProc) kill() {
	p.once.Do(func() {
		p.stop()
		<-p.done
		p.svc.Close()
	})
}

// eventually polls cond until it holds or handover has passed.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(handover)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", handover, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// ingestVia stores text in a replica as /ingest does: Put, then the
// OnAdded hook (index, announce, share).
func ingestVia(t *testing.T, p *replicaProc, text string, opts corpus.ParseOptions) corpus.PutResult {
	t.Helper()
	res, err := p.svc.app.store.Put([]byte(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.svc.put(context.Background(), "discord", res); err != nil {
		t.Fatal(err)
	}
	return res
}

// answers reports whether a replica's index, which its /search and every
// other command read, finds word in guild.
func answers(t *testing.T, p *replicaProc, guild, word string) bool {
	t.Helper()
	res, err := p.svc.app.index.Search(context.Background(), corpus.Query{Text: word, Guild: guild, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	return len(res.Hits) > 0
}

// TestReplicasShareDocuments: a document a moderator ingests through one
// replica is answered by another within the change feed, in its server
// only, without a restart; a new version replaces it there too; and a
// replica started later starts with it.
func TestReplicasShareDocuments(t *testing.T) {
	url := pgtest.NewDatabase(t)
	a := startReplica(t, "a", url, nil, true)
	b := startReplica(t, "b", url, nil, true)
	const guild = "111111111111111111"
	const v1 = "---\ntitle: Harbour talks\nurl: https://example.org/harbour\npublished: 2025-11-24\n---\n" +
		"Mayor Olenna Vashchuk said: \"The quinquireme harbour stays open to grain ships.\"\n"
	const v2 = "---\ntitle: Harbour talks (updated)\nurl: https://example.org/harbour\npublished: 2025-11-24\n---\n" +
		"Mayor Olenna Vashchuk said: \"The trireme harbour stays open to grain ships.\"\n"
	if answers(t, b, guild, "quinquireme") {
		t.Fatal("replica b answers before anything was ingested")
	}
	first := ingestVia(t, a, v1, corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	eventually(t, "replica b does not answer with the document ingested through a", func() bool {
		return answers(t, b, guild, "quinquireme")
	})
	doc, ok := b.svc.app.store.Get(first.Doc.Source.ID)
	if !ok || doc.Source.Guild != guild {
		t.Fatalf("replica b holds %+v, want the document of guild %s", doc, guild)
	}

	ingestVia(t, a, v2, corpus.ParseOptions{Name: "harbour.md", Guild: guild})
	eventually(t, "replica b does not switch to the new version", func() bool {
		return answers(t, b, guild, "trireme") && !answers(t, b, guild, "quinquireme")
	})

	c := startReplica(t, "c", url, nil, false)
	if !answers(t, c, guild, "trireme") || answers(t, c, guild, "quinquireme") {
		t.Error("a replica started later does not start with the live version")
	}
}

// TestIngestCLISharesDocuments: planbot ingest --state-url sends what it
// stores to PostgreSQL, so running replicas pick it up.
func TestIngestCLISharesDocuments(t *testing.T) {
	url := pgtest.NewDatabase(t)
	b := startReplica(t, "b", url, nil, true)
	file := writeFile(t, "harbour.md", "---\ntitle: Harbour talks\npublished: 2025-11-24\n---\n"+
		"Mayor Olenna Vashchuk said: \"The quinquireme harbour stays open to grain ships.\"\n")
	env, out, errb := testEnv(nil)
	root := newRoot(env)
	root.SetArgs([]string{"ingest", "--quiet", "--data", t.TempDir(), "--state-url", url, file})
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("ingest: %v\n%s\n%s", err, out, errb)
	}
	eventually(t, "a running replica does not answer with what planbot ingest --state-url stored", func() bool {
		return answers(t, b, "", "quinquireme")
	})
}

// gate passes every Discord request through except the second message
// created, which it holds until its request is cancelled, so a test can
// kill the leader while a multi-part digest is half posted.
type gate struct {
	base    http.RoundTripper
	mu      sync.Mutex
	posts   int
	blocked chan struct{}
}

func (g *gate) RoundTrip(r *http.Request) (*http.Response, error) {
	_, path, _ := strings.Cut(r.URL.Path, "/channels/") // below /api/v9 or /api/v10
	if r.Method == http.MethodPost && discordtest.Match("*/messages", path) {
		g.mu.Lock()
		g.posts++
		n := g.posts
		g.mu.Unlock()
		if n == 2 {
			close(g.blocked)
			<-r.Context().Done()
			return nil, r.Context().Err()
		}
	}
	return g.base.RoundTrip(r)
}

// TestLeaderKilledDuringMultiPartDigest: the leader dies after the first
// part of a scheduled multi-part digest; another replica takes the lead,
// resumes the post under its nonces, and the channel gets every part
// exactly once.
func TestLeaderKilledDuringMultiPartDigest(t *testing.T) {
	url := pgtest.NewDatabase(t)
	d := discordtest.New(t)
	const channel = "333333333333333333"

	sessA := d.NewSession()
	g := &gate{base: sessA.Client.Transport, blocked: make(chan struct{})}
	sessA.Client = &http.Client{Transport: g, Timeout: sessA.Client.Timeout}
	a := startReplica(t, "a", url, sessA, false)
	b := startReplica(t, "b", url, d.NewSession(), false)

	// Enough new documents for a digest of several messages.
	for i := range 30 {
		var text strings.Builder
		fmt.Fprintf(&text, "---\ntitle: Round %d of the harbour talks\npublished: 2025-11-24\n---\n", i)
		for j := range 6 {
			fmt.Fprintf(&text, "Negotiator Ilko Marten%d said: \"Point %d of round %d keeps the grain corridor open under the 28-point plan.\"\n\n", i, j, i)
		}
		ingestVia(t, a, text.String(), corpus.ParseOptions{Name: fmt.Sprintf("round-%d.md", i)})
	}
	now := time.Now().UTC()
	if err := a.svc.state.PutSchedule(store.Schedule{ChannelID: channel, GuildID: "111111111111111111", When: "* * * * *",
		Cron: "* * * * *", Zone: "UTC", CreatedAt: now.Add(-time.Hour), LastFire: now.Add(-2 * time.Minute)}); err != nil {
		t.Fatal(err)
	}

	runCtx, stop := context.WithCancel(context.Background())
	a.stop, a.done = stop, make(chan struct{})
	go func() { defer close(a.done); a.svc.Run(runCtx) }()
	select {
	case <-g.blocked:
	case <-time.After(handover):
		t.Fatal("the leader did not post a second message of the scheduled digest")
	}
	pending, err := b.svc.state.PendingPosts()
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || len(pending[0].Parts) < 3 {
		t.Fatalf("pending posts %+v, want one scheduled digest of at least three parts", pending)
	}
	post := pending[0]
	if !a.svc.leading.Load() {
		t.Fatal("replica a posts without leading")
	}

	runB, stopB := context.WithCancel(context.Background())
	b.stop, b.done = stopB, make(chan struct{})
	go func() { defer close(b.done); b.svc.Run(runB) }()
	time.Sleep(500 * time.Millisecond) // b is waiting for the lead meanwhile
	if b.svc.leading.Load() {
		t.Fatal("two leaders at once")
	}
	killed := time.Now()
	a.kill()

	eventually(t, "the new leader did not finish the interrupted digest", func() bool {
		p, err := b.svc.state.Post(post.ID)
		return err == nil && p != nil && p.State == store.PostSent
	})
	t.Logf("digest finished by the new leader %s after the old one was killed", time.Since(killed).Round(time.Millisecond))

	var nonces []string
	for _, r := range d.Matching("POST", "/channels/*/messages") {
		if r.Status != http.StatusOK {
			continue
		}
		var m struct {
			Nonce string `json:"nonce"`
		}
		if err := r.Decode(&m); err != nil {
			t.Fatal(err)
		}
		nonces = append(nonces, m.Nonce)
	}
	var want []string
	for _, part := range post.Parts {
		want = append(want, part.Nonce)
	}
	if strings.Join(nonces, " ") != strings.Join(want, " ") {
		t.Errorf("messages created with nonces %v, want each part once, in order: %v", nonces, want)
	}
	posts, err := b.svc.state.Posts(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 1 {
		t.Errorf("post log holds %d posts, want the one digest", len(posts))
	}
	if left, err := b.svc.state.PendingPosts(); err != nil || len(left) != 0 {
		t.Errorf("pending after the handover: %+v, %v", left, err)
	}
}

// TestLeaderTakeover: of two replicas exactly one leads; when it dies the
// other takes over, and a replica started with --no-scheduler never leads.
func TestLeaderTakeover(t *testing.T) {
	url := pgtest.NewDatabase(t)
	a := startReplica(t, "a", url, nil, true)
	eventually(t, "the only replica does not lead", a.svc.leading.Load)
	b := startReplica(t, "b", url, nil, true)
	cfg := *b.svc.cfg
	cfg.NoScheduler = true
	c := startReplica(t, "c", url, nil, false)
	c.svc.cfg = &cfg
	runC, stopC := context.WithCancel(context.Background())
	c.stop, c.done = stopC, make(chan struct{})
	go func() { defer close(c.done); c.svc.Run(runC) }()

	time.Sleep(time.Second)
	if b.svc.leading.Load() || c.svc.leading.Load() {
		t.Fatal("a second replica leads while the first is alive")
	}
	killed := time.Now()
	a.kill()
	eventually(t, "replica b does not take over from the dead leader", b.svc.leading.Load)
	t.Logf("replica b leads %s after the leader died", time.Since(killed).Round(time.Millisecond))
	if c.svc.leading.Load() {
		t.Error("a --no-scheduler replica leads")
	}
}

// slow holds every message creation for a while and tells when the first
// one started, so a test can act while a post is in flight.
type slow struct {
	base    http.RoundTripper
	once    sync.Once
	started chan struct{}
}

func (s *slow) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages") {
		s.once.Do(func() { close(s.started) })
		select {
		case <-time.After(time.Second):
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	return s.base.RoundTrip(r)
}

// TestManualDigestOnTwoReplicas: a moderator runs /digest post in a channel
// through one replica while another's post there is in flight; the shared
// channel lock makes the second wait and find nothing new, instead of
// sending the first one's messages a second time.
func TestManualDigestOnTwoReplicas(t *testing.T) {
	url := pgtest.NewDatabase(t)
	d := discordtest.New(t)
	sessA := d.NewSession()
	sl := &slow{base: sessA.Client.Transport, started: make(chan struct{})}
	sessA.Client = &http.Client{Transport: sl, Timeout: sessA.Client.Timeout}
	a := startReplica(t, "a", url, sessA, false)
	b := startReplica(t, "b", url, d.NewSession(), false)
	for i := range 3 {
		ingestVia(t, a, fmt.Sprintf("---\ntitle: Round %d\n---\nNegotiator Ilko Marten said: \"Round %d keeps the grain corridor open.\"\n", i, i),
			corpus.ParseOptions{Name: fmt.Sprintf("round-%d.md", i)})
	}
	const channel = "444444444444444444"
	errA := make(chan error, 1)
	go func() {
		_, err := a.svc.digests.PostDigest(context.Background(), channel, "", 0, "manual")
		errA <- err
	}()
	<-sl.started
	resB, errB := b.svc.digests.PostDigest(context.Background(), channel, "", 0, "manual")
	if err := <-errA; err != nil {
		t.Fatalf("replica a: %v", err)
	}
	if errB != nil {
		t.Fatalf("replica b: %v", errB)
	}
	if !resB.Empty || resB.Resumed != "" {
		t.Errorf("replica b posted %+v, want nothing new once a's digest is done", resB)
	}
	created := 0
	for _, r := range d.Matching("POST", "/channels/*/messages") {
		if r.Status == http.StatusOK {
			created++
		}
	}
	posts, err := a.svc.state.Posts(0)
	if err != nil || len(posts) != 1 || created != len(posts[0].Parts) {
		t.Errorf("%d messages created, %d posts in the log (%v): want the one digest's parts once", created, len(posts), err)
	}
}

// TestSharedFeeds: a feed subscribed through one replica is polled by the
// leader, what it brings reaches every replica, and /feed list anywhere
// shows the poll; unsubscribing anywhere stops it.
func TestSharedFeeds(t *testing.T) {
	old := feedSyncEvery
	feedSyncEvery = 200 * time.Millisecond
	t.Cleanup(func() { feedSyncEvery = old })
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><link>%[1]s/</link>
<item><title>Harbour talks</title><link>%[1]s/harbour</link><guid>%[1]s/harbour</guid><pubDate>Mon, 24 Nov 2025 10:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
		case "/harbour":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>
<p>Mayor Olenna Vashchuk said: "The quinquireme harbour stays open to grain ships under the 28-point plan."</p>
<p>The talks continue next week in Geneva, where the delegations meet again to discuss the corridor.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	url := pgtest.NewDatabase(t)
	a := startReplica(t, "a", url, nil, true, "allow-private-addresses", "true")
	eventually(t, "replica a does not lead", a.svc.leading.Load)
	b := startReplica(t, "b", url, nil, true, "allow-private-addresses", "true")
	feeds := b.svc.sharedFeeds()
	if _, ok := b.svc.router.Command("feed"); !ok {
		t.Fatal("a replica that does not lead has no /feed")
	}
	ctx := context.Background()
	const guild = "424242424242424242" // the subscribing server
	info, err := feeds.Add(ctx, guild, srv.URL+"/feed.xml", "moderator")
	if err != nil {
		t.Fatal(err)
	}
	if info.Title != "Harbour news" {
		t.Errorf("added feed titled %q", info.Title)
	}
	if _, err := a.svc.sharedFeeds().Add(ctx, guild, srv.URL+"/feed.xml#x", "other"); !errors.Is(err, feed.ErrExists) {
		t.Errorf("second subscription through another replica: %v, want ErrExists", err)
	}
	eventually(t, "the entry the leader polled does not reach replica b", func() bool {
		return answers(t, b, guild, "quinquireme")
	})
	if answers(t, b, "", "quinquireme") || answers(t, b, "1", "quinquireme") {
		t.Error("a server's feed entry is answered globally or in another server")
	}
	if l := feeds.List("1"); len(l) != 0 {
		t.Errorf("another server lists the feed: %+v", l)
	}
	eventually(t, "/feed list on replica b does not show the leader's poll", func() bool {
		l := feeds.List(guild)
		return len(l) == 1 && !l[0].LastPoll.IsZero() && l[0].Ingested == 1
	})
	// The positions file is saved beside the poll results, at the next
	// sync when the poller had not written it yet.
	eventually(t, "the feed positions do not reach the shared state", func() bool {
		pos, err := b.svc.state.KV(feedStateNS).Get(feedStateKey)
		return err == nil && strings.Contains(string(pos), "/harbour")
	})
	if err := a.svc.sharedFeeds().Remove("1", srv.URL+"/feed.xml"); !errors.Is(err, feed.ErrNotFound) {
		t.Errorf("another server removing the feed: %v, want ErrNotFound", err)
	}
	if err := a.svc.sharedFeeds().Remove(guild, srv.URL+"/feed.xml"); err != nil {
		t.Fatal(err)
	}
	if l := feeds.List(guild); len(l) != 0 {
		t.Errorf("feeds after unsubscribing: %+v", l)
	}
	if err := feeds.Remove(guild, srv.URL+"/feed.xml"); !errors.Is(err, feed.ErrNotFound) {
		t.Errorf("second unsubscribe: %v, want ErrNotFound", err)
	}
}

// TestDigestCLIReadsSharedState: planbot digest --state-url on a machine
// with no documents of its own composes from the shared documents, and
// with --channel from the shared watermarks.
func TestDigestCLIReadsSharedState(t *testing.T) {
	url := pgtest.NewDatabase(t)
	d := discordtest.New(t)
	a := startReplica(t, "a", url, d.NewSession(), false)
	ingestVia(t, a, "---\ntitle: Quinquireme harbour talks\n---\nMayor Olenna Vashchuk said: \"The harbour stays open.\"\n",
		corpus.ParseOptions{Name: "harbour.md"})
	const channel = "555555555555555555"
	if _, err := a.svc.digests.PostDigest(context.Background(), channel, "", 0, "manual"); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		env, out, errb := testEnv(nil)
		root := newRoot(env)
		root.SetArgs(append([]string{"digest", "--data", t.TempDir(), "--state-url", url}, args...))
		if err := root.ExecuteContext(context.Background()); err != nil {
			t.Fatalf("digest %v: %v\n%s", args, err, errb)
		}
		return out.String()
	}
	if out := run(); !strings.Contains(out, "Quinquireme harbour talks") {
		t.Errorf("planbot digest --state-url does not show the shared document:\n%s", out)
	}
	if out := run("--channel", channel); strings.Contains(out, "Quinquireme harbour talks") {
		t.Errorf("planbot digest --channel shows what the channel was already told:\n%s", out)
	}
	if out := run("--channel", "666666666666666666"); !strings.Contains(out, "Quinquireme harbour talks") {
		t.Errorf("planbot digest --channel on a new channel does not show the shared document:\n%s", out)
	}
}

// TestServeRegistersGuilds: planbot serve with a state URL records in the
// shared registry the servers the gateway reports the bot in, and marks a
// server left when the bot is removed from it, not when it is only
// unavailable.
func TestServeRegistersGuilds(t *testing.T) {
	url := pgtest.NewDatabase(t)
	d := discordtest.New(t)
	d.Token = base64.RawStdEncoding.EncodeToString([]byte(d.AppID)) + ".GxYzAb.abcdefghijklmnopqrstuvwxyz0123456789AB"
	env, _, _ := testEnv(map[string]string{
		"DISCORD_TOKEN": d.Token, "DISCORD_APP_ID": d.AppID, "PLANBOT_DATA": t.TempDir(), "PLANBOT_STATE_URL": url,
	})
	cfg, err := config.Load(nil, env.getenv, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- serveGateway(ctx, cfg, zaptest.NewLogger(t, zaptest.Level(testLogLevel)), d.Client()) }()
	defer func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	d.WaitReady(1)
	pg, err := postgres.Open(context.Background(), url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	guild := func(id string) (postgres.Guild, bool) {
		gs, err := pg.Guilds(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			if g.ID == id {
				return g, true
			}
		}
		return postgres.Guild{}, false
	}
	const id = "1100000000000000900"
	if err := d.Dispatch("GUILD_CREATE", map[string]any{"id": id, "name": "Harbour council", "joined_at": "2026-11-30T10:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the server the bot joined is not registered", func() bool {
		g, ok := guild(id)
		return ok && g.Name == "Harbour council" && g.LeftAt.IsZero()
	})
	if err := d.Dispatch("GUILD_DELETE", map[string]any{"id": id, "unavailable": true}); err != nil {
		t.Fatal(err)
	}
	// A later event, waited for: discordgo runs handlers concurrently, so
	// this does not prove the outage was handled first, but it is a long
	// time for the outage's handler to still be pending.
	if err := d.Dispatch("GUILD_CREATE", map[string]any{"id": "1100000000000000901", "name": "Grain board"}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "a second server is not registered", func() bool { _, ok := guild("1100000000000000901"); return ok })
	if g, _ := guild(id); !g.LeftAt.IsZero() {
		t.Error("an outage (unavailable) marked the server left")
	}
	if err := d.Dispatch("GUILD_DELETE", map[string]any{"id": id}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the server the bot was removed from is not marked left", func() bool {
		g, ok := guild(id)
		return ok && !g.LeftAt.IsZero()
	})
}
