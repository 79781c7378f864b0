package feed

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"planbot/corpus"
	"planbot/corpus/web"
)

// memStore is an in-memory stand-in for corpus.Store with the same
// contract: parse, then skip a duplicate by content hash.
type memStore struct {
	mu   sync.Mutex
	docs map[string]*corpus.Document
}

func newMemStore() *memStore { return &memStore{docs: map[string]*corpus.Document{}} }

func (s *memStore) Add(data []byte, opts corpus.ParseOptions) (*corpus.Document, bool, error) {
	doc, err := corpus.Parse(data, opts)
	if err != nil {
		return nil, false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.docs[doc.Source.Hash]; ok {
		return old, false, nil
	}
	s.docs[doc.Source.Hash] = doc
	return doc, true, nil
}

func (s *memStore) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs)
}

// site is a news site on loopback: a feed and article pages, all mutable,
// counting full and conditional feed responses.
type site struct {
	srv       *httptest.Server
	mu        sync.Mutex
	feed      string            // Atom or RSS; "{base}" is replaced by the server URL
	pages     map[string]string // path -> HTML
	etag      string            // "" disables conditional answers
	feedFull  atomic.Int32
	feed304   atomic.Int32
	pageFetch atomic.Int32
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]string{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == "/feed.xml" {
		if s.etag != "" {
			w.Header().Set("ETag", s.etag)
			if r.Header.Get("If-None-Match") == s.etag {
				s.feed304.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		s.feedFull.Add(1)
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, strings.ReplaceAll(s.feed, "{base}", s.srv.URL))
		return
	}
	if r.URL.Path == "/moved" {
		http.Redirect(w, r, "/story/1", http.StatusMovedPermanently)
		return
	}
	page, ok := s.pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.pageFetch.Add(1)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

func (s *site) set(feed string, etag string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feed, s.etag = feed, etag
}

func (s *site) page(path, html string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = html
}

// entry is one Atom entry of a test feed.
type entry struct {
	path, title, updated string
}

func atom(entries ...entry) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lakeside Courier: World</title><id>urn:test:feed</id><updated>2025-11-25T08:00:00Z</updated>`)
	for _, e := range entries {
		fmt.Fprintf(&b, `<entry><title>%s</title><id>urn:test:%s</id><link href="{base}%s"/><published>2025-11-2%sT07:00:00Z</published><updated>%s</updated><summary>Summary.</summary></entry>`,
			html.EscapeString(e.title), e.path, e.path, e.path[len(e.path)-1:], e.updated)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

// article is a news page with boilerplate around paragraphs of text.
func article(title string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>%s</title><meta property="og:site_name" content="The Lakeside Courier"><script>var nav="SCRIPT-MARKER";</script></head><body>
<nav><a href="/">NAV-MARKER Home</a> <a href="/world">World</a></nav><article><h1>%s</h1>`, title, title)
	for _, p := range paras {
		if strings.HasPrefix(p, "1. ") {
			b.WriteString("<ol>")
			for _, it := range strings.Split(p, "|") {
				fmt.Fprintf(&b, "<li>%s</li>", html.EscapeString(strings.TrimSpace(it[3:])))
			}
			b.WriteString("</ol>")
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString(`</article><footer>FOOTER-MARKER Copyright</footer></body></html>`)
	return b.String()
}

var (
	story1 = article("Talks resume in Geneva",
		"Negotiators from the United States and Ukraine met again in Geneva on Monday to work through the remaining differences over the draft peace framework, officials said.",
		"The current draft was said to contain the following points among others:",
		"1. A ceasefire along the line of contact.|2. Security guarantees from partner states.|3. An exchange of all prisoners of war.",
		"Officials said further meetings were planned before the end of the week.")
	story2v1 = article("Europeans prepare counter-proposal",
		"European governments are preparing their own version of the peace plan, with changes to the clauses on sanctions and frozen assets, diplomats said on Tuesday.",
		"The diplomats said the text would insist that any limit on the size of Ukraine's armed forces be set higher than in the American draft.")
	story2v2 = article("Europeans present counter-proposal",
		"European governments presented their own version of the peace plan on Wednesday, with changes to the clauses on sanctions and frozen assets, diplomats said.",
		"The text sets a higher cap on the size of Ukraine's armed forces than the American draft and leaves NATO membership to a later decision.")
	story3 = article("Prisoner exchange discussed",
		"Officials on both sides said the exchange of prisoners of war could begin within weeks if the ceasefire holds, according to a mediator close to the talks.",
		"The mediator said humanitarian corridors for civilians would also be on the agenda at the next round.")
	offTopic = article("Flower show draws record crowd",
		"The annual flower show in Lindenbrook drew a record crowd on Saturday, with prize roses, a pie contest and a brass band playing on the green.",
		"Organisers said the marquee would stay up until Sunday evening so that visitors could see the winning displays.")
)

func newPoller(t *testing.T, s *site, cfg Config) (*Poller, *memStore) {
	t.Helper()
	st := newMemStore()
	if cfg.Store == nil {
		cfg.Store = st
	}
	if cfg.Client == nil {
		cfg.Client = web.New(web.Config{AllowPrivate: true})
	}
	if cfg.StatePath == "" {
		cfg.StatePath = filepath.Join(t.TempDir(), "feeds.json")
	}
	if cfg.Feeds == nil && s != nil {
		cfg.Feeds = []Source{{URL: s.srv.URL + "/feed.xml"}}
	}
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p, st
}

func poll(t *testing.T, p *Poller, u string) Result {
	t.Helper()
	res, err := p.Poll(context.Background(), "", u)
	if err != nil {
		t.Fatalf("poll %s: %v", u, err)
	}
	return res
}

func titles(docs []*corpus.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Source.Title)
	}
	return out
}

func TestNewRepeatedAndUpdatedEntries(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/story/2", story2v1)
	s.set(atom(
		entry{"/story/1", "Talks resume in Geneva", "2025-11-24T07:00:00Z"},
		entry{"/story/2", "Europeans prepare counter-proposal", "2025-11-25T07:00:00Z"},
	), "")
	statePath := filepath.Join(t.TempDir(), "feeds.json")
	var hooked []string
	p, store := newPoller(t, s, Config{StatePath: statePath, OnAdded: func(_ context.Context, d *corpus.Document, e Entry) {
		hooked = append(hooked, e.URL)
	}})
	feedURL := s.srv.URL + "/feed.xml"

	res := poll(t, p, feedURL)
	if got := titles(res.Added); strings.Join(got, "|") != "Talks resume in Geneva|Europeans prepare counter-proposal" {
		t.Fatalf("first poll added %q", got)
	}
	if len(hooked) != 2 || hooked[0] != s.srv.URL+"/story/1" {
		t.Errorf("OnAdded saw %q", hooked)
	}
	if d := res.Added[0]; d.Source.URL != s.srv.URL+"/story/1" || d.Source.Outlet != "The Lakeside Courier" || len(d.Provisions) != 3 {
		t.Errorf("story 1 = %+v with %d provisions", d.Source, len(d.Provisions))
	}
	if strings.Contains(res.Added[0].Body, "MARKER") {
		t.Errorf("boilerplate in body: %q", res.Added[0].Body)
	}

	// The same feed again: every entry is repeated, no page is fetched.
	fetches := s.pageFetch.Load()
	res = poll(t, p, feedURL)
	if len(res.Added) != 0 || res.Seen != 2 || s.pageFetch.Load() != fetches {
		t.Errorf("repeat poll: added %d, seen %d, page fetches %d -> %d", len(res.Added), res.Seen, fetches, s.pageFetch.Load())
	}

	// Story 2 is updated with new text, story 1's entry is touched with the
	// same text, story 3 is new.
	s.page("/story/2", story2v2)
	s.page("/story/3", story3)
	s.set(atom(
		entry{"/story/1", "Talks resume in Geneva", "2025-11-26T09:00:00Z"},
		entry{"/story/2", "Europeans present counter-proposal", "2025-11-26T08:00:00Z"},
		entry{"/story/3", "Prisoner exchange discussed", "2025-11-26T07:00:00Z"},
	), "")
	res = poll(t, p, feedURL)
	if got := titles(res.Added); strings.Join(got, "|") != "Europeans present counter-proposal|Prisoner exchange discussed" {
		t.Errorf("update poll added %q", got)
	}
	if res.Duplicates != 1 || res.Seen != 0 || len(res.Failures) != 0 {
		t.Errorf("update poll: duplicates %d, seen %d, failures %v", res.Duplicates, res.Seen, res.Failures)
	}
	if store.len() != 4 {
		t.Errorf("store holds %d documents, want 4", store.len())
	}

	// After a restart, from the state file alone, nothing is new.
	p2, store2 := newPoller(t, s, Config{StatePath: statePath})
	res = poll(t, p2, feedURL)
	if len(res.Added) != 0 || res.Seen != 3 || store2.len() != 0 {
		t.Errorf("after restart: added %d, seen %d, stored %d", len(res.Added), res.Seen, store2.len())
	}
	if info := p2.List(""); len(info) != 1 || info[0].Ingested != 4 || info[0].Title != "Lakeside Courier: World" || !info[0].FromConfig {
		t.Errorf("List after restart = %+v", info)
	}
}

func TestNotModified(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.set(atom(entry{"/story/1", "Talks resume in Geneva", "2025-11-24T07:00:00Z"}), `"rev-1"`)
	p, _ := newPoller(t, s, Config{})
	feedURL := s.srv.URL + "/feed.xml"
	if res := poll(t, p, feedURL); len(res.Added) != 1 || res.NotModified {
		t.Fatalf("first poll: %+v", res)
	}
	res := poll(t, p, feedURL)
	if !res.NotModified || len(res.Added) != 0 {
		t.Errorf("second poll: %+v, want NotModified", res)
	}
	if s.feedFull.Load() != 1 || s.feed304.Load() != 1 {
		t.Errorf("full responses %d, 304s %d; want 1 and 1", s.feedFull.Load(), s.feed304.Load())
	}
	// A new revision is fetched in full again.
	s.page("/story/3", story3)
	s.set(atom(entry{"/story/1", "Talks resume in Geneva", "2025-11-24T07:00:00Z"}, entry{"/story/3", "Prisoner exchange discussed", "2025-11-26T07:00:00Z"}), `"rev-2"`)
	if res := poll(t, p, feedURL); res.NotModified || len(res.Added) != 1 || res.Seen != 1 {
		t.Errorf("third poll: %+v", res)
	}
}

func TestDuplicateUnderSecondURL(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/syndicated/1", story1) // the same article on another path
	s.set(atom(
		entry{"/story/1", "Talks resume in Geneva", "2025-11-24T07:00:00Z"},
		entry{"/syndicated/1", "Talks resume in Geneva (syndicated)", "2025-11-25T07:00:00Z"},
		entry{"/moved", "Talks resume (moved)", "2025-11-26T07:00:00Z"},
	), "")
	p, store := newPoller(t, s, Config{})
	res := poll(t, p, s.srv.URL+"/feed.xml")
	if len(res.Added) != 1 || res.Duplicates != 2 || store.len() != 1 {
		t.Errorf("added %d, duplicates %d, stored %d; want 1, 2, 1", len(res.Added), res.Duplicates, store.len())
	}
}

func TestOnTopicFilter(t *testing.T) {
	for _, only := range []bool{true, false} {
		t.Run(fmt.Sprint("OnTopicOnly=", only), func(t *testing.T) {
			s := newSite(t)
			s.page("/story/1", story1)
			s.page("/local/2", offTopic)
			s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}, entry{"/local/2", "Flowers", "2025-11-25T07:00:00Z"}), "")
			p, _ := newPoller(t, s, Config{OnTopicOnly: only})
			res := poll(t, p, s.srv.URL+"/feed.xml")
			wantAdded, wantOff := 1, 1
			if !only {
				wantAdded, wantOff = 2, 0
			}
			if len(res.Added) != wantAdded || res.OffTopic != wantOff {
				t.Errorf("added %q, off topic %d; want %d, %d", titles(res.Added), res.OffTopic, wantAdded, wantOff)
			}
		})
	}
}

func TestFailingEntryRetriedThenGivenUp(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/empty/2", `<html><body><nav>Home</nav><script>x()</script></body></html>`) // no article: stored nowhere
	s.set(atom(
		entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"},
		entry{"/empty/2", "Empty", "2025-11-25T07:00:00Z"},
		entry{"/gone/3", "Gone", "2025-11-26T07:00:00Z"},
	), "")
	p, store := newPoller(t, s, Config{MaxAttempts: 2})
	u := s.srv.URL + "/feed.xml"
	res := poll(t, p, u)
	if len(res.Added) != 1 || len(res.Failures) != 2 {
		t.Fatalf("first poll: added %d, failures %v", len(res.Added), res.Failures)
	}
	var se *web.StatusError
	if !errors.As(res.Failures[1].Err, &se) || se.Code != 404 {
		t.Errorf("missing page failure = %v", res.Failures[1].Err)
	}
	if res = poll(t, p, u); len(res.Failures) != 2 || res.Seen != 1 {
		t.Errorf("second poll retries: failures %d, seen %d", len(res.Failures), res.Seen)
	}
	if res = poll(t, p, u); len(res.Failures) != 0 || res.Seen != 3 {
		t.Errorf("third poll gave up: failures %d, seen %d", len(res.Failures), res.Seen)
	}
	if store.len() != 1 {
		t.Errorf("stored %d documents, want 1", store.len())
	}
}

func TestMaxPerPollDefers(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/story/2", story2v1)
	s.page("/story/3", story3)
	s.set(atom(entry{"/story/3", "c", "2025-11-26T07:00:00Z"}, entry{"/story/1", "a", "2025-11-24T07:00:00Z"}, entry{"/story/2", "b", "2025-11-25T07:00:00Z"}), "")
	p, _ := newPoller(t, s, Config{MaxPerPoll: 2})
	u := s.srv.URL + "/feed.xml"
	res := poll(t, p, u)
	if got := titles(res.Added); len(got) != 2 || got[0] != "Talks resume in Geneva" || res.Deferred != 1 {
		t.Errorf("first poll added %q (oldest first), deferred %d", got, res.Deferred)
	}
	if res = poll(t, p, u); len(res.Added) != 1 || res.Added[0].Source.Title != "Prisoner exchange discussed" {
		t.Errorf("second poll added %q", titles(res.Added))
	}
}

func TestAddRemoveList(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}), "")
	configured := s.srv.URL + "/feed.xml"
	p, _ := newPoller(t, s, Config{})
	ctx := context.Background()

	// A second subscription to the same feed under another spelling.
	if _, err := p.Add(ctx, "", strings.Replace(configured, "127.0.0.1", "127.0.0.1", 1)+"#frag", "mod"); !errors.Is(err, ErrExists) {
		t.Errorf("re-adding the configured feed: %v, want ErrExists", err)
	}
	if _, err := p.Add(ctx, "", s.srv.URL+"/story/1", "mod"); !errors.Is(err, ErrNotAFeed) {
		t.Errorf("adding a page: %v, want ErrNotAFeed", err)
	}
	if _, err := p.Add(ctx, "", "ftp://example.org/feed", "mod"); !errors.Is(err, web.ErrScheme) {
		t.Errorf("adding ftp: %v, want ErrScheme", err)
	}
	if err := p.Remove("", configured); !errors.Is(err, ErrConfigured) {
		t.Errorf("removing the configured feed: %v, want ErrConfigured", err)
	}
	if err := p.Remove("", "https://example.org/none.xml"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing an unknown feed: %v, want ErrNotFound", err)
	}

	// Subscribe to the same site under a query string: a different feed URL.
	other := s.srv.URL + "/feed.xml?section=world"
	info, err := p.Add(ctx, "", other, "mod-123")
	if err != nil {
		t.Fatal(err)
	}
	if info.Title != "Lakeside Courier: World" || info.AddedBy != "mod-123" || info.Interval != DefaultInterval {
		t.Errorf("Add = %+v", info)
	}
	if l := p.List(""); len(l) != 2 || l[1].URL != other {
		t.Errorf("List = %+v", l)
	}
	if err := p.Remove("", other); err != nil {
		t.Fatal(err)
	}
	if l := p.List(""); len(l) != 1 {
		t.Errorf("List after remove = %+v", l)
	}
}

func TestLoopbackFeedRefusedWithoutAllowPrivate(t *testing.T) {
	s := newSite(t)
	s.set(atom(), "")
	p, _ := newPoller(t, nil, Config{Client: web.New(web.Config{}), Feeds: []Source{}})
	if _, err := p.Add(context.Background(), "", s.srv.URL+"/feed.xml", "mod"); !errors.Is(err, web.ErrBlockedAddress) {
		t.Errorf("Add loopback feed: %v, want ErrBlockedAddress", err)
	}
	if s.feedFull.Load() != 0 {
		t.Error("the loopback server was reached")
	}
}

func TestRunPollsAndStops(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}), "")
	added := make(chan string, 4)
	tick := make(chan time.Time)
	p, _ := newPoller(t, s, Config{
		OnAdded: func(_ context.Context, d *corpus.Document, _ Entry) { added <- d.Source.Title },
		After:   func(time.Duration) <-chan time.Time { return tick },
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	if got := <-added; got != "Talks resume in Geneva" {
		t.Errorf("Run added %q", got)
	}
	// A feed added while running is polled at once, not when the timer fires.
	s.page("/story/3", story3)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}, entry{"/story/3", "Prisoners", "2025-11-26T07:00:00Z"}), "")
	if _, err := p.Add(ctx, "", s.srv.URL+"/feed.xml?section=world", "mod"); err != nil {
		t.Fatal(err)
	}
	if got := <-added; got != "Prisoner exchange discussed" {
		t.Errorf("Run added %q after Add", got)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
}

// TestWithCorpusStore runs a poll against the real store: a document the
// store already holds (ingested another way) counts as a duplicate, and
// what the poller adds is on disk for the next process.
func TestWithCorpusStore(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/story/3", story3)
	s.set(atom(entry{"/story/1", "Talks", "2025-11-24T07:00:00Z"}, entry{"/story/3", "Prisoners", "2025-11-26T07:00:00Z"}), "")
	dir := filepath.Join(t.TempDir(), "docs")
	store, err := corpus.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	client := web.New(web.Config{AllowPrivate: true})
	text, final, err := client.FetchDocument(context.Background(), s.srv.URL+"/story/1")
	if err != nil {
		t.Fatal(err)
	}
	if _, added, err := store.Add(text, corpus.ParseOptions{Name: web.ParseName(final)}); err != nil || !added {
		t.Fatalf("pre-ingest: added=%v err=%v", added, err)
	}
	p, _ := newPoller(t, s, Config{Store: store, Client: client})
	res := poll(t, p, s.srv.URL+"/feed.xml")
	if len(res.Added) != 1 || res.Duplicates != 1 {
		t.Errorf("added %q, duplicates %d; want story 3 added and story 1 a duplicate", titles(res.Added), res.Duplicates)
	}
	reopened, err := corpus.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(reopened.Documents()) - len(corpus.Seed()); got != 2 {
		t.Errorf("reopened store holds %d documents, want 2", got)
	}
}

// TestRSSRelativeLinksAndGUIDs covers RSS 2.0: a relative link resolved
// against the feed, an entry with only a permalink GUID, and one with
// neither (reported, nothing fetched).
func TestRSSRelativeLinksAndGUIDs(t *testing.T) {
	s := newSite(t)
	s.page("/story/1", story1)
	s.page("/story/3", story3)
	s.set(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>{base}/</link><description>d</description>
<item><title>Relative</title><link>/story/1</link><pubDate>Mon, 24 Nov 2025 07:00:00 GMT</pubDate></item>
<item><title>GUID only</title><guid isPermaLink="true">{base}/story/3</guid><pubDate>Wed, 26 Nov 2025 07:00:00 GMT</pubDate></item>
<item><title>No link</title><description>Just text.</description></item>
</channel></rss>`, "")
	p, _ := newPoller(t, s, Config{})
	res := poll(t, p, s.srv.URL+"/feed.xml")
	if got := titles(res.Added); strings.Join(got, "|") != "Talks resume in Geneva|Prisoner exchange discussed" {
		t.Errorf("added %q", got)
	}
	if len(res.Failures) != 1 || !strings.Contains(res.Failures[0].Error(), "no link") {
		t.Errorf("failures = %v, want the entry without a link", res.Failures)
	}
	if d := res.Added[0]; d.Source.Published != "2025-11-24" {
		t.Errorf("published = %q, want the entry's date", d.Source.Published)
	}
}
