package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchCorpus is about 1 MB of article text: the given fixtures (and the
// seed if asked) repeated, each copy made distinct so nothing is cached by
// content.
func benchCorpus(b *testing.B, files []string, seed bool) [][]byte {
	b.Helper()
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	if seed {
		docs = append(docs, seedArticle)
	}
	var out [][]byte
	size := 0
	for i := 0; size < 1<<20; i++ {
		d := docs[i%len(docs)]
		d = append(bytes.Clone(d), []byte("\nCopy number "+string(rune('a'+i%26))+".\n")...)
		out = append(out, d)
		size += len(d)
	}
	return out
}

// benchParse runs Parse over docs and reports MB/s of article text, by
// the wall clock (MB/s) and by the process's CPU time (cpu-MB/s: user and
// system time of all threads, the collector's included). On a machine
// shared by many jobs the wall clock measures the queue; CPU time is what
// the code costs.
func benchParse(b *testing.B, docs [][]byte) {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := processCPU()
	n := 0
	for b.Loop() {
		n++
		for _, d := range docs {
			if _, err := Parse(d, ParseOptions{Name: "bench.md", Now: fixedNow}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(n)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// processCPU is the user and system time the process has used so far, 0
// where the system does not say.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParse measures extraction throughput in MB/s of article text
// (front matter, paragraphs, provisions, statements, topics) over the
// English test articles and the seed.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("testdata/articles/*")
	benchParse(b, benchCorpus(b, files, true))
}

// BenchmarkParseMixed measures the same over the extraction-quality
// fixtures: wire reports, interviews, live blogs and plan lists in seven
// languages, so that scripts other than Latin and the rules for them are
// measured too.
func BenchmarkParseMixed(b *testing.B) {
	var files []string
	err := filepath.WalkDir("testdata/extraction", func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil || len(files) == 0 {
		b.Fatalf("no extraction fixtures: %v", err)
	}
	benchParse(b, benchCorpus(b, files, false))
}
