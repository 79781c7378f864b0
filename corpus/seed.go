package corpus

import (
	_ "embed"
	"fmt"
	"sync"
)

// seedArticle is the default corpus: the Geneva talks report with the front
// matter header written for it (see the comments in the file).
//
//go:embed seed/geneva-framework-article.md
var seedArticle []byte

// SeedName is the file name the seed document is parsed under.
const SeedName = "seed/geneva-framework-article.md"

var seedDocs = sync.OnceValues(func() ([]*Document, error) {
	doc, err := Parse(seedArticle, ParseOptions{Name: SeedName})
	if err != nil {
		return nil, fmt.Errorf("parse embedded seed: %w", err)
	}
	// Added is the published date so the seed sorts before anything
	// ingested and its JSON does not change from run to run.
	doc.Source.Added = doc.Source.Published + "T00:00:00Z"
	return []*Document{doc}, nil
})

// Seed returns the embedded seed corpus, parsed once and shared: callers
// must not modify the documents. Its Added time is its published date.
func Seed() []*Document {
	docs, err := seedDocs()
	if err != nil {
		panic(err) // the seed is compiled in; TestSeedGolden covers it
	}
	return docs
}
