package index

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// thesaurusZap is scorch's zap segment format (the same type and version,
// so indexes on disk are unchanged and open as before) with one
// difference: the segment holding the glossary's thesaurus is encoded
// once per process, not once per index.
//
// Every new index gets the same batch of synonym definitions
// (indexSynonyms), and zap turned it into the same segment each time:
// about two seconds of CPU, mostly building and writing the thesauri's
// bitmaps, paid by ingest after its documents and by each of the hundreds
// of indexes the index tests build. The first such batch is encoded by
// zap as ever; its bytes are kept, and later batches of the same
// definitions get a segment that reads them (zap.InitSegmentBase, what zap
// itself does with the bytes it has just written). A segment is
// read-only once built, so indexes can share the bytes; each has a
// segment of its own around them, with that index's statistics.
//
// Only a batch made of exactly the shared analysed definitions
// (analysedThesaurus, recognised by the identity of their fields) is
// served from the copy; any other batch goes to zap unchanged.
type thesaurusZap struct {
	zap.ZapPlugin
}

func init() {
	// Replaces bleve's zap v17 registration (the default) by this one.
	scorch.RegisterSegmentPlugin(&thesaurusZap{}, true)
}

// thesaurusSegment is the encoded thesaurus segment, once built: what
// zap.InitSegmentBase needs, read back from the zap footer.
type thesaurusSegment struct {
	mem                           []byte
	memCRC, chunkMode             uint32
	numDocs, storedIdx, sectionIx uint64
}

var (
	// thesaurusSegMu guards thesaurusSeg: the first batch encodes it,
	// others wait rather than encode it too.
	thesaurusSegMu sync.Mutex
	thesaurusSeg   *thesaurusSegment
	// thesaurusSegHits counts the batches served from the copy (tests).
	thesaurusSegHits atomic.Int64
)

// New is zap's New, but for the glossary's thesaurus (see thesaurusZap).
func (z *thesaurusZap) New(results []bindex.Document) (segment.Segment, uint64, error) {
	return z.NewUsing(results, nil)
}

// NewUsing is zap's NewUsing, but for the glossary's thesaurus (see
// thesaurusZap).
func (z *thesaurusZap) NewUsing(results []bindex.Document, config map[string]interface{}) (segment.Segment, uint64, error) {
	if !isThesaurusBatch(results) {
		seg, n, err := z.ZapPlugin.NewUsing(results, config)
		if err != nil {
			return nil, 0, err
		}
		return withIDSet(seg, results, config), n, nil // idfilter.go
	}
	thesaurusSegMu.Lock()
	defer thesaurusSegMu.Unlock()
	if thesaurusSeg == nil {
		seg, n, err := z.ZapPlugin.NewUsing(results, config)
		if err != nil {
			return nil, 0, err
		}
		// A segment that cannot be read back is still a good segment:
		// the next batch encodes it again.
		if ts, err := readThesaurusSegment(seg, n); err == nil {
			thesaurusSeg = ts
		}
		return seg, n, nil
	}
	stats, ok := config[segment.StatsKey].(*segment.Stats)
	if !ok || stats == nil {
		stats = new(segment.Stats)
	}
	ts := thesaurusSeg
	sb, err := zap.InitSegmentBase(ts.mem, ts.memCRC, ts.chunkMode, ts.numDocs, ts.storedIdx, ts.sectionIx, config, stats)
	if err != nil {
		return nil, 0, fmt.Errorf("thesaurus segment: %w", err)
	}
	thesaurusSegHits.Add(1)
	return sb, uint64(len(ts.mem)), nil
}

// readThesaurusSegment reads back what zap.InitSegmentBase needs from the
// segment's zap encoding (its bytes then the footer: writer id, its
// length, the document count, the stored fields' and the sections'
// index offsets, the chunk mode, the version and a CRC of all before
// it), and checks it: the CRC must match and the bytes written again
// from the segment rebuilt must be the same.
//
// size is the segment's size as zap reported it (the bytes before the
// footer): the copy is allocated once at its final size (thesaurusread.go).
func readThesaurusSegment(seg segment.Segment, size uint64) (*thesaurusSegment, error) {
	sb, ok := seg.(*zap.SegmentBase)
	if !ok {
		return nil, fmt.Errorf("thesaurus segment: a %T, not an in-memory zap segment", seg)
	}
	buf := bytes.NewBuffer(make([]byte, 0, segmentCopySize(size)))
	if _, err := sb.WriteTo(buf); err != nil {
		return nil, fmt.Errorf("thesaurus segment: %w", err)
	}
	all := buf.Bytes()
	if len(all) < zap.FooterSize {
		return nil, fmt.Errorf("thesaurus segment: %d bytes, shorter than a footer", len(all))
	}
	be := binary.BigEndian
	end := len(all)
	crc := be.Uint32(all[end-4:])
	if v := be.Uint32(all[end-8:]); v != zap.Version {
		return nil, fmt.Errorf("thesaurus segment: zap version %d, want %d", v, zap.Version)
	}
	ts := &thesaurusSegment{
		chunkMode: be.Uint32(all[end-12:]),
		sectionIx: be.Uint64(all[end-20:]),
		storedIdx: be.Uint64(all[end-28:]),
		numDocs:   be.Uint64(all[end-36:]),
	}
	idLen := int(be.Uint32(all[end-40:]))
	if idLen != 0 {
		// A writer callback (encryption) is registered: the bytes
		// are not what InitSegmentBase reads.
		return nil, fmt.Errorf("thesaurus segment: written with a writer callback")
	}
	ts.mem = all[:end-zap.FooterSize]
	ts.memCRC = crc32.ChecksumIEEE(ts.mem)
	if got := crc32.Update(ts.memCRC, crc32.IEEETable, all[len(ts.mem):end-4]); got != crc {
		return nil, fmt.Errorf("thesaurus segment: CRC %x, footer says %x", got, crc)
	}
	again, err := zap.InitSegmentBase(ts.mem, ts.memCRC, ts.chunkMode, ts.numDocs, ts.storedIdx, ts.sectionIx, nil, new(segment.Stats))
	if err != nil {
		return nil, fmt.Errorf("thesaurus segment: %w", err)
	}
	check := &sameBytes{want: all}
	if _, err := again.WriteTo(check); err != nil {
		return nil, fmt.Errorf("thesaurus segment: %w", err)
	}
	if !check.same() {
		return nil, fmt.Errorf("thesaurus segment: read back, it encodes differently")
	}
	return ts, nil
}

// isThesaurusBatch says whether results are the glossary's synonym
// definitions, each once, as indexSynonyms writes them: documents whose
// fields are the very fields analysedThesaurus built (so the same
// content), in any order (scorch's batch has none).
func isThesaurusBatch(results []bindex.Document) bool {
	if len(results) == 0 {
		return false
	}
	if d, ok := results[0].(*document.Document); !ok || len(d.Fields) == 0 {
		return false
	} else if _, ok := d.Fields[0].(*thesaurusField); !ok {
		return false // an ordinary batch: decided without analysedThesaurus
	}
	entries, err := analysedThesaurus()
	if err != nil || len(results) != len(entries) {
		return false
	}
	seen := make([]bool, len(entries))
	for _, r := range results {
		d, ok := r.(*document.Document)
		if !ok {
			return false
		}
		n, err := strconv.Atoi(strings.TrimPrefix(d.ID(), "synonym:"))
		if err != nil || n < 0 || n >= len(entries) || seen[n] || entries[n].id != d.ID() {
			return false
		}
		seen[n] = true
		e := entries[n]
		// scorch adds the _id field (AddIDField) to each document.
		fs := d.Fields
		if n := len(fs); n > 0 && fs[n-1].Name() == "_id" {
			if _, ok := fs[n-1].(*document.TextField); ok {
				fs = fs[:n-1]
			}
		}
		if len(fs) != len(e.fields) || len(d.CompositeFields) != 0 || len(d.NestedDocuments) != 0 {
			return false
		}
		for i, f := range fs {
			if tf, ok := f.(*thesaurusField); !ok || tf != e.fields[i] {
				return false
			}
		}
	}
	return true
}
