package index

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"planbot/corpus"
)

// This file is the bulk-load mode of an on-disk index (Options.Bulk): a
// process that is about to add many documents and then compact the index
// (planbot ingest) keeps scorch from merging segments in the background
// meanwhile, and Compact then merges them all in one pass.
//
// Why: scorch's background merger folds every ten segments of a tier into
// one, and the final compaction merges those results again, so each
// record was rewritten two or three times (about a tenth of an ingest's
// CPU). With no background merge the compaction reads every segment once
// and writes the one it makes.

// bulkMergeOptions is the merge plan of an index opened for a bulk load:
// no segment is small enough to be eligible for a merge (MaxSegmentSize 1
// makes every segment "too large"), so the background merger plans
// nothing. Compact's forced merge brings its own plan (compactPlan).
var bulkMergeOptions = map[string]interface{}{"MaxSegmentSize": 1}

// bulkConfig is the runtime configuration an index is opened with for a
// bulk load. It is passed at open only: bleve records the configuration
// given at creation in index_meta.json, and the next process (a bot) must
// open the index with scorch's own merge plan.
func bulkConfig() map[string]interface{} {
	return map[string]interface{}{
		"bolt_timeout":           lockTimeout.String(),
		"scorchMergePlanOptions": bulkMergeOptions,
		// Each segment answers which IDs it holds from a set of their
		// hashes, not its dictionary (idfilter.go).
		"segmentConfig": map[string]interface{}{idFilterKey: true},
	}
}

// reopenBulk closes a just created on-disk index and opens it again for a
// bulk load: bleve.NewUsing would persist a configuration given to it.
func reopenBulk(idx bleve.Index, dir string) (bleve.Index, error) {
	if err := idx.Close(); err != nil {
		return nil, fmt.Errorf("reopen new index %s for a bulk load: %w", dir, err)
	}
	idx, err := bleve.OpenUsing(dir, bulkConfig())
	if err != nil {
		return nil, fmt.Errorf("reopen new index %s for a bulk load: %w", dir, err)
	}
	return idx, nil
}

// compactPlan is the plan of one forced merge of n segments: scorch's
// single-segment plan, but with every segment in one task, so that a
// bulk load's many segments are merged once rather than ten at a time
// and then again. Fewer than ten segments merge as scorch's plan would.
func compactPlan(n int) *mergeplan.MergePlanOptions {
	o := mergeplan.SingleSegmentMergePlanOptions
	o.SegmentsPerMergeTask = max(o.SegmentsPerMergeTask, n)
	return &o
}

// finishBuild writes the thesaurus and then the mapping version of a new
// index opened for a bulk load, once its documents are in: after Compact,
// or at Close when the caller did not compact. Written after the
// compaction, the thesaurus is a small segment of its own that no merge
// rewrites (merging it took about as long as building it), and scorch's
// merge plan leaves a segment that small beside one that large alone. An
// index closed without it (a killed ingest) has no version and is rebuilt
// by the next Open. The caller holds addMu.
func (ix *Index) finishBuild() error {
	if ix.pendingBuild == "" {
		return nil
	}
	err := indexSynonyms(ix.idx)
	ix.facets.changed()
	if err != nil {
		return err
	}
	if err := ix.idx.SetInternal(keyVersion, []byte(ix.pendingBuild)); err != nil {
		return fmt.Errorf("store index version: %w", err)
	}
	ix.pendingBuild = ""
	return nil
}

// Finish writes what a bulk load on a new index leaves for its end (the
// thesaurus, then the version; see finishBuild), if that is still to be
// done. Compact and Close do it too: a caller that records itself as the
// index's holder (planbot's index.holder) calls Finish before it clears
// that record, so another process waiting for the index is not told
// that nobody holds it while the thesaurus is being written.
func (ix *Index) Finish() error {
	ix.addMu.Lock()
	defer ix.addMu.Unlock()
	return ix.finishBuild()
}

// compactBuild is Compact for a new index at the end of its bulk load
// (ix.pendingBuild set): one forced merge of every segment, with the
// thesaurus written while the merge runs rather than after it, then the
// version. The caller holds addMu.
//
// Why: the merge (in scorch's merger goroutine, most of its time spent
// writing and flushing the merged file) and the thesaurus (a batch of its
// own, mostly computing) were the two serial steps at the end of an
// ingest, one after the other while the second core had nothing to do.
// The thesaurus must stay a segment of its own, out of the merge (see
// finishBuild), so it is written only once the merge has planned, which
// fixes the segments it merges: scorch counts each plan with tasks in
// TotFileMergePlanOk, and in a bulk load nothing else plans any
// (bulkMergeOptions). The merge puts every segment in one task
// (compactPlan), so one pass leaves one segment beside the thesaurus's;
// another pass would merge the thesaurus too, so there is none.
func (ix *Index) compactBuild(ctx context.Context, sc *scorch.Scorch, segments int) error {
	st, ok := sc.Stats().(*scorch.Stats)
	if !ok {
		return errors.Join(sc.ForceMerge(ctx, compactPlan(segments)), ix.finishBuild())
	}
	planned := atomic.LoadUint64(&st.TotFileMergePlanOk)
	merged := make(chan error, 1)
	go func() { merged <- sc.ForceMerge(ctx, compactPlan(segments)) }()
	var mergeErr error
	done := false
	tick := time.NewTicker(time.Millisecond)
	// Polled: scorch has no hook for "planned". A merge that plans
	// nothing (one segment) ends at once, which ends the wait too.
	for !done && atomic.LoadUint64(&st.TotFileMergePlanOk) == planned {
		select {
		case mergeErr = <-merged:
			done = true
		case <-tick.C:
		}
	}
	tick.Stop()
	if ix.diag.afterMergePlanned != nil {
		ix.diag.afterMergePlanned(done)
	}
	err := ix.finishBuild()
	if !done {
		mergeErr = <-merged
	}
	if mergeErr != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, mergeErr)
	}
	return err
}

// AddFingerprinted is Add of documents whose fingerprints the caller has
// already: fps[i] is corpus.Fingerprint(docs[i]) ("": not known), as the store recorded it
// (corpus.PutResult.Fingerprint). A bulk ingest hashed each document's
// whole extraction twice, once to store it and once to index it.
func (ix *Index) AddFingerprinted(ctx context.Context, docs []*corpus.Document, fps []string) error {
	if len(fps) != len(docs) {
		return fmt.Errorf("index %d documents: %d fingerprints given", len(docs), len(fps))
	}
	return ix.addKnown(ctx, docs, fps)
}
