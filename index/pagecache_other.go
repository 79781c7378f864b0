//go:build !linux

package index

// dropFilePages does nothing where the kernel has no posix_fadvise that
// planbot uses (see dropWrittenPages).
func dropFilePages(string) {}
