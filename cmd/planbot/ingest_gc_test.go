package main

import (
	"os"
	"runtime/debug"
	"sync/atomic"
	"testing"
)

// gcPercent reads the collector's current GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestIngestGC: an ingest's load phase runs the collector at
// ingestGCPercent and puts the previous setting back afterwards, unless
// the operator chose GOGC, which is left as it is; while a thesaurus is
// being encoded (ready open) the setting is raised only once it is done.
func TestIngestGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer func() { afterGCRaised = nil }()
	tests := []struct {
		name    string
		gogc    string // "" unset
		pending bool   // a thesaurus encoding still running at the start
		before  int    // GOGC before ready closes
		during  int    // GOGC once it closed
	}{
		{"default", "", false, ingestGCPercent, ingestGCPercent},
		{"thesaurus being encoded", "", true, 100, ingestGCPercent},
		{"operator's GOGC", "50", true, 100, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.gogc == "" {
				if v, ok := os.LookupEnv("GOGC"); ok {
					t.Setenv("GOGC", v) // restored after the test
					os.Unsetenv("GOGC")
				}
			} else {
				t.Setenv("GOGC", tt.gogc)
			}
			debug.SetGCPercent(100)
			var ready chan struct{}
			raised := make(chan struct{})
			afterGCRaised = func() { close(raised) }
			if tt.pending {
				ready = make(chan struct{})
			}
			restore := ingestGC(ready)
			if got := gcPercent(); got != tt.before {
				t.Errorf("GOGC during the thesaurus = %d, want %d", got, tt.before)
			}
			if tt.pending {
				close(ready)
				if tt.gogc == "" {
					<-raised
				}
			}
			if got := gcPercent(); got != tt.during {
				t.Errorf("GOGC during the load = %d, want %d", got, tt.during)
			}
			restore()
			if got := gcPercent(); got != 100 {
				t.Errorf("GOGC after the load = %d, want 100 back", got)
			}
		})
	}
}

// TestIngestGCRestoredBeforeReady: a load that ends before the thesaurus
// does leaves the setting as it found it, and the thesaurus ending later
// does not raise it.
func TestIngestGCRestoredBeforeReady(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	if v, ok := os.LookupEnv("GOGC"); ok {
		t.Setenv("GOGC", v)
		os.Unsetenv("GOGC")
	}
	var raised atomic.Bool
	afterGCRaised = func() { raised.Store(true) }
	defer func() { afterGCRaised = nil }()
	ready := make(chan struct{})
	restore := ingestGC(ready)
	restore()
	close(ready)
	restore() // twice is harmless
	if got := gcPercent(); got != 100 || raised.Load() {
		t.Errorf("GOGC after the load = %d (raised %v), want 100, not raised", got, raised.Load())
	}
}
