package intake

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	sparse := filepath.Join(dir, "huge.txt")
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	// 1 GiB that takes no disk space: Truncate makes a sparse file.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	small := filepath.Join(dir, "ok.txt")
	if err := os.WriteFile(small, []byte("A short document.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		max     int64
		wantErr error
		wantMsg string
	}{
		{"fifo", fifo, 0, ErrNotRegular, "a FIFO"},
		{"symlink to /dev/zero", zero, 0, ErrNotRegular, "a character device"},
		{"folder", dir, 0, ErrNotRegular, "a folder"},
		{"sparse 1 GiB", sparse, 0, ErrTooLarge, "1024.0 MiB"},
		{"over a small limit", small, 5, ErrTooLarge, "18 bytes"},
		{"regular", small, 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan struct{})
			var b []byte
			var err error
			go func() {
				defer close(done)
				b, err = ReadFile(context.Background(), tt.path, tt.max)
			}()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("ReadFile blocked") // a FIFO must never hang
			}
			if tt.wantErr == nil {
				if err != nil || string(b) != "A short document.\n" {
					t.Fatalf("ReadFile = %q, %v", b, err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("err = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
			}
			if b != nil {
				t.Errorf("read %d bytes of a refused file", len(b))
			}
		})
	}
}

func TestReadStreamBoundedAndCancellable(t *testing.T) {
	b, err := ReadStream(context.Background(), strings.NewReader("hello"), "stdin", 10)
	if err != nil || string(b) != "hello" {
		t.Fatalf("ReadStream = %q, %v", b, err)
	}
	// /dev/zero never ends: the limit stops it after max+1 bytes.
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip(err)
	}
	defer zero.Close()
	if _, err := ReadStream(context.Background(), zero, "zeros", 1<<20); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("endless stream: err = %v, want ErrTooLarge", err)
	}
	// A pipe nobody writes to: cancelling returns at once.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	if _, err := ReadStream(ctx, r, "stdin", 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("cancelled read returned after %s", d)
	}
}

func TestReadBoundedStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := readBounded(ctx, "x", io.LimitReader(neverEnding{}, 1<<30), 1<<30, -1); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

type neverEnding struct{}

func (neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain/name.txt", "plain/name.txt"},
		{"café ünïcode.md", "café ünïcode.md"},
		{"two\nlines.txt", `two\nlines.txt`},
		{"red\x1b[31m.txt", `red\x1b[31m.txt`},
		{"bad\xffbyte.txt", `bad\xffbyte.txt`},
		{`quote".txt`, `quote".txt`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadFileBufferFitsFile checks that a file is read into a buffer of
// about its own size: an ingest of thousands of short articles otherwise
// allocates a whole read chunk for each.
func TestReadFileBufferFitsFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		size int
	}{
		{"empty", 0},
		{"short article", 3000},
		{"one byte under a chunk", chunk - 1},
		{"several chunks", 3*chunk + 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".txt")
			want := bytes.Repeat([]byte("x"), tt.size)
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := ReadFile(context.Background(), path, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("read %d bytes, want %d", len(got), len(want))
			}
			if limit := max(tt.size+1, 512); cap(got) > limit {
				t.Errorf("buffer of %d bytes for a %d-byte file, want at most %d", cap(got), tt.size, limit)
			}
		})
	}
}
