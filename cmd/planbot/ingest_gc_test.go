package main

import (
	"runtime/debug"
	"testing"
)

// TestIngestGC: an ingest raises the collector's target and restores it
// after, unless the environment sets GOGC (the operator's setting wins).
func TestIngestGC(t *testing.T) {
	for _, tc := range []struct {
		name string
		gogc string
		want int
	}{
		{"default", "", ingestGCPercent},
		{"operator's GOGC", "50", 100},
		{"GOGC off", "off", 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prev := debug.SetGCPercent(100)
			defer debug.SetGCPercent(prev)
			restore := ingestGC(func(k string) string {
				if k == "GOGC" {
					return tc.gogc
				}
				return ""
			})
			if got := debug.SetGCPercent(-1); got != tc.want {
				t.Errorf("GC percent during ingest %d, want %d", got, tc.want)
			}
			debug.SetGCPercent(tc.want) // put back what the probe turned off
			restore()
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("GC percent after ingest %d, want 100 again", got)
			}
		})
	}
}
