// Package perf is planbot's honest benchmark: `planbot bench` calls Run.
//
// Run writes a synthetic corpus of text documents into a data dir exactly as
// planbot stores them (corpus.Store files under docs/, the index under
// index/), then measures, on the same item texts:
//
//   - indexing: planbot's index.Add against a separate plain bleve index
//     with bleve's default mapping (one bleve document per item text);
//   - search: index.Search (everything an answer needs) against a plain
//     bleve match query of size 10 that loads the stored text and asks for
//     highlighting, over at least 1,000 generated queries whose words are
//     not drawn from the corpus generator alone (real-language words,
//     misspellings, other spellings, off-topic words);
//   - serving: signed mixed interactions over loopback against the real
//     router and HTTP handler on that index;
//   - start-up: a fresh planbot process answering one /provision from the
//     data dir, with its wall time and peak memory.
//
// perf imports bleve directly, unlike the rest of planbot outside index:
// the baseline must be bleve itself, untouched by planbot's mapping.
package perf
