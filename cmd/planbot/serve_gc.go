package main

import (
	"os"
	"runtime/debug"
)

// This file is the garbage collector's setting for a serving process
// (`planbot serve`, `planbot http`) and for the bench's serving phase.
//
// Why: a server's live heap is what it opened (the catalogue, the index's
// in-memory parts, the shared vocabulary) and it stays about that size,
// while every uncached command allocates a few hundred KiB that is garbage
// as soon as the answer is written. At the runtime's default (GOGC=100) the
// collector marks the whole live heap each time the heap doubles: about a
// tenth of an uncached command's CPU at 100k items (process CPU minus the
// command's thread CPU). The collector's work per command goes as the live
// heap over the headroom, so collecting at five times the live heap instead
// of twice cuts it to about a quarter, and memory stays proportional to
// what the process keeps (flat while it serves), never to the commands
// answered.

// servingGCPercent is the GOGC a serving process runs with once it has
// opened its data dir.
const servingGCPercent = 400

// servingGC sets the collector for serving and returns the function that
// puts the previous setting back (the bench restores it after its serving
// phase; a server keeps it to the end). An operator's own GOGC, or a
// GOMEMLIMIT (which an operator sets to bound memory, often with GOGC=off),
// is left alone.
func servingGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(servingGCPercent)
	return func() { debug.SetGCPercent(prev) }
}
