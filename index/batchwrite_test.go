package index

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"planbot/corpus"
)

// TestWriteBatchesAhead: the batches of one Add are written two at a
// time, and a batch written while an earlier one is still going in never
// stores a digest that counts the earlier one's sources (a crash would
// leave an index claiming documents it lacks); once all are in, the
// digest is the whole load's. Batch 0 is held back until batch 1 is in,
// and batch 1's digest is read then.
func TestWriteBatchesAhead(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 5)
	oldBatch := batchRecords
	batchRecords = 1 // a batch per document
	t.Cleanup(func() { batchRecords = oldBatch })
	ix, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "index")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	before, err := ix.idx.GetInternal(keySynced)
	if err != nil {
		t.Fatal(err)
	}
	// prefix[j] is the digest once documents 0..j-1 are in.
	prefix := []string{string(before)}
	var d sourceDigest
	for _, doc := range docs {
		d.toggle(doc.Source.ID, corpus.Fingerprint(doc))
		prefix = append(prefix, d.String())
	}
	oneIn := make(chan struct{})
	var seenWhileHeld []byte
	beforeBatchWrite = func(num int) {
		if num != 0 {
			return
		}
		select {
		case <-oneIn:
		case <-time.After(time.Minute): // a guard against a hang, not a timing
			t.Error("batch 1 was not written while batch 0 was held back")
		}
	}
	afterBatchWrite = func(num int) {
		if num != 1 {
			return
		}
		seenWhileHeld, _ = ix.idx.GetInternal(keySynced)
		close(oneIn)
	}
	t.Cleanup(func() { beforeBatchWrite, afterBatchWrite = nil, nil })
	if err := ix.Add(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	if string(seenWhileHeld) != prefix[0] {
		t.Errorf("with batch 0 not in, batch 1 stored the digest of the first %d documents, want none",
			slices.Index(prefix, string(seenWhileHeld)))
	}
	got, err := ix.idx.GetInternal(keySynced)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != prefix[len(docs)] {
		t.Errorf("after the load the digest is that of %d documents, want all %d", slices.Index(prefix, string(got)), len(docs))
	}
	if got, want := count(t, ix), recordCount(docs); got != want {
		t.Errorf("index holds %d records, want %d", got, want)
	}
}

// TestAddChunksSameIndex: documents given in chunks (AddChunks, the
// ingest feed's path) make the index Add makes of them at once, skip
// those already indexed alike, and keep the later version of a document
// given twice.
func TestAddChunksSameIndex(t *testing.T) {
	ctx := context.Background()
	docs := bulkDocs(t, 9)
	oldBatch := batchRecords
	batchRecords = 7
	t.Cleanup(func() { batchRecords = oldBatch })
	whole, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "whole")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	if err := whole.Add(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	chunked, err := Open(ctx, Options{Dir: filepath.Join(t.TempDir(), "chunked")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chunked.Close()
	// Document 2 comes first with another fingerprint (an older version
	// of its extraction), then again as it is; document 4 twice alike.
	chunks := [][]*corpus.Document{docs[:3], {docs[2], docs[3], docs[4]}, docs[4:]}
	fps := [][]string{{"", "", "older"}, {"", "", ""}, make([]string, len(docs)-4)}
	err = chunked.AddChunks(ctx, func(yield func([]*corpus.Document, []string) bool) {
		for i := range chunks {
			if !yield(chunks[i], fps[i]) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := count(t, chunked), count(t, whole); got != want {
		t.Errorf("chunked index holds %d records, Add's %d", got, want)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Source.ID
	}
	have, err := chunked.fingerprintsOf(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if want := corpus.Fingerprint(d); have[d.Source.ID] != want {
			t.Errorf("document %d indexed with fingerprint %q, want %q", i, have[d.Source.ID], want)
		}
	}
	a, _ := whole.idx.GetInternal(keySynced)
	b, _ := chunked.idx.GetInternal(keySynced)
	if string(a) != string(b) {
		t.Errorf("chunked digest %s, Add's %s", b, a)
	}
	err = chunked.AddChunks(ctx, func(yield func([]*corpus.Document, []string) bool) {
		yield(docs[:2], []string{""})
	})
	if err == nil {
		t.Error("a chunk with fewer fingerprints than documents accepted")
	}
}
