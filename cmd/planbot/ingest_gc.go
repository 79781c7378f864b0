package main

import (
	"os"
	"runtime/debug"
	"sync"
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
//
// While ready is open (a new index's thesaurus being encoded on another
// goroutine, index.ThesaurusEncoding) the setting stays as it was and is
// raised only once ready closes: that encoding's transient heap (a few
// hundred MB) at GOGC 200 raised a 20k-item ingest's peak RSS from about
// 650 MB to 740-840 MB, and at the default by 15 MB. A nil ready raises it
// at once.
func ingestGC(ready <-chan struct{}) (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	var mu sync.Mutex
	prev, raised, over := 0, false, false
	raise := func() bool {
		mu.Lock()
		defer mu.Unlock()
		if over || raised {
			return false
		}
		prev, raised = debug.SetGCPercent(ingestGCPercent), true
		return true
	}
	stop := make(chan struct{})
	if ready == nil {
		raise()
	} else {
		go func() {
			select {
			case <-ready:
				if raise() && afterGCRaised != nil {
					afterGCRaised()
				}
			case <-stop:
			}
		}()
	}
	return func() {
		mu.Lock()
		defer mu.Unlock()
		if !over {
			over = true
			close(stop)
		}
		if raised {
			debug.SetGCPercent(prev)
			raised = false
		}
	}
}

// afterGCRaised, when set, is called once ingestGC has raised the setting
// after its ready channel closed (tests).
var afterGCRaised func()
