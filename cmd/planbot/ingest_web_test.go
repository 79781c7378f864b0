package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// webArticle is generated article number n in one of three formats, with
// text unique to n so every article is a distinct document.
func webArticle(n int, format string) string {
	places := []string{"Geneva", "Istanbul", "Riyadh", "Brussels", "Warsaw"}
	place := places[n%len(places)]
	lead := fmt.Sprintf("Delegations met in %s for round %d of talks on the draft peace framework, officials said, describing the session as long but constructive.", place, n)
	points := []string{
		fmt.Sprintf("A ceasefire along the line of contact, to be reviewed after %d days.", 30+n%60),
		fmt.Sprintf("Security guarantees for Ukraine from a group of %d partner states.", 5+n%20),
		fmt.Sprintf("An exchange of prisoners of war in %d stages.", 2+n%5),
	}
	closing := fmt.Sprintf("A further round is expected within %d weeks, according to a statement issued after meeting number %d.", 1+n%4, n)
	title := fmt.Sprintf("Round %d of talks in %s", n, place)
	switch format {
	case "html":
		var b strings.Builder
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><title>%s</title><meta property="og:site_name" content="Generated Wire"><meta property="article:published_time" content="2025-11-%02dT10:00:00Z"><script>track("SCRIPT-MARKER")</script></head><body>`, title, 1+n%28)
		b.WriteString(`<nav><a href="/">NAV-MARKER Home</a><a href="/world">World</a></nav><div class="cookie">We use cookies. <button>OK</button></div><main><article>`)
		fmt.Fprintf(&b, "<h1>%s</h1><p>%s</p><p>The draft under discussion includes these points:</p><ol>", title, lead)
		for _, p := range points {
			fmt.Fprintf(&b, "<li>%s</li>", p)
		}
		fmt.Fprintf(&b, "</ol><p>%s</p></article><aside>ASIDE-MARKER Most read</aside></main><footer>FOOTER-MARKER Generated Wire</footer></body></html>", closing)
		return b.String()
	case "md":
		return fmt.Sprintf("---\ntitle: %s\noutlet: Generated Wire\npublished: 2025-11-%02d\n---\n\n%s\n\nThe draft under discussion includes these points:\n\n1. %s\n2. %s\n3. %s\n\n%s\n", title, 1+n%28, lead, points[0], points[1], points[2], closing)
	default:
		return fmt.Sprintf("%s\n%s\nThe draft under discussion includes these points:\n1. %s\n2. %s\n3. %s\n%s\n", title, lead, points[0], points[1], points[2], closing)
	}
}

// webGenerate writes n articles into dir: half HTML, a quarter each
// Markdown and text.
func webGenerate(t testing.TB, dir string, n int) {
	t.Helper()
	for i := range n {
		format, ext := "html", ".html"
		switch i % 4 {
		case 1:
			format, ext = "md", ".md"
		case 3:
			format, ext = "txt", ".txt"
		}
		path := filepath.Join(dir, fmt.Sprintf("%02d", i%10), fmt.Sprintf("article-%04d%s", i, ext))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(webArticle(i, format)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func webTestEnv() (*cliEnv, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &cliEnv{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}, &out, &errb
}

func TestIngestPaths(t *testing.T) {
	dir := t.TempDir()
	webGenerate(t, filepath.Join(dir, "news"), 8)
	// A copy of article 0 under another name is a duplicate; hidden files,
	// other types and unparsable documents are skipped or reported.
	copyOf := webArticle(0, "html")
	files := map[string]string{
		"news/copy-of-0.htm":      copyOf,
		"news/.hidden/secret.txt": "Should not be read.",
		"news/.draft.md":          "Should not be read.",
		"news/scan.pdf":           "%PDF-1.4",
		"news/zz-broken.md":       "---\ntitle: no closing line\n\nBody.\n",
		"news/zz-empty.html":      "<html><body><nav>Menu</nav></body></html>",
		"single/statement.txt":    "Foreign ministers met in Brussels on Tuesday to discuss the draft peace plan and the security guarantees it offers.\n",
		"single/unsupported.docx": "PK",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, webArticle(100, "html"))
		case "/same-story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, webArticle(100, "html"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	store, err := corpus.OpenStore(filepath.Join(dir, "data", "docs"))
	if err != nil {
		t.Fatal(err)
	}
	env, _, _ := webTestEnv()
	var log bytes.Buffer
	var indexed []string
	sum, err := ingestPaths(context.Background(), env, store, []string{
		filepath.Join(dir, "news"),
		filepath.Join(dir, "single", "statement.txt"),
		filepath.Join(dir, "single", "unsupported.docx"),
		filepath.Join(dir, "missing"),
		srv.URL + "/story",
		srv.URL + "/same-story",
		srv.URL + "/gone",
	}, webIngestOptions{
		Fetch:   web.Config{AllowPrivate: true},
		Log:     &log,
		OnAdded: func(d *corpus.Document) error { indexed = append(indexed, d.Source.ID); return nil },
		Workers: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	// 8 generated + copy + broken + empty (in news), statement, the
	// fetched story: 10 added; the copy and the same story: 2 duplicates;
	// broken, empty, docx, missing and gone: 5 failures (the .pdf in a
	// folder is not picked up).
	if len(sum.Added) != 10 || sum.Duplicates != 2 || len(sum.Failures) != 5 || sum.Documents != 17 {
		t.Errorf("added %d, duplicates %d, failures %d of %d documents\n%s", len(sum.Added), sum.Duplicates, len(sum.Failures), sum.Documents, log.String())
	}
	if len(indexed) != len(sum.Added) {
		t.Errorf("OnAdded ran %d times for %d added", len(indexed), len(sum.Added))
	}
	if sum.Provisions != 27 { // three numbered points in each of the 9 generated-style articles
		t.Errorf("provisions = %d, want 27", sum.Provisions)
	}
	for _, d := range sum.Added {
		if strings.Contains(d.Body, "MARKER") || strings.Contains(d.Body, "cookies") {
			t.Errorf("%s kept boilerplate: %q", d.Source.Title, d.Body)
		}
	}
	var first *corpus.Document
	for _, d := range sum.Added {
		if d.Source.Title == "Round 0 of talks in Geneva" {
			first = d
		}
	}
	if first == nil || first.Source.Outlet != "Generated Wire" || first.Source.Published != "2025-11-01" {
		t.Errorf("article 0 = %+v", first)
	}
	var out bytes.Buffer
	sum.Write(&out)
	for _, want := range []string{
		"sources added       10", "duplicates skipped  2", "failed              5",
		"zz-broken.md: parse zz-broken.md: front matter: opening --- has no closing --- line",
		"zz-empty.html: no article text found",
		"unsupported.docx: unsupported file type",
		srv.URL + "/gone: GET " + srv.URL + "/gone: HTTP 404 Not Found",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(log.String(), "secret") || strings.Contains(log.String(), ".draft") {
		t.Errorf("hidden files were read:\n%s", log.String())
	}

	// Running again adds nothing: everything is a duplicate or fails again.
	again, err := ingestPaths(context.Background(), env, store, []string{filepath.Join(dir, "news")}, webIngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Added) != 0 || again.Duplicates != 9 {
		t.Errorf("second run: added %d, duplicates %d", len(again.Added), again.Duplicates)
	}
}

func TestIngestPathsRefusesLoopbackByDefault(t *testing.T) {
	hit := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hit = true }))
	defer srv.Close()
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	env, _, _ := webTestEnv()
	sum, err := ingestPaths(context.Background(), env, store, []string{srv.URL + "/"}, webIngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Reason, "address is not public") || hit {
		t.Errorf("failures %+v, server hit %v", sum.Failures, hit)
	}
}

func TestIngestPathsInterrupted(t *testing.T) {
	dir := t.TempDir()
	webGenerate(t, dir, 20)
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	env, _, _ := webTestEnv()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	sum, err := ingestPaths(ctx, env, store, []string{dir}, webIngestOptions{OnAdded: func(*corpus.Document) error {
		if n++; n == 5 {
			cancel()
		}
		return nil
	}})
	if err == nil || len(sum.Added) != 5 {
		t.Errorf("err = %v, added %d; want an interruption after 5", err, len(sum.Added))
	}
	// Every stored document is complete: reopening the store reads them all.
	reopened, err := corpus.OpenStore(store.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if got := len(reopened.Documents()) - len(corpus.Seed()); got != 5 {
		t.Errorf("reopened store holds %d documents, want 5", got)
	}
}

func TestWebProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newWebProgress(&buf, 10)
	p.update(5, 5, 0, 0)
	p.done()
	if buf.Len() != 0 {
		t.Errorf("progress drawn to a non-terminal: %q", buf.String())
	}
}

// BenchmarkIngestFolder ingests 1,000 generated articles (half HTML with
// boilerplate, a quarter each Markdown and text) from a folder into an
// empty store, reporting articles/s.
//
//	go test ./cmd/planbot -run '^$' -bench IngestFolder -benchtime 3x
func BenchmarkIngestFolder(b *testing.B) {
	const n = 1000
	src := b.TempDir()
	webGenerate(b, src, n)
	env, _, _ := webTestEnv()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		store, err := corpus.OpenStore(filepath.Join(b.TempDir(), fmt.Sprint("docs", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := ingestPaths(context.Background(), env, store, []string{src}, webIngestOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(sum.Added) != n {
			b.Fatalf("added %d of %d: %+v", len(sum.Added), n, sum.Failures[:min(3, len(sum.Failures))])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestNewFeedPollerFromConfig(t *testing.T) {
	data := t.TempDir()
	store, err := corpus.OpenStore(filepath.Join(data, "docs"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &Config{Fetch: FetchConfig{MaxBytes: 1 << 20, MaxRedirects: 3, AllowPrivateAddresses: true},
		Feeds: []FeedConfig{{URL: "https://news.example/rss.xml", Interval: time.Hour}}}
	client := web.New(cfg.WebConfig(nil))
	if c := client.Config(); c.MaxBytes != 1<<20 || c.MaxRedirects != 3 || !c.AllowPrivate || c.Timeout != web.DefaultTimeout {
		t.Errorf("client config = %+v", c)
	}
	p, err := newFeedPoller(data, cfg.FeedSources(), client, store, true, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if l := p.List(); len(l) != 1 || l[0].URL != "https://news.example/rss.xml" || l[0].Interval != time.Hour || !l[0].FromConfig {
		t.Errorf("List = %+v", l)
	}
	if _, err := os.Stat(filepath.Join(data, "feeds.json")); err != nil {
		t.Errorf("state file: %v", err)
	}
	if _, err := newFeedPoller(data, []feed.Source{{URL: "file:///etc/passwd"}}, client, store, false, nil, nil); err == nil {
		t.Error("a file: feed was accepted")
	}
}

func TestWebProgressOnTerminal(t *testing.T) {
	master, tty := openPTY(t)
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 24, Col: 60}); err != nil {
		t.Skipf("set window size: %v", err)
	}
	p := newWebProgress(tty, 4)
	for i := 1; i <= 4; i++ {
		p.update(i, i-1, 1, 0)
	}
	p.done()
	tty.Close()
	out, _ := io.ReadAll(master) // ends with EIO once the terminal end is closed
	text := string(out)
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n"), "\r")
	last := strings.TrimSuffix(lines[len(lines)-1], "\x1b[K")
	if !strings.HasPrefix(last, "[====") || !strings.Contains(last, " 4/4 ") || !strings.Contains(last, "added 3  dup 1  failed 0") {
		t.Errorf("final bar = %q (all output %q)", last, text)
	}
	if len([]rune(last)) > 59 {
		t.Errorf("bar is %d wide on a 60-column terminal: %q", len([]rune(last)), last)
	}
	if !strings.HasSuffix(text, "\n") {
		t.Errorf("the bar's line is not ended: %q", text)
	}
}
