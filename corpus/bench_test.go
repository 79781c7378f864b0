package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// benchCorpus is about 1 MB of article text: the seed and the test articles
// repeated, each copy made distinct so nothing is cached by content.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	var docs [][]byte
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	docs = append(docs, seedArticle)
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

// BenchmarkParse measures extraction throughput in MB/s of article text
// (front matter, paragraphs, provisions, statements, topics).
func BenchmarkParse(b *testing.B) {
	docs := benchCorpus(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d, ParseOptions{Name: "bench.md", Now: fixedNow}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
