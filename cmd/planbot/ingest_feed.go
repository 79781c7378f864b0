package main

import (
	"context"
	"fmt"

	"go.uber.org/zap"

	"planbot/corpus"
)

// This file is ingest's indexing stage: documents go into the search
// index while later ones are still being read and stored, rather than all
// of them after the last one is stored. The two stages then share the
// machine's cores (storing waits on the disk, indexing mostly computes),
// and the documents stored need not all be held until the end.
//
// Crash safety is the store's and the index's own: a document reaches the
// feed only once it is on disk (intake.Options.OnAdded), and every index
// batch records the digest of the sources it holds, so a killed ingest
// leaves an index the next start brings up to date with the store.

// feedRecords is about how many records the feed hands the index at a
// time: two of index's batches (5,000 records each), so the index builds
// one batch while it writes the other, and the segments written are as
// large as a whole load's. A variable for the tests, which feed in
// smaller chunks.
var feedRecords = 10000

// afterFeedChunk, when set, is called by the indexer after each chunk it
// took into its batches (some of them may still be written), with the
// documents taken so far: the crash test kills the process there.
var afterFeedChunk func(indexed int)

// feedQueue is how many chunks may wait for the indexer: one, so storing
// runs at most a chunk ahead and memory stays bounded.
const feedQueue = 1

// indexFeed hands stored documents to an index on a goroutine of its own,
// in the order they were stored. A document that replaced older versions
// has those taken out of the index first, as a running bot does.
type indexFeed struct {
	a       *app
	ops     chan feedOp
	pending []*corpus.Document
	fps     []string      // pending's fingerprints (corpus.PutResult.Fingerprint)
	records int           // estimated records of pending
	stopped chan struct{} // closed once the indexer goroutine returns
	err     error         // the indexer's first error; read after stopped
	indexed int           // documents handed to the index; read after stopped
}

// feedOp is one step of the indexer, in order: sources to remove, or
// documents to add.
type feedOp struct {
	remove []corpus.Source
	docs   []*corpus.Document
	fps    []string // docs' fingerprints, as the store computed them
}

// newIndexFeed starts the indexer over a's index. The caller must call
// close, which waits for it.
func newIndexFeed(ctx context.Context, a *app) *indexFeed {
	f := &indexFeed{a: a, ops: make(chan feedOp, feedQueue), stopped: make(chan struct{})}
	go f.run(ctx)
	return f
}

// run applies the ops until the channel closes. A run of document
// chunks goes to the index as one stream (index.AddChunks), up to the next
// removal, so that the index writes the batches of one chunk beside those
// of the next. After an error it only drains: what was stored but not
// indexed is indexed by the next start, which finds the index's digest
// different from the store's.
func (f *indexFeed) run(ctx context.Context) {
	defer close(f.stopped)
	var next *feedOp // taken from the channel by a stream, not yet applied
	for {
		var op feedOp
		if next != nil {
			op, next = *next, nil
		} else {
			o, ok := <-f.ops
			if !ok {
				return
			}
			op = o
		}
		if f.err != nil {
			continue
		}
		if len(op.remove) > 0 {
			f.err = f.a.removeReplaced(ctx, op.remove)
			continue
		}
		n := f.indexed
		err := f.a.index.AddChunks(ctx, func(yield func([]*corpus.Document, []string) bool) {
			for c := op; ; {
				if !yield(c.docs, c.fps) {
					return
				}
				f.indexed += len(c.docs)
				if afterFeedChunk != nil {
					afterFeedChunk(f.indexed)
				}
				o, ok := <-f.ops
				if !ok {
					return
				}
				if len(o.remove) > 0 {
					next = &o
					return
				}
				c = o
			}
		})
		if err != nil {
			f.err = fmt.Errorf("index %d documents: %w", f.indexed-n, err)
		}
	}
}

// add queues a stored document: its replaced versions are removed before
// it and any document after it is added.
func (f *indexFeed) add(ctx context.Context, res corpus.PutResult) {
	if len(res.Replaced) > 0 {
		f.flush(ctx)
		f.send(ctx, feedOp{remove: res.Replaced})
	}
	d := res.Doc
	f.pending = append(f.pending, d)
	f.fps = append(f.fps, res.Fingerprint)
	// Each provision, statement and passage is a record at most, plus
	// the source's marker.
	f.records += len(d.Provisions) + len(d.Statements) + len(d.Passages) + 1
	if f.records >= feedRecords {
		f.flush(ctx)
	}
}

// flush hands the pending documents to the indexer.
func (f *indexFeed) flush(ctx context.Context) {
	if len(f.pending) == 0 {
		return
	}
	f.send(ctx, feedOp{docs: f.pending, fps: f.fps})
	f.pending, f.fps, f.records = nil, nil, 0
}

// send queues op, waiting while the indexer is a chunk behind. An
// interrupted ingest drops it: the next start indexes what was stored.
func (f *indexFeed) send(ctx context.Context, op feedOp) {
	select {
	case f.ops <- op:
	case <-ctx.Done():
	}
}

// close hands on what is pending, waits for the indexer to finish and
// returns its error, or the context's when the ingest was interrupted
// before everything stored was indexed.
func (f *indexFeed) close(ctx context.Context) error {
	f.flush(ctx)
	close(f.ops)
	<-f.stopped
	if f.err != nil {
		return f.err
	}
	return ctx.Err()
}

// openFeed opens the data dir's index for an ingest that indexes as it
// stores, in bulk mode (no background merges: the ingest compacts the
// index at the end), and starts its feed. It returns nils when the index
// cannot be had now (another process holds it, say): the caller then
// stores first and indexes at the end (indexStored), as it waits for a
// brief holder and reports the others.
func openFeed(ctx context.Context, data string, store *corpus.Store, log *zap.Logger) (*app, *indexFeed) {
	a, err := open(ctx, data, "ingest", true, store, true, log)
	if err != nil {
		log.Debug("index not opened before storing; indexing after", zap.Error(err))
		return nil, nil
	}
	return a, newIndexFeed(ctx, a)
}

// finishFeed ends an ingest that indexed as it stored: it reports a
// failed feed (the documents are stored; the next start indexes them),
// compacts the index after a bulk load and closes it.
func finishFeed(ctx context.Context, env *cliEnv, a *app, feedErr error, compact bool, log *zap.Logger) {
	defer a.Close()
	if feedErr != nil {
		fmt.Fprintf(env.stderr, "planbot ingest: documents stored, but indexing failed (the next start retries): %v\n", feedErr)
		return
	}
	if compact {
		if err := a.index.Compact(ctx); err != nil {
			log.Warn("index not compacted; bleve merges it while a bot runs", zap.Error(err))
		}
	}
	n, _ := a.index.Count()
	fmt.Fprintf(env.stdout, "Index is up to date: %d records searchable.\n", n)
}
