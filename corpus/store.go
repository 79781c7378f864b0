package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

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
	byHash map[string]*Document // hashKey (guild and content hash) -> document
	files  map[string]bool      // stored file names already read
	mtimes map[string]time.Time // stored file name -> modification time when read
	names  map[string]string    // source ID -> file name it was ingested under
	metas  map[string]parseMeta // source ID -> what its stored header keeps beside the Source
	gen    uint64               // bumped whenever docs changes; see Generation
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
		names:  map[string]string{},
		mtimes: map[string]time.Time{},
		metas:  map[string]parseMeta{},
	}
	removeStaleTemps(dir, time.Now())
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

// Generation changes whenever a document is added or removed, so a caller
// can keep what it derives from Sources until the store changes.
func (s *Store) Generation() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.gen
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
// the same document instead of keeping both: a stored document with the
// same URL, or ingested under the same file name (ParseOptions.Name or the
// front matter's name), whose text or metadata differ. The new file is
// written before the old one is removed, so a crash loses neither.
// Identical content under the same metadata is skipped (Added false).
// Replaced may hold a source with the new document's own ID, when only
// the metadata changed: the caller removes the old records, then indexes
// the new ones.
func (s *Store) Put(data []byte, opts ParseOptions) (PutResult, error) {
	doc, meta, err := parse(data, opts)
	if err != nil {
		return PutResult{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	olds := s.versionsOf(doc.Source.Guild, doc.Source.URL, meta.name)
	if have, ok := s.visibleCopy(doc.Source); ok {
		same := sameMetadata(have.Source, doc.Source) && s.metas[have.Source.ID].planFallback == meta.planFallback
		if same || !containsDoc(olds, have) {
			return PutResult{Doc: have}, nil // the same document, or the same text elsewhere
		}
		doc.Source.Added = have.Source.Added // a new header, not a new arrival
	}
	if err := s.write(doc, meta); err != nil {
		return PutResult{}, err
	}
	var replaced []Source
	for _, old := range olds {
		if old.Source.ID != doc.Source.ID {
			path := filepath.Join(s.dir, old.Source.ID+".md")
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return PutResult{}, fmt.Errorf("remove replaced document %s: %w", path, err)
			}
			delete(s.files, old.Source.ID+".md")
		}
		s.forget(old)
		replaced = append(replaced, old.Source)
	}
	s.files[doc.Source.ID+".md"] = true
	s.insert(doc)
	s.remember(doc, meta)
	return PutResult{Doc: doc, Added: true, Replaced: replaced}, nil
}

// versionsOf returns the stored documents (never the seed) of the given
// collection (guild, "" for the global one) with the given URL or ingested
// under the given file name. The caller holds mu.
func (s *Store) versionsOf(guild, url, name string) []*Document {
	var out []*Document
	for _, d := range s.docs[len(Seed()):] {
		if d.Source.Guild != guild {
			continue
		}
		if url != "" && d.Source.URL == url || name != "" && s.names[d.Source.ID] == name {
			out = append(out, d)
		}
	}
	return out
}

// hashKey is the byHash key of a source: the same text is one document
// per collection.
func hashKey(guild, hash string) string { return guild + "\x00" + hash }

// visibleCopy finds a stored document with src's text that src's
// collection already sees: its own copy, else the global one. Another
// server's copy is never returned, so adding a text says nothing about what
// other servers hold. The caller holds mu.
func (s *Store) visibleCopy(src Source) (*Document, bool) {
	if d, ok := s.byHash[hashKey(src.Guild, src.Hash)]; ok {
		return d, true
	}
	if src.Guild != "" {
		d, ok := s.byHash[hashKey("", src.Hash)]
		return d, ok
	}
	return nil, false
}

func containsDoc(ds []*Document, d *Document) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// sameMetadata compares what a document's header says, not when it came.
func sameMetadata(a, b Source) bool {
	return a.Title == b.Title && a.Outlet == b.Outlet && a.URL == b.URL && a.Published == b.Published && a.Lang == b.Lang && a.Plan == b.Plan && a.Guild == b.Guild
}

// remember keeps what the stored header says beside the Source. The caller
// holds mu (or owns s).
func (s *Store) remember(d *Document, meta parseMeta) {
	if meta.name == d.Source.ID+".md" {
		meta.name = "" // a stored file read without a name header
	}
	s.metas[d.Source.ID] = meta
	if meta.name != "" {
		s.names[d.Source.ID] = meta.name
	}
}

// forget drops a document from the in-memory view. The caller holds mu.
func (s *Store) forget(d *Document) {
	s.gen++
	for i, x := range s.docs {
		if x == d {
			s.docs = append(s.docs[:i], s.docs[i+1:]...)
			break
		}
	}
	if s.byID[d.Source.ID] == d {
		delete(s.byID, d.Source.ID)
		delete(s.names, d.Source.ID)
		delete(s.metas, d.Source.ID)
	}
	if k := hashKey(d.Source.Guild, d.Source.Hash); s.byHash[k] == d {
		delete(s.byHash, k)
	}
}

// write stores a document's file atomically. The caller holds mu.
func (s *Store) write(doc *Document, meta parseMeta) error {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("create document dir %s: %w", s.dir, err)
	}
	content, err := encodeDocument(doc, meta)
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(s.dir, doc.Source.ID+".md"), content)
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
	if have, ok := s.visibleCopy(doc.Source); ok {
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
		s.remember(have, meta)
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
	s.remember(doc, meta)
	return doc, true, nil
}

// Reload reads files another process (the CLI's ingest) added since the
// store was opened or last reloaded, and returns the new documents. Files
// removed meanwhile (replaced by a new version) are forgotten.
func (s *Store) Reload() ([]*Document, error) {
	r, err := s.ReloadChanges(context.Background())
	return r.Added, err
}

// ReloadResult says what ReloadChanges found.
type ReloadResult struct {
	Added   []*Document // new files, in Added order
	Removed []Source    // documents whose files are gone (replaced by a new version)
}

// ReloadChanges is Reload also reporting the documents whose files another
// process removed, so a running bot can drop them from its index.
func (s *Store) ReloadChanges(ctx context.Context) (ReloadResult, error) {
	var r ReloadResult
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		entries, err = nil, nil
	}
	if err != nil {
		return r, fmt.Errorf("read document dir %s: %w", s.dir, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	present := make(map[string]bool, len(entries))
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			continue
		}
		present[name] = true
		info, err := e.Info()
		if err != nil {
			continue // removed while we read the directory
		}
		if s.files[name] && (s.mtimes[name].IsZero() || info.ModTime().Equal(s.mtimes[name])) {
			continue
		}
		s.mtimes[name] = info.ModTime()
		path := filepath.Join(s.dir, name)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			delete(present, name) // replaced while we read the directory
			continue
		}
		if err != nil {
			return r, fmt.Errorf("read stored document %s: %w", path, err)
		}
		doc, meta, err := parse(data, ParseOptions{Name: name})
		if err != nil {
			return r, fmt.Errorf("stored document: %w", err)
		}
		s.files[name] = true
		if have, dup := s.byHash[hashKey(doc.Source.Guild, doc.Source.Hash)]; dup {
			if have.Source.ID != doc.Source.ID || sameMetadata(have.Source, doc.Source) {
				continue
			}
			// another process rewrote the file with a new header (Put
			// of the same text with new metadata)
			s.forget(have)
			r.Removed = append(r.Removed, have.Source)
		}
		s.insert(doc)
		s.remember(doc, meta)
		r.Added = append(r.Added, doc)
	}
	for name := range s.files {
		if present[name] {
			continue
		}
		delete(s.files, name)
		delete(s.mtimes, name)
		if d, ok := s.byID[strings.TrimSuffix(name, ".md")]; ok {
			s.forget(d)
			r.Removed = append(r.Removed, d.Source)
		}
	}
	sort.SliceStable(r.Added, func(i, j int) bool { return lessAdded(r.Added[i], r.Added[j]) })
	sort.Slice(r.Removed, func(i, j int) bool { return r.Removed[i].ID < r.Removed[j].ID })
	return r, nil
}

// removeStaleTemps deletes the temp files of writes that never finished
// (an ingest killed mid-write): older than a minute, so a write in progress
// in another process is left alone. Failing to remove one is harmless.
func removeStaleTemps(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasPrefix(e.Name(), ".") || !strings.Contains(e.Name(), ".tmp-") {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < time.Minute {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// insert adds a parsed document to the in-memory view, keeping stored
// documents in Added order after the seed. The caller holds mu (or owns s).
func (s *Store) insert(d *Document) {
	s.gen++
	s.byID[d.Source.ID] = d
	s.byHash[hashKey(d.Source.Guild, d.Source.Hash)] = d
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
		Name:         meta.name,
		Guild:        d.Source.Guild,
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
