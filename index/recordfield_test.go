package index

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// TestRecordFieldAsTextField holds recordText to bleve's TextField: for
// every text and keyword field of the mapping and texts in several
// languages (a repeated word, stop words only, an empty value), the
// analysed length, the terms, their frequencies and the value are the
// same, and the value is not changed by the analysis. It also checks that
// the fast paths are taken (a keyword field, a memoised analyzer), which
// fails when recordText only falls back to bleve's code.
func TestRecordFieldAsTextField(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	b := newDocBuilder(im)
	if b == nil {
		t.Fatal("no direct builder for the mapping")
	}
	texts := []string{
		"The envoys' talks in Geneva: the talks went on, and on, and ON.",
		"Peace plan 28 points; NATO's 600,000 troops",
		"Die Gespräche in Genf über Sicherheitsgarantien gingen weiter, die Gespräche.",
		"Переговоры в Женеве продолжились; переговоры ещё идут.",
		"Переговори в Женеві тривали.",
		"和平谈判在日内瓦继续进行",
		"the and of",
		"",
		"geneva-framework",
	}
	keyword, memo := 0, 0
	for key, plans := range b.fields {
		for _, p := range plans {
			if p.number || !p.opts.IsIndexed() {
				continue
			}
			plain := im.AnalyzerNamed(analyzerNameOf(t, im, key))
			if p.keyword {
				keyword++
			}
			if _, ok := p.analyzer.(*stemMemoAnalyzer); ok {
				memo++
			}
			for _, text := range texts {
				pos := []uint64{2}
				want := document.NewTextFieldCustom(p.name, pos, []byte(text), p.opts, plain)
				want.Analyze()
				got := &recordText{name: p.name, pos: pos, value: []byte(text), str: text, opts: p.opts, analyzer: p.analyzer, keyword: p.keyword}
				got.Analyze()
				if got.AnalyzedLength() != want.AnalyzedLength() {
					t.Errorf("%s %q: length %d, want %d", p.name, text, got.AnalyzedLength(), want.AnalyzedLength())
				}
				if !sameFreqs(got.AnalyzedTokenFrequencies(), want.AnalyzedTokenFrequencies()) {
					t.Errorf("%s %q: frequencies %v, want %v", p.name, text, freqString(got.AnalyzedTokenFrequencies()), freqString(want.AnalyzedTokenFrequencies()))
				}
				if string(got.Value()) != text || got.Text() != text || got.NumPlainTextBytes() != want.NumPlainTextBytes() ||
					got.EncodedFieldType() != want.EncodedFieldType() || got.Options() != want.Options() {
					t.Errorf("%s %q: value, type or options differ", p.name, text)
				}
			}
		}
	}
	if keyword == 0 || memo == 0 {
		t.Errorf("fast paths not taken: %d keyword fields, %d memoised", keyword, memo)
	}
}

// analyzerNameOf is the analyzer name the mapping gives the field key.
func analyzerNameOf(t *testing.T, im *mapping.IndexMappingImpl, key string) string {
	t.Helper()
	name := im.AnalyzerNameForPath(key)
	if name == "" {
		t.Fatalf("no analyzer for %s", key)
	}
	return name
}

func sameFreqs(a, b bleveindex.TokenFrequencies) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || !bytes.Equal(x.Term, y.Term) || x.Frequency() != y.Frequency() || len(x.Locations) != len(y.Locations) {
			return false
		}
	}
	return true
}

func freqString(fs bleveindex.TokenFrequencies) map[string]int {
	m := map[string]int{}
	for k, v := range fs {
		m[k] = v.Frequency()
	}
	return m
}

// TestRecordFieldAllocatesLess is the reason for recordText: analysing an
// English record's text and a keyword value allocates fewer objects than
// bleve's TextField does (counted, not timed).
func TestRecordFieldAllocatesLess(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	b := newDocBuilder(im)
	text := "The envoys met in Geneva on Sunday and agreed that the talks on the peace plan would go on; " +
		"the envoys said the plan's points on security guarantees, sanctions and prisoners were discussed."
	for _, key := range []string{textField("en"), fieldSourceID} {
		p := b.fields[key][0]
		plain := im.AnalyzerNamed(analyzerNameOf(t, im, key))
		bleveAllocs := testing.AllocsPerRun(20, func() {
			document.NewTextFieldCustom(p.name, nil, []byte(text), p.opts, plain).Analyze()
		})
		ownAllocs := testing.AllocsPerRun(20, func() {
			(&recordText{name: p.name, value: []byte(text), str: text, opts: p.opts, analyzer: p.analyzer, keyword: p.keyword}).Analyze()
		})
		if ownAllocs >= bleveAllocs {
			t.Errorf("%s: %v allocations a field, bleve's TextField %v", key, ownAllocs, bleveAllocs)
		}
		t.Logf("%s: %v allocations a field, bleve's TextField %v", key, ownAllocs, bleveAllocs)
	}
}

// BenchmarkRecordAnalysis builds and analyses the test articles' records
// as a batch does before zap: directly (docbuild.go, with the memoised
// analyzers and recordText) and through bleve's MapDocument and
// TextField. Allocations per op are the steady figure on a shared
// machine:
//
//	go test ./index -run '^$' -bench BenchmarkRecordAnalysis -benchmem
func BenchmarkRecordAnalysis(b *testing.B) {
	recs, im, db := benchRecords(b)
	analyse := func(doc *document.Document) {
		doc.VisitFields(func(f bleveindex.Field) {
			if f.Options().IsIndexed() {
				f.Analyze()
			}
		})
	}
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			for _, r := range recs {
				doc, ok := db.build(r.docID, r.fields)
				if !ok {
					b.Fatal("not built")
				}
				analyse(doc)
			}
		}
	})
	b.Run("mapdocument", func(b *testing.B) {
		for b.Loop() {
			for _, r := range recs {
				doc := document.NewDocument(r.docID)
				if err := im.MapDocument(doc, r.fields); err != nil {
					b.Fatal(err)
				}
				analyse(doc)
			}
		}
	})
}
