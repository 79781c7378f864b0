package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Opening a store is a fresh process's first work, most of it waiting on
// the file system: list the document directory, stat every stored file
// (its size and modification time are what lets the catalogue be trusted
// without reading the file), decode the catalogue and read the seed's
// cached entry (seedcache.go; the embedded seed is parsed only when that
// is missing). These do not depend on each other, so listStore runs them side by
// side on every core instead of one after the other.
//
// Every file is still stat-ed. Skipping that when the directory's own
// modification time has not changed was weighed and left: it would see
// files added, removed or renamed (every write of planbot's is a rename
// into place) but not a file overwritten in place (an editor, a copy over
// an existing name), and "a changed document is found" must not depend on
// how it was changed.

// storeListing is what OpenStore reads before it builds its view.
type storeListing struct {
	cat     map[string]catEntry // the catalogue, nil when unusable
	seeds   []*entry            // the seed's entries (seedEntries)
	entries []fs.DirEntry       // the document directory's entries
	infos   []fs.FileInfo       // each stored file's stat, by entries' index; nil where gone
}

// listStore reads dir for OpenStore: the catalogue decodes and the seed's
// entries are read on other goroutines while this one lists the directory and
// stats the stored files, on every core. Temp files of writes that never
// finished are removed on the way (removeStaleTemps).
func listStore(dir string) (storeListing, error) {
	var cat map[string]catEntry
	var seeds []*entry
	var wg sync.WaitGroup
	wg.Go(func() { cat = readCatalogue(dir) })
	wg.Go(func() { seeds = seedEntries(dir) })
	entries, err := readDocDir(dir)
	if err == nil {
		removeStaleTempsIn(dir, entries, time.Now())
	}
	infos := statStored(entries)
	wg.Wait() // before cat is read: the goroutines fill it
	if err != nil {
		return storeListing{}, err
	}
	return storeListing{cat: cat, seeds: seeds, entries: entries, infos: infos}, nil
}

// readDocDir lists dir; a missing directory is an empty one.
func readDocDir(dir string) ([]fs.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read document dir %s: %w", dir, err)
	}
	return entries, nil
}

// isStoredFile says whether a directory entry is a stored document's file
// (not a temp file, the catalogue or a directory).
func isStoredFile(de fs.DirEntry) bool {
	name := de.Name()
	return !de.IsDir() && strings.HasSuffix(name, ".md") && !strings.HasPrefix(name, ".")
}

// minParallelStats is the least number of entries worth statting on
// several goroutines.
const minParallelStats = 256

// statStored returns the stat of each stored file of entries, by index
// (nil for other entries and files gone meanwhile), read on every core.
func statStored(entries []fs.DirEntry) []fs.FileInfo {
	infos := make([]fs.FileInfo, len(entries))
	stat := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if isStoredFile(entries[i]) {
				if info, err := entries[i].Info(); err == nil {
					infos[i] = info
				}
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(entries)/minParallelStats)
	if workers <= 1 {
		stat(0, len(entries))
		return infos
	}
	var wg sync.WaitGroup
	per := (len(entries) + workers - 1) / workers
	for lo := 0; lo < len(entries); lo += per {
		wg.Go(func() { stat(lo, min(lo+per, len(entries))) })
	}
	wg.Wait()
	return infos
}
