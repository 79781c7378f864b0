package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"
)

// TestOpenGC: a read-only command's start-up collects nothing before the
// heap reaches openHeapFloor (GOGC off under that memory limit), and the
// first collection puts the previous settings back; an operator's GOGC or
// GOMEMLIMIT is left as it is.
func TestOpenGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	tests := []struct {
		name      string
		env       map[string]string // set; GOGC and GOMEMLIMIT are unset otherwise
		during    int
		duringLim int64
	}{
		{"default", nil, -1, openHeapFloor},
		{"operator's GOGC", map[string]string{"GOGC": "50"}, 100, math.MaxInt64},
		{"operator's GOMEMLIMIT", map[string]string{"GOMEMLIMIT": "1GiB"}, 100, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setGCEnv(t, tt.env)
			openGCOnce = sync.Once{}
			openGC()
			if got, lim := gcPercent(), debug.SetMemoryLimit(-1); got != tt.during || lim != tt.duringLim {
				t.Errorf("during start-up: GOGC %d, limit %d; want %d, %d", got, lim, tt.during, tt.duringLim)
			}
			// The first collection puts the settings back (the cleanup runs
			// on its own goroutine soon after).
			deadline := time.Now().Add(10 * time.Second)
			for {
				runtime.GC()
				if gcPercent() == 100 && debug.SetMemoryLimit(-1) == math.MaxInt64 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("after a collection: GOGC %d, limit %d; want 100 and no limit back", gcPercent(), debug.SetMemoryLimit(-1))
				}
				time.Sleep(10 * time.Millisecond)
			}
			// Only the first open of a process is a start-up.
			openGC()
			if got := gcPercent(); got != 100 {
				t.Errorf("second open: GOGC %d, want 100", got)
			}
		})
	}
}
