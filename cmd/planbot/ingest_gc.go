package main

import (
	"math"
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

// Stop 35 (fastingest2): GOGC 400 alone had raised peak RSS to about
// 920 MB (stop 30), so the load phase now pairs it with a soft memory
// limit: the collector runs at five times the live heap while that stays
// small, and no later than at ingestMemLimit of Go memory once it grows.
// At 100k items (BenchmarkIngest, alternated with GOGC 200) the collector's
// CPU fell from 1.3-1.8 s to about 1.05-1.1 s and the run's from 17.3-17.9
// to 15.4-15.8 s, with peak RSS at or below GOGC 200's (about 690-710 MB;
// the limit counts Go's heap, not the index files the kernel maps). A limit
// close to the live heap makes the collector run back to back: at 450 MiB
// it took 3.7 s instead of 1.6 s, so the limit keeps well above the
// bounded live heap of a load (see above).

// ingestGCPercent is the GOGC an ingest runs with while it stores and
// indexes.
const ingestGCPercent = 400

// ingestMemLimit is the soft memory limit (bytes of Go memory) that
// bounds ingestGCPercent's growth during the load phase.
const ingestMemLimit = 600 << 20

// ingestGC sets the collector for an ingest's load phase and returns the
// function that puts the previous settings back, for the compaction and
// what follows. An operator's own GOGC or GOMEMLIMIT (or a limit set in
// the program) leaves both settings alone.
func ingestGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	prevLimit := debug.SetMemoryLimit(ingestMemLimit)
	prev := debug.SetGCPercent(ingestGCPercent)
	return func() {
		debug.SetGCPercent(prev)
		debug.SetMemoryLimit(prevLimit)
	}
}
