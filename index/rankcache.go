package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// The ranks of a large segment's IDs (idRanks) take one walk of its whole
// dictionary of IDs: at 100k items that was about a tenth of the CPU of a
// fresh `planbot ask`, paid again by every process at its first search.
// A zap segment file never changes once written, so its ranks are kept in
// a file of their own, in a directory beside the on-disk index
// (<data>/index.ranks/<segment file>.ranks), and a later process reads
// them back (about half a megabyte at 100k items) instead.
//
// A ranks file names the segment it was made from by everything zap
// records of the file: its name, its length, its document count, its
// format version and the CRC of its contents that zap keeps in its
// footer. A file that does not match all of them, is cut short, fails its
// own checksum or is not a ranks file is ignored and written again; one
// that cannot be written costs only the walk. Files are written to a temp
// file and renamed, so concurrent processes leave whole files. Ranks files
// of segments merged away are removed when a new one is written.

// rankCacheFormat is bumped when the file's layout changes.
const rankCacheFormat = 1

// rankMagic opens every ranks file.
const rankMagic = "planbot-ranks\n"

// rankCacheDir is where the ranks of an index in dir are kept; "" for an
// index in memory.
func rankCacheDir(indexDir string) string {
	if indexDir == "" {
		return ""
	}
	return filepath.Clean(indexDir) + ".ranks"
}

// segmentIdentity is what a ranks file records of its segment.
type segmentIdentity struct {
	name    string
	size    uint64
	docs    uint64
	crc     uint32
	version uint32
}

// identityOf returns zs's identity, ok false for a segment not in a file.
func identityOf(zs *zap.Segment) (segmentIdentity, bool) {
	if zs.Path() == "" {
		return segmentIdentity{}, false
	}
	return segmentIdentity{name: filepath.Base(zs.Path()), size: uint64(len(zs.Data())), docs: zs.NumDocs(),
		crc: zs.CRC(), version: zs.Version()}, true
}

// cachedIDRanks is idRanks(seg) through the ranks files in dir.
func cachedIDRanks(dir string, seg segment.Segment) []uint32 {
	seg = unwrapIDFiltered(seg) // a bulk load's segment is zap's (idfilter.go)
	zs, ok := seg.(*zap.Segment)
	if !ok || dir == "" || bleveindex.ReaderHook != nil {
		return idRanks(seg)
	}
	id, ok := identityOf(zs)
	if !ok {
		return idRanks(seg)
	}
	path := filepath.Join(dir, id.name+".ranks")
	if data, err := os.ReadFile(path); err == nil {
		if ranks, err := decodeRanks(data, id); err == nil {
			return ranks
		}
	}
	ranks := idRanks(seg)
	if ranks != nil {
		if err := writeRanks(dir, path, encodeRanks(ranks, id)); err == nil {
			removeGoneRanks(dir, filepath.Dir(zs.Path()))
		}
	}
	return ranks
}

// encodeRanks lays out a ranks file: rankMagic, the format (uvarint), the
// segment's identity (name as length and bytes, then size, documents,
// CRC and version as uvarints), the ranks as 4-byte little-endian
// numbers, and the CRC-32C of everything before it.
func encodeRanks(ranks []uint32, id segmentIdentity) []byte {
	out := make([]byte, 0, len(rankMagic)+64+len(id.name)+4*len(ranks)+4)
	out = append(out, rankMagic...)
	out = binary.AppendUvarint(out, rankCacheFormat)
	out = appendIdentity(out, id)
	for _, r := range ranks {
		out = binary.LittleEndian.AppendUint32(out, r)
	}
	return binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, castagnoli))
}

// appendIdentity appends id as encodeRanks lays it out.
func appendIdentity(out []byte, id segmentIdentity) []byte {
	out = binary.AppendUvarint(out, uint64(len(id.name)))
	out = append(out, id.name...)
	for _, v := range []uint64{id.size, id.docs, uint64(id.crc), uint64(id.version)} {
		out = binary.AppendUvarint(out, v)
	}
	return out
}

// errBadRanks is a ranks file that is not a whole one of this format, or
// not of the segment asked for.
var errBadRanks = errors.New("ranks cache: not a whole file for this segment")

// decodeRanks reads a file encodeRanks wrote for the segment id.
func decodeRanks(data []byte, id segmentIdentity) ([]uint32, error) {
	if len(data) < 4 {
		return nil, errBadRanks
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	head := append(binary.AppendUvarint([]byte(rankMagic), rankCacheFormat), appendIdentity(nil, id)...)
	rest, ok := bytes.CutPrefix(body, head)
	if !ok || uint64(len(rest)) != 4*id.docs || crc32.Checksum(body, castagnoli) != sum {
		return nil, errBadRanks
	}
	ranks := make([]uint32, id.docs)
	for i := range ranks {
		ranks[i] = binary.LittleEndian.Uint32(rest[4*i:])
	}
	return ranks, nil
}

// writeRanks writes data to path atomically (writeCacheFile).
func writeRanks(dir, path string, data []byte) error {
	return writeCacheFile(dir, path, "ranks cache", data)
}

// removeGoneRanks removes the ranks files of dir whose segment is no
// longer in segDir (merged away), and temp files an interrupted writer
// left an hour ago or more.
func removeGoneRanks(dir, segDir string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, de := range des {
		name := de.Name()
		switch {
		case strings.HasPrefix(name, ".tmp-"):
			removeStaleTemp(dir, de)
		case strings.HasSuffix(name, ".ranks"):
			if _, err := os.Stat(filepath.Join(segDir, strings.TrimSuffix(name, ".ranks"))); errors.Is(err, fs.ErrNotExist) {
				_ = os.Remove(filepath.Join(dir, name))
			}
		}
	}
}
