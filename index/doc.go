// Package index is planbot's search engine: the bleve mapping (one index of
// provisions, statements and sources, text analysed per language), the
// domain synonyms, building, opening and incrementally updating the index,
// ranked search with Discord-ready snippets, the "nothing relevant" rule and
// autocomplete suggestions.
//
// index is the only package that imports bleve. It uses corpus's types and
// must not import bot or cmd: bot reaches search through an interface it
// declares, which *Index satisfies.
//
// # Mapping
//
// One bleve document per provision, statement and source (the source record
// is also the marker that a document is fully indexed: it is written in the
// same batch as the document's records, last). Keyword fields kind,
// source_id, speaker, plan, topics and lang filter and feed Suggest; date is
// a datetime. The text goes to text_<analyzer>, analysed with bleve's
// analyzer for the document's language (front matter lang: de, it, ru, ...;
// English otherwise), each with a synonym source on the same analyzer. A
// statement's speaker and role are indexed after its text (after metaSep),
// so "/statement zelensky" finds quotes that do not name him. Scoring is
// BM25. The mapping is pinned by testdata/mapping.golden.json; its version
// (mappingVersion plus a hash of the mapping and synonyms.txt) is stored in
// the index, and an index of another version is rebuilt from the corpus.
//
// # Search
//
// User text is only ever analysed, never parsed as query syntax. A query
// runs against the text field of every language the index holds (English
// weighted highest, see foreignBoost), with bleve's synonym expansion; the
// multi-word synonyms of synonyms.txt that bleve's thesaurus cannot hold
// ("prisoners of war" / POWs) are added as extra all-words clauses. A
// search is one bleve request: it ranks without term locations (reading
// them for every match would cost more than the ranking) and loads the
// stored fields of the returned page only. Snippets are then cut by bleve's
// highlighter from term locations found by analysing each returned text
// with its field's analyzer and marking the words the query looks for (its
// terms, their thesaurus synonyms, the words of a multi-word synonym when
// all occur), which gives the tokens and offsets the index holds. Only the
// fuzzy fallback, whose matched words only bleve knows, asks bleve to
// highlight: its matches must contain every query word, so there are few
// term locations to read.
//
// # Cost
//
// At 100k records a search costs about the plain match query bleve runs for
// the same text plus the multi-word synonym clauses (each an all-words
// query over its own postings: "reconstruction fund" also looks for
// "frozen assets", which matches more records than the query itself) and a
// fixed part for the relevance rule, loading and marking the page (about
// 0.3 ms). planbot bench reports both side by side.
//
// # Nothing relevant
//
// BM25 scores do not tell relevance apart: on the query table
// (testdata/queries.json) right first hits score from 0.008 ("zelenskiy",
// matched through a synonym and the speaker) to 2.4 (a 6000-character
// paste), so no score threshold separates them from noise. The rule is
// instead about the words: a query word is known when it, one of its
// synonyms, or a multi-word synonym it belongs to occurs anywhere in the
// corpus. When at least half the query's distinct words are known, the
// exact search answers; otherwise (and when the exact search finds nothing)
// a fuzzy search runs in which every word must match, unknown words within
// one edit or one swap of adjacent letters. On the table, every query with
// an expected hit has at least half its words known ("how big can Ukraine's
// army be?" has exactly half: big and can are unknown), and every
// off-topic query ("bitcoin price", "world cup", "weather in paris
// tomorrow", lorem ipsum) has none, and its fuzzy search matches nothing.
// A query half on-topic ("nato bitcoin") is answered with the NATO hits.
// Among the hits, those under relativeCut of the best score are dropped:
// they matched only the query's weakest words.
package index
