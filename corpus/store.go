package corpus

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"weak"

	"go.yaml.in/yaml/v3"
)

// Store is the on-disk corpus: the embedded seed plus one file per ingested
// document, <dir>/<sourceID>.md, holding a front matter header and the
// normalised body. Everything else (the index, the bot's state) derives from
// these files. A Store is safe for concurrent use; several processes may
// add to the same directory, since each file is written atomically under a
// name derived from its content.
//
// A Store keeps the Source of every document, not the parsed documents:
// Get and Documents parse stored files on demand (a document still
// referenced somewhere is returned again without parsing), so its memory
// does not grow with the documents' text. What it knows of each file is
// cached in the catalogue (see catalogue.go), so opening a large store
// parses only what changed.
type Store struct {
	dir string

	mu      sync.RWMutex
	entries []*entry          // seed first, then stored in Added order
	byID    map[string]*entry // source ID -> document
	byHash  map[string]*entry // hashKey (guild and content hash) -> document
	files   map[string]*entry // stored file name -> the document read from it
	names   map[string]string // source ID -> file name it was ingested under
	// versions finds a stored document's older versions without a scan of
	// every entry (see versionsOf): versionKey -> the documents with it.
	versions map[string][]*entry
	gen      uint64 // bumped whenever entries changes; see Generation
	dirty    bool   // entries differ from the catalogue last written
}

// entry is one document of the store.
type entry struct {
	src    Source
	meta   parseMeta
	finger string
	// points are the document's numbered provisions as a digest compares
	// them (see Entry.Points).
	points string
	// file is the stored file's name, size, modification time (UnixNano),
	// when those were read (UnixNano) and content hash; file is "" for
	// the seed, whose documents seed returns (parsed on first use: see
	// seedcache.go).
	file        string
	size, mtime int64
	seen        int64
	sum         string
	seed        func() *Document
	// cached is the parsed document while someone holds it.
	cached weak.Pointer[Document]
	// pending is set while the entry's file is staged in a Batch and not
	// yet in place: a scan must not take its absence for a removal.
	pending bool
	// forgotten is set once the entry left the store's view.
	forgotten bool
}

func (e *entry) catEntry() catEntry {
	return catEntry{File: e.file, Size: e.size, MTime: e.mtime, Seen: e.seen, Sum: e.sum, Source: e.src,
		Name: e.meta.name, PlanFallback: e.meta.planFallback, Fingerprint: e.finger, Points: e.points}
}

// newEntry describes a parsed document stored in file, whose bytes were data.
func newEntry(doc *Document, meta parseMeta, file string, data []byte, info fs.FileInfo) *entry {
	return newEntryOf(doc, meta, Fingerprint(doc), pointSums(doc), file, data, info)
}

// newEntryOf is newEntry of a document whose Fingerprint and pointSums
// are known. A Batch's entry is made before its file is written (data
// and info nil): Commit fills in the file's sum and stat.
func newEntryOf(doc *Document, meta parseMeta, finger, points, file string, data []byte, info fs.FileInfo) *entry {
	e := &entry{src: doc.Source, meta: meta, finger: finger, points: points, file: file, seen: time.Now().UnixNano()}
	if data != nil {
		e.sum = fileSum(data)
	}
	if info != nil {
		e.size, e.mtime = info.Size(), info.ModTime().UnixNano()
	}
	e.cached = weak.Make(doc)
	return e
}

// OpenStore opens the document directory dir (normally <data>/docs). A
// missing directory is an empty store holding only the seed; it is created
// on the first Add. A stored file that does not parse is an error naming it.
// Files the catalogue describes are not read; the catalogue is rewritten
// when it missed any (a failure to write it is ignored: it is a cache).
func OpenStore(dir string) (*Store, error) {
	l, err := listStore(dir)
	if err != nil {
		return nil, err
	}
	cat := l.cat
	// The maps are made at the size the catalogue says the directory
	// holds: grown an entry at a time they were rehashed over and over,
	// a tenth of a fresh process's start at 100k items.
	n := len(cat) + 1 // and the seed
	named, keys := 0, 0
	for _, c := range cat {
		if c.Name != "" && c.Name != c.Source.ID+".md" {
			named++ // as adoptIndexed records it, a versions key too
		}
		if c.Source.URL != "" {
			keys++
		}
	}
	s := &Store{
		dir:    dir,
		byID:   make(map[string]*entry, n),
		byHash: make(map[string]*entry, n),
		files:  make(map[string]*entry, len(cat)),
		names:  make(map[string]string, named),

		versions: make(map[string][]*entry, named+keys),
	}
	for _, e := range l.seeds {
		s.insert(e)
	}
	if _, _, err := s.scanListed(context.Background(), cat, l.entries, l.infos); err != nil {
		return nil, err
	}
	s.dirty = !s.matches(cat)
	if s.dirty {
		_ = s.SaveCatalogue()
	}
	return s, nil
}

// matches reports whether cat describes exactly the stored files as the
// store now sees them, so it need not be written again.
func (s *Store) matches(cat map[string]catEntry) bool {
	if cat == nil || len(cat) != len(s.files) {
		return false
	}
	for name, e := range s.files {
		if c, ok := cat[name]; !ok || c != e.catEntry() {
			return false
		}
	}
	return true
}

// SaveCatalogue writes the catalogue if the store changed since it was last
// written, so the next process to open the directory need not parse what
// this one stored. Put and Add leave that to ReloadChanges, OpenStore or a
// caller done adding.
//
// A catalogue written right after the files (an ingest's first save) holds
// entries too recent to trust by their stat (see racyWindow). Saved again
// once those files are older (ingest does after indexing them), it settles
// them, even if nothing else changed: otherwise the first process to open
// the directory after an ingest reads and hashes each of them again, and
// writes the catalogue itself.
func (s *Store) SaveCatalogue() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	if !s.dirty && !s.settleable(now) {
		return nil
	}
	cat := make([]catEntry, 0, len(s.files))
	for _, e := range s.entries {
		if e.file != "" && s.files[e.file] == e && !e.pending {
			s.settle(e, now)
			cat = append(cat, e.catEntry())
		}
	}
	if err := writeCatalogue(s.dir, cat); err != nil {
		return err
	}
	s.dirty = false
	return nil
}

// settleable reports whether some stored entry is recorded as racy but its
// file is now old enough to settle (see settle). The caller holds mu.
func (s *Store) settleable(now time.Time) bool {
	for _, e := range s.entries {
		if e.file != "" && s.files[e.file] == e && !e.pending && racy(e, now) {
			return true
		}
	}
	return false
}

// racy says whether e was recorded within racyWindow of its file's
// modification and the file is older than that by now, so settle would
// look at it.
func racy(e *entry, now time.Time) bool {
	return e.mtime >= e.seen-int64(racyWindow) && now.UnixNano()-e.mtime > int64(racyWindow)
}

// settle makes an entry recorded within racyWindow of its file's
// modification (a file this process just wrote, say) trusted by its stat
// from now on, once its file is older than that and still holds the bytes
// recorded; otherwise the next open would read and hash it again. The
// caller holds mu.
func (s *Store) settle(e *entry, now time.Time) {
	if !racy(e, now) {
		return // trusted already, or still too recent to tell
	}
	path := filepath.Join(s.dir, e.file)
	info, err := os.Stat(path)
	if err != nil || info.Size() != e.size || info.ModTime().UnixNano() != e.mtime {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil || fileSum(data) != e.sum {
		return
	}
	e.seen = now.UnixNano()
}

// Dir is the directory the store keeps its files in.
func (s *Store) Dir() string { return s.dir }

// Documents returns the seed first, then stored documents in Added order
// (ties by ID). Stored documents are parsed from their files, in parallel;
// one whose file went away meanwhile is left out. The documents are shared:
// callers must not modify them.
func (s *Store) Documents() []*Document {
	s.mu.RLock()
	es := make([]*entry, len(s.entries))
	copy(es, s.entries)
	s.mu.RUnlock()
	return LoadAll(context.Background(), len(es), func(i int) *Document {
		d, _ := s.load(es[i])
		return d
	})
}

// LoadAll calls load(i) for i in [0, n) on every core and returns the
// documents it gave, in index order, leaving out nils (a document whose
// file went away). Once ctx is done the remaining calls are skipped.
// Parsing dominates loading, so it is what the cores share.
func LoadAll(ctx context.Context, n int, load func(i int) *Document) []*Document {
	docs := make([]*Document, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() == nil {
					docs[i] = load(i)
				}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	out := docs[:0]
	for _, d := range docs {
		if d != nil {
			out = append(out, d)
		}
	}
	return out
}

// Entries returns the Source and extraction fingerprint of every document,
// in Documents order, without parsing any.
func (s *Store) Entries() []Entry {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Entry, len(s.entries))
	for i, e := range s.entries {
		out[i] = Entry{Source: e.src, Fingerprint: e.finger, Points: e.points}
	}
	return out
}

// Sources returns the Source of every document, in Documents order.
func (s *Store) Sources() []Source {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Source, len(s.entries))
	for i, e := range s.entries {
		out[i] = e.src
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

// Get returns the document with the given source ID, parsing its file
// unless the document is still in use. It is false for an unknown ID and
// for a document whose file another process removed or rewrote since the
// store last read it (ReloadChanges then reports it).
func (s *Store) Get(sourceID string) (*Document, bool) {
	s.mu.RLock()
	e, ok := s.byID[sourceID]
	s.mu.RUnlock()
	if !ok {
		return nil, false
	}
	d, err := s.load(e)
	return d, err == nil
}

// load returns an entry's document: the seed's, the cached one, or its file
// parsed again.
func (s *Store) load(e *entry) (*Document, error) {
	if e.seed != nil {
		return e.seed(), nil
	}
	s.mu.RLock()
	d := e.cached.Value()
	s.mu.RUnlock()
	if d != nil {
		return d, nil
	}
	path := filepath.Join(s.dir, e.file)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read stored document %s: %w", path, err)
	}
	d, _, err = parse(data, ParseOptions{Name: e.file})
	if err != nil {
		return nil, fmt.Errorf("stored document: %w", err)
	}
	if d.Source.ID != e.src.ID {
		return nil, fmt.Errorf("stored document %s changed since it was read", path)
	}
	s.mu.Lock()
	if have := e.cached.Value(); have != nil {
		d = have // another caller parsed it meanwhile: share one copy
	} else {
		e.cached = weak.Make(d)
	}
	s.mu.Unlock()
	return d, nil
}

// loadHeld is load for a caller holding mu for writing.
func (s *Store) loadHeld(e *entry) (*Document, error) {
	if e.seed != nil {
		return e.seed(), nil
	}
	if d := e.cached.Value(); d != nil {
		return d, nil
	}
	path := filepath.Join(s.dir, e.file)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read stored document %s: %w", path, err)
	}
	d, _, err := parse(data, ParseOptions{Name: e.file})
	if err != nil {
		return nil, fmt.Errorf("stored document: %w", err)
	}
	if d.Source.ID != e.src.ID {
		return nil, fmt.Errorf("stored document %s changed since it was read", path)
	}
	e.cached = weak.Make(d)
	return d, nil
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
	// Fingerprint is the stored document's Fingerprint when Added, so
	// that an indexer handed it need not hash the extraction again
	// (index.Index.AddFingerprinted).
	Fingerprint string
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
	p, err := Prepare(data, opts)
	if err != nil {
		return PutResult{}, err
	}
	return s.put(p, nil)
}

// Prepared is a document parsed for storing (see Prepare), not stored yet.
type Prepared struct {
	doc  *Document
	meta parseMeta
	// finger and points are the document's Fingerprint and pointSums,
	// computed by Prepare on the caller's workers so that the serial
	// store stage does not hash the whole extraction; finger is ""
	// when put must compute it (the Source changed since).
	finger, points string
}

// Doc is the parsed document.
func (p *Prepared) Doc() *Document { return p.doc }

// Prepare parses data as Put would, without touching any store, so that
// callers storing many documents (planbot ingest) extract them on every
// core and keep only the storing itself in order.
func Prepare(data []byte, opts ParseOptions) (*Prepared, error) {
	doc, meta, err := parse(data, opts)
	if err != nil {
		return nil, err
	}
	return &Prepared{doc: doc, meta: meta, finger: Fingerprint(doc), points: pointSums(doc)}, nil
}

// PutPrepared is Put of a document Prepare parsed.
func (s *Store) PutPrepared(p *Prepared) (PutResult, error) { return s.put(p, nil) }

// put stores a prepared document: at once when b is nil, else staged in b
// until b.Commit.
func (s *Store) put(p *Prepared, b *Batch) (PutResult, error) {
	doc, meta := p.doc, p.meta
	s.mu.Lock()
	defer s.mu.Unlock()
	olds := s.versionsOf(doc.Source.Guild, doc.Source.URL, meta.name)
	if have, ok := s.visibleCopy(doc.Source); ok {
		same := sameMetadata(have.src, doc.Source) && have.meta.planFallback == meta.planFallback
		if same || !containsEntry(olds, have) {
			hd, err := s.loadHeld(have)
			if err == nil {
				return PutResult{Doc: hd}, nil // the same document, or the same text elsewhere
			}
			// its file went away under another process: store this one
		}
		if doc.Source.Added != have.src.Added {
			doc.Source.Added = have.src.Added // a new header, not a new arrival
			p.finger = ""                     // the Source is fingerprinted too
		}
	}
	var (
		content []byte
		info    fs.FileInfo
		st      *staged
		err     error
	)
	if b == nil {
		content, info, err = s.write(doc, meta)
		if err != nil {
			return PutResult{}, err
		}
	} else {
		// The file is written by the batch's writers (Batch.start) once
		// the lock is released; the entry stays pending until Commit.
		st = &staged{meta: meta}
	}
	file := doc.Source.ID + ".md"
	var replaced []Source
	for _, old := range olds {
		if old.file != file {
			if b != nil {
				// removed once the new file is safely in place
				st.remove = append(st.remove, old.file)
			} else {
				path := filepath.Join(s.dir, old.file)
				if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return PutResult{}, fmt.Errorf("remove replaced document %s: %w", path, err)
				}
			}
			delete(s.files, old.file)
		}
		s.forget(old)
		replaced = append(replaced, old.src)
	}
	if e, ok := s.files[file]; ok {
		s.forget(e) // the same text again after its file went away
	}
	if p.finger == "" {
		p.finger = Fingerprint(doc)
	}
	if p.points == "" {
		p.points = pointSums(doc)
	}
	e := newEntryOf(doc, meta, p.finger, p.points, file, content, info)
	s.adopt(e)
	if b != nil {
		e.pending = true
		st.e, st.doc = e, doc
		b.staged = append(b.staged, st)
	}
	return PutResult{Doc: doc, Added: true, Replaced: replaced, Fingerprint: e.finger}, nil
}

// versionsOf returns the stored documents (never the seed) of the given
// collection (guild, "" for the global one) with the given URL or ingested
// under the given file name. The caller holds mu.
func (s *Store) versionsOf(guild, url, name string) []*entry {
	var out []*entry
	if url != "" {
		out = append(out, s.versions[versionKey(guild, "url", url)]...)
	}
	if name != "" {
		for _, e := range s.versions[versionKey(guild, "name", name)] {
			if !containsEntry(out, e) {
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return lessSource(out[i].src, out[j].src) })
	return out
}

// versionKey is a versions key: what makes two stored documents of a
// collection versions of one another (a URL, or the file name they were
// ingested under).
func versionKey(guild, what, value string) string { return guild + "\x00" + what + "\x00" + value }

// versionKeys are a stored entry's versions keys.
func versionKeys(e *entry) []string {
	var ks []string
	if e.src.URL != "" {
		ks = append(ks, versionKey(e.src.Guild, "url", e.src.URL))
	}
	if e.meta.name != "" {
		ks = append(ks, versionKey(e.src.Guild, "name", e.meta.name))
	}
	return ks
}

// hashKey is the byHash key of a source: the same text is one document
// per collection.
func hashKey(guild, hash string) string { return guild + "\x00" + hash }

// visibleCopy finds a stored document with src's text that src's
// collection already sees: its own copy, else the global one. Another
// server's copy is never returned, so adding a text says nothing about what
// other servers hold. The caller holds mu.
func (s *Store) visibleCopy(src Source) (*entry, bool) {
	if e, ok := s.byHash[hashKey(src.Guild, src.Hash)]; ok {
		return e, true
	}
	if src.Guild != "" {
		e, ok := s.byHash[hashKey("", src.Hash)]
		return e, ok
	}
	return nil, false
}

func containsEntry(es []*entry, e *entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// sameMetadata compares what a document's header says, not when it came.
func sameMetadata(a, b Source) bool {
	return a.Title == b.Title && a.Outlet == b.Outlet && a.URL == b.URL && a.Published == b.Published && a.Lang == b.Lang && a.Plan == b.Plan && a.Guild == b.Guild
}

// add records a parsed document stored in file. The caller holds mu (or
// owns s).
func (s *Store) add(doc *Document, meta parseMeta, file string, data []byte, info fs.FileInfo) *entry {
	e := newEntry(doc, meta, file, data, info)
	s.adopt(e)
	return e
}

// adopt puts an entry in the in-memory view and marks the catalogue stale.
// The caller holds mu (or owns s).
func (s *Store) adopt(e *entry) {
	s.adoptIndexed(e)
	s.place(e)
}

// adoptIndexed is adopt leaving the entry out of entries, for placeAll.
// The caller holds mu (or owns s).
func (s *Store) adoptIndexed(e *entry) {
	if e.meta.name == e.src.ID+".md" {
		e.meta.name = "" // a stored file read without a name header
	}
	s.files[e.file] = e
	s.index(e)
	if e.meta.name != "" {
		s.names[e.src.ID] = e.meta.name
	}
	s.dirty = true
}

// forget drops a document from the in-memory view. The caller holds mu.
func (s *Store) forget(e *entry) {
	s.gen++
	s.dirty = true
	e.forgotten = true
	for i, x := range s.entries {
		if x == e {
			s.entries = append(s.entries[:i], s.entries[i+1:]...)
			break
		}
	}
	if s.byID[e.src.ID] == e {
		delete(s.byID, e.src.ID)
		delete(s.names, e.src.ID)
	}
	if e.seed == nil {
		for _, k := range versionKeys(e) {
			es := s.versions[k]
			for i, x := range es {
				if x == e {
					es = append(es[:i], es[i+1:]...)
					break
				}
			}
			if len(es) == 0 {
				delete(s.versions, k)
			} else {
				s.versions[k] = es
			}
		}
	}
	if k := hashKey(e.src.Guild, e.src.Hash); s.byHash[k] == e {
		delete(s.byHash, k)
	}
	if s.files[e.file] == e {
		delete(s.files, e.file)
	}
}

// write stores a document's file atomically and returns what it wrote and
// the file's stat. The caller holds mu.
func (s *Store) write(doc *Document, meta parseMeta) ([]byte, fs.FileInfo, error) {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("create document dir %s: %w", s.dir, err)
	}
	content, err := encodeDocument(doc, meta)
	if err != nil {
		return nil, nil, err
	}
	path := filepath.Join(s.dir, doc.Source.ID+".md")
	if err := writeFileAtomic(path, content); err != nil {
		return nil, nil, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("stat stored document %s: %w", path, err)
	}
	return content, info, nil
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
		if hd, err := s.loadHeld(have); err == nil {
			return hd, false, nil
		}
		s.forget(have) // its file went away under another process
	}
	file := doc.Source.ID + ".md"
	path := filepath.Join(s.dir, file)
	if existing, err := os.ReadFile(path); err == nil {
		// another process stored it since our last Reload, or someone
		// edited the stored file by hand
		have, haveMeta, err := parse(existing, ParseOptions{Name: file})
		if err != nil {
			return nil, false, fmt.Errorf("stored document: %w", err)
		}
		if have.Source.Hash != doc.Source.Hash {
			return nil, false, fmt.Errorf("store %s: %s already exists with other content (edited by hand?); move it away to add this document", opts.Name, path)
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, false, fmt.Errorf("stat stored document %s: %w", path, err)
		}
		if e, ok := s.files[file]; ok {
			s.forget(e)
		}
		s.add(have, haveMeta, file, existing, info)
		return have, false, nil
	}
	content, info, err := s.write(doc, meta)
	if err != nil {
		return nil, false, err
	}
	s.add(doc, meta, file, content, info)
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
// process removed, so a running bot can drop them from its index. A file
// whose size and modification time are unchanged is not read; one whose
// bytes are unchanged is not parsed. The catalogue is rewritten when the
// store changed since it was last written.
func (s *Store) ReloadChanges(ctx context.Context) (ReloadResult, error) {
	added, r, err := s.scan(ctx, nil)
	if err != nil {
		return r, err
	}
	s.mu.Lock()
	for _, a := range added {
		d := a.doc
		if d == nil {
			d, err = s.loadHeld(a.e)
		}
		if d != nil && err == nil {
			r.Added = append(r.Added, d)
		}
	}
	s.mu.Unlock()
	sort.SliceStable(r.Added, func(i, j int) bool { return lessSource(r.Added[i].Source, r.Added[j].Source) })
	_ = s.SaveCatalogue() // a cache: the next open rebuilds what it lacks
	return r, nil
}

// scanned is an entry scan added, with its document when scan parsed it.
type scanned struct {
	e   *entry
	doc *Document
}

// scanJob is one stored file scan looks at.
type scanJob struct {
	name   string
	info   fs.FileInfo
	have   *entry   // what the store read from the file before, if anything
	hint   catEntry // what the catalogue says of it, if anything
	hinted bool
	// results
	gone  bool   // the file went away
	touch bool   // the same bytes as have: only its stat changed
	ne    *entry // the document now in the file
	doc   *Document
	err   error
}

// scan brings the in-memory view up to date with the directory: files
// trusted by their stat (against what the store read, else against hints,
// the catalogue) are not read, the others are read and, unless their bytes
// match, parsed in parallel. It returns the entries it added (their
// documents when parsed) and the removed
// sources; r.Added is left for the caller.
func (s *Store) scan(ctx context.Context, hints map[string]catEntry) ([]scanned, ReloadResult, error) {
	dirEntries, err := readDocDir(s.dir)
	if err != nil {
		return nil, ReloadResult{}, err
	}
	return s.scanListed(ctx, hints, dirEntries, nil)
}

// scanListed is scan over the directory's entries, already listed. infos,
// unless nil, holds each stored file's stat, read beforehand (OpenStore
// reads them on every core while the catalogue decodes): nil where the
// file was gone.
func (s *Store) scanListed(ctx context.Context, hints map[string]catEntry, dirEntries []fs.DirEntry, infos []fs.FileInfo) ([]scanned, ReloadResult, error) {
	var r ReloadResult
	present := make(map[string]bool, len(dirEntries))
	var jobs []*scanJob
	s.mu.RLock()
	for i, de := range dirEntries {
		name := de.Name()
		if !isStoredFile(de) {
			continue
		}
		present[name] = true
		var info fs.FileInfo
		if infos != nil {
			info = infos[i]
		} else if fi, err := de.Info(); err == nil {
			info = fi
		}
		if info == nil {
			continue // removed while we read the directory
		}
		have := s.files[name]
		if have != nil && have.catEntry().trusted(info.Size(), info.ModTime()) {
			continue
		}
		j := &scanJob{name: name, info: info, have: have}
		j.hint, j.hinted = hints[name]
		jobs = append(jobs, j)
	}
	s.mu.RUnlock()

	// Read and parse outside the lock, on every core.
	var wg sync.WaitGroup
	next := make(chan *scanJob)
	for range min(runtime.GOMAXPROCS(0), max(len(jobs), 1)) {
		wg.Go(func() {
			for j := range next {
				if ctx.Err() != nil {
					j.err = ctx.Err()
					continue
				}
				s.read(j)
			}
		})
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()

	s.mu.Lock()
	defer s.mu.Unlock()
	var added []scanned
	var late []*entry // adopted, placed in entries at the end
	defer func() { s.placeAll(late) }()
	for _, j := range jobs {
		if j.err != nil {
			return nil, r, j.err
		}
		if j.gone {
			delete(present, j.name) // replaced while we read the directory
			continue
		}
		if s.files[j.name] != j.have {
			continue // this process changed it meanwhile; the next scan looks again
		}
		if j.touch {
			j.have.size, j.have.mtime, j.have.seen = j.info.Size(), j.info.ModTime().UnixNano(), j.ne.seen
			s.dirty = true
			continue
		}
		ne, isNew := j.ne, true
		if have := j.have; have != nil && s.byID[have.src.ID] == have {
			s.forget(have)
			if have.src.ID == ne.src.ID && have.finger == ne.finger && sameMetadata(have.src, ne.src) {
				isNew = false // a new header saying the same (its added time, say)
			} else {
				r.Removed = append(r.Removed, have.src)
			}
		} else if have != nil {
			delete(s.files, j.name)
		}
		if dup, ok := s.byHash[hashKey(ne.src.Guild, ne.src.Hash)]; ok {
			if dup.src.ID != ne.src.ID || sameMetadata(dup.src, ne.src) {
				s.files[j.name] = ne // a copy of a held text: known, not listed
				continue
			}
			// another process rewrote the file with a new header (Put
			// of the same text with new metadata)
			s.forget(dup)
			r.Removed = append(r.Removed, dup.src)
		}
		s.adoptIndexed(ne)
		late = append(late, ne)
		if isNew {
			added = append(added, scanned{ne, j.doc})
		}
	}
	for name, e := range s.files {
		if present[name] || e.pending {
			continue
		}
		delete(s.files, name)
		s.dirty = true
		if s.byID[e.src.ID] == e {
			s.forget(e)
			r.Removed = append(r.Removed, e.src)
		}
	}
	sort.Slice(r.Removed, func(i, j int) bool { return r.Removed[i].ID < r.Removed[j].ID })
	return added, r, nil
}

// read fills in a scan job's results from the file (or the catalogue).
func (s *Store) read(j *scanJob) {
	size, mtime := j.info.Size(), j.info.ModTime()
	if j.have == nil && j.hinted && j.hint.trusted(size, mtime) {
		j.ne = entryOf(j.hint)
		return
	}
	path := filepath.Join(s.dir, j.name)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		j.gone = true
		return
	}
	if err != nil {
		j.err = fmt.Errorf("read stored document %s: %w", path, err)
		return
	}
	now := time.Now().UnixNano()
	sum := fileSum(data)
	if j.have != nil && j.have.sum == sum {
		j.touch = true
		j.ne = &entry{seen: now}
		return
	}
	if j.have == nil && j.hinted && j.hint.Sum == sum {
		h := j.hint
		h.Size, h.MTime, h.Seen = size, mtime.UnixNano(), now
		j.ne = entryOf(h)
		return
	}
	doc, meta, err := parse(data, ParseOptions{Name: j.name})
	if err != nil {
		j.err = fmt.Errorf("stored document: %w", err)
		return
	}
	j.doc = doc
	j.ne = newEntry(doc, meta, j.name, data, j.info)
}

// entryOf is the entry a catalogue line describes.
func entryOf(c catEntry) *entry {
	return &entry{src: c.Source, meta: parseMeta{name: c.Name, planFallback: c.PlanFallback}, finger: c.Fingerprint, points: c.Points,
		file: c.File, size: c.Size, mtime: c.MTime, seen: c.Seen, sum: c.Sum}
}

// removeStaleTemps deletes the temp files of writes that never finished
// (an ingest killed mid-write): older than a minute, so a write in progress
// in another process is left alone. Failing to remove one is harmless.
func removeStaleTemps(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	removeStaleTempsIn(dir, entries, now)
}

// removeStaleTempsIn is removeStaleTemps over dir's entries, already listed.
func removeStaleTempsIn(dir string, entries []fs.DirEntry, now time.Time) {
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

// insert adds an entry to the in-memory view, keeping stored documents in
// Added order after the seed. The caller holds mu (or owns s).
func (s *Store) insert(e *entry) {
	s.index(e)
	s.place(e)
}

// index records an entry in the lookup maps, not yet in entries. The
// caller holds mu (or owns s).
func (s *Store) index(e *entry) {
	s.gen++
	s.byID[e.src.ID] = e
	s.byHash[hashKey(e.src.Guild, e.src.Hash)] = e
	if e.seed == nil {
		for _, k := range versionKeys(e) {
			s.versions[k] = append(s.versions[k], e)
		}
	}
}

// place puts an indexed entry in entries, in order. The caller holds mu
// (or owns s).
func (s *Store) place(e *entry) {
	nSeed := 0
	for nSeed < len(s.entries) && s.entries[nSeed].seed != nil {
		nSeed++
	}
	i := len(s.entries)
	if e.seed == nil {
		i = sort.Search(len(s.entries)-nSeed, func(k int) bool { return lessSource(e.src, s.entries[nSeed+k].src) }) + nSeed
	}
	s.entries = append(s.entries, nil)
	copy(s.entries[i+1:], s.entries[i:])
	s.entries[i] = e
}

// placeAll puts indexed entries in entries at once: one sort rather than
// an insertion each, which moves half the entries per document when a
// whole directory is read (in file name order, not Added order). Entries
// forgotten since they were indexed are left out. The caller holds mu.
func (s *Store) placeAll(es []*entry) {
	n := len(s.entries)
	for _, e := range es {
		if !e.forgotten {
			s.entries = append(s.entries, e)
		}
	}
	if len(s.entries) == n {
		return
	}
	nSeed := 0
	for nSeed < len(s.entries) && s.entries[nSeed].seed != nil {
		nSeed++
	}
	// A stable sort is a sort by (source order, position). Sorted so, with
	// the generic pattern-defeating sort, rather than by sort.SliceStable
	// (its reflection swapper, the write barriers of its moves and its
	// n·log² n comparisons of timestamps that share long prefixes were
	// about 4% of a fresh process's start at 100k items); the order is the
	// same.
	stored := s.entries[nSeed:]
	type placed struct {
		e   *entry
		pos int
	}
	ps := make([]placed, len(stored))
	for i, e := range stored {
		ps[i] = placed{e, i}
	}
	slices.SortFunc(ps, func(a, b placed) int {
		if c := cmpSource(a.e.src, b.e.src); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	for i, p := range ps {
		stored[i] = p.e
	}
}

// lessSource orders stored documents: by Added time, ties by ID.
func lessSource(a, b Source) bool { return cmpSource(a, b) < 0 }

// cmpSource is the order of stored documents as a comparison (negative
// when a sorts first), the one definition lessSource and placeAll share.
func cmpSource(a, b Source) int {
	if c := strings.Compare(a.Added, b.Added); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
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
	tmp, err := writeTemp(path, data, true)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("rename %s to %s: %w", tmp, path, err)
	}
	return syncDir(filepath.Dir(path))
}

// writeTemp writes data to a new temp file beside path, readable by all
// like the files it becomes, flushed to disk when sync is set, and returns
// its name. removeStaleTemps knows its name pattern.
func writeTemp(path string, data []byte, sync bool) (string, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("create temp file in %s: %w", dir, err)
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
		return "", fmt.Errorf("write %s: %w", tmp, err)
	}
	if sync {
		if err := f.Sync(); err != nil {
			return "", fmt.Errorf("sync %s: %w", tmp, err)
		}
	}
	if err := f.Chmod(0o644); err != nil {
		return "", fmt.Errorf("chmod %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("close %s: %w", tmp, err)
	}
	ok = true
	return tmp, nil
}
