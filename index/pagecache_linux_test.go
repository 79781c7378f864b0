//go:build linux

package index

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// residentPages counts the pages of path that are in the page cache.
func residentPages(t *testing.T, path string) (resident, total int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	m, err := unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	vec := make([]byte, (len(m)+os.Getpagesize()-1)/os.Getpagesize())
	if _, _, e := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), uintptr(len(m)), uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		t.Fatal(e)
	}
	for _, v := range vec {
		if v&1 == 1 {
			resident++
		}
	}
	return resident, len(vec)
}

// TestDropWrittenPages checks that a segment file written and read by this
// process leaves the page cache when dropWrittenPages runs, and that files
// of other kinds are left alone.
func TestDropWrittenPages(t *testing.T) {
	dir := t.TempDir()
	seg := filepath.Join(dir, "store", "000000000001.zap")
	other := filepath.Join(dir, "store", "root.bolt")
	if err := os.MkdirAll(filepath.Dir(seg), 0o755); err != nil {
		t.Fatal(err)
	}
	data := bytes.Repeat([]byte("planbot segment page "), 400_000) // ~8 MB
	for _, p := range []string{seg, other} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := os.ReadFile(p); err != nil {
			t.Fatal(err)
		}
	}
	if r, n := residentPages(t, seg); r < n/2 {
		t.Skipf("the file system does not keep written pages cached (%d of %d resident)", r, n)
	}
	dropWrittenPages(dir)
	if r, n := residentPages(t, seg); r > n/10 {
		t.Errorf("segment: %d of %d pages still cached after dropWrittenPages", r, n)
	}
	if r, n := residentPages(t, other); r < n/2 {
		t.Errorf("other file: only %d of %d pages cached; dropWrittenPages should touch .zap files only", r, n)
	}
}
