package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Store is the on-disk corpus: the embedded seed plus one file per ingested
// document, <dir>/<sourceID>.md, holding a front matter header and the
// normalised body. Everything else (the index, the bot's state) derives from
// these files. A Store is safe for concurrent use; several processes may
// add to the same directory, since each file is written atomically under a
// name derived from its content.
type Store struct {
	dir string

	mu     sync.RWMutex
	docs   []*Document          // seed first, then stored in Added order
	byID   map[string]*Document // source ID -> document
	byHash map[string]*Document // content hash -> document
	files  map[string]bool      // stored file names already read
}

// OpenStore opens the document directory dir (normally <data>/docs). A
// missing directory is an empty store holding only the seed; it is created
// on the first Add. A stored file that does not parse is an error naming it.
func OpenStore(dir string) (*Store, error) {
	s := &Store{
		dir:    dir,
		byID:   map[string]*Document{},
		byHash: map[string]*Document{},
		files:  map[string]bool{},
	}
	for _, d := range Seed() {
		s.insert(d)
	}
	if _, err := s.Reload(); err != nil {
		return nil, err
	}
	return s, nil
}

// Dir is the directory the store keeps its files in.
func (s *Store) Dir() string { return s.dir }

// Documents returns the seed first, then stored documents in Added order
// (ties by ID). The documents are shared: callers must not modify them.
func (s *Store) Documents() []*Document {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*Document, len(s.docs))
	copy(out, s.docs)
	return out
}

// Sources returns the Source of every document, in Documents order.
func (s *Store) Sources() []Source {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Source, len(s.docs))
	for i, d := range s.docs {
		out[i] = d.Source
	}
	return out
}

// Get returns the document with the given source ID.
func (s *Store) Get(sourceID string) (*Document, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, ok := s.byID[sourceID]
	return d, ok
}

// PutResult says what Store.Put did.
type PutResult struct {
	Doc *Document
	// Added is true when data was stored: a new document, or a new version
	// of one already held.
	Added bool
	// Replaced are the sources of the older versions Put removed (the same
	// URL or file name with other text or metadata); the caller removes
	// their records from anything derived, such as the index.
	Replaced []Source
}

// Put parses data and stores it like Add, and replaces an older version of
// the same document (same URL or file name) instead of keeping both.
func (s *Store) Put(data []byte, opts ParseOptions) (PutResult, error) {
	doc, added, err := s.Add(data, opts)
	if err != nil {
		return PutResult{}, err
	}
	return PutResult{Doc: doc, Added: added}, nil
}

// Add parses data and stores it. added is false, with the document already
// held, when the same normalised body is present (the seed included). A
// document that does not parse is not stored at all.
func (s *Store) Add(data []byte, opts ParseOptions) (doc *Document, added bool, err error) {
	doc, meta, err := parse(data, opts)
	if err != nil {
		return nil, false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if have, ok := s.byHash[doc.Source.Hash]; ok {
		return have, false, nil
	}
	file := doc.Source.ID + ".md"
	path := filepath.Join(s.dir, file)
	if existing, err := os.ReadFile(path); err == nil {
		// another process stored it since our last Reload, or someone
		// edited the stored file by hand
		have, err := Parse(existing, ParseOptions{Name: file})
		if err != nil {
			return nil, false, fmt.Errorf("stored document: %w", err)
		}
		if have.Source.Hash != doc.Source.Hash {
			return nil, false, fmt.Errorf("store %s: %s already exists with other content (edited by hand?); move it away to add this document", opts.Name, path)
		}
		s.files[file] = true
		s.insert(have)
		return have, false, nil
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("create document dir %s: %w", s.dir, err)
	}
	content, err := encodeDocument(doc, meta)
	if err != nil {
		return nil, false, err
	}
	if err := writeFileAtomic(path, content); err != nil {
		return nil, false, err
	}
	s.files[file] = true
	s.insert(doc)
	return doc, true, nil
}

// Reload reads files another process (the CLI's ingest) added since the
// store was opened or last reloaded, and returns the new documents.
func (s *Store) Reload() ([]*Document, error) {
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read document dir %s: %w", s.dir, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var fresh []*Document
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") || s.files[name] {
			continue
		}
		path := filepath.Join(s.dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			return fresh, fmt.Errorf("read stored document %s: %w", path, err)
		}
		doc, err := Parse(data, ParseOptions{Name: name})
		if err != nil {
			return fresh, fmt.Errorf("stored document: %w", err)
		}
		s.files[name] = true
		if _, dup := s.byHash[doc.Source.Hash]; dup {
			continue
		}
		s.insert(doc)
		fresh = append(fresh, doc)
	}
	sort.SliceStable(fresh, func(i, j int) bool { return lessAdded(fresh[i], fresh[j]) })
	return fresh, nil
}

// insert adds a parsed document to the in-memory view, keeping stored
// documents in Added order after the seed. The caller holds mu (or owns s).
func (s *Store) insert(d *Document) {
	s.byID[d.Source.ID] = d
	s.byHash[d.Source.Hash] = d
	nSeed := len(Seed())
	i := len(s.docs)
	if len(s.docs) >= nSeed {
		i = sort.Search(len(s.docs)-nSeed, func(k int) bool { return lessAdded(d, s.docs[nSeed+k]) }) + nSeed
	}
	s.docs = append(s.docs, nil)
	copy(s.docs[i+1:], s.docs[i:])
	s.docs[i] = d
}

func lessAdded(a, b *Document) bool {
	if a.Source.Added != b.Source.Added {
		return a.Source.Added < b.Source.Added
	}
	return a.Source.ID < b.Source.ID
}

// encodeDocument renders a document as its stored file: front matter with
// every Source field that is not derived from the body, then the body.
func encodeDocument(d *Document, meta parseMeta) ([]byte, error) {
	fm := frontMatter{
		Title:        d.Source.Title,
		URL:          d.Source.URL,
		Outlet:       d.Source.Outlet,
		Published:    d.Source.Published,
		Plan:         d.Source.Plan,
		Lang:         d.Source.Lang,
		Added:        d.Source.Added,
		PlanFallback: meta.planFallback,
	}
	head, err := yaml.Marshal(fm)
	if err != nil {
		return nil, fmt.Errorf("encode front matter of %s: %w", d.Source.ID, err)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(head)
	b.WriteString("---\n")
	b.WriteString(d.Body)
	b.WriteString("\n")
	return b.Bytes(), nil
}

// writeFileAtomic writes data to path so that readers see the old file or
// the complete new one, never a part: temp file, fsync, rename, dir fsync.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temp file in %s: %w", dir, err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("chmod %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename %s to %s: %w", tmp, path, err)
	}
	ok = true
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open dir %s for sync: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	return nil
}
