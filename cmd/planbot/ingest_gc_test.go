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

// setGCEnv makes GOGC and GOMEMLIMIT what env holds, unset where it holds
// nothing, for the rest of the test. The runtime read the env when the
// test binary started, so the collector is set as such an env would have
// left it before any setting of ours: GOGC 100, no memory limit.
func setGCEnv(t *testing.T, env map[string]string) {
	t.Helper()
	for _, k := range []string{"GOGC", "GOMEMLIMIT"} {
		if v, ok := env[k]; ok {
			t.Setenv(k, v)
		} else if v, ok := os.LookupEnv(k); ok {
			t.Setenv(k, v) // restored after the test
			os.Unsetenv(k)
		}
	}
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
}

// TestIngestGC: an ingest's load phase runs the collector at
// ingestGCPercent and puts the previous setting back afterwards, unless
// the operator chose GOGC, which is left as it is.
func TestIngestGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tests := []struct {
		name   string
		gogc   string // "" unset
		during int
	}{
		{"default", "", ingestGCPercent},
		{"operator's GOGC", "50", 100},
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
			restore := ingestGC()
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
