package httpapi

import (
	"io"
	"net/http"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"planbot/bot/internal/bottest"
)

// BenchmarkSignedCommands measures the endpoint as Discord uses it: signed
// slash-command interactions POSTed over loopback by concurrent clients
// (4 per core), each answered in full (verify, parse, search the fixture
// corpus, render, encode). It reports requests per second and latency
// percentiles as seen by the clients.
//
//	go test ./bot/httpapi -run '^$' -bench SignedCommands -benchtime 5000x
func BenchmarkSignedCommands(b *testing.B) {
	e := newEnv(b, nil)
	lines := []map[string]any{
		bottest.CommandData("search", map[string]string{"query": "prisoners"}, ""),
		bottest.CommandData("provision", map[string]string{"topic": "nato"}, ""),
		bottest.CommandData("statement", map[string]string{"who": "rubio"}, ""),
		bottest.CommandData("compare", map[string]string{"topic": "army size"}, ""),
		bottest.CommandData("search", map[string]string{"query": "geneva", "kind": "statement"}, ""),
	}
	bodies := make([][]byte, 64)
	for i := range bodies {
		bodies[i] = interactionJSON(i, discordgo.InteractionApplicationCommand, lines[i%len(lines)])
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64}}
	defer client.CloseIdleConnections()

	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(4)
	b.ResetTimer()
	cpu0 := cpuTime()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		i := 0
		for pb.Next() {
			req := signed(e.srv.URL, bodies[i%len(bodies)], time.Now(), testKey)
			i++
			t0 := time.Now()
			resp, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			mine = append(mine, time.Since(t0))
			if resp.StatusCode != http.StatusOK {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50_ms")
	b.ReportMetric(pct(0.99), "p99_ms")
	// CPU per request (server and client together) does not depend on how
	// busy the machine is, unlike req/s on a shared box.
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(lat)), "cpu_us/req")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
