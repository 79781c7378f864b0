package index

import (
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/mapping"
	"go.uber.org/zap"
)

// This file starts the thesaurus segment's encoding at the start of a bulk
// load instead of at its end.
//
// Why: a new index gets the glossary's thesaurus after its documents
// (finishBuild), and the first thesaurus batch of a process is the one zap
// encodes (thesaurusseg.go): about 2 s of CPU on one goroutine (the
// analysis of the definitions, then zap's synonym section), whatever the
// corpus size. An ingest paid it as the last step, beside a final merge
// that ends far sooner (0.1 s of CPU at 20k items, 0.45 s at 100k), so for
// most of it one core worked and the other waited: at 1,000 items it was
// half of the run. Nothing in the encoding depends on the index (the
// definitions and the analyzers are the process's), so a bulk load starts
// it on a goroutine of its own as soon as it creates the index: the
// thesaurus is then encoded while the documents are read, parsed and
// indexed, and the end of the load finds it ready (InitSegmentBase over
// its bytes, about 50 ms). The index gets the same segment, written at the
// same moment (after the compaction's merge has planned), so what is on
// disk and what searches find do not change.
//
// The encoding goes through a throwaway in-memory index and indexSynonyms,
// the very path a new index's batch takes (scorch's analysis adds the _id
// field, then the segment plugin encodes and keeps the bytes), so the
// bytes kept are those the index's own batch would have had. The batch of
// the index waits for it on thesaurusSegMu, as a second index's batch
// always did; if the encoding failed or could not be kept, that batch
// encodes it itself, as before.

// earlyThesaurus makes sure the early encoding starts at most once per
// process: once kept, thesaurusSeg serves every later index.
var earlyThesaurus sync.Once

// earlyThesaurusEnded is closed once the early encoding has ended; nil
// while none was started. Set inside earlyThesaurus.Do only.
var earlyThesaurusEnded atomic.Pointer[chan struct{}]

// ThesaurusEncoding returns a channel closed once the thesaurus segment
// that a bulk load started encoding ahead (see above) is encoded, or nil
// when no such encoding was started. An ingest raises its collector's
// setting only after it (cmd/planbot's ingest_gc.go): the encoding holds
// a few hundred MB for a moment, and at the load's GOGC its garbage would
// raise the peak memory by as much again.
func ThesaurusEncoding() <-chan struct{} {
	if c := earlyThesaurusEnded.Load(); c != nil {
		return *c
	}
	return nil
}

// earlyThesaurusDone, when set, is called with the early encoding's
// error once it has ended (tests).
var earlyThesaurusDone func(error)

// startThesaurus starts encoding the thesaurus segment on a goroutine of
// its own, unless the process has done so already.
func startThesaurus(im *mapping.IndexMappingImpl, log *zap.Logger) {
	earlyThesaurus.Do(func() {
		done := earlyThesaurusDone
		ended := make(chan struct{})
		earlyThesaurusEnded.Store(&ended)
		go func() {
			defer close(ended)
			err := encodeThesaurus(im)
			if err != nil {
				// Not fatal: the index's own thesaurus batch encodes it.
				log.Debug("thesaurus not encoded ahead of the load", zap.Error(err))
			}
			if done != nil {
				done(err)
			}
		}()
	})
}

// encodeThesaurus has the thesaurus segment encoded and kept (thesaurusSeg)
// by writing the thesaurus into a throwaway in-memory index.
func encodeThesaurus(im *mapping.IndexMappingImpl) error {
	thesaurusSegMu.Lock()
	kept := thesaurusSeg != nil
	thesaurusSegMu.Unlock()
	if kept {
		return nil
	}
	idx, err := create("", im)
	if err != nil {
		return err
	}
	err = indexSynonyms(idx)
	if cerr := idx.Close(); err == nil {
		err = cerr
	}
	return err
}
