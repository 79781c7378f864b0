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
// (GOGC=100) the collector ran every few megabytes and took about a
// seventh of the run's CPU, with its preemptions on top. Collecting at
// three times the live heap instead of twice halves that; measured at 100k
// items it cut the run's CPU by about a tenth with peak RSS unchanged,
// because the peak comes from the index's merge at the end, not from the
// heap during the load.

// ingestGCPercent is the GOGC an ingest runs with while it stores and
// indexes.
const ingestGCPercent = 200

// ingestGC sets the collector for an ingest's load phase and returns the
// function that puts the previous setting back (before the compaction,
// whose own memory is the run's peak). An operator's own GOGC (or
// GOMEMLIMIT-driven setup through GOGC=off) is left alone.
func ingestGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(ingestGCPercent)
	return func() { debug.SetGCPercent(prev) }
}
