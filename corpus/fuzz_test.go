package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds are the inputs every fuzzer starts from: the test articles, the
// seed, and the malformed shapes Parse must reject cleanly.
func fuzzSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/articles/*")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, filepath.Base(file))
		}
	}
	f.Add(seedArticle, "seed.md")
	// Saved pages and feeds (markup.go): the converted path is fuzzed too.
	markup, _ := filepath.Glob("testdata/markup/*")
	for _, file := range markup {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, filepath.Base(file))
		}
	}
	for _, s := range []string{
		"", "---", "---\n", "---\n---\n", "---\ntitle: [\n---\nx", "\x00", "\xff\xfe",
		"1. a\n2) b\n3 – c\n4- d\n5 e\n- f\n* g\n• h\n(a) i\na. j",
		"“unclosed quote, said Rubio.", "\"“”\" said he. “", "According to", "according to a",
		"European leaders, including , , and , said", ", including X, said that",
		"RUBIO: x\nQ: y\n\nz", "He said. She said. They said. It said.",
		"Mr. U.S. J. D. Vance said: “x.” “y.”", strings.Repeat("said ", 200),
		strings.Repeat("“", 100) + strings.Repeat("”", 100), "# \n## x\n#", "—\n–\n-\n", "Как сообщил журналистам, встреча пройдет.",
	} {
		f.Add([]byte(s), "x.txt")
	}
}

// fuzzParse parses one fuzz input: a failure must say what went wrong, a
// success must be a consistent Document (checkDocument). ok is false when
// the input was refused.
func fuzzParse(t *testing.T, data []byte, name string) (d *Document, ok bool) {
	t.Helper()
	d, err := Parse(data, ParseOptions{Name: name, Now: fixedNow})
	if err != nil {
		if err.Error() == "" {
			t.Fatal("empty error message")
		}
		return nil, false
	}
	checkDocument(t, d)
	return d, true
}

// FuzzParse: any input either parses into a consistent Document or fails
// with an error; nothing panics or hangs.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		if strings.ContainsRune(name, '/') {
			name = filepath.Base(name)
		}
		defer watchdog(data)()
		d, ok := fuzzParse(t, data, name)
		if !ok {
			return
		}
		// the same input gives the same document
		d2, err := Parse(data, ParseOptions{Name: name, Now: fixedNow})
		if err != nil || d2.Source != d.Source || len(d2.Statements) != len(d.Statements) || len(d2.Provisions) != len(d.Provisions) {
			t.Fatalf("second parse differs: %v", err)
		}
	})
}

// FuzzStoreRoundTrip: what the store writes reads back to the same
// extraction.
func FuzzStoreRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		name = filepath.Base(name)
		defer watchdog(data)()
		doc, meta, err := parse(data, ParseOptions{Name: name, Now: fixedNow})
		if err != nil {
			return
		}
		enc, err := encodeDocument(doc, meta)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(enc, ParseOptions{Name: doc.Source.ID + ".md"})
		if err != nil {
			t.Fatalf("stored form does not parse: %v\n%s", err, enc)
		}
		if back.Source != doc.Source {
			t.Fatalf("source changed:\n got %+v\nwant %+v", back.Source, doc.Source)
		}
		if len(back.Provisions) != len(doc.Provisions) || len(back.Statements) != len(doc.Statements) {
			t.Fatalf("extraction changed: %d/%d provisions, %d/%d statements", len(back.Provisions), len(doc.Provisions), len(back.Statements), len(doc.Statements))
		}
	})
}

// watchdog turns a hang into a crash the fuzzer records: the go fuzzer has
// no per-input timeout, and a stuck worker only shows as 0 execs/sec.
func watchdog(data []byte) (stop func()) {
	t := time.AfterFunc(10*time.Second, func() {
		panic(fmt.Sprintf("Parse hung for 10s on %d bytes: %q", len(data), data))
	})
	return func() { t.Stop() }
}

func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if d.Body == "" || d.Source.ID == "" || !strings.HasPrefix(d.Source.Hash, d.Source.ID) {
		t.Fatalf("bad source %+v", d.Source)
	}
	if d.Provisions == nil || d.Statements == nil {
		t.Fatal("nil slices")
	}
	for _, p := range d.Provisions {
		if !strings.HasPrefix(p.ID, d.Source.ID+"-p") || p.Topics == nil || p.Text == "" || p.Plan == "" || !utf8.ValidString(p.Text) {
			t.Fatalf("bad provision %+v", p)
		}
	}
	for _, s := range d.Statements {
		if !strings.HasPrefix(s.ID, d.Source.ID+"-s") || s.Topics == nil || s.Text == "" || s.Speaker == "" || !utf8.ValidString(s.Text) {
			t.Fatalf("bad statement %+v", s)
		}
	}
}
