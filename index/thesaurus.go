package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// indexSynonyms writes the glossary's synonym definitions (bleve's
// thesaurus, one synonym source per language analyzer) into idx, in one
// batch. The definitions are analysed once per process, not per index
// (analysedThesaurus); idx must use the shared mapping, as every index
// does.
//
// A new index gets them after its documents, not before: scorch merges
// the segment holding the thesaurus with the others again and again as
// they grow, and each merge rewrote every analyzer's thesaurus (about a
// tenth of the merge work of a full ingest). Written last, the thesaurus
// is in a small segment of its own that is merged once or twice. Nothing
// reads the thesaurus while a new index is filled (searches wait for
// Open), and the index's version, written after this batch, marks a
// build that got this far: one interrupted before has none and is rebuilt.
func indexSynonyms(idx bleve.Index) error {
	entries, err := analysedThesaurus()
	if err != nil {
		return err
	}
	b := idx.NewBatch()
	for _, e := range entries {
		if err := b.IndexAdvanced(thesaurusDocument(e)); err != nil {
			return fmt.Errorf("index synonyms: %w", err)
		}
	}
	if err := idx.Batch(b); err != nil {
		return fmt.Errorf("index synonyms: %w", err)
	}
	return nil
}
