package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// This file is the garbage collector's setting for opening a data dir in
// a read-only command (`planbot ask`, `planbot search`, ...).
//
// Why: such a command is a short-lived process whose work is the open
// itself (the catalogue, the cached glossary expansion, the index's
// segments) and one answer. It allocates a few tens of MiB, almost all of
// it kept until it exits, and at the runtime's default (GOGC=100, first
// collection at 4 MiB) the collector ran six times on the way, marking a
// live heap that only grew: about a fifth of a fresh `planbot ask`'s CPU
// at 100k items (perf, write barriers included). Nothing it collected was
// garbage worth having back.
//
// So the first collection waits until the heap reaches openHeapFloor
// (GOGC off under a memory limit of that size); once a collection has run
// the operator's or the runtime's settings are back, so a corpus whose
// open needs more than the floor is collected as before, from there on,
// and memory stays bounded by what the process keeps, never by the floor
// times anything. A process that never reaches the floor exits without
// collecting at all.

// openHeapFloor is the heap a read-only command may reach before its
// first collection. At 100k items an open and one /provision allocate
// less than the floor (gctrace shows no collection after package init);
// the floor plus the mapped index stays under the 100 MiB that issue 15
// gives a fresh start (peak RSS about 77 MiB).
const openHeapFloor = 64 << 20

// openGCOnce applies the floor at most once per process: only the first
// open is a start-up.
var openGCOnce sync.Once

// gcSentinel is an object no one keeps: its cleanup runs after the first
// collection that finds it unreachable. It holds a pointer so that it is
// not a tiny allocation (whose cleanups may never run).
type gcSentinel struct {
	_ *int
	_ [16]byte
}

// openGC raises the first collection to openHeapFloor for the start-up of
// a read-only command. An operator's own GOGC or GOMEMLIMIT is left alone.
func openGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	openGCOnce.Do(func() {
		pct := debug.SetGCPercent(-1)
		limit := debug.SetMemoryLimit(openHeapFloor)
		runtime.AddCleanup(new(gcSentinel), func(struct{}) {
			debug.SetGCPercent(pct)
			debug.SetMemoryLimit(limit)
		}, struct{}{})
	})
}
