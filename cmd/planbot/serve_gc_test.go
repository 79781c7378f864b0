package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestServingGC: a serving process collects at servingGCPercent until
// the returned function puts the previous setting back, unless the
// operator chose GOGC or GOMEMLIMIT, which are left as they are (and no
// memory limit is ever set by the serving setting).
func TestServingGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	tests := []struct {
		name   string
		env    map[string]string // set; GOGC and GOMEMLIMIT are unset otherwise
		during int
	}{
		{"default", nil, servingGCPercent},
		{"operator's GOGC", map[string]string{"GOGC": "50"}, 100},
		{"operator's GOGC off", map[string]string{"GOGC": "off"}, 100},
		{"operator's GOMEMLIMIT", map[string]string{"GOMEMLIMIT": "1GiB"}, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setGCEnv(t, tt.env)
			restore := servingGC()
			if got := gcPercent(); got != tt.during {
				t.Errorf("GOGC while serving = %d, want %d", got, tt.during)
			}
			if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
				t.Errorf("memory limit while serving = %d, want none", got)
			}
			restore()
			if got := gcPercent(); got != 100 {
				t.Errorf("GOGC after serving = %d, want 100 back", got)
			}
		})
	}
}
