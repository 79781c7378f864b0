//go:build linux

package index

import (
	"os"

	"golang.org/x/sys/unix"
)

// dropFilePages writes path's dirty pages (which the kernel would not
// drop) and advises it to discard the file's cached pages.
func dropFilePages(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	_ = unix.Fdatasync(int(f.Fd()))
	_ = unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
}
