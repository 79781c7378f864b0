package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/query"
	"go.etcd.io/bbolt"
	"go.uber.org/zap"

	"planbot/corpus"
)

// Options configure Open. The zero value is an in-memory index that logs
// nothing.
type Options struct {
	// Dir holds the index on disk; "" keeps it in memory only.
	Dir string
	// Logger receives rebuild and sync events; nil means zap.NewNop().
	Logger *zap.Logger
	// Bulk opens an on-disk index for a bulk load: many documents are
	// about to be added and the caller compacts the index before closing
	// it (planbot ingest), so scorch merges no segment in the background
	// meanwhile (see bulk.go). Ignored in memory.
	Bulk bool
}

// Index is planbot's search index. It is safe for concurrent use: searches
// run while Add indexes new documents.
type Index struct {
	idx     bleve.Index
	im      *mapping.IndexMappingImpl
	exp     *expander
	hl      highlight.Highlighter // bleve's, with planbot's Discord formatter
	log     *zap.Logger
	dir     string
	addMu   sync.Mutex // serialises writers
	srcMu   sync.RWMutex
	sources map[string]corpus.SourceRef // citation of every indexed source
	frames  map[string][]string         // frameTokens of each source's outlet and address host (namedFrames), kept with sources
	langMu  sync.RWMutex
	langs   map[string]bool // analyzers holding at least one record
	scored  []string        // text fields, for bm25Stats
	// topicCache holds the analysed topic words of each topic ID
	// (map[string]bool), filled on first use by topicTermsOf.
	topicCache sync.Map
	// tokCache keeps the analysis of recently returned texts (see tokens).
	tokCache tokenCache
	// lookups keeps what queries look up in the dictionary and thesaurus
	// until the next write (see lookups.go).
	lookups lookupCache
	// analyzersByName holds every language analyzer, looked up once.
	analyzersByName map[string]analysis.Analyzer
	closeOne        sync.Once
	// compacted says this process merged the index's segments, so Close
	// drops their cached pages (see dropWrittenPages).
	compacted atomic.Bool
	// facets caches the facet dictionaries Suggest matches against; every
	// batch written bumps its generation (see suggest.go).
	facets facetCache
	// names caches the words of speakers' names for the relevance rule
	// (see classify), per index generation like facets.
	names nameCache
	// accents remembers accentedTerm's answers per index generation.
	accents accentCache
	// searchable remembers Count per index generation (rarepair.go).
	searchable countCache
	// digest describes the indexed sources; writers hold addMu. After a
	// failed batch it is unknown (digestLost) and stored empty, so the
	// next Open lists the sources.
	digest     sourceDigest
	digestLost bool
	// pendingBuild is the mapping version of a new index opened for a
	// bulk load, whose thesaurus and version are written once its
	// documents are in and merged (see finishBuild); "" otherwise.
	// Writers hold addMu.
	pendingBuild string
	// diag holds the switches diagnostics set (ranktrace.go).
	diag diagHooks
}

// Internal keys stored in the index.
var (
	keyVersion = []byte("planbot.mapping_version")
	keyLangs   = []byte("planbot.analyzers")
	// keySynced holds the sourceDigest of the indexed sources.
	keySynced = []byte("planbot.sources_digest")
)

// batchRecords is how many records go into one bleve batch; a document's
// records are never split across batches, so a crash never leaves half a
// document behind its source marker. A variable for the tests, which
// write smaller batches.
var batchRecords = 5000

// Catalogue is what Open keeps the index in step with: the source and
// extraction fingerprint of every document, and the documents themselves
// on demand. *corpus.Store satisfies it.
type Catalogue interface {
	Entries() []corpus.Entry
	Get(sourceID string) (*corpus.Document, bool)
}

// Open opens the index in opts.Dir, or builds it there (or in memory) when it
// is missing, cannot be opened, or was built with another mapping version.
// It then adds every document of docs the index lacks or holds in an older
// extraction, and drops sources no longer in docs, so that after Open the
// index matches the corpus.
func Open(ctx context.Context, opts Options, docs []*corpus.Document) (*Index, error) {
	return OpenCatalogue(ctx, opts, docList(docs))
}

// OpenCatalogue is Open syncing with a catalogue rather than parsed
// documents: only the documents the index lacks or holds in an older
// extraction are fetched (cat.Get), so opening an index that is up to date
// reads no document at all. The index keeps a digest of the sources and
// fingerprints it holds; when the catalogue's matches, nothing else is
// read, otherwise the sources' markers are listed and compared.
func OpenCatalogue(ctx context.Context, opts Options, cat Catalogue) (*Index, error) {
	log := opts.Logger
	if log == nil {
		log = zap.NewNop()
	}
	sh, err := shared()
	if err != nil {
		return nil, err
	}
	// The query expander's English part (the glossary analysed in
	// English) is built on another core while the index opens and syncs,
	// which do not need it. An on-disk index keeps the analysed glossary
	// beside it unless the process named a place already (see
	// SetExpansionCache).
	if opts.Dir != "" {
		defaultExpansionCache(opts.Dir)
	}
	Warm()
	im, version := sh.im, sh.version
	hl, err := bleve.Config.Cache.HighlighterNamed(highlighterName)
	if err != nil {
		return nil, fmt.Errorf("snippet highlighter: %w", err)
	}
	ix := &Index{im: im, hl: hl, log: log, dir: opts.Dir, langs: map[string]bool{}, sources: map[string]corpus.SourceRef{}, frames: map[string][]string{},
		scored: scoredFields(), analyzersByName: sh.analyzers}

	fresh := false // a new index: its thesaurus goes in after the documents
	if opts.Dir != "" {
		if err := os.MkdirAll(filepath.Dir(opts.Dir), 0o755); err != nil {
			return nil, fmt.Errorf("create the index's parent dir: %w", err)
		}
		unlock, err := lockCreation(ctx, opts.Dir, lockTimeout)
		if err != nil {
			return nil, err
		}
		ix.idx, err = openExisting(opts.Dir, version, opts.Bulk, log)
		if err == nil && ix.idx == nil {
			ix.idx, err = create(opts.Dir, im)
			fresh = true
			if err == nil && opts.Bulk {
				ix.idx, err = reopenBulk(ix.idx, opts.Dir)
			}
		}
		unlock() // bbolt's lock, held while the index is open, takes over
		if err != nil {
			return nil, err
		}
	} else {
		if ix.idx, err = create(opts.Dir, im); err != nil {
			return nil, err
		}
		fresh = true
	}
	if err := ix.loadLangs(); err != nil {
		_ = ix.idx.Close()
		return nil, err
	}
	warmLangs(ix.analyzersInUse())
	entries := cat.Entries()
	if err := ix.sync(ctx, entries, cat); err != nil {
		_ = ix.idx.Close()
		return nil, err
	}
	if fresh && opts.Bulk && opts.Dir != "" {
		// After the bulk load and its compaction (finishBuild): the
		// version, which marks a finished build, waits for it too.
		ix.pendingBuild = version
	} else if fresh {
		err := indexSynonyms(ix.idx)
		ix.facets.changed()
		if err != nil {
			_ = ix.idx.Close()
			return nil, err
		}
	}
	// After sync the index holds the catalogue's sources: their citations
	// come from it, not from the index.
	for _, e := range entries {
		s := e.Source
		ix.putSource(corpus.SourceRef{ID: s.ID, Title: s.Title, Outlet: s.Outlet, URL: s.URL, Published: s.Published})
	}
	// The version goes in last: an index whose first build was interrupted
	// has none and is rebuilt on the next start.
	if got, err := ix.idx.GetInternal(keyVersion); ix.pendingBuild == "" && (err != nil || string(got) != version) {
		if err := ix.idx.SetInternal(keyVersion, []byte(version)); err != nil {
			_ = ix.idx.Close()
			return nil, fmt.Errorf("store index version: %w", err)
		}
	}
	if ix.exp, err = sharedExpander(); err != nil {
		_ = ix.idx.Close()
		return nil, err
	}
	return ix, nil
}

// docList is a Catalogue over parsed documents.
type docList []*corpus.Document

func (l docList) Entries() []corpus.Entry {
	out := make([]corpus.Entry, len(l))
	for i, d := range l {
		out[i] = corpus.Entry{Source: d.Source, Fingerprint: fingerprint(d)}
	}
	return out
}

func (l docList) Get(id string) (*corpus.Document, bool) {
	for _, d := range l {
		if d.Source.ID == id {
			return d, true
		}
	}
	return nil, false
}

// vocabulary is what every Index of the process shares: the mapping and
// the glossary. It is built once, not per Open; what the glossary analyses
// to is sharedExpander.
type vocabulary struct {
	im *mapping.IndexMappingImpl
	// groups returns the glossary's synonym groups, parsed on first use
	// (sharedGroups): a process whose index and expansion are on disk
	// never needs them.
	groups  func() []synonymGroup
	version string
	// analyzers holds every language analyzer by name.
	analyzers map[string]analysis.Analyzer
}

// shared returns the process's vocabulary; it is read-only once built.
var shared = sync.OnceValues(func() (*vocabulary, error) {
	im, err := buildMapping()
	if err != nil {
		return nil, err
	}
	version, err := versionString(im)
	if err != nil {
		return nil, err
	}
	as := map[string]analysis.Analyzer{}
	for _, a := range analyzers() {
		as[a] = im.AnalyzerNamed(a)
	}
	return &vocabulary{im: im, groups: sharedGroups, version: version, analyzers: as}, nil
})

// sharedGroups returns the glossary's synonym groups (glossaryGroups),
// parsed once, on first use. Only a new index's thesaurus and an expansion
// the cache does not hold need them; parsing them at every start was
// about a tenth of a fresh `planbot ask`'s CPU at 100k items. The
// glossary is embedded, fixed at build time and covered by the tests
// (TestGlossaryGroups), so a parse error is a broken build.
var sharedGroups = sync.OnceValue(func() []synonymGroup {
	groups, err := glossaryGroups()
	if err != nil {
		panic(fmt.Errorf("embedded glossary: %w", err))
	}
	return groups
})

// sharedExpander returns the process's query expander. It is cheap to
// get: what the glossary analyses to is built per analyzer on first use
// (expander.lang), for the languages an index holds, not for every
// language the mapping knows.
var sharedExpander = sync.OnceValues(func() (*expander, error) {
	sh, err := shared()
	if err != nil {
		return nil, err
	}
	return newExpander(sh.im, sh.version, sh.groups)
})

// warmOnce starts the expander's build at most once per process.
var warmOnce sync.Once

// Warm starts building what every index of the process shares (the
// mapping and the English part of the query expander, English being in
// every index) on another goroutine, so that a caller about to open an
// index (planbot's commands, before they open the document store)
// overlaps that work with its own. The goroutine only fills
// sync.OnceValues that searches wait on; calling Warm more than once, or
// never, changes nothing else.
func Warm() {
	warmOnce.Do(func() { warmLangs([]string{analyzerFor(defaultLang)}) })
}

// warmLangs builds the expander's parts for the analyzers als on another
// goroutine (see Warm), so that an index's first search finds them built.
// The goroutine ends once they are; a part already built or being built
// costs it nothing.
func warmLangs(als []string) {
	go func() {
		if e, err := sharedExpander(); err == nil {
			e.warm(als)
		}
	}()
}

// openExisting opens dir if it holds an index of this version. It returns a
// nil index (and removes dir) when the index must be rebuilt.
func openExisting(dir, version string, bulk bool, log *zap.Logger) (bleve.Index, error) {
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	config := map[string]interface{}{"bolt_timeout": lockTimeout.String()}
	if bulk {
		config = bulkConfig()
	}
	idx, err := bleve.OpenUsing(dir, config)
	if isLocked(err) {
		// Another process (planbot serve) holds the index: never rebuild
		// under its feet.
		return nil, fmt.Errorf("open index %s: in use by another process: %w", dir, err)
	}
	if err == nil {
		var got []byte
		got, err = idx.GetInternal(keyVersion)
		if err == nil && string(got) == version {
			return idx, nil
		}
		_ = idx.Close()
		if err == nil {
			log.Info("index mapping changed: rebuilding", zap.String("dir", dir),
				zap.String("had", string(got)), zap.String("want", version))
		}
	}
	if err != nil {
		log.Warn("index unreadable: rebuilding", zap.String("dir", dir), zap.Error(err))
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("remove stale index %s: %w", dir, err)
	}
	return nil, nil
}

// errCreationLocked is another process opening or creating the index.
var errCreationLocked = errors.New("index being opened by another process")

// lockTimeout bounds the wait for another process's lock on an index.
const lockTimeout = 3 * time.Second

// isLocked reports whether err is bbolt's lock timeout (bleve does not
// always wrap it with %w, hence the text check).
func isLocked(err error) bool {
	return err != nil && (errors.Is(err, bbolt.ErrTimeout) || strings.Contains(err.Error(), bbolt.ErrTimeout.Error()))
}

// create builds an empty index (on disk when dir is set); Open adds the
// synonym definitions once it holds the documents (indexSynonyms).
func create(dir string, im *mapping.IndexMappingImpl) (bleve.Index, error) {
	// scorch in memory too: bleve's default memory index cannot hold synonyms.
	idx, err := bleve.NewUsing(dir, im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index %q: %w", dir, err)
	}
	return idx, nil
}

// loadLangs restores which text fields hold records.
func (ix *Index) loadLangs() error {
	v, err := ix.idx.GetInternal(keyLangs)
	if err != nil {
		return fmt.Errorf("read index languages: %w", err)
	}
	if len(v) == 0 {
		return nil
	}
	var as []string
	if err := json.Unmarshal(v, &as); err != nil {
		return fmt.Errorf("read index languages: %w", err)
	}
	for _, a := range as {
		ix.langs[a] = true
	}
	return nil
}

// sourceRef returns the citation of an indexed source.
func (ix *Index) sourceRef(id string) corpus.SourceRef {
	ix.srcMu.RLock()
	defer ix.srcMu.RUnlock()
	if s, ok := ix.sources[id]; ok {
		return s
	}
	return corpus.SourceRef{ID: id}
}

// analyzersInUse returns the analyzers of the text fields holding records,
// English always included.
func (ix *Index) analyzersInUse() []string {
	ix.langMu.RLock()
	defer ix.langMu.RUnlock()
	out := []string{analyzerFor(defaultLang)}
	for a := range ix.langs {
		if a != out[0] {
			out = append(out, a)
		}
	}
	sort.Strings(out[1:])
	return out
}

// sync makes the index hold exactly the catalogue's entries: missing or
// changed documents are (re)added, sources that left the corpus are
// deleted. It lists the index's sources only when its digest differs from
// the catalogue's.
func (ix *Index) sync(ctx context.Context, entries []corpus.Entry, cat Catalogue) error {
	var want sourceDigest
	for _, e := range entries {
		want.toggle(e.Source.ID, e.Fingerprint)
	}
	stored, err := ix.idx.GetInternal(keySynced)
	if err != nil {
		return fmt.Errorf("read index digest: %w", err)
	}
	if string(stored) == want.String() {
		ix.digest = want
		return nil
	}
	have, err := ix.sourceFingerprints(ctx)
	if err != nil {
		return err
	}
	ix.digest = sourceDigest{}
	for id, fp := range have {
		ix.digest.toggle(id, fp)
	}
	wanted := make(map[string]bool, len(entries))
	var todo []string
	// The catalogue's fingerprint of each document to add goes into the
	// index as is: it is what the next sync compares, and hashing the
	// whole extraction again cost as much as building a document's
	// records.
	fps := map[string]string{}
	for _, e := range entries {
		wanted[e.Source.ID] = true
		if fp, ok := have[e.Source.ID]; !ok || fp != e.Fingerprint {
			todo = append(todo, e.Source.ID)
			fps[e.Source.ID] = e.Fingerprint
		}
	}
	var gone []string
	for id := range have {
		if !wanted[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	if len(todo) > 0 || len(gone) > 0 {
		ix.log.Info("index sync", zap.Int("add", len(todo)), zap.Int("remove", len(gone)))
	}
	// Documents are fetched (parsed) a chunk at a time, in parallel, so a
	// rebuild holds a chunk or two in memory, not the corpus; the batches
	// run across chunks.
	const chunk = 256
	err = ix.addSeq(ctx, func(yield func(*corpus.Document, string) bool) {
		for from := 0; from < len(todo); from += chunk {
			for _, d := range fetch(ctx, cat, todo[from:min(from+chunk, len(todo))]) {
				if !yield(d, fps[d.Source.ID]) {
					return
				}
			}
		}
	}, have)
	if err != nil {
		return err
	}
	if err := ix.removeSources(ctx, gone); err != nil {
		return err
	}
	if string(stored) != string(ix.digestValue()) {
		if err := ix.idx.SetInternal(keySynced, ix.digestValue()); err != nil {
			return fmt.Errorf("store index digest: %w", err)
		}
	}
	return nil
}

// fetch gets the documents of ids from cat on every core, in ids' order;
// one the catalogue no longer has (its file went away) is left out, and the
// next sync sees it gone.
func fetch(ctx context.Context, cat Catalogue, ids []string) []*corpus.Document {
	return corpus.LoadAll(ctx, len(ids), func(i int) *corpus.Document {
		d, _ := cat.Get(ids[i])
		return d
	})
}

// sourceDigest is the XOR of a hash of every indexed source's ID and
// fingerprint: it changes with any source added, removed or re-extracted,
// and is updated per change without listing the index. It is stored with
// every batch (keySynced), so it always describes the records beside it.
type sourceDigest [32]byte

func (d *sourceDigest) toggle(id, fp string) {
	h := sha256.Sum256([]byte(id + "\x00" + fp))
	for i := range d {
		d[i] ^= h[i]
	}
}

func (d sourceDigest) String() string { return hex.EncodeToString(d[:]) }

// digestValue is what a batch stores under keySynced.
func (ix *Index) digestValue() []byte {
	if ix.digestLost {
		return nil
	}
	return []byte(ix.digest.String())
}

// Add indexes docs in batches. It is idempotent: a document already indexed
// with the same extraction is skipped, one indexed from an older extraction
// is replaced. Every batch is persisted before Add returns.
func (ix *Index) Add(ctx context.Context, docs ...*corpus.Document) error {
	return ix.addKnown(ctx, docs, nil)
}

// addKnown is Add of docs whose fingerprints are fps (nil: computed here);
// see AddFingerprinted.
func (ix *Index) addKnown(ctx context.Context, docs []*corpus.Document, known []string) error {
	ix.addMu.Lock()
	defer ix.addMu.Unlock()
	ids := make([]string, 0, len(docs))
	for _, d := range docs {
		ids = append(ids, d.Source.ID)
	}
	have, err := ix.fingerprintsOf(ctx, ids)
	if err != nil {
		return err
	}
	var todo []*corpus.Document
	var fps []string
	for i, d := range docs {
		var fp string
		if known != nil && known[i] != "" {
			fp = known[i]
		} else {
			fp = fingerprint(d)
		}
		if old, ok := have[d.Source.ID]; !ok || old != fp {
			todo = append(todo, d)
			fps = append(fps, fp)
		}
	}
	return ix.add(ctx, todo, fps, have)
}

// add writes docs, whose fingerprints are fps (nil: computed here, once
// per document: it hashes the whole extraction); have says which of them
// already have a source marker (and so may have records to remove).
func (ix *Index) add(ctx context.Context, docs []*corpus.Document, fps []string, have map[string]string) error {
	return ix.addSeq(ctx, func(yield func(*corpus.Document, string) bool) {
		for i, d := range docs {
			fp := ""
			if fps != nil {
				fp = fps[i]
			}
			if !yield(d, fp) {
				return
			}
		}
	}, have)
}

// addSeq writes the documents docs yields with their fingerprints ("":
// computed here). Building a batch (the records, bleve's mapping of each)
// and writing the ones before it (analysis, then a segment built on one
// core) overlap: a goroutine builds the batches, in order, while this one
// writes them, up to writeAhead at once (batchwrite.go). Every batch
// carries a digest of sources that are all in once it is, and none is
// written after a failure.
func (ix *Index) addSeq(ctx context.Context, docs iter.Seq2[*corpus.Document, string], have map[string]string) error {
	// What the batches need to know of the languages and servers is
	// recorded as the documents come, before the batch holding them.
	bctx, cancel := context.WithCancel(ctx)
	defer cancel()
	built := make(chan builtBatch) // one batch built ahead, no more
	lost := ix.digestLost          // the builder reads this copy, never the field
	var start []byte
	if !lost {
		start = []byte(ix.digest.String())
	}
	var buildErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(built)
		buildErr = ix.buildBatches(bctx, docs, have, lost, func(b builtBatch) bool {
			select {
			case built <- b:
				return true
			case <-bctx.Done():
				return false
			}
		})
	})
	err := ix.writeBatches(built, start, cancel)
	wg.Wait()
	if err != nil {
		ix.digestLost = true
		return err
	}
	if buildErr != nil {
		// The digest counts documents the builder took but never sent.
		ix.digestLost = true
	}
	return buildErr
}

// buildBatches turns docs into bleve batches of about batchRecords
// records, never splitting a document, and hands each to send (false:
// stop) with the digest once it is in and the batch it must follow (see
// builtBatch). It updates the digest, the citations and have as it goes;
// lost says the digest is unknown (see digestLost). ix.addMu is held.
func (ix *Index) buildBatches(ctx context.Context, docs iter.Seq2[*corpus.Document, string], have map[string]string, lost bool,
	send func(builtBatch) bool) error {
	b := ix.idx.NewBatch()
	db := builderFor(ix.idx)
	n := 0
	num, after := 0, -1
	// seen is the batch each source of this call went into: a source
	// met again (the same document twice) shares record IDs with that
	// batch, which must then be in before this one is written.
	seen := map[string]int{}
	flush := func() bool {
		if n == 0 {
			return true
		}
		var digest []byte
		if !lost {
			digest = []byte(ix.digest.String())
		}
		ok := send(builtBatch{b: b, num: num, digest: digest, after: after})
		// A new batch, not b.Reset(): the writer owns the sent one.
		b = ix.idx.NewBatch()
		n = 0
		num, after = num+1, -1
		return ok
	}
	for d, fp := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := ix.noteNew(d); err != nil {
			return err
		}
		if fp == "" {
			fp = fingerprint(d)
		}
		if j, ok := seen[d.Source.ID]; ok {
			after = max(after, j)
		}
		seen[d.Source.ID] = num
		recs := recordsOf(d, fp)
		ix.srcMu.Lock()
		ix.putSource(corpus.SourceRef{ID: d.Source.ID, Title: d.Source.Title,
			Outlet: d.Source.Outlet, URL: d.Source.URL, Published: d.Source.Published})
		ix.srcMu.Unlock()
		oldFP, had := have[d.Source.ID]
		if had {
			ix.digest.toggle(d.Source.ID, oldFP)
		}
		ix.digest.toggle(d.Source.ID, fp)
		have[d.Source.ID] = fp
		if had {
			old, err := ix.recordIDsOf(ctx, d.Source.ID)
			if err != nil {
				return err
			}
			keep := map[string]bool{}
			for _, r := range recs {
				keep[r.docID] = true
			}
			for _, id := range old {
				if !keep[id] {
					b.Delete(id)
				}
			}
		}
		for _, r := range recs {
			if err := indexRecord(b, db, r); err != nil { // see docbuild.go
				return fmt.Errorf("index %s: %w", r.docID, err)
			}
		}
		n += len(recs)
		if n >= batchRecords && !flush() {
			return ctx.Err()
		}
	}
	if !flush() {
		return ctx.Err()
	}
	return nil
}

// noteNew records what a document brings that searches must know of
// before its records can be found: a language whose text field now holds
// records (stored in the index), a server's own documents (the
// collections filter).
func (ix *Index) noteNew(d *corpus.Document) error {
	if d.Source.Guild != "" {
		ix.facets.sawServers()
	}
	a := analyzerFor(langOf(d))
	if a == analyzerFor(defaultLang) {
		return nil
	}
	ix.langMu.RLock()
	known := ix.langs[a]
	ix.langMu.RUnlock()
	if known {
		return nil
	}
	ix.langMu.Lock()
	ix.langs[a] = true
	as := make([]string, 0, len(ix.langs))
	for l := range ix.langs {
		as = append(as, l)
	}
	ix.langMu.Unlock()
	// Searches expand queries in this language from now on: its part of
	// the expander is built here, once per process, not by the first.
	if e, err := sharedExpander(); err == nil {
		e.lang(a)
	}
	sort.Strings(as)
	js, _ := json.Marshal(as)
	if err := ix.idx.SetInternal(keyLangs, js); err != nil {
		return fmt.Errorf("store index languages: %w", err)
	}
	return nil
}

// Remove deletes every record of the given sources (older versions a
// re-ingested document replaced). Unknown IDs are ignored.
func (ix *Index) Remove(ctx context.Context, sourceIDs ...string) error {
	ix.addMu.Lock()
	defer ix.addMu.Unlock()
	return ix.removeSources(ctx, sourceIDs)
}

// removeSources deletes the records and markers of the given sources.
func (ix *Index) removeSources(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	fps, err := ix.fingerprintsOf(ctx, ids)
	if err != nil {
		return err
	}
	b := ix.idx.NewBatch()
	for _, id := range ids {
		old, err := ix.recordIDsOf(ctx, id)
		if err != nil {
			return err
		}
		for _, o := range old {
			b.Delete(o)
		}
		if fp, ok := fps[id]; ok {
			ix.digest.toggle(id, fp)
		}
	}
	b.SetInternal(keySynced, ix.digestValue())
	err = ix.idx.Batch(b)
	ix.facets.changed()
	if err != nil {
		ix.digestLost = true
		return fmt.Errorf("remove sources: %w", err)
	}
	ix.srcMu.Lock()
	for _, id := range ids {
		delete(ix.sources, id)
		delete(ix.frames, id)
	}
	ix.srcMu.Unlock()
	return nil
}

// recordIDsOf returns the bleve IDs of every record of a source, its marker
// included.
func (ix *Index) recordIDsOf(ctx context.Context, sourceID string) ([]string, error) {
	q := query.NewTermQuery(sourceID)
	q.SetField(fieldSourceID)
	req := bleve.NewSearchRequestOptions(q, 100000, 0, false)
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("records of source %s: %w", sourceID, err)
	}
	out := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out, nil
}

// sourceFingerprints returns the fingerprint of every indexed source.
func (ix *Index) sourceFingerprints(ctx context.Context) (map[string]string, error) {
	q := query.NewTermQuery(string(corpus.KindSource))
	q.SetField(fieldKind)
	return ix.fingerprintSearch(ctx, q, 1<<30)
}

// fingerprintsOf returns the fingerprints of those of ids that are indexed.
func (ix *Index) fingerprintsOf(ctx context.Context, ids []string) (map[string]string, error) {
	if len(ids) == 0 {
		return map[string]string{}, nil
	}
	docIDs := make([]string, len(ids))
	for i, id := range ids {
		docIDs[i] = docID(corpus.KindSource, id)
	}
	return ix.fingerprintSearch(ctx, query.NewDocIDQuery(docIDs), len(docIDs))
}

func (ix *Index) fingerprintSearch(ctx context.Context, q query.Query, size int) (map[string]string, error) {
	out := map[string]string{}
	const page = 10000
	for from := 0; from < size; from += page {
		req := bleve.NewSearchRequestOptions(q, min(page, size-from), from, false)
		req.Fields = []string{fieldID, fieldFinger}
		req.SortBy([]string{"_id"})
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list indexed sources: %w", err)
		}
		for _, h := range res.Hits {
			id, _ := h.Fields[fieldID].(string)
			fp, _ := h.Fields[fieldFinger].(string)
			out[id] = fp
		}
		if len(res.Hits) < page {
			break
		}
	}
	return out, nil
}

// Count returns the number of searchable records (provisions, statements
// and passages; a passage that is exactly a provision counts once).
func (ix *Index) Count() (uint64, error) {
	if n, ok, err := ix.countByBits(); ok || err != nil { // see countbits.go
		return n, err
	}
	return ix.countBySearch()
}

// countBySearch is Count as a search matching every record.
func (ix *Index) countBySearch() (uint64, error) {
	req := bleve.NewSearchRequestOptions(recordKinds(""), 0, 0, false)
	res, err := ix.idx.Search(req)
	if err != nil {
		return 0, fmt.Errorf("count records: %w", err)
	}
	return res.Total, nil
}

// Compact merges the on-disk index into as few segments as it can. A
// process that indexed many documents and is about to exit (planbot
// ingest) calls it, since the background merging would stop with it: an
// index left in many small segments costs every later start more memory
// and time to open. Searches may run meanwhile; an in-memory index is left
// alone.
func (ix *Index) Compact(ctx context.Context) error {
	if ix.dir == "" {
		return nil
	}
	ix.addMu.Lock()
	defer ix.addMu.Unlock()
	adv, err := ix.idx.Advanced()
	if err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	// One forced merge puts every segment in one task (compactPlan: a
	// bulk load's segments are rewritten once, not ten at a time and then
	// again) and returns once its merges are in; it is asked again until
	// one segment is left or a pass merges nothing more.
	prev := segmentCount(sc)
	before := ix.liveSegments()
	defer func() { releaseSegments(before, ix.liveSegments()) }() // see segrelease.go
	if ix.pendingBuild != "" {
		// A new index's bulk load: its thesaurus is written while the
		// merge runs (bulk.go).
		err := ix.compactBuild(ctx, sc, prev)
		ix.compacted.Store(err == nil)
		return err
	}
	for range maxCompactPasses {
		if err := sc.ForceMerge(ctx, compactPlan(prev)); err != nil {
			return fmt.Errorf("compact index %s: %w", ix.dir, err)
		}
		n := segmentCount(sc)
		if n <= 1 || n >= prev {
			break
		}
		prev = n
	}
	ix.compacted.Store(true)
	return ix.finishBuild()
}

// maxCompactPasses bounds Compact's forced merges: ten segments per task
// and pass, so a few passes merge thousands of segments.
const maxCompactPasses = 8

// segmentCount is the number of segments of sc's current snapshot (0 when
// it cannot be read).
func segmentCount(sc *scorch.Scorch) int {
	r, err := sc.Reader()
	if err != nil {
		return 0
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0
	}
	return len(snap.Segments())
}

// Close releases the index. Searches after Close fail.
func (ix *Index) Close() error {
	var err error
	ix.closeOne.Do(func() {
		ix.addMu.Lock()
		defer ix.addMu.Unlock()
		defer releaseSegments(ix.liveSegments(), nil) // see segrelease.go
		err = ix.finishBuild()
		if e := ix.idx.Close(); e != nil {
			err = fmt.Errorf("close index %q: %w", ix.dir, e)
			return
		}
		if ix.compacted.Load() {
			dropWrittenPages(ix.dir) // after Close: mapped pages are not dropped
		}
	})
	return err
}

// record is one bleve document: a provision, a statement, a passage or a
// source marker.
type record struct {
	docID  string
	fields map[string]interface{}
}

// docID is the bleve ID of a record; the kind prefix keeps provision,
// statement and source IDs apart whatever the corpus chooses.
func docID(k corpus.Kind, id string) string { return string(k) + ":" + id }

func langOf(d *corpus.Document) string {
	if l := strings.ToLower(strings.TrimSpace(d.Source.Lang)); l != "" {
		return l
	}
	return defaultLang
}

// fingerprint identifies one extraction of a document, so that a corpus whose
// extraction improved is re-indexed.
func fingerprint(d *corpus.Document) string { return corpus.Fingerprint(d) }

// records returns the bleve documents of d; the source marker comes last.
//
// Every paragraph is searchable: a passage whose text is exactly a
// provision's (a list item) or a statement's is not indexed twice but adds
// the kind passage to that record, so --kind passage still finds it; any other
// passage is a record of its own, deduplicated against the provision or
// statement of the same paragraph when both match (see dedupe).
func records(d *corpus.Document) []record { return recordsOf(d, fingerprint(d)) }

// recordsOf is records of a document whose fingerprint is fp.
func recordsOf(d *corpus.Document, fp string) []record {
	s := d.Source
	tf := textField(analyzerFor(langOf(d)))
	base := func(k corpus.Kind, id, text string) map[string]interface{} {
		m := map[string]interface{}{
			fieldKind: string(k), fieldID: id, fieldSourceID: s.ID, fieldLang: langOf(d),
			tf: text,
		}
		if s.Guild != "" {
			m[fieldGuild] = []string{serverMarker, guildTerm(s.Guild)}
		}
		if s.Plan != "" {
			m[fieldPlan] = s.Plan
		}
		return m
	}
	setDate := func(m map[string]interface{}, date string) {
		if date == "" {
			date = s.Published
		}
		if date != "" {
			m[fieldDate] = date
			m[fieldDateText] = date
		}
	}
	// A record's topics are indexed as IDs only: a query word is mapped
	// to the topics whose words it is (expander.topics), which costs
	// nothing at indexing time.
	setTopics := func(m map[string]interface{}, topics []string) { m[fieldTopics] = topics }
	// Positions of passages folded into the provision or statement with
	// the same text: true until one record carries the passage kind.
	merged := map[int]bool{}
	classified := map[int]string{}
	for _, p := range d.Provisions {
		classified[p.Position] = normSpace(p.Text)
	}
	for _, st := range d.Statements {
		if _, ok := classified[st.Position]; !ok {
			classified[st.Position] = normSpace(st.Text)
		}
	}
	for _, g := range d.Passages {
		if t, ok := classified[g.Position]; ok && t == normSpace(g.Text) {
			merged[g.Position] = true
		}
	}
	withPassage := func(m map[string]interface{}, k corpus.Kind, pos int, text string) {
		if merged[pos] && classified[pos] == normSpace(text) {
			m[fieldKind] = []string{string(k), string(corpus.KindPassage)}
			merged[pos] = false
		}
	}
	wrapped := wrappedOf(d.Passages) // sentences carried across line breaks (wrapped.go)
	// carried is the words of the sentences a record's passage shares with
	// its neighbours, for the record that carries that passage's text.
	carried := func(pos int, text string) []string {
		if ctx := wrapped[pos]; ctx != nil && merged[pos] && classified[pos] == normSpace(text) {
			return ctx
		}
		return nil
	}
	out := make([]record, 0, len(d.Provisions)+len(d.Statements)+len(d.Passages)+1)
	for _, p := range d.Provisions {
		m := base(corpus.KindProvision, p.ID, p.Text)
		ctx := carried(p.Position, p.Text)
		withPassage(m, corpus.KindProvision, p.Position, p.Text)
		if p.Plan != "" {
			m[fieldPlan] = p.Plan
		}
		m[fieldNumber] = p.Number
		m[fieldPosition] = p.Position
		setTopics(m, p.Topics)
		m[tf] = withGloss(withMeta(p.Text, append([]string{pointWords(p.Number)}, ctx...)...), pointGlossFor(langOf(d), p.Plan, p.Number))
		setDate(m, "")
		out = append(out, record{docID(corpus.KindProvision, p.ID), m})
	}
	// An answer in an interview means little without its question ("A:
	// It is not among the 19 points now" answers "Q: Is the amnesty
	// clause still in the plan?"), so a statement right after a paragraph
	// that asks something is indexed with the question's words.
	asked := map[int]string{}
	for _, g := range d.Passages {
		if t := strings.TrimSpace(g.Text); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
			asked[g.Position] = t
		}
	}
	for _, st := range d.Statements {
		m := base(corpus.KindStatement, st.ID, st.Text)
		ctx := carried(st.Position, st.Text)
		withPassage(m, corpus.KindStatement, st.Position, st.Text)
		m[fieldSpeaker] = st.Speaker
		m[fieldSpeakerAny] = speakersOf(st)
		m[fieldRole] = st.Role
		if st.ReportedBy != "" {
			m[fieldReportedBy] = st.ReportedBy
		}
		m[fieldPosition] = st.Position
		setTopics(m, st.Topics)
		meta := append(append([]string{st.Speaker, st.Role}, st.Members...), ctx...)
		if q, ok := asked[st.Position-1]; ok && st.Position > 0 {
			meta = append(meta, q)
		}
		m[tf] = withMeta(st.Text, meta...)
		setDate(m, st.Date)
		out = append(out, record{docID(corpus.KindStatement, st.ID), m})
	}
	for _, g := range d.Passages {
		if _, ok := merged[g.Position]; ok {
			continue
		}
		m := base(corpus.KindPassage, g.ID, g.Text)
		m[fieldPosition] = g.Position
		setTopics(m, g.Topics)
		m[tf] = withMeta(g.Text, wrapped[g.Position]...)
		setDate(m, "")
		out = append(out, record{docID(corpus.KindPassage, g.ID), m})
	}
	m := base(corpus.KindSource, s.ID, "")
	delete(m, tf) // only provisions, statements and passages answer text queries
	m[fieldSourceTitle] = s.Title
	m[fieldTitle], m[fieldOutlet], m[fieldURL], m[fieldPublished] = s.Title, s.Outlet, s.URL, s.Published
	m[fieldFinger] = fp
	setDate(m, "")
	out = append(out, record{docID(corpus.KindSource, s.ID), m})
	if s.Guild != "" {
		for _, r := range out {
			r.fields[fieldGuildFacet] = guildFacetTerms(s.Guild, r.fields)
		}
	}
	return out
}

// normSpace collapses runs of white space, for comparing texts.
func normSpace(s string) string {
	if singleSpaced(s) { // most records: nothing to collapse (textscan.go)
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// metaSep separates a record's text from the words about it (a
// statement's speaker and role) indexed with it, so that "/statement zelensky" finds what
// Zelensky said though the quote does not name him, in the same field and
// query as the text. The stored value is cut here for Hit.Text and
// snippets.
const metaSep = "\u2029"

// pointWords is what a numbered provision is indexed with besides its
// text: "point 19", so that "/provision point 19" or "punto 19 zaporiyia"
// finds point 19 of every version whose text never says its own number
// (the word for point in other languages is a translation of "point", see
// translations.txt); "" for an unnumbered provision.
func pointWords(n int) string {
	if n <= 0 {
		return ""
	}
	return "point " + strconv.Itoa(n)
}

// withMeta is the indexed text of a record: its text, metaSep, then meta,
// then the plain-digit forms of the text's numbers (numberForms), so that
// "600,000", "600.000" and "600 000" all find one another, the word for
// a share written with the sign (percentForms), a unit glued to a number
// spelt out ("90 billion" for "€90bn", unitForms), and the Latin spellings
// of its Cyrillic names (translitForms).
func withMeta(text string, meta ...string) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(text, metaSep, " "))
	b.WriteString(metaSep)
	meta = append(meta, numberForms(text)...)
	meta = append(meta, percentForms(text)...)
	meta = append(meta, unitForms(text)...)
	meta = append(meta, nameForms(text)...) // a known person's name in another spelling or case (nameforms.go)
	for _, m := range append(meta, translitForms(text)...) {
		if m = strings.TrimSpace(m); m != "" {
			b.WriteString(strings.ReplaceAll(m, metaSep, " "))
			b.WriteString(" ; ")
		}
	}
	return b.String()
}

// recordKinds is the filter on kind: k, or provisions, statements and
// passages when k is "".
func recordKinds(k corpus.Kind) query.Query {
	term := func(k corpus.Kind) query.Query {
		q := query.NewTermQuery(string(k))
		q.SetField(fieldKind)
		return q
	}
	if k != "" {
		return term(k)
	}
	return query.NewDisjunctionQuery([]query.Query{term(corpus.KindProvision), term(corpus.KindStatement), term(corpus.KindPassage)})
}
