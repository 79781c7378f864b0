package index

import (
	"os"
	"path/filepath"
	"strings"
)

// dropWrittenPages asks the kernel to forget the cached pages of the
// segment files under dir, once the process that merged them has closed
// the index. A process that has just written the index (planbot ingest,
// the benchmark's build) leaves every page of the new segments in the page
// cache, in large folios; the next process to open the index maps whole
// folios where it touches one page, so a fresh `ask` right after an ingest
// measured ~25 MB more resident memory (97-100 MB against 71-72 MB at 100k
// items) for pages it never reads. The writer will not read them either,
// so dropping them costs only a cold read of what a later reader actually
// touches. Errors are ignored: the pages are an optimisation, not data.
func dropWrittenPages(dir string) {
	if dir == "" {
		return
	}
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".zap") {
			return nil
		}
		dropFilePages(path)
		return nil
	})
}
