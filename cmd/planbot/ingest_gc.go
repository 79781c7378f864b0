package main

import (
	"os"
	"runtime/debug"
)

// This file is the garbage collector's setting for `planbot ingest`.
//
// Why: an ingest's live heap is bounded whatever the corpus size (the
// documents read ahead are bounded by intake's memory budget, the index
// feed holds a chunk or two, scorch a segment or two not yet written), but
// it allocates its whole input several times over on the way (parsing,
// the store's encoding, bleve's analysis): at the runtime's default
// (GOGC=100) the collector took 11-12% of the run's CPU at 100k items,
// with its preemptions on top. Collecting at three times the live heap
// instead of twice brought that to about 8%; peak RSS stayed within the
// run-to-run noise of a shared machine (about 460 MB either way, the
// test binary's own corpus generation included).

// ingestGCPercent is the GOGC an ingest runs with while it stores and
// indexes.
const ingestGCPercent = 200

// ingestGC sets the collector for an ingest's load phase and returns the
// function that puts the previous setting back, for the compaction and
// what follows. An operator's own GOGC (or GOGC=off with a GOMEMLIMIT) is
// left alone.
func ingestGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(ingestGCPercent)
	return func() { debug.SetGCPercent(prev) }
}
