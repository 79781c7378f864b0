package digest

import (
	"testing"
	"time"

	"planbot/corpus"
)

// BenchmarkComposeRender: a busy day (200 new sources among 2000, each with
// 8 provisions and 4 statements) composed and rendered into messages.
func BenchmarkComposeRender(b *testing.B) {
	plans := []string{"US 28-point draft", "European counter-proposal", "Geneva framework"}
	var all []*corpus.Document
	for i := range 2000 {
		all = append(all, testDoc(i, day.Add(time.Duration(i-1800)*time.Minute), plans[i%3], 8, 4))
	}
	since := day
	b.ResetTimer()
	for b.Loop() {
		fresh := Select(all, since, nil)
		d := Compose(all, fresh, since, day.Add(24*time.Hour))
		if msgs := Render(d, RenderOptions{}); len(msgs) == 0 {
			b.Fatal("no messages")
		}
	}
}
