// Package index is planbot's search engine: the bleve mapping (one index of
// provisions, statements and sources, text analysed per language), the
// domain synonyms, building, opening and incrementally updating the index,
// ranked search with Discord-ready snippets, the "nothing relevant" rule and
// autocomplete suggestions.
//
// index is the only package that imports bleve. It uses corpus's types and
// must not import bot or cmd: bot reaches search through an interface it
// declares, which *Index satisfies.
package index
