package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// The catalogue is a cache in the document directory, <dir>/.catalogue:
// per stored file its size, modification time and content hash, the Source
// and header its extraction gave, and the extraction's fingerprint. With it
// OpenStore parses only the files that are new or changed since it was
// written, instead of every document at every start. It is never trusted
// over the files: an entry counts only while its file has the recorded size
// and modification time (or, when those changed, the recorded content
// hash), and a missing, unreadable or foreign catalogue is rebuilt from the
// files. Several processes may write it; the last complete write wins and
// the next open corrects whatever it misses.
const catalogueFile = ".catalogue"

// catalogueFormat is bumped when the catalogue's layout or the meaning of
// what it caches changes. The extraction itself is covered by the build
// identity (see extractionVersion), so a new planbot re-parses every file
// once.
const catalogueFormat = 1

// racyWindow is how recent a file's modification time may be, compared to
// when its entry was recorded, before the entry is checked by content
// hash: a file rewritten within the file system's timestamp granularity,
// at the same size, would otherwise look unchanged.
const racyWindow = time.Second

// catalogue is the file's content.
type catalogue struct {
	Format  int        `json:"format"`
	Version string     `json:"version"`
	Entries []catEntry `json:"entries"`
}

// catEntry is one stored file as the catalogue records it.
type catEntry struct {
	File         string `json:"file"`
	Size         int64  `json:"size"`
	MTime        int64  `json:"mtime"` // UnixNano
	Seen         int64  `json:"seen"`  // UnixNano when size and mtime were read
	Sum          string `json:"sum"`   // hex sha256 of the file's bytes
	Source       Source `json:"source"`
	Name         string `json:"name,omitempty"`
	PlanFallback string `json:"plan_fallback,omitempty"`
	Fingerprint  string `json:"fingerprint"`
}

// extractionVersion identifies the extraction code that produced a
// catalogue: the catalogue format and the running executable (its size and
// modification time), so that any rebuilt planbot, whose extraction may
// have changed, re-parses the files once rather than trusting Sources and
// fingerprints an older one derived.
var extractionVersion = sync.OnceValue(func() string {
	v := strconv.Itoa(catalogueFormat)
	exe, err := os.Executable()
	if err != nil {
		return v + ":unknown-" + strconv.FormatInt(time.Now().UnixNano(), 10)
	}
	info, err := os.Stat(exe)
	if err != nil {
		return v + ":unknown-" + strconv.FormatInt(time.Now().UnixNano(), 10)
	}
	return fmt.Sprintf("%s:%d:%d", v, info.Size(), info.ModTime().UnixNano())
})

// readCatalogue returns the entries of dir's catalogue by file name, or nil
// when there is none usable (missing, corrupt, or written by another
// extraction).
func readCatalogue(dir string) map[string]catEntry {
	data, err := os.ReadFile(filepath.Join(dir, catalogueFile))
	if err != nil {
		return nil
	}
	var c catalogue
	if err := json.Unmarshal(data, &c); err != nil || c.Format != catalogueFormat || c.Version != extractionVersion() {
		return nil
	}
	out := make(map[string]catEntry, len(c.Entries))
	for _, e := range c.Entries {
		if e.File == "" || e.Source.ID == "" || e.Fingerprint == "" {
			return nil // not what this code writes: rebuild
		}
		out[e.File] = e
	}
	return out
}

// writeCatalogue replaces dir's catalogue with entries. A directory that
// does not exist yet gets none.
func writeCatalogue(dir string, entries []catEntry) error {
	data, err := json.Marshal(catalogue{Format: catalogueFormat, Version: extractionVersion(), Entries: entries})
	if err != nil {
		return fmt.Errorf("encode catalogue: %w", err)
	}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return writeFileAtomic(filepath.Join(dir, catalogueFile), data)
}

// trusted reports whether an entry recorded for a file of the given size
// and modification time still describes it without reading it.
func (e catEntry) trusted(size int64, mtime time.Time) bool {
	return e.Size == size && e.MTime == mtime.UnixNano() && e.MTime < e.Seen-int64(racyWindow)
}

// fileSum is the content hash the catalogue records.
func fileSum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// Fingerprint identifies one extraction of a document: the same file
// parsed by the same extraction gives the same fingerprint, and an
// extraction that changed what the document yields gives another, so that
// an index can tell which documents to re-index.
func Fingerprint(d *Document) string {
	js, _ := json.Marshal(struct {
		S Source
		P []Provision
		T []Statement
		G []Passage
	}{d.Source, d.Provisions, d.Statements, d.Passages})
	h := sha256.Sum256(js)
	return hex.EncodeToString(h[:12])
}

// Entry is what an index needs to know of a document without parsing it:
// its Source and the fingerprint of its extraction.
type Entry struct {
	Source      Source
	Fingerprint string
}
