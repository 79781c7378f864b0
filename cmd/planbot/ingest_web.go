package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"
	"golang.org/x/term"

	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// webStore is what ingestPaths needs of *corpus.Store.
type webStore interface {
	Add(data []byte, opts corpus.ParseOptions) (doc *corpus.Document, added bool, err error)
}

var _ webStore = (*corpus.Store)(nil)

// webIngestOptions configures ingestPaths. The zero value ingests with the
// default parse options and safe fetch limits, printing nothing but what
// the caller prints from the summary.
type webIngestOptions struct {
	// Parse holds the fallbacks (Published, Plan, Lang, Now) applied to
	// every document; Name is set per document.
	Parse corpus.ParseOptions
	// Fetch configures fetching of http(s) arguments (limits, AllowPrivate).
	Fetch web.Config
	// Progress receives a progress bar when it is a terminal and more than
	// one document is ingested; nil means env.stderr.
	Progress io.Writer
	// NoProgress turns the progress bar off (e.g. with --quiet).
	NoProgress bool
	// Log receives one line per document ("added", "skipped", "FAILED");
	// nil means none.
	Log io.Writer
	// OnAdded is called for each newly stored document, in input order,
	// e.g. to index it. An error counts the document as added but is
	// reported among the failures.
	OnAdded func(doc *corpus.Document) error
	// Workers read, fetch and convert documents in parallel (storing stays
	// sequential, in input order); defaults to GOMAXPROCS, at most 8.
	Workers int
}

// webIngestSummary is what ingestPaths did.
type webIngestSummary struct {
	Documents  int                // inputs attempted: files found plus URLs
	Added      []*corpus.Document // newly stored, in input order
	Provisions int                // in the added documents
	Statements int                // in the added documents
	Duplicates int                // skipped: the corpus already had the text
	Failures   []webFailure       // in input order
	Elapsed    time.Duration
}

// webFailure is one input that could not be ingested, and why.
type webFailure struct {
	Path   string
	Reason string
}

// Write prints the summary for a person: the counts, the rate, then each
// failure with its reason.
func (s webIngestSummary) Write(w io.Writer) {
	rate := ""
	// A rate means something only over several documents.
	if secs := s.Elapsed.Seconds(); secs > 0 && s.Documents >= 10 {
		rate = fmt.Sprintf(", %.1f documents/s", float64(s.Documents)/secs)
	}
	fmt.Fprintf(w, "Ingested %d %s in %s%s:\n", s.Documents, pluralWord(s.Documents, "document"), s.Elapsed.Round(time.Millisecond), rate)
	fmt.Fprintf(w, "  sources added       %d\n", len(s.Added))
	fmt.Fprintf(w, "  provisions          %d\n", s.Provisions)
	fmt.Fprintf(w, "  statements          %d\n", s.Statements)
	fmt.Fprintf(w, "  duplicates skipped  %d\n", s.Duplicates)
	fmt.Fprintf(w, "  failed              %d\n", len(s.Failures))
	for _, f := range s.Failures {
		fmt.Fprintf(w, "    %s: %s\n", f.Path, f.Reason)
	}
}

func pluralWord(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

// webExtensions are the file types ingestPaths picks up in folders.
var webExtensions = append(append([]string{}, web.TextExtensions...), web.HTMLExtensions...)

// ingestPaths adds documents to the store: files (.txt, .md, .html),
// folders (searched recursively for those, hidden entries skipped, in
// name order) and http(s) URLs, fetched with corpus/web's safe client and
// their article extracted. Every input is reported in the summary; a
// document that fails to read, fetch or parse is a failure and is stored
// nowhere. The error is only for an interrupted run (ctx), returned with
// the summary so far.
func ingestPaths(ctx context.Context, env *cliEnv, store webStore, paths []string, opts webIngestOptions) (webIngestSummary, error) {
	start := time.Now()
	var sum webIngestSummary
	inputs, failures := webCollect(paths)
	sum.Failures = failures
	for _, f := range failures {
		webLogf(opts.Log, "FAILED  %s: %s\n", f.Path, f.Reason)
	}
	sum.Documents = len(inputs) + len(failures)

	workers := opts.Workers
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), 8)
	}
	var client *web.Client
	for _, in := range inputs {
		if in.url {
			client = web.New(opts.Fetch)
			break
		}
	}
	progress := opts.Progress
	if progress == nil {
		progress = env.stderr
	}
	if opts.NoProgress {
		progress = nil
	}
	bar := newWebProgress(progress, len(inputs))

	// Workers prepare inputs (read or fetch, convert to corpus text) at
	// most `window` ahead of the sequential store stage, which keeps
	// memory bounded and the results in input order.
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait() // workers finish their current input and stop
	}()
	window := workers * 4
	results := make([]chan webPrepared, len(inputs))
	for i := range results {
		results[i] = make(chan webPrepared, 1)
	}
	tokens := make(chan struct{}, window)
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] <- webPrepare(ctx, client, inputs[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	for i, in := range inputs {
		var p webPrepared
		select {
		case p = <-results[i]:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			err = fmt.Errorf("ingest interrupted after %d of %d documents: %w", i, len(inputs), ctx.Err())
			break
		}
		<-tokens
		sum.record(in.name, p, store, opts)
		bar.update(i+1, len(sum.Added), sum.Duplicates, len(sum.Failures))
	}
	bar.done()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// record stores one prepared input and counts the outcome.
func (s *webIngestSummary) record(name string, p webPrepared, store webStore, opts webIngestOptions) {
	fail := func(reason string) {
		s.Failures = append(s.Failures, webFailure{name, reason})
		webLogf(opts.Log, "FAILED  %s: %s\n", name, reason)
	}
	if p.err != nil {
		fail(p.err.Error())
		return
	}
	po := opts.Parse
	po.Name = p.parseName
	doc, added, err := store.Add(p.text, po)
	if err != nil {
		fail(err.Error())
		return
	}
	if !added {
		s.Duplicates++
		webLogf(opts.Log, "skipped %s: duplicate of %s %q\n", name, doc.Source.ID, doc.Source.Title)
		return
	}
	s.Added = append(s.Added, doc)
	s.Provisions += len(doc.Provisions)
	s.Statements += len(doc.Statements)
	webLogf(opts.Log, "added   %s -> %s %q: %d provisions, %d statements\n", name, doc.Source.ID, doc.Source.Title, len(doc.Provisions), len(doc.Statements))
	if opts.OnAdded != nil {
		if err := opts.OnAdded(doc); err != nil {
			fail(fmt.Sprintf("stored as %s but not indexed: %v", doc.Source.ID, err))
		}
	}
}

func webLogf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}

// webInput is one document to ingest: a file path or a URL.
type webInput struct {
	name string // as shown: the path or URL
	url  bool
}

// webPrepared is an input read (or fetched) and converted to corpus text.
type webPrepared struct {
	text      []byte
	parseName string
	err       error
}

func webPrepare(ctx context.Context, client *web.Client, in webInput) webPrepared {
	if err := ctx.Err(); err != nil {
		return webPrepared{err: err}
	}
	if in.url {
		text, final, err := client.FetchDocument(ctx, in.name)
		if err != nil {
			return webPrepared{err: err}
		}
		return webPrepared{text: text, parseName: web.ParseName(final)}
	}
	data, err := os.ReadFile(in.name)
	if err != nil {
		return webPrepared{err: err}
	}
	base := filepath.Base(in.name)
	text, err := web.ToCorpusText(data, "", base, "")
	if err != nil {
		return webPrepared{err: err}
	}
	return webPrepared{text: text, parseName: web.ParseName(base)}
}

// webCollect expands the arguments into inputs: URLs as given, files as
// given (when of a supported type), folders walked. Arguments that cannot
// be used are failures.
func webCollect(paths []string) ([]webInput, []webFailure) {
	var inputs []webInput
	var failures []webFailure
	for _, p := range paths {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			inputs = append(inputs, webInput{name: p, url: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failures = append(failures, webFailure{p, err.Error()})
			continue
		}
		if !info.IsDir() {
			if !webSupported(p) {
				failures = append(failures, webFailure{p, "unsupported file type: only .txt, .md and .html documents can be ingested"})
				continue
			}
			inputs = append(inputs, webInput{name: p})
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failures = append(failures, webFailure{path, err.Error()})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && webSupported(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failures = append(failures, webFailure{p, err.Error()})
		}
		sort.Strings(found)
		for _, f := range found {
			inputs = append(inputs, webInput{name: f})
		}
	}
	return inputs, failures
}

func webSupported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range webExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// webProgress draws a one-line progress bar on a terminal, redrawn at
// most ten times a second; on anything else it draws nothing.
type webProgress struct {
	w     io.Writer
	fd    int
	total int
	start time.Time
	last  time.Time
}

func newWebProgress(w io.Writer, total int) *webProgress {
	f, ok := w.(*os.File)
	if !ok || total < 2 || !term.IsTerminal(int(f.Fd())) {
		return &webProgress{}
	}
	return &webProgress{w: w, fd: int(f.Fd()), total: total, start: time.Now()}
}

func (p *webProgress) update(done, added, dups, failed int) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if done < p.total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	width := 80
	if w, _, err := term.GetSize(p.fd); err == nil && w > 0 {
		width = w
	}
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	tail := fmt.Sprintf(" %d/%d  %.0f/s  added %d  dup %d  failed %d", done, p.total, rate, added, dups, failed)
	barWidth := max(width-len(tail)-3, 10)
	fill := barWidth * done / p.total
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill)
	if fill > 0 && fill < barWidth {
		bar = bar[:fill-1] + ">" + bar[fill:]
	}
	line := "[" + bar + "]" + tail
	if len(line) > width-1 {
		line = line[:width-1]
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// done ends the bar's line so the summary starts on a fresh one.
func (p *webProgress) done() {
	if p.w != nil && !p.last.IsZero() {
		fmt.Fprint(p.w, "\n")
	}
}

// newFeedPoller builds the feed poller for the long-running commands: the
// configured feeds (Config.FeedSources) plus those added with /feed add,
// state in <data>/feeds.json, fetching with client (web.New(cfg.WebConfig(log))). The caller runs Poll.Run(ctx)
// in a goroutine it owns, and passes the same poller to bot/ingest as
// Config.Feeds. onAdded (may be nil) indexes and announces each new
// document.
func newFeedPoller(data string, sources []feed.Source, client *web.Client, store feed.Store, onTopicOnly bool,
	log *zap.Logger, onAdded func(ctx context.Context, doc *corpus.Document, e feed.Entry)) (*feed.Poller, error) {
	p, err := feed.New(feed.Config{
		Client:      client,
		Store:       store,
		StatePath:   filepath.Join(data, "feeds.json"),
		Feeds:       sources,
		OnTopicOnly: onTopicOnly,
		OnAdded:     onAdded,
		Logger:      log,
	})
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	return p, nil
}
