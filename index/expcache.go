package index

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// What the glossary analyses to with one analyzer (a langExpansion) is
// kept in a cache file per analyzer, in a directory beside the on-disk
// index (<data>/index.expansion/<analyzer>), so that a fresh process loads
// it instead of analysing the whole glossary again: building the English
// part was about a third of the CPU a fresh `planbot ask` spent on a
// 100k-item data dir, reading it back is a few milliseconds.
//
// The file is only ever a copy of what expandWith computes. Its key is a
// hash of everything the result depends on: the analyzer's name, the
// mapping's version (which hashes the glossary's sources, so an edited
// glossary or people lexicon misses), and the running executable's
// identity (size and modification time; the analyzers' code and bleve's
// are in it, so a rebuilt planbot misses too). A file that is missing,
// cut short, corrupt (its checksum), of another format or another key is
// ignored and rewritten; nothing about it is ever fatal. It is written to a
// temp file and renamed into place, so concurrent writers (two commands
// started at once) each leave a whole file and readers never see half of
// one.

// expansionCacheFormat is bumped whenever the file's layout or the
// meaning of langExpansion's fields changes. Format 2 (stop 34) dropped
// the phrase rules' translation flag and the strict synonyms, which only
// the never-applied translation-only weight read: a format-1 file would
// be misread, so its key no longer matches and it is rebuilt. Format 3
// (stop 38) keeps only the thesaurus lists that differ from the synonyms
// (langExpansion.thesaurusOwn).
const expansionCacheFormat = 3

// expansionMagic opens every cache file.
const expansionMagic = "planbot-expansion\n"

// expansionCacheDir is where the parts are cached; "" means nowhere (an
// in-memory index of a process that never named a data dir).
var expansionCacheDir atomic.Pointer[string]

// SetExpansionCache names the directory the query expander's analysed
// glossary is cached in; a command calls it with its index's directory
// (the cache is indexDir + ".expansion") before Warm, so that the part
// Warm builds is loaded from there. OpenCatalogue calls it for an on-disk
// index when no directory was named. The cache only saves work: any
// directory, or none, gives the same answers.
func SetExpansionCache(indexDir string) {
	d := ""
	if indexDir != "" {
		d = filepath.Clean(indexDir) + ".expansion"
	}
	expansionCacheDir.Store(&d)
}

// defaultExpansionCache is SetExpansionCache(indexDir) unless a
// directory was named already.
func defaultExpansionCache(indexDir string) {
	d := filepath.Clean(indexDir) + ".expansion"
	expansionCacheDir.CompareAndSwap(nil, &d)
}

// expansionCacheFor returns the cache directory, or "".
func expansionCacheFor() string {
	if p := expansionCacheDir.Load(); p != nil {
		return *p
	}
	return ""
}

// executableIdentity says which build of planbot is running: the path,
// size and modification time of its executable, or "" when they cannot be
// read (then nothing is cached).
var executableIdentity = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s\x00%d\x00%d", exe, info.Size(), info.ModTime().UnixNano())
})

// expansionKey hashes what expandWith's result for analyzer a depends on:
// the build (the analyzers' code and the embedded glossary are in the
// executable) and version, the mapping's version, which hashes the
// glossary's sources (synonyms.txt, the translations, the people's and
// the topics' lexicons) besides the mapping. It names no parsed group, so
// that a fresh process checks its cache without parsing the glossary
// (sharedGroups). Nil when the executable cannot be identified.
func expansionKey(a, version string) []byte {
	id := executableIdentity()
	if id == "" {
		return nil
	}
	h := sha256.New()
	var buf []byte
	str := func(s string) {
		buf = binary.AppendUvarint(buf[:0], uint64(len(s)))
		h.Write(buf)
		h.Write([]byte(s))
	}
	str(strconv.Itoa(expansionCacheFormat))
	str(id)
	str(a)
	str(version)
	return h.Sum(nil)
}

// cachedExpandWith is expandWith through the cache directory dir: the
// part is read from dir when a file there has key, otherwise built and
// written there (failures to write are ignored: it is a cache).
func cachedExpandWith(dir, a string, build func() *langExpansion, key []byte) *langExpansion {
	if dir == "" || key == nil {
		return build()
	}
	path := filepath.Join(dir, a)
	if data, err := os.ReadFile(path); err == nil {
		if le, err := decodeExpansion(data, key); err == nil {
			return le
		}
	}
	le := build()
	_ = writeExpansion(dir, path, encodeExpansion(le, key))
	return le
}

// writeExpansion writes data to path atomically (writeCacheFile) and
// then clears temp files that an interrupted writer left behind.
func writeExpansion(dir, path string, data []byte) error {
	if err := writeCacheFile(dir, path, "expansion cache", data); err != nil {
		return err
	}
	removeStaleExpansionTemps(dir)
	return nil
}

// removeStaleExpansionTemps removes the temp files in dir that a writer
// killed mid-write left (see removeStaleTemp).
func removeStaleExpansionTemps(dir string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, de := range des {
		if strings.HasPrefix(de.Name(), ".tmp-") {
			removeStaleTemp(dir, de)
		}
	}
}

// removeStaleTemp removes the temp file de of dir once it is an hour old:
// a write in progress in another process is left alone.
func removeStaleTemp(dir string, de fs.DirEntry) {
	if info, err := de.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
		_ = os.Remove(filepath.Join(dir, de.Name()))
	}
}

// The file: expansionMagic, the format (uvarint), the key (32 bytes),
// the payload's length (uvarint), the payload, and the payload's CRC-32C
// (4 bytes, little endian). The payload is a table of distinct strings
// (count, then each as length and bytes), then the parts, every string
// as its index in the table and every list as its length and items:
//
//	phrases:   count, then per rule: from, to, toTerms
//	synonyms:  count, then per term: term, list
//	thesaurus: count, then per term of thesaurusOwn (the lists that are
//	           not the term's synonyms, see expandWith): term, list
//	domain:    count, then the terms
//
// phraseFirst is derived from phrases on reading, as expandWith derives it.

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodeExpansion serialises le under key.
func encodeExpansion(le *langExpansion, key []byte) []byte {
	ids := map[string]uint64{}
	var table []string
	id := func(s string) uint64 {
		if i, ok := ids[s]; ok {
			return i
		}
		i := uint64(len(table))
		ids[s] = i
		table = append(table, s)
		return i
	}
	var body []byte
	u := func(v uint64) { body = binary.AppendUvarint(body, v) }
	list := func(ss []string) {
		u(uint64(len(ss)))
		for _, s := range ss {
			u(id(s))
		}
	}
	u(uint64(len(le.phrases)))
	for _, r := range le.phrases {
		list(r.from)
		u(id(r.to))
		list(r.toTerms)
	}
	// Map keys in sorted order: the same part gives the same bytes.
	u(uint64(len(le.synonyms)))
	for _, t := range sortedKeys(le.synonyms) {
		u(id(t))
		list(le.synonyms[t])
	}
	u(uint64(len(le.thesaurusOwn)))
	for _, t := range sortedKeys(le.thesaurusOwn) {
		u(id(t))
		list(le.thesaurusOwn[t])
	}
	var domain []string
	for t, ok := range le.domain {
		if ok {
			domain = append(domain, t)
		}
	}
	slices.Sort(domain)
	list(domain)

	var payload []byte
	payload = binary.AppendUvarint(payload, uint64(len(table)))
	for _, s := range table {
		payload = binary.AppendUvarint(payload, uint64(len(s)))
		payload = append(payload, s...)
	}
	payload = append(payload, body...)

	out := append([]byte(expansionMagic), binary.AppendUvarint(nil, expansionCacheFormat)...)
	out = append(out, key...)
	out = binary.AppendUvarint(out, uint64(len(payload)))
	out = append(out, payload...)
	return binary.LittleEndian.AppendUint32(out, crc32.Checksum(payload, castagnoli))
}

// sortedKeys returns m's keys, sorted.
func sortedKeys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// errBadExpansion is a cache file that is not a whole one of this format.
var errBadExpansion = errors.New("expansion cache: not a whole file of this format")

// errStaleExpansion is a cache file written for another key.
var errStaleExpansion = errors.New("expansion cache: written for another glossary or build")

// decodeExpansion reads a file encodeExpansion wrote under key.
func decodeExpansion(data, key []byte) (*langExpansion, error) {
	rest, ok := bytes.CutPrefix(data, []byte(expansionMagic))
	if !ok {
		return nil, errBadExpansion
	}
	format, n := binary.Uvarint(rest)
	if n <= 0 || format != expansionCacheFormat {
		return nil, errBadExpansion
	}
	rest = rest[n:]
	if len(rest) < len(key) || !bytes.Equal(rest[:len(key)], key) {
		return nil, errStaleExpansion
	}
	rest = rest[len(key):]
	size, n := binary.Uvarint(rest)
	if n <= 0 || uint64(len(rest)-n) != size+4 {
		return nil, errBadExpansion
	}
	payload := rest[n : n+int(size)]
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(rest[n+int(size):]) {
		return nil, errBadExpansion
	}
	d := expansionDecoder{text: string(payload)} // one copy; every string is a slice of it
	le, err := d.expansion()
	if err != nil {
		return nil, err
	}
	if d.pos != len(d.text) {
		return nil, errBadExpansion
	}
	return le, nil
}

// expansionDecoder reads a payload; the first error sticks.
type expansionDecoder struct {
	text  string
	pos   int
	table []string
	err   error
}

// uint reads a uvarint.
func (d *expansionDecoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	var shift uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if d.pos >= len(d.text) {
			break
		}
		b := d.text[d.pos]
		d.pos++
		if b < 0x80 {
			return v | uint64(b)<<shift
		}
		v |= uint64(b&0x7f) << shift
		shift += 7
	}
	d.err = errBadExpansion
	return 0
}

// count reads a length that cannot exceed the bytes left (each item takes
// one at least), so a corrupt length never allocates much.
func (d *expansionDecoder) count() int {
	v := d.uint()
	if v > uint64(len(d.text)-d.pos) {
		d.err = errBadExpansion
		return 0
	}
	return int(v)
}

// str reads a string's index in the table.
func (d *expansionDecoder) str() string {
	i := d.uint()
	if i >= uint64(len(d.table)) {
		d.err = errBadExpansion
		return ""
	}
	return d.table[i]
}

// list reads n strings into the front of *pool and returns them, clipped
// so that no append reaches the next list.
func (d *expansionDecoder) list(n int, pool *[]string) []string {
	if len(*pool) < n {
		*pool = make([]string, max(n, 4096))
	}
	out := (*pool)[:n:n]
	*pool = (*pool)[n:]
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// expansion reads the payload.
func (d *expansionDecoder) expansion() (*langExpansion, error) {
	nt := d.count()
	d.table = make([]string, nt)
	for i := range d.table {
		l := d.count()
		if d.err != nil {
			return nil, d.err
		}
		d.table[i] = d.text[d.pos : d.pos+l]
		d.pos += l
	}
	var pool []string
	le := &langExpansion{}
	np := d.count()
	le.phrases = make([]phraseRule, np)
	for i := range le.phrases {
		r := &le.phrases[i]
		r.from = d.list(d.count(), &pool)
		r.to = d.str()
		r.toTerms = d.list(d.count(), &pool)
		if d.err != nil {
			return nil, d.err
		}
		if len(r.from) == 0 {
			return nil, errBadExpansion
		}
	}
	ns := d.count()
	le.synonyms = make(map[string][]string, ns)
	for range ns {
		t := d.str()
		le.synonyms[t] = d.list(d.count(), &pool)
	}
	nth := d.count()
	le.thesaurusOwn = make(map[string][]string, nth)
	for range nth {
		t := d.str()
		if _, ok := le.synonyms[t]; !ok {
			d.err = errBadExpansion // only a term with synonyms has its own list
		}
		if ss := d.list(d.count(), &pool); len(ss) > 0 {
			le.thesaurusOwn[t] = ss
		} else {
			le.thesaurusOwn[t] = nil
		}
	}
	nd := d.count()
	le.domain = make(map[string]bool, nd)
	for range nd {
		le.domain[d.str()] = true
	}
	if d.err != nil {
		return nil, d.err
	}
	le.phraseFirst = phraseIndex(le.phrases)
	return le, nil
}
