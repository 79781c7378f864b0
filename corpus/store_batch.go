package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Batch stores many documents with a few flushes to disk for all of them,
// where Put flushes twice per document (the file, then the directory):
// at a few milliseconds per flush those dominate a bulk ingest. Each
// document is still written to a temp file and renamed into place, and
// only once its bytes are on disk, so a crash at any point leaves every
// stored file complete; what a crash loses is the batch not yet committed,
// never a document stored before it.
//
// Put stages a document: the store sees it at once (Get, Documents,
// duplicates and older versions of later documents), other processes only
// after Commit. A Batch is used by one goroutine at a time; the store
// stays safe for concurrent use meanwhile.
type Batch struct {
	s      *Store
	staged []*staged
	// writing bounds the staged files being written at once (see start);
	// written counts the writes Commit waits for.
	writing chan struct{}
	written sync.WaitGroup
}

// staged is a document written to a temp file, waiting for Commit.
type staged struct {
	e      *entry
	doc    *Document // held so the store's cache keeps it until committed
	meta   parseMeta
	tmp    string   // the temp file, renamed to e.file on Commit
	remove []string // files of the versions it replaced, removed after
	// Set by the writer (write), read by Commit once written is done:
	// the temp file's sum, size, modification time and when it was
	// stat'ed (entry.seen), or the write's error.
	sum         string
	size, mtime int64
	seen        int64
	err         error
}

// NewBatch starts a batch of documents to store together.
func (s *Store) NewBatch() *Batch { return &Batch{s: s} }

// Put is Store.Put, staged until Commit.
func (b *Batch) Put(data []byte, opts ParseOptions) (PutResult, error) {
	p, err := Prepare(data, opts)
	if err != nil {
		return PutResult{}, err
	}
	return b.PutPrepared(p)
}

// PutPrepared is Put of a document Prepare parsed. Its file is written in
// the background (start); an error writing it fails the whole batch at
// Commit, as a failed flush does.
func (b *Batch) PutPrepared(p *Prepared) (PutResult, error) {
	n := len(b.staged)
	res, err := b.s.put(p, b)
	if err == nil && len(b.staged) > n {
		b.start(b.staged[n])
	}
	return res, err
}

// stageWriters is how many staged files a Batch writes at once. Creating
// a file is kernel work (open with O_CREAT, most of it); done in the
// caller, under the store's lock, it was the bulk of ingest's one serial
// stage (12-13% of the CPU profiled at 100k items, all on the store
// goroutine), which parsing and indexing then waited for. The writers do
// not make it cheaper; they take it off that path.
const stageWriters = 4

// start writes st's temp file on a writer of its own, waiting while
// stageWriters are busy. Called without the store's lock: the writer
// reads only st's document, which nobody changes once it is staged.
func (b *Batch) start(st *staged) {
	if b.writing == nil {
		b.writing = make(chan struct{}, stageWriters)
	}
	b.writing <- struct{}{}
	b.written.Add(1)
	go func() {
		defer func() {
			<-b.writing
			b.written.Done()
		}()
		st.write(b.s.dir)
	}()
}

// write writes a staged document's temp file (not flushed: Commit does)
// and records its sum and stat, or the error.
func (st *staged) write(dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		st.err = fmt.Errorf("create document dir %s: %w", dir, err)
		return
	}
	content, err := encodeDocument(st.doc, st.meta)
	if err != nil {
		st.err = err
		return
	}
	tmp, err := writeTemp(filepath.Join(dir, st.e.file), content, false)
	if err != nil {
		st.err = err
		return
	}
	info, err := os.Stat(tmp)
	if err != nil {
		os.Remove(tmp)
		st.err = fmt.Errorf("stat staged document %s: %w", tmp, err)
		return
	}
	st.tmp, st.sum = tmp, fileSum(content)
	st.size, st.mtime, st.seen = info.Size(), info.ModTime().UnixNano(), time.Now().UnixNano()
}

// Len is the number of documents staged since the last Commit.
func (b *Batch) Len() int { return len(b.staged) }

// syncWorkers is how many staged files are flushed at once: the file
// system commits concurrent flushes together, so a batch costs little more
// than one.
const syncWorkers = 16

// Commit puts the staged documents in place: their temp files are flushed
// to disk, renamed to their names, and the directory flushed once; then
// the files of the versions they replaced are removed. On an error none
// of the batch counts as stored (the error says so): the temp files are
// removed and the store's view is brought back in line with the directory,
// where the replaced versions still are. The batch is empty afterwards
// either way.
func (b *Batch) Commit() error {
	if len(b.staged) == 0 {
		return nil
	}
	s := b.s
	sts := b.staged
	b.staged = nil
	b.written.Wait()
	var err error
	for _, st := range sts {
		if st.err != nil {
			err = st.err
			break
		}
	}
	if err == nil {
		err = syncFiles(sts)
	}
	s.mu.Lock()
	renamed := 0
	for _, st := range sts {
		if err != nil {
			break
		}
		path := filepath.Join(s.dir, st.e.file)
		if e := os.Rename(st.tmp, path); e != nil {
			err = fmt.Errorf("rename %s to %s: %w", st.tmp, path, e)
			break
		}
		renamed++
	}
	if err == nil {
		err = syncDir(s.dir)
	}
	for _, st := range sts {
		st.e.pending = false
		st.e.sum, st.e.size, st.e.mtime, st.e.seen = st.sum, st.size, st.mtime, st.seen
	}
	if err != nil {
		for _, st := range sts[renamed:] {
			if st.tmp != "" {
				os.Remove(st.tmp)
			}
		}
		s.mu.Unlock()
		// The directory is the truth: files renamed before the failure
		// are complete documents and stay known, the others are
		// forgotten, the versions they were to replace are read back.
		_, _, _ = s.scan(context.Background(), nil)
		return fmt.Errorf("store %d documents: %w", len(sts), err)
	}
	for _, st := range sts {
		for _, name := range st.remove {
			if s.files[name] != nil {
				continue // staged again later in the batch
			}
			path := filepath.Join(s.dir, name)
			if e := os.Remove(path); e != nil && !errors.Is(e, fs.ErrNotExist) && err == nil {
				// The new version is stored; the old one is left beside
				// it, as after a crash between the two.
				err = fmt.Errorf("remove replaced document %s: %w", path, e)
			}
		}
	}
	s.mu.Unlock()
	return err
}

// syncFiles flushes the staged temp files to disk, several at a time.
func syncFiles(sts []*staged) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	next := make(chan string)
	for range min(syncWorkers, len(sts)) {
		wg.Go(func() {
			for path := range next {
				if err := syncFile(path); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		})
	}
	for _, st := range sts {
		next <- st.tmp
	}
	close(next)
	wg.Wait()
	return first
}

// syncFile flushes one file's bytes to disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s for sync: %w", path, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return nil
}

// syncDir flushes a directory's entries (new names, renames) to disk.
func syncDir(dir string) error {
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
