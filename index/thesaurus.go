package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// indexSynonyms writes the glossary's synonym definitions (bleve's
// thesaurus, one synonym source per language analyzer) into idx, in one
// batch.
//
// A new index gets them after its documents, not before: scorch merges
// the segment holding the thesaurus with the others again and again as
// they grow, and each merge rewrote every analyzer's thesaurus (about a
// tenth of the merge work of a full ingest). Written last, the thesaurus
// is in a small segment of its own that is merged once or twice. Nothing
// reads the thesaurus while a new index is filled (searches wait for
// Open), and the index's version, written after this batch, marks a
// build that got this far: one interrupted before has none and is rebuilt.
func indexSynonyms(idx bleve.Index, groups []synonymGroup) error {
	b := idx.NewBatch()
	for i, d := range synonymDefinitions(groups) {
		if err := b.IndexSynonym(fmt.Sprintf("synonym:%d", i), synonymCollection, d); err != nil {
			return fmt.Errorf("index synonyms: %w", err)
		}
	}
	if err := idx.Batch(b); err != nil {
		return fmt.Errorf("index synonyms: %w", err)
	}
	return nil
}
