package intake

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"planbot/corpus"
	"planbot/corpus/web"
	"planbot/internal/ptytest"
	"planbot/internal/testtree"
)

// article is generated article number n in one of three formats, with
// text unique to n so every article is a distinct document.
func article(n int, format string) string {
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

// generate writes n articles into dir: half HTML, a quarter each
// Markdown and text.
func generate(t testing.TB, dir string, n int) {
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
		if err := os.WriteFile(path, []byte(article(i, format)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestPaths(t *testing.T) {
	dir := t.TempDir()
	generate(t, filepath.Join(dir, "news"), 8)
	// A copy of article 0 under another name is a duplicate; hidden files,
	// other types and unparsable documents are skipped or reported.
	copyOf := article(0, "html")
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
	testtree.Write(t, dir, files)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, article(100, "html"))
		case "/same-story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, article(100, "html"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	store, err := corpus.OpenStore(filepath.Join(dir, "data", "docs"))
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	var indexed []string
	sum, err := Run(context.Background(), store, []string{
		filepath.Join(dir, "news"),
		filepath.Join(dir, "single", "statement.txt"),
		filepath.Join(dir, "single", "unsupported.docx"),
		filepath.Join(dir, "missing"),
		srv.URL + "/story",
		srv.URL + "/same-story",
		srv.URL + "/gone",
	}, Options{
		Fetch: web.Config{AllowPrivate: true},
		Log:   &log,
		OnAdded: func(_ context.Context, r corpus.PutResult) error {
			indexed = append(indexed, r.Doc.Source.ID)
			return nil
		},
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
	again, err := Run(context.Background(), store, []string{filepath.Join(dir, "news")}, Options{})
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
	sum, err := Run(context.Background(), store, []string{srv.URL + "/"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Reason, "address is not public") || hit {
		t.Errorf("failures %+v, server hit %v", sum.Failures, hit)
	}
}

// TestIngestPathsInterrupted: an interruption stops the run after the
// batch being stored (batchDocs documents at most, flushed to disk
// together), and what the summary reports added is exactly what is stored.
func TestIngestPathsInterrupted(t *testing.T) {
	dir := t.TempDir()
	total := batchDocs + 40 // more than one batch
	generate(t, dir, total)
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	sum, err := Run(ctx, store, []string{dir}, Options{OnAdded: func(context.Context, corpus.PutResult) error {
		if n++; n == 5 {
			cancel()
		}
		return nil
	}})
	if err == nil || len(sum.Added) < 5 || len(sum.Added) >= total {
		t.Errorf("err = %v, added %d of %d; want an interruption after 5 or more", err, len(sum.Added), total)
	}
	// Every stored document is complete: reopening the store reads them all.
	reopened, err := corpus.OpenStore(store.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if got := len(reopened.Documents()) - len(corpus.Seed()); got != len(sum.Added) {
		t.Errorf("reopened store holds %d documents, the summary says %d were added", got, len(sum.Added))
	}
}

func TestWebProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, 10)
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
//	go test ./intake -run '^$' -bench IngestFolder -benchtime 3x
func BenchmarkIngestFolder(b *testing.B) {
	const n = 1000
	src := b.TempDir()
	generate(b, src, n)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		store, err := corpus.OpenStore(filepath.Join(b.TempDir(), fmt.Sprint("docs", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(context.Background(), store, []string{src}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(sum.Added) != n {
			b.Fatalf("added %d of %d: %+v", len(sum.Added), n, sum.Failures[:min(3, len(sum.Failures))])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestWebProgressOnTerminal(t *testing.T) {
	master, tty := ptytest.Open(t)
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 24, Col: 60}); err != nil {
		t.Skipf("set window size: %v", err)
	}
	p := newProgress(tty, 4)
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

// TestRunBoundsAndRefuses runs a folder holding a FIFO, a symlink to
// /dev/zero and a sparse 1 GiB file beside real documents, with a memory
// budget smaller than two documents: the specials are refused without
// blocking, the large file is refused before it is read, and the rest is
// stored in order without the budget deadlocking the workers.
func TestRunBoundsAndRefuses(t *testing.T) {
	dir := t.TempDir()
	generate(t, dir, 12)
	if err := syscall.Mkfifo(filepath.Join(dir, "00", "pipe.txt"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "00", "zero.md")); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "00", "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	done := make(chan struct{})
	var sum Summary
	go func() {
		defer close(done)
		sum, err = Run(context.Background(), store, []string{dir}, Options{Log: &log, Workers: 8, MemoryBudget: 1500})
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Run blocked")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Added) != 12 || len(sum.Failures) != 3 {
		t.Fatalf("added %d, failures %+v\n%s", len(sum.Added), sum.Failures, log.String())
	}
	for _, want := range []string{"pipe.txt: not a regular file (a FIFO)", "zero.md: not a regular file (a character device)", "huge.txt is 1024.0 MiB: larger than the size limit"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	// Input order: the order Collect lists the files in.
	inputs, _ := Collect([]string{dir})
	var want []string
	for _, in := range inputs {
		if n, ok := strings.CutPrefix(strings.TrimSuffix(filepath.Base(in.Name), filepath.Ext(in.Name)), "article-"); ok {
			i, _ := strconv.Atoi(n)
			want = append(want, fmt.Sprintf("Round %d of talks", i))
		}
	}
	for i, d := range sum.Added {
		if !strings.HasPrefix(d.Source.Title, want[i]) {
			t.Errorf("added[%d] = %q, want input order (%s...)", i, d.Source.Title, want[i])
		}
	}
}

func TestRunEscapesNamesAndSaysWhenNothingWasFound(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\n\x1b[31mname.txt")
	if err := os.WriteFile(name, []byte("A short note about the weather in the capital, with nothing else in it.\n\nA second paragraph about the rain.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	var log, out bytes.Buffer
	sum, err := Run(context.Background(), store, []string{dir}, Options{Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	sum.Write(&out)
	if strings.Contains(log.String(), "\x1b") || !strings.Contains(log.String(), `evil\n\x1b[31mname.txt`) {
		t.Errorf("name not escaped:\n%q", log.String())
	}
	if sum.Empty != 1 || !strings.Contains(log.String(), "no provision and no statement found (its 2 passages are still searchable)") {
		t.Errorf("empty %d, log:\n%s", sum.Empty, log.String())
	}
	if !strings.Contains(out.String(), "with neither        1") {
		t.Errorf("summary:\n%s", out.String())
	}
}

func TestRunReportsReplaced(t *testing.T) {
	dir := t.TempDir()
	generate(t, dir, 2)
	store, err := corpus.OpenStore(filepath.Join(t.TempDir(), "docs"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := Run(context.Background(), store, []string{dir}, Options{})
	if err != nil || len(first.Added) != 2 {
		t.Fatalf("first ingest: %d added, %v", len(first.Added), err)
	}
	// New versions of both files: the same names, other text.
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, []byte(strings.ReplaceAll(string(data), "talks", "negotiations")), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	var log, out bytes.Buffer
	var hooked []corpus.PutResult
	sum, err := Run(context.Background(), store, []string{dir}, Options{Log: &log,
		OnAdded: func(_ context.Context, r corpus.PutResult) error { hooked = append(hooked, r); return nil }})
	if err != nil {
		t.Fatal(err)
	}
	sum.Write(&out)
	if len(sum.Replaced) != 2 || len(hooked) != 2 || len(hooked[0].Replaced) != 1 {
		t.Errorf("replaced %d, hooked %+v", len(sum.Replaced), hooked)
	}
	if !strings.Contains(log.String(), "replaced ") || !strings.Contains(log.String(), "(replaces "+first.Added[0].Source.ID) {
		t.Errorf("log:\n%s", log.String())
	}
	if !strings.Contains(out.String(), "sources added       0") || !strings.Contains(out.String(), "sources replaced    2") {
		t.Errorf("summary:\n%s", out.String())
	}
}
