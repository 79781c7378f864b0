package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// writeCacheFile writes data to path atomically: a temp file in dir,
// renamed over path, so a reader sees the old file or the new one, never
// half of one. dir is created when missing, but not its parent: a data
// dir that does not exist gets no cache. The caches beside the index
// (analysed glossary, ID ranks) are checked when read, so no fsync: a
// file lost in a crash is rebuilt.
func writeCacheFile(dir, path, what string, data []byte) error {
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("create %s %s: %w", what, dir, err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("write %s %s: %w", what, path, err)
	}
	return nil
}
