package perf

import "runtime/metrics"

// goMemory reads what the Go runtime holds from the OS (mapped and not
// released: the figure GOMEMLIMIT bounds, mapped index files excluded) and
// how many collections have completed. The serving loads report both, so a
// collector setting shows what it costs in memory beside what it saves in
// CPU; the process's peak RSS (Result.RSSMB) is the indexing's, not the
// serving's.
func goMemory() (heldMB float64, gcCycles uint64) {
	s := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindUint64 {
			return 0, 0 // an unknown metric in this Go version
		}
	}
	held := s[0].Value.Uint64() - s[1].Value.Uint64()
	return float64(held) / (1 << 20), s[2].Value.Uint64()
}
