package main

import (
	"runtime/debug"
)

// ingestGCPercent is the garbage collector's target during `planbot
// ingest`. A bulk ingest allocates heavily and briefly (parsing, then
// bleve's analysis and segment building) and its process exits when done:
// at Go's default of 100 the collector took about a seventh of the CPU of
// a 100k-item ingest; at 200 it takes about half as much, and the peak RSS
// did not move (it comes from the index's mapped segments and the
// documents held for indexing, not from the heap's slack). Issue 15.
const ingestGCPercent = 200

// ingestGC raises the collector's target for an ingest, unless GOGC is
// set in the environment: an operator's own setting wins. It returns the
// function that restores the previous target (tests run ingest in one
// process with other commands).
func ingestGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(ingestGCPercent)
	return func() { debug.SetGCPercent(prev) }
}
