package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's current GOGC without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestIngestGC: an ingest's load phase runs the collector at
// ingestGCPercent under the soft limit ingestMemLimit and puts the previous
// settings back afterwards, unless the operator chose GOGC or GOMEMLIMIT
// (or the program set a limit), which are left as they are.
func TestIngestGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	tests := []struct {
		name        string
		env         map[string]string // "" value: unset
		limit       int64             // the limit before the ingest
		during      int
		duringLimit int64
	}{
		{"default", map[string]string{"GOGC": "", "GOMEMLIMIT": ""}, math.MaxInt64, ingestGCPercent, ingestMemLimit},
		{"operator's GOGC", map[string]string{"GOGC": "50", "GOMEMLIMIT": ""}, math.MaxInt64, 100, math.MaxInt64},
		{"operator's GOMEMLIMIT", map[string]string{"GOGC": "", "GOMEMLIMIT": "2GiB"}, 2 << 30, 100, 2 << 30},
		{"limit set by the program", map[string]string{"GOGC": "", "GOMEMLIMIT": ""}, 1 << 30, 100, 1 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				if v == "" {
					if old, ok := os.LookupEnv(k); ok {
						t.Setenv(k, old) // restored after the test
						os.Unsetenv(k)
					}
				} else {
					t.Setenv(k, v)
				}
			}
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(tt.limit)
			restore := ingestGC()
			if got := gcPercent(); got != tt.during {
				t.Errorf("GOGC during the load = %d, want %d", got, tt.during)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.duringLimit {
				t.Errorf("memory limit during the load = %d, want %d", got, tt.duringLimit)
			}
			restore()
			if got := gcPercent(); got != 100 {
				t.Errorf("GOGC after the load = %d, want 100 back", got)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.limit {
				t.Errorf("memory limit after the load = %d, want %d back", got, tt.limit)
			}
		})
	}
}
