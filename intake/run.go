package intake

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"planbot/corpus"
	"planbot/corpus/web"
)

// Store is what Run needs of *corpus.Store: documents are stored in
// batches, each flushed to disk once (see corpus.Batch).
type Store interface {
	NewBatch() *corpus.Batch
}

var _ Store = (*corpus.Store)(nil)

// Options configures Run. The zero value reads with the default limits,
// fetches with corpus/web's safe defaults and prints nothing.
type Options struct {
	// Parse holds the fallbacks (Published, Plan, Lang, Now) applied to
	// every document; Name is set per document (the file's base name or
	// the URL), so a new version of the same file replaces the old one.
	Parse corpus.ParseOptions
	// Fetch configures fetching of http(s) inputs (limits, AllowPrivate,
	// User-Agent): the fetch.* settings.
	Fetch web.Config
	// MaxBytes is the largest file read. Defaults to DefaultMaxBytes.
	MaxBytes int64
	// MemoryBudget bounds the bytes of all documents read but not yet
	// stored, across the workers: a worker waits for room before reading.
	// Defaults to twice MaxBytes, so eight workers on large files hold two
	// at a time, not eight.
	MemoryBudget int64
	// Workers read, fetch, convert and parse documents in parallel
	// (storing stays sequential, in input order). Defaults to GOMAXPROCS,
	// at most 8.
	Workers int
	// Progress receives a progress bar when it is a terminal and more than
	// one document is read; nil means none.
	Progress io.Writer
	// Log receives one line per document ("added", "replaced", "skipped",
	// "FAILED"); nil means none.
	Log io.Writer
	// OnAdded is called for each document stored (new or replacing an
	// older version), in input order, e.g. to index it and remove the
	// replaced versions from the index. An error counts the document as
	// stored but is reported among the failures. Documents are flushed to
	// disk in batches: one whose batch then fails to reach the disk is
	// reported as failed after its OnAdded.
	OnAdded func(ctx context.Context, res corpus.PutResult) error
	// ForgetAdded leaves Summary.Added empty (Summary.AddedCount still
	// counts the documents): a caller that hands each document on through
	// OnAdded, such as an ingest that indexes while it stores, need not
	// hold every document stored until the run ends.
	ForgetAdded bool
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = 2 * o.MaxBytes
	}
	if o.Workers <= 0 {
		o.Workers = min(runtime.GOMAXPROCS(0), 8)
	}
	return o
}

// Summary is what Run did.
type Summary struct {
	Documents  int                // inputs attempted: files found plus URLs
	Added      []*corpus.Document // stored, new or as a new version, in input order (none with Options.ForgetAdded)
	AddedCount int                // documents stored, new or as a new version
	Replaced   []corpus.Source    // older versions the added documents replaced
	Empty      int                // added documents with no provision and no statement
	Provisions int                // in the added documents
	Statements int                // in the added documents
	Duplicates int                // skipped: the corpus already had the text
	Failures   []Failure          // in input order
	Elapsed    time.Duration
}

// Write prints the summary for a person: the counts, the rate, then each
// failure with its reason.
func (s Summary) Write(w io.Writer) {
	rate := ""
	// A rate means something only over several documents.
	if secs := s.Elapsed.Seconds(); secs > 0 && s.Documents >= 10 {
		rate = fmt.Sprintf(", %.1f documents/s", float64(s.Documents)/secs)
	}
	fmt.Fprintf(w, "Ingested %d %s in %s%s:\n", s.Documents, plural(s.Documents, "document"), s.Elapsed.Round(time.Millisecond), rate)
	fmt.Fprintf(w, "  sources added       %d\n", s.AddedCount-len(s.Replaced))
	fmt.Fprintf(w, "  sources replaced    %d\n", len(s.Replaced))
	fmt.Fprintf(w, "  provisions          %d\n", s.Provisions)
	fmt.Fprintf(w, "  statements          %d\n", s.Statements)
	if s.Empty > 0 {
		fmt.Fprintf(w, "  with neither        %d (only their passages are searchable)\n", s.Empty)
	}
	fmt.Fprintf(w, "  duplicates skipped  %d\n", s.Duplicates)
	fmt.Fprintf(w, "  failed              %d\n", len(s.Failures))
	for _, f := range s.Failures {
		fmt.Fprintf(w, "    %s: %s\n", Escape(f.Name), f.Reason)
	}
}

func plural(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

// Yield says what a document gave, in the words ingest and extract print:
// its counts, or, when it gave neither a provision nor a statement, that
// only its passages are searchable, so nobody mistakes it for a silent
// failure.
func Yield(d *corpus.Document) string {
	if len(d.Provisions) == 0 && len(d.Statements) == 0 {
		return fmt.Sprintf("no provision and no statement found (its %d %s still searchable)",
			len(d.Passages), map[bool]string{true: "passage is", false: "passages are"}[len(d.Passages) == 1])
	}
	return fmt.Sprintf("%d %s, %d %s", len(d.Provisions), plural(len(d.Provisions), "provision"), len(d.Statements), plural(len(d.Statements), "statement"))
}

// prepared is an input read (or fetched), converted to corpus text and
// parsed.
type prepared struct {
	doc *corpus.Prepared
	err error
}

// batchDocs is the most documents stored between two flushes to disk; a
// batch is also flushed whenever the next input is not ready yet, so a
// slow input (a fetch) never holds stored documents back.
const batchDocs = 256

// Run brings the documents named by args into store: files (.txt, .md,
// .html, .srt, .vtt), folders (see Collect) and http(s) URLs, fetched with corpus/web's
// safe client and their article extracted. Every input is reported in the
// summary; a document that fails to read, fetch or parse is a failure and is
// stored nowhere. The error is only for an interrupted run (ctx), returned
// with the summary so far; every document stored by then is complete.
func Run(ctx context.Context, store Store, args []string, opts Options) (Summary, error) {
	opts = opts.withDefaults()
	start := time.Now()
	var sum Summary
	inputs, failures := Collect(args)
	sum.Failures = failures
	for _, f := range failures {
		logf(opts.Log, "FAILED  %s: %s\n", Escape(f.Name), f.Reason)
	}
	sum.Documents = len(inputs) + len(failures)

	var client *web.Client
	for _, in := range inputs {
		if in.URL {
			client = web.New(opts.Fetch)
			break
		}
	}
	bar := newProgress(opts.Progress, len(inputs))

	// Workers prepare inputs (read or fetch, convert to corpus text) ahead
	// of the sequential store stage. The dispatcher reserves each input's
	// bytes from the shared budget in input order before handing it out,
	// and the store stage gives them back once the input is stored: the
	// oldest input always has its reservation, so the budget bounds memory
	// without ever deadlocking.
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait() // workers finish their current input and stop
	}()
	budget := semaphore.NewWeighted(opts.MemoryBudget)
	weights := make([]int64, len(inputs))
	results := make([]chan prepared, len(inputs))
	for i := range results {
		results[i] = make(chan prepared, 1)
	}
	jobs := make(chan int)
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] <- prepare(ctx, client, inputs[i], opts.MaxBytes, opts.Parse)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		for i, in := range inputs {
			w := weight(in, opts)
			if err := budget.Acquire(ctx, w); err != nil {
				return
			}
			weights[i] = w
			select {
			case jobs <- i:
			case <-ctx.Done():
				budget.Release(w)
				return
			}
		}
	}()

	var err error
	b := &batch{b: store.NewBatch()}
	for i, in := range inputs {
		var p prepared
		select {
		case p = <-results[i]:
		default:
			// The store stage would wait: flush what it has meanwhile.
			sum.commit(ctx, b, opts)
			select {
			case p = <-results[i]:
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			err = fmt.Errorf("ingest interrupted after %d of %d documents: %w", i, len(inputs), ctx.Err())
			break
		}
		sum.record(ctx, in.Name, p, b, opts)
		budget.Release(weights[i])
		if b.b.Len() >= batchDocs {
			sum.commit(ctx, b, opts)
		}
		bar.update(i+1, sum.AddedCount, sum.Duplicates, len(sum.Failures))
	}
	// Also after an interruption: what was staged is stored and reported.
	sum.commit(ctx, b, opts)
	bar.done()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// weight is the bytes an input is expected to hold in memory: a file's
// size (read now, cheaply; ReadFile checks it again), a URL's fetch limit,
// at most the whole budget so every input can run.
func weight(in Input, opts Options) int64 {
	w := opts.MaxBytes
	if in.URL {
		if f := opts.Fetch.MaxBytes; f > 0 {
			w = f
		}
	} else if info, err := os.Stat(in.Name); err == nil && info.Mode().IsRegular() {
		w = info.Size()
	} else {
		w = 1 // refused by ReadFile without reading
	}
	return max(1, min(w, opts.MemoryBudget))
}

func prepare(ctx context.Context, client *web.Client, in Input, max int64, po corpus.ParseOptions) prepared {
	if err := ctx.Err(); err != nil {
		return prepared{err: err}
	}
	var text []byte
	if in.URL {
		t, final, err := client.FetchDocument(ctx, in.Name)
		if err != nil {
			return prepared{err: err}
		}
		text, po.Name = t, web.ParseName(final)
	} else {
		data, err := ReadFile(ctx, in.Name, max)
		if err != nil {
			return prepared{err: err}
		}
		base := filepath.Base(in.Name)
		if text, err = web.ToCorpusText(data, "", base, ""); err != nil {
			return prepared{err: err}
		}
		po.Name = web.ParseName(base)
	}
	// Extraction, the costly part, runs here on the workers; storing
	// only checks for duplicates and writes.
	doc, err := corpus.Prepare(text, po)
	return prepared{doc: doc, err: err}
}

// batch is the documents Run staged since its last flush.
type batch struct {
	b    *corpus.Batch
	docs []stagedDoc
}

// stagedDoc is a staged document, reported once its batch is on disk;
// what the summary counted of it is undone if the batch fails to get there.
type stagedDoc struct {
	name string
	res  corpus.PutResult
}

// commit flushes the staged documents to disk and reports each (its line,
// OnAdded), so that nothing is reported or handed on before it is stored.
// If the flush fails, they are taken back out of the added ones and
// reported as failures.
func (s *Summary) commit(ctx context.Context, b *batch, opts Options) {
	staged := b.docs
	b.docs = nil
	err := b.b.Commit()
	if err == nil {
		for _, sd := range staged {
			s.added(ctx, sd, opts)
		}
		return
	}
	for _, sd := range staged {
		doc := sd.res.Doc
		s.Added = slices.DeleteFunc(s.Added, func(d *corpus.Document) bool { return d == doc })
		s.AddedCount--
		s.Replaced = s.Replaced[:len(s.Replaced)-len(sd.res.Replaced)]
		s.Provisions -= len(doc.Provisions)
		s.Statements -= len(doc.Statements)
		if len(doc.Provisions) == 0 && len(doc.Statements) == 0 {
			s.Empty--
		}
		reason := fmt.Sprintf("not stored: %v", err)
		s.Failures = append(s.Failures, Failure{sd.name, reason})
		logf(opts.Log, "FAILED  %s: %s\n", Escape(sd.name), reason)
	}
}

// record stores one prepared input and counts the outcome.
func (s *Summary) record(ctx context.Context, name string, p prepared, b *batch, opts Options) {
	shown := Escape(name)
	fail := func(reason string) {
		s.Failures = append(s.Failures, Failure{name, reason})
		logf(opts.Log, "FAILED  %s: %s\n", shown, reason)
	}
	if p.err != nil {
		fail(p.err.Error())
		return
	}
	res, err := b.b.PutPrepared(p.doc)
	if err != nil {
		fail(err.Error())
		return
	}
	doc := res.Doc
	if !res.Added {
		s.Duplicates++
		logf(opts.Log, "skipped %s: duplicate of %s %s\n", shown, doc.Source.ID, strconvQuote(doc.Source.Title))
		return
	}
	if !opts.ForgetAdded {
		s.Added = append(s.Added, doc)
	}
	s.AddedCount++
	s.Replaced = append(s.Replaced, res.Replaced...)
	b.docs = append(b.docs, stagedDoc{name: name, res: res})
	s.Provisions += len(doc.Provisions)
	s.Statements += len(doc.Statements)
	if len(doc.Provisions) == 0 && len(doc.Statements) == 0 {
		s.Empty++
	}
}

// added reports a document its batch put on disk: its line, then OnAdded.
func (s *Summary) added(ctx context.Context, sd stagedDoc, opts Options) {
	shown, res := Escape(sd.name), sd.res
	doc := res.Doc
	verb := "added   "
	if len(res.Replaced) > 0 {
		verb = "replaced"
	}
	logf(opts.Log, "%s %s -> %s %s: %s\n", verb, shown, doc.Source.ID, strconvQuote(doc.Source.Title), Yield(doc))
	for _, old := range res.Replaced {
		logf(opts.Log, "         (replaces %s, an older version)\n", old.ID)
	}
	if opts.OnAdded != nil {
		if err := opts.OnAdded(ctx, res); err != nil {
			reason := fmt.Sprintf("stored as %s but not indexed: %v", doc.Source.ID, err)
			s.Failures = append(s.Failures, Failure{sd.name, reason})
			logf(opts.Log, "FAILED  %s: %s\n", shown, reason)
		}
	}
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}
