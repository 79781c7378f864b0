package index

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// thesaurusField is one synonym definition as one synonym source holds it,
// analysed once per process: what bleve's document.SynonymField holds
// after its Analyze, with an Analyze that has nothing left to do.
//
// bleve analyses every definition with every source's analyzer each time
// a batch of definitions is indexed, and every new index gets the whole
// glossary: about a quarter of the CPU of writing the thesaurus, paid again
// for each index a process builds (hundreds in the index tests). What the
// analysis gives depends only on the glossary and the analyzers, which are
// fixed for the process, so it is done once and the fields are shared by
// every index's batch. They are never changed once built, so concurrent
// batches can read them.
type thesaurusField struct {
	name string
	// pairs is what IterateSynonyms visits: each analysed input term
	// with its analysed synonyms (bleve's synonymMap, in a fixed order).
	pairs []thesaurusPair
}

// thesaurusPair is one term of a definition and the terms it finds.
type thesaurusPair struct {
	term     string
	synonyms []string
}

var reflectStaticSizeThesaurusField = int(reflect.TypeOf(thesaurusField{}).Size())

// Name is the synonym source's name, which zap uses as the field's.
func (f *thesaurusField) Name() string { return f.name }

// ArrayPositions is nil: a definition is not in an array.
func (f *thesaurusField) ArrayPositions() []uint64 { return nil }

// Options are bleve's for a synonym field.
func (f *thesaurusField) Options() bindex.FieldIndexingOptions {
	return document.DefaultSynonymIndexingOptions
}

// NumPlainTextBytes is zero, what bleve's synonym field reports (it never
// counts its terms), so that index statistics do not change.
func (f *thesaurusField) NumPlainTextBytes() uint64 { return 0 }

// AnalyzedLength is zero: a synonym field has no tokens of its own.
func (f *thesaurusField) AnalyzedLength() int { return 0 }

// EncodedFieldType is bleve's code for a synonym field.
func (f *thesaurusField) EncodedFieldType() byte { return 'y' }

// AnalyzedTokenFrequencies is nil, as for bleve's synonym field.
func (f *thesaurusField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return nil }

// Analyze does nothing: the field was analysed when it was built.
func (f *thesaurusField) Analyze() {}

// Value is nil: nothing is stored.
func (f *thesaurusField) Value() []byte { return nil }

// Size is the memory bleve accounts for the field, as for its own.
func (f *thesaurusField) Size() int {
	return reflectStaticSizeThesaurusField + 8 + len(f.name)
}

// IterateSynonyms visits each analysed term with the terms it finds.
func (f *thesaurusField) IterateSynonyms(visitor func(term string, synonyms []string)) {
	for _, p := range f.pairs {
		visitor(p.term, p.synonyms)
	}
}

var _ bindex.SynonymField = (*thesaurusField)(nil)

// thesaurusEntry is one synonym definition's document: its ID and one
// field per synonym source.
type thesaurusEntry struct {
	id     string
	fields []*thesaurusField
}

// analysedThesaurus returns the glossary's synonym definitions analysed
// for every synonym source of the shared mapping, built once per process
// (see thesaurusField).
var analysedThesaurus = sync.OnceValues(func() ([]thesaurusEntry, error) {
	sh, err := shared()
	if err != nil {
		return nil, err
	}
	return analyseThesaurus(sh.im, sh.groups())
})

// analyseThesaurus does what bleve's Batch.IndexSynonym and the synonym
// field's Analyze do for each definition (synonymDefinitions) and each
// source of synonymCollection: the same terms, analysed by the source's
// analyzer, those that analyse to other than one token, or to an empty one,
// dropped.
func analyseThesaurus(im *mapping.IndexMappingImpl, groups []synonymGroup) ([]thesaurusEntry, error) {
	type source struct {
		name     string
		analyzer analysis.Analyzer
	}
	var sources []source
	err := im.SynonymSourceVisitor(func(name string, item analysis.SynonymSource) error {
		if item.Collection() != synonymCollection {
			return nil
		}
		a := im.AnalyzerNamed(item.Analyzer())
		if a == nil {
			return fmt.Errorf("unknown analyzer named: %s", item.Analyzer())
		}
		sources = append(sources, source{name, a})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index synonyms: %w", err)
	}
	// bleve visits the sources in map order; the order of a document's
	// fields does not change what zap writes for each.
	sort.Slice(sources, func(i, j int) bool { return sources[i].name < sources[j].name })
	defs := synonymDefinitions(groups)
	entries := make([]thesaurusEntry, len(defs))
	for i, d := range defs {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("index synonyms: %w", err)
		}
		entries[i] = thesaurusEntry{id: fmt.Sprintf("synonym:%d", i), fields: make([]*thesaurusField, len(sources))}
	}
	// One source per goroutine, as many at once as there are cores: the
	// sources are independent (bleve's analyzers are safe for concurrent
	// use; scorch's analysis workers share them) and each fills its own
	// column, so the result does not depend on the schedule. An ingest
	// waits for this after its documents (finishBuild).
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for j, s := range sources {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			memo := newMemoAnalyzer(withFastTokenizer(s.analyzer)) // thesaurusmemo.go, fasttokens.go
			for i, d := range defs {
				entries[i].fields[j] = &thesaurusField{name: s.name, pairs: synonymPairs(memo, d.Input, d.Synonyms)}
			}
		}()
	}
	wg.Wait()
	return entries, nil
}

// synonymPairs is bleve's document.SynonymField.Analyze and its
// processSynonymData, as pairs in the definition's order: with input
// terms, each maps to all the synonyms; without, each synonym maps to
// the others.
func synonymPairs(a analysis.Analyzer, input, synonyms []string) []thesaurusPair {
	analyse := func(terms []string) []string {
		out := make([]string, 0, len(terms))
		for _, t := range terms {
			if ts := a.Analyze([]byte(t)); len(ts) == 1 && len(ts[0].Term) > 0 {
				out = append(out, string(ts[0].Term))
			}
		}
		return out
	}
	syns := analyse(synonyms)
	// bleve keeps one entry per term (a map): a term analysed twice
	// keeps the last list it was given, which for input terms is the
	// same list, and for synonyms the list without that position.
	var pairs []thesaurusPair
	at := map[string]int{}
	put := func(term string, list []string) {
		if i, ok := at[term]; ok {
			pairs[i].synonyms = list
			return
		}
		at[term] = len(pairs)
		pairs = append(pairs, thesaurusPair{term, list})
	}
	// Like bleve, it is the analysed input that decides: a definition
	// whose input terms all analyse to several tokens is read as two-way.
	if in := analyse(input); len(in) > 0 {
		for _, t := range in {
			put(t, syns)
		}
		return pairs
	}
	for i, t := range syns {
		others := make([]string, 0, len(syns)-1)
		for j, o := range syns {
			if i != j {
				others = append(others, o)
			}
		}
		put(t, others)
	}
	return pairs
}

// thesaurusDocument is entry as a bleve document, new for each batch (a
// document belongs to the batch that indexes it; its fields are shared).
func thesaurusDocument(e thesaurusEntry) *document.Document {
	doc := document.NewSynonymDocument(e.id)
	for _, f := range e.fields {
		doc.AddField(f)
	}
	return doc
}
