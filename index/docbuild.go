package index

import (
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// This file builds a record's bleve document directly from the index
// mapping's field table, instead of through bleve's MapDocument, which
// walks each record's map by reflection, looks every key's mapping up by
// its path and boxes every value again: half of buildBatches' CPU in an
// ingest (0.8-1.0 s of CPU at 100k items). The documents built are
// field for field those MapDocument builds (the same names, values, array
// positions, indexing options and analyzers); only the order of the
// fields differs, MapDocument's being the map's random one and this
// builder's the keys' sorted one, which the index does not keep.
// TestDirectDocsSameIndex holds the two paths to the same index.

// directDocs turns the direct builder on; the equivalence test turns it
// off to build the reference index through MapDocument.
var directDocs = true

// recordField is how the mapping indexes a record key: the field name, the
// kind of value it takes (a string for text and keyword fields, a number
// for numeric ones), its indexing options and, for text, its analyzer.
type recordField struct {
	name     string
	number   bool
	opts     bleveindex.FieldIndexingOptions
	analyzer analysis.Analyzer
	keyword  bool // analyzer gives the whole value as one term (recordfield.go)
}

// docBuilder builds records' documents for one index mapping.
type docBuilder struct {
	fields map[string][]recordField // record key -> how it is indexed
}

// builders caches the docBuilder of each mapping (*mapping.IndexMappingImpl
// -> *docBuilder, nil when the mapping holds something the builder does
// not know, for which MapDocument stays in use).
var builders sync.Map

// builderFor returns the direct builder of idx's mapping, or nil.
func builderFor(idx bleve.Index) *docBuilder {
	im, ok := idx.Mapping().(*mapping.IndexMappingImpl)
	if !ok {
		return nil
	}
	if b, ok := builders.Load(im); ok {
		return b.(*docBuilder)
	}
	b := newDocBuilder(im)
	builders.Store(im, b)
	return b
}

// newDocBuilder reads the field table of im's default mapping, the one
// every record is mapped by (records carry no type field). It returns nil
// for a mapping the builder cannot reproduce exactly: dynamic fields, a
// _all composite field, nested or sub-document mappings, field types
// other than text and number, or an analyzer it cannot find.
func newDocBuilder(im *mapping.IndexMappingImpl) *docBuilder {
	dm := im.DefaultMapping
	if dm == nil || !dm.Enabled || dm.Dynamic || len(im.TypeMapping) > 0 || len(dm.Fields) > 0 {
		return nil
	}
	all, ok := dm.Properties["_all"]
	if !ok || all.Enabled {
		return nil // MapDocument would add the composite _all field
	}
	b := &docBuilder{fields: map[string][]recordField{}}
	memos := map[string]analysis.Analyzer{}
	for key, sub := range dm.Properties {
		if key == "_all" {
			continue
		}
		if strings.Contains(key, ".") {
			return nil // a path into sub-documents
		}
		if !sub.Enabled || len(sub.Properties) > 0 || sub.Nested {
			return nil
		}
		for _, fm := range sub.Fields {
			p := recordField{name: key, opts: fm.Options()}
			if fm.Name != "" {
				p.name = fm.Name
			}
			switch fm.Type {
			case "text":
				// As FieldMapping.analyzerForField picks it: the field's
				// own, else the closest default on its path, else the
				// index's (a stored-only field's is never used).
				name := fm.Analyzer
				for _, d := range []string{sub.DefaultAnalyzer, dm.DefaultAnalyzer, im.DefaultAnalyzer} {
					if name == "" {
						name = d
					}
				}
				if p.analyzer = im.AnalyzerNamed(name); p.analyzer == nil {
					return nil
				}
				// The same tokens, faster for ASCII text (fasttokens.go),
				// each word's filtering done once (stemmemo.go), one memo
				// per analyzer however many fields use it.
				if m, ok := memos[name]; ok {
					p.analyzer = m
				} else {
					p.analyzer = withStemMemo(withFastTokenizer(p.analyzer))
					memos[name] = p.analyzer
				}
				p.keyword = isKeywordAnalyzer(p.analyzer)
			case "number":
				p.number = true
			default:
				return nil
			}
			b.fields[key] = append(b.fields[key], p)
		}
	}
	return b
}

// build returns the document of the record id with the given fields, as
// MapDocument would make it; ok is false for a value of a type it does not
// handle (the caller then maps the record through bleve).
func (b *docBuilder) build(id string, fields map[string]interface{}) (doc *document.Document, ok bool) {
	doc = document.NewDocument(id)
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// MapDocument's walk starts from an empty, non-nil array position
	// list, which top-level values keep.
	top := []uint64{}
	for _, k := range keys {
		plans, mapped := b.fields[k]
		if !mapped {
			continue // a static mapping drops what it does not name
		}
		switch v := fields[k].(type) {
		case nil:
		case string:
			b.addText(doc, plans, top, v)
		case []string:
			for i, s := range v {
				b.addText(doc, plans, []uint64{uint64(i)}, s)
			}
		case int:
			b.addNumber(doc, plans, top, float64(v))
		case int64:
			b.addNumber(doc, plans, top, float64(v))
		case float64:
			b.addNumber(doc, plans, top, v)
		default:
			return nil, false
		}
	}
	doc.SetIndexed()
	return doc, true
}

// addText adds a string value to the text fields of plans; a numeric
// field takes no string, as in MapDocument.
func (b *docBuilder) addText(doc *document.Document, plans []recordField, pos []uint64, s string) {
	for _, p := range plans {
		switch {
		case p.number:
		case recordFields: // recordfield.go
			doc.AddField(&recordText{name: p.name, pos: pos, value: []byte(s), str: s, opts: p.opts, analyzer: p.analyzer, keyword: p.keyword})
		default:
			doc.AddField(document.NewTextFieldCustom(p.name, pos, []byte(s), p.opts, p.analyzer))
		}
	}
}

// addNumber adds a number to the numeric fields of plans.
func (b *docBuilder) addNumber(doc *document.Document, plans []recordField, pos []uint64, f float64) {
	for _, p := range plans {
		if p.number {
			doc.AddField(document.NewNumericFieldWithIndexingOptions(p.name, pos, f, p.opts))
		}
	}
}

// indexRecord adds r to batch b: built directly when the index's mapping
// allows it, else mapped by bleve.
func indexRecord(b *bleve.Batch, db *docBuilder, r record) error {
	if db != nil && directDocs && r.docID != "" {
		if doc, ok := db.build(r.docID, r.fields); ok {
			return b.IndexAdvanced(doc)
		}
	}
	return b.Index(r.docID, r.fields)
}
