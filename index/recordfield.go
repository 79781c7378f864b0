package index

import (
	"reflect"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/size"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// This file is the text field of a record's bleve document as the direct
// builder (docbuild.go) makes it: bleve's document.TextField, analysed
// with less garbage.
//
// Why: analysing a record's fields was the largest allocator of an
// ingest (document.TextField.Analyze: a quarter of the bytes allocated at
// 100k items, bleve's TokenFrequency alone 16%), and what an ingest
// allocates it pays again in the collector. bleve's TextField copies a
// stored value before analysing it (its lower-case filter writes in
// place), keeps every token in a stream, then gives each distinct term a
// new string key and a TokenFreq of its own. Here a memoised analyzer's
// field (stemmemo.go), which never writes its input, is analysed straight
// into the frequencies: no copy, the memo's own string as the key, and
// one slice holding every TokenFreq of the field; a keyword field (the
// whole value as one term) builds its one frequency without a tokenizer.
// Any other analyzer goes through bleve's code. What the field holds
// afterwards (name, value, positions, options, length, terms and their
// frequencies) is what a TextField would hold: TestRecordFieldAsTextField
// compares them, TestDirectDocsSameIndex the indexes.

// recordFields turns the field type on; tests turn it off to compare.
var recordFields = true

// recordText is a text (or keyword) field of a record.
type recordText struct {
	name     string
	pos      []uint64
	value    []byte
	str      string // value as a string when the builder had it ("" else)
	opts     bleveindex.FieldIndexingOptions
	analyzer analysis.Analyzer
	keyword  bool // analyzer is bleve's keyword analyzer

	length int
	freqs  bleveindex.TokenFrequencies
}

var reflectStaticSizeRecordText = int(reflect.TypeOf(recordText{}).Size())

// isKeywordAnalyzer says whether a gives its whole input as one token,
// as bleve's keyword analyzer does: a single-token tokenizer, nothing
// before or after it.
func isKeywordAnalyzer(a analysis.Analyzer) bool {
	d, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || len(d.CharFilters) > 0 || len(d.TokenFilters) > 0 {
		return false
	}
	_, ok = d.Tokenizer.(*single.SingleTokenTokenizer)
	return ok
}

// Name is the field's name.
func (f *recordText) Name() string { return f.name }

// ArrayPositions are the value's positions in the record's arrays.
func (f *recordText) ArrayPositions() []uint64 { return f.pos }

// Options are the field's indexing options.
func (f *recordText) Options() bleveindex.FieldIndexingOptions { return f.opts }

// Value is the field's text.
func (f *recordText) Value() []byte { return f.value }

// Text is the field's text, as a string.
func (f *recordText) Text() string { return string(f.value) }

// NumPlainTextBytes is the length of the text.
func (f *recordText) NumPlainTextBytes() uint64 { return uint64(len(f.value)) }

// EncodedFieldType is a text field's, so the stored value reads back as
// one.
func (f *recordText) EncodedFieldType() byte { return 't' }

// AnalyzedLength is the number of tokens the analysis left.
func (f *recordText) AnalyzedLength() int { return f.length }

// AnalyzedTokenFrequencies are the terms the analysis left, with their
// frequencies.
func (f *recordText) AnalyzedTokenFrequencies() bleveindex.TokenFrequencies { return f.freqs }

// Size estimates the memory the field holds, as TextField's Size does.
func (f *recordText) Size() int {
	n := reflectStaticSizeRecordText + size.SizeOfPtr + len(f.name) +
		len(f.pos)*size.SizeOfUint64 + len(f.value)
	if f.freqs != nil {
		n += f.freqs.Size()
	}
	return n
}

// Analyze fills in the field's length and frequencies.
func (f *recordText) Analyze() {
	switch m, memo := f.analyzer.(*stemMemoAnalyzer); {
	case f.opts.IncludeTermVectors():
		f.analyzeAsBleve()
	case f.keyword:
		// The single-token tokenizer's token: the whole value.
		tf := &bleveindex.TokenFreq{Term: f.value}
		if !f.opts.SkipFreqNorm() {
			tf.SetFrequency(1)
		}
		key := f.str
		if len(key) != len(f.value) {
			key = string(f.value)
		}
		f.length = 1
		f.freqs = bleveindex.TokenFrequencies{key: tf}
	case memo:
		f.length, f.freqs = m.frequencies(f.value, f.opts)
	default:
		f.analyzeAsBleve()
	}
}

// analyzeAsBleve is document.TextField's Analyze.
func (f *recordText) analyzeAsBleve() {
	in := f.value
	if f.opts.IsStored() {
		// The analyzer may write into its input (lower-casing in place),
		// and the stored value must stay as given.
		in = append([]byte(nil), in...)
	}
	tokens := f.analyzer.Analyze(in)
	f.length = len(tokens)
	f.freqs = analysis.TokenFrequency(tokens, f.pos, f.opts)
}

// frequencies analyses input into its number of tokens and the
// frequencies of their terms, as analysis.TokenFrequency of Analyze's
// stream would give them without term vectors, never writing into input.
func (m *stemMemoAnalyzer) frequencies(input []byte, opts bleveindex.FieldIndexingOptions) (int, bleveindex.TokenFrequencies) {
	for _, cf := range m.charFilters {
		input = cf.Filter(input)
	}
	tokens := m.tokenizer.Tokenize(input)
	freqs := make(bleveindex.TokenFrequencies, len(tokens))
	// Every TokenFreq of the field in one allocation; its capacity is
	// never exceeded, so the pointers stay valid.
	slab := make([]bleveindex.TokenFreq, 0, len(tokens))
	n := 0
	for _, t := range tokens {
		s := m.stem(t)
		if s.dropped {
			continue
		}
		n++
		tf, ok := freqs[s.str]
		if !ok {
			slab = append(slab, bleveindex.TokenFreq{Term: s.term})
			tf = &slab[len(slab)-1]
			freqs[s.str] = tf
		}
		if !opts.SkipFreqNorm() {
			tf.SetFrequency(tf.Frequency() + 1)
		}
	}
	return n, freqs
}
