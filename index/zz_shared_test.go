package index

import (
	"runtime"
	"testing"
	"time"
)

func TestZZShared(t *testing.T) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	im, _ := buildMapping()
	t1 := time.Now()
	g, _ := glossaryGroups()
	t2 := time.Now()
	v, _ := versionString(im)
	t3 := time.Now()
	e, _ := newExpander(im, g)
	t4 := time.Now()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("mapping %v groups %v version %v expander %v; kept %.2f MB alloc %.2f MB %s %p", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3),
		float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), float64(m1.TotalAlloc-m0.TotalAlloc)/(1<<20), v, e)
}

func BenchmarkZZGroups(b *testing.B) {
	for b.Loop() {
		glossaryGroups()
	}
}
func BenchmarkZZVersion(b *testing.B) {
	im, _ := buildMapping()
	for b.Loop() {
		versionString(im)
	}
}
