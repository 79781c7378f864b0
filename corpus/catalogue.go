package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"
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
const catalogueFormat = 2

// racyWindow is how recent a file's modification time may be, compared to
// when its entry was recorded, before the entry is checked by content
// hash: a file rewritten within the file system's timestamp granularity,
// at the same size, would otherwise look unchanged.
const racyWindow = time.Second

// catalogue is the file's content: a header line, then one line per
// stored file with its fields (catEntry's, in that order) separated by
// tabs, tabs, newlines and backslashes escaped. A line format, not JSON:
// reading it is most of what opening a large store costs.
type catalogue struct {
	Format  int
	Version string
	Entries []catEntry
}

// catEntry is one stored file as the catalogue records it.
type catEntry struct {
	File         string
	Size         int64
	MTime        int64  // UnixNano
	Seen         int64  // UnixNano when size and mtime were read
	Sum          string // hex sha256 of the file's bytes
	Source       Source
	Name         string
	PlanFallback string
	Fingerprint  string
	// Points are the document's numbered provisions as a digest
	// compares them (see Entry.Points).
	Points string
}

// catFields is the number of fields of a catalogue line.
const catFields = 19

func (e *catEntry) fields() []string {
	s := &e.Source
	return []string{e.File, strconv.FormatInt(e.Size, 10), strconv.FormatInt(e.MTime, 10), strconv.FormatInt(e.Seen, 10), e.Sum,
		s.ID, s.Title, s.Outlet, s.URL, s.Published, s.Lang, s.Plan, s.Hash, s.Added, s.Guild,
		e.Name, e.PlanFallback, e.Fingerprint, e.Points}
}

func (e *catEntry) setFields(f []string) error {
	var err error
	num := func(v string) int64 {
		n, perr := strconv.ParseInt(v, 10, 64)
		if perr != nil && err == nil {
			err = perr
		}
		return n
	}
	e.File, e.Size, e.MTime, e.Seen, e.Sum = f[0], num(f[1]), num(f[2]), num(f[3]), f[4]
	e.Source = Source{ID: f[5], Title: f[6], Outlet: f[7], URL: f[8], Published: f[9], Lang: f[10], Plan: f[11],
		Hash: f[12], Added: f[13], Guild: f[14]}
	e.Name, e.PlanFallback, e.Fingerprint = f[15], f[16], f[17]
	e.Points = f[18]
	if len(e.Points)%pointSumLen != 0 && err == nil {
		err = fmt.Errorf("catalogue points %q", e.Points)
	}
	return err
}

var (
	catEscaper   = strings.NewReplacer("\\", "\\\\", "\t", "\\t", "\n", "\\n", "\r", "\\r")
	catUnescaper = strings.NewReplacer("\\\\", "\\", "\\t", "\t", "\\n", "\n", "\\r", "\r")
)

// catHeader starts every catalogue file.
const catHeader = "planbot-catalogue"

func (c *catalogue) encode() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\t%d\t%s\n", catHeader, c.Format, catEscaper.Replace(c.Version))
	for i := range c.Entries {
		for j, f := range c.Entries[i].fields() {
			if j > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(catEscaper.Replace(f))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func decodeCatalogue(data []byte) (catalogue, error) {
	var c catalogue
	// The entries' strings are slices of data, not of a copy of it (a
	// few megabytes at 100k items, most of a fresh process's first
	// allocation): callers never change data once it is decoded.
	text := unsafe.String(unsafe.SliceData(data), len(data))
	head, rest, ok := strings.Cut(text, "\n")
	hf := strings.Split(head, "\t")
	if !ok || len(hf) != 3 || hf[0] != catHeader {
		return c, errors.New("not a catalogue")
	}
	var err error
	if c.Format, err = strconv.Atoi(hf[1]); err != nil {
		return c, fmt.Errorf("catalogue format: %w", err)
	}
	c.Version = catUnescaper.Replace(hf[2])
	if c.Format != catalogueFormat || c.Version != extractionVersion() {
		return c, nil // the caller ignores it; no need to read on
	}
	c.Entries = make([]catEntry, 0, strings.Count(rest, "\n"))
	f := make([]string, 0, catFields)
	for rest != "" {
		line, more, ok := strings.Cut(rest, "\n")
		if !ok {
			return c, errors.New("catalogue cut short")
		}
		rest = more
		f = f[:0]
		for v := range strings.SplitSeq(line, "\t") {
			if strings.IndexByte(v, '\\') >= 0 {
				v = catUnescaper.Replace(v)
			}
			f = append(f, v)
		}
		if len(f) != catFields {
			return c, fmt.Errorf("catalogue line with %d fields, want %d", len(f), catFields)
		}
		var e catEntry
		if err := e.setFields(f); err != nil {
			return c, fmt.Errorf("catalogue line: %w", err)
		}
		c.Entries = append(c.Entries, e)
	}
	return c, nil
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
	c, err := decodeCatalogue(data)
	if err != nil || c.Format != catalogueFormat || c.Version != extractionVersion() {
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
	c := catalogue{Format: catalogueFormat, Version: extractionVersion(), Entries: entries}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return writeFileAtomic(filepath.Join(dir, catalogueFile), c.encode())
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
	// Points are the PointSums of the document's numbered provisions
	// (Provision.Number > 0), encoded (see DecodePoints); "" when it has
	// none. A digest tells a changed provision from a restated one by the
	// earlier documents' numbered points, so with these it parses only
	// its new documents.
	Points string
}

// PointSum is a numbered provision as a digest compares it with earlier
// ones: a hash of its plan and number (Key) and one of those and its text
// (Text), plan and text compared without regard to case or spacing.
type PointSum struct {
	Key, Text [8]byte
}

// pointSumLen is the length of one encoded PointSum.
const pointSumLen = 32

// PointSumOf returns p's PointSum.
func PointSumOf(p Provision) PointSum {
	key := lowerString(strings.TrimSpace(p.Plan)) + "\x00" + strconv.Itoa(p.Number)
	k := sha256.Sum256([]byte(key))
	t := sha256.Sum256([]byte(key + "\x00" + strings.Join(strings.Fields(lowerString(p.Text)), " ")))
	var s PointSum
	copy(s.Key[:], k[:])
	copy(s.Text[:], t[:])
	return s
}

// pointSums encodes the PointSums of d's numbered provisions.
func pointSums(d *Document) string {
	var b strings.Builder
	for _, p := range d.Provisions {
		if p.Number > 0 {
			s := PointSumOf(p)
			b.WriteString(hex.EncodeToString(s.Key[:]))
			b.WriteString(hex.EncodeToString(s.Text[:]))
		}
	}
	return b.String()
}

// DecodePoints returns the PointSums of an Entry's Points; a malformed
// one is left out.
func DecodePoints(points string) []PointSum {
	out := make([]PointSum, 0, len(points)/pointSumLen)
	for i := 0; i+pointSumLen <= len(points); i += pointSumLen {
		var s PointSum
		if _, err := hex.Decode(s.Key[:], []byte(points[i:i+16])); err != nil {
			continue
		}
		if _, err := hex.Decode(s.Text[:], []byte(points[i+16:i+32])); err != nil {
			continue
		}
		out = append(out, s)
	}
	return out
}
