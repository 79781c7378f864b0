package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// The seed's entry is cached beside the catalogue, in <dir>/.seed: its
// Source, the fingerprint of its extraction and its point sums, which is
// all a store needs of the seed until someone asks for the document
// itself. Parsing the embedded seed was about a tenth of a fresh `planbot
// ask`'s CPU at 100k items (most of it the extraction lexicons' first
// load, which an up-to-date catalogue otherwise never needs), for an entry
// that is the same at every start of the same build.
//
// The file is keyed like the catalogue, by the extraction's identity (the
// catalogue format and the running executable, whose build holds both the
// extraction code and the embedded seed), and by a hash of the seed's
// bytes besides; a missing, unreadable or foreign file is ignored and
// written again. The document is parsed on its first use (Store.Get of the
// seed's ID, Documents), once per process as before.
const seedCacheFile = ".seed"

// seedCacheHeader starts the file; a line per seed document follows in
// the catalogue's line format.
const seedCacheHeader = "planbot-seed"

// seedSum is the hash of the embedded seed's bytes the file records.
var seedSum = sync.OnceValue(func() string {
	s := sha256.Sum256(seedArticle)
	return hex.EncodeToString(s[:])
})

// seedDoc returns the i-th seed document, parsing the seed on first use.
func seedDoc(i int) func() *Document {
	return func() *Document { return Seed()[i] }
}

// seedEntries returns the seed's store entries: from dir's seed cache
// when it was written for this build and seed, otherwise from the parsed
// seed (and then written to dir for the next process; a directory that
// does not exist or cannot be written only loses the speed).
func seedEntries(dir string) []*entry {
	if es, err := readSeedCache(dir); err == nil {
		return es
	}
	docs := Seed()
	es := make([]*entry, len(docs))
	for i, d := range docs {
		es[i] = &entry{src: d.Source, finger: Fingerprint(d), points: pointSums(d), seed: seedDoc(i)}
	}
	_ = writeSeedCache(dir, es)
	return es
}

// errNoSeedCache is a seed cache that is missing or not this build's.
var errNoSeedCache = errors.New("no seed cache for this build")

// readSeedCache reads dir's seed cache.
func readSeedCache(dir string) ([]*entry, error) {
	data, err := os.ReadFile(filepath.Join(dir, seedCacheFile))
	if err != nil {
		return nil, err
	}
	head, rest, ok := strings.Cut(string(data), "\n")
	if !ok || head != seedCacheHead() {
		return nil, errNoSeedCache
	}
	var es []*entry
	for line := range strings.SplitSeq(rest, "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != catFields {
			return nil, errNoSeedCache
		}
		for i, v := range f {
			f[i] = catUnescaper.Replace(v)
		}
		var c catEntry
		if err := c.setFields(f); err != nil || c.Source.ID == "" || c.Fingerprint == "" {
			return nil, errNoSeedCache
		}
		es = append(es, &entry{src: c.Source, finger: c.Fingerprint, points: c.Points, seed: seedDoc(len(es))})
	}
	if len(es) == 0 {
		return nil, errNoSeedCache
	}
	return es, nil
}

// seedCacheHead is the first line of a seed cache this build writes.
func seedCacheHead() string {
	return seedCacheHeader + "\t" + catEscaper.Replace(extractionVersion()) + "\t" + SeedName + "\t" + seedSum()
}

// writeSeedCache writes es, the parsed seed's entries, to dir's seed
// cache. A directory that does not exist yet gets none.
func writeSeedCache(dir string, es []*entry) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var b strings.Builder
	b.WriteString(seedCacheHead())
	b.WriteByte('\n')
	for _, e := range es {
		c := catEntry{File: SeedName, Source: e.src, Fingerprint: e.finger, Points: e.points}
		for j, f := range c.fields() {
			if j > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(catEscaper.Replace(f))
		}
		b.WriteByte('\n')
	}
	return writeFileAtomic(filepath.Join(dir, seedCacheFile), []byte(b.String()))
}
