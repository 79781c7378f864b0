package index

import (
	"context"
	"fmt"
	"iter"
	"maps"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
)

// This file writes the batches addSeq's builder makes, up to writeAhead
// of them at once.
//
// Why: scorch's Batch analyses a batch's documents on its worker pool but
// then builds the segment (zap's NewUsing, about two thirds of a batch's
// cost) on the calling goroutine, and waits for the persister. Written one
// after the other, the batches of a bulk load kept one core busy and the
// other idle once the documents were parsed and stored (a third of a 100k
// item ingest). Scorch takes concurrent batches (its introducer orders
// them), so two are written at once and their segments are built on both
// cores.
//
// What must hold is the digest (keySynced): the next Open trusts it to say
// which sources the index holds, so a batch may only carry a digest of
// sources that are all in once it is applied, whatever a crash leaves.
// A batch written while others are in flight carries the digest of the
// batches known to be in (every earlier one has returned), not its own,
// and when the last batch was written beside another, the digest of
// everything is stored once all are in. A batch holding a source that an
// earlier batch of the same call holds (the same document twice) is
// written only once that one is in, so the later version wins as it did
// when batches were written in order.

// writeAhead is how many batches are written at once.
const writeAhead = 2

// builtBatch is a batch the builder made, with what its writer must know.
type builtBatch struct {
	b   *bleve.Batch
	num int // its place in the call's batches, from 0
	// digest is the sources' digest once this batch and every batch
	// before it are in; nil when unknown (digestLost).
	digest []byte
	// after is the number of the last earlier batch holding one of this
	// batch's sources (-1: none): it must be in first.
	after int
}

// beforeBatchWrite and afterBatchWrite, when set, are called around each
// batch's write with its number, on the goroutine writing it: the tests
// hold a batch back to see what another one stored meanwhile.
var beforeBatchWrite, afterBatchWrite func(num int)

// flight is a batch being written.
type flight struct {
	num    int
	digest []byte
	done   chan error
}

// writeBatches writes the batches of built, in their order but up to
// writeAhead at once; start is the digest before the first (nil: unknown).
// After the first failure it writes no more, calls stop (the builder's
// cancel) and drains built; it returns that failure once every batch in
// flight is done. ix.addMu is held.
func (ix *Index) writeBatches(built <-chan builtBatch, start []byte, stop context.CancelFunc) error {
	var inflight []*flight
	done := start // the digest once every batch that returned, in order, is in
	var first error
	wait := func() {
		f := inflight[0]
		inflight = inflight[1:]
		if err := <-f.done; err != nil && first == nil {
			first = fmt.Errorf("index batch: %w", err)
			stop()
		}
		if first == nil {
			done = f.digest
		}
	}
	var last []byte // the digest of everything built
	stale := false  // the last batch was written beside another
	for bb := range built {
		if first != nil {
			continue // drain: the builder stops at its next send
		}
		for len(inflight) > 0 && (len(inflight) >= writeAhead || inflight[0].num <= bb.after) {
			wait()
		}
		if first != nil {
			continue
		}
		digest := bb.digest
		stale = len(inflight) > 0
		if stale {
			digest = done
		}
		bb.b.SetInternal(keySynced, digest)
		last = bb.digest
		f := &flight{num: bb.num, digest: bb.digest, done: make(chan error, 1)}
		inflight = append(inflight, f)
		go func(b *bleve.Batch) {
			if beforeBatchWrite != nil {
				beforeBatchWrite(f.num)
			}
			err := ix.idx.Batch(b)
			ix.facets.changed()
			if afterBatchWrite != nil {
				afterBatchWrite(f.num)
			}
			f.done <- err
		}(bb.b)
	}
	for len(inflight) > 0 {
		wait()
	}
	if first != nil {
		return first
	}
	if stale && last != nil {
		if err := ix.idx.SetInternal(keySynced, last); err != nil {
			return fmt.Errorf("store index digest: %w", err)
		}
	}
	return nil
}

// AddChunks is AddFingerprinted of documents that come a chunk at a time
// (fps[i] the fingerprint of docs[i], "" when not known): one run of
// batches over every chunk, so that the batches of one chunk are written
// beside those of the next rather than each chunk waiting for its last
// batch to be in. Documents already indexed with the same fingerprint are
// skipped, as Add does. Every chunk must have as many fingerprints as
// documents; the chunks' documents are not held once their batch is
// written.
func (ix *Index) AddChunks(ctx context.Context, chunks iter.Seq2[[]*corpus.Document, []string]) error {
	ix.addMu.Lock()
	defer ix.addMu.Unlock()
	have := map[string]string{}
	var chunkErr error
	err := ix.addSeq(ctx, func(yield func(*corpus.Document, string) bool) {
		for docs, fps := range chunks {
			if len(fps) != len(docs) {
				chunkErr = fmt.Errorf("index %d documents: %d fingerprints given", len(docs), len(fps))
				return
			}
			ids := make([]string, 0, len(docs))
			for _, d := range docs {
				if _, ok := have[d.Source.ID]; !ok {
					ids = append(ids, d.Source.ID)
				}
			}
			// Earlier chunks' sources are in have already (the builder
			// records each one it takes); the others are looked up.
			got, err := ix.fingerprintsOf(ctx, ids)
			if err != nil {
				chunkErr = err
				return
			}
			maps.Copy(have, got)
			for i, d := range docs {
				fp := fps[i]
				if fp == "" {
					fp = fingerprint(d)
				}
				if old, ok := have[d.Source.ID]; ok && old == fp {
					continue
				}
				if !yield(d, fp) {
					return
				}
			}
		}
	}, have)
	if err == nil && chunkErr != nil {
		// The builder stopped where the chunk failed: the documents it
		// took are in, the digest with them.
		return chunkErr
	}
	return err
}
