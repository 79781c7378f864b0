// Package index is planbot's search engine: the bleve mapping (one index of
// provisions, statements, passages and sources, text analysed per
// language), the multilingual domain glossary, building, opening and
// incrementally updating the index, ranked search with Discord-ready
// snippets, the "nothing relevant" rule and autocomplete suggestions.
//
// index is the only package that imports bleve. It uses corpus's types and
// must not import bot or cmd: bot reaches search through an interface it
// declares, which *Index satisfies.
//
// # Mapping
//
// One bleve document per provision, statement, passage and source (the
// source record is also the marker that a document is fully indexed: it is
// written in the same batch as the document's records, last). Every
// paragraph is a passage (kind passage, cited like any hit), so nothing a
// document says is unsearchable; a passage whose text is exactly a
// provision's or statement's is not indexed twice but adds the kind passage
// to that record. Keyword fields kind, source_id, speaker, speaker_any
// (the speaker, a group's members and the institutions the role names,
// from institutions.txt), plan and topics filter and feed Suggest (there is no _all field);
// date is a datetime; position says which paragraph a record comes from.
// The text goes to text_<analyzer>, analysed with bleve's analyzer for the
// document's language (front matter lang: de, it, fr, es, pl, ru, ...; uk
// with planbot_uk, a light stemmer of our own, and so cs, sk, sl, bg, el, lt, lv,
// et, see stemlight.go; sr and bs share hr; English otherwise), each with a synonym
// source on the same analyzer, without term vectors. A statement's speaker,
// role and members are indexed after its text (after metaSep), so
// "/statement zelensky" finds quotes that do not name him. Scoring is BM25
// with statistics of our own (stats.go). The mapping is pinned by
// testdata/mapping.golden.json; its version (mappingVersion plus a hash of
// the mapping, synonyms.txt, institutions.txt and the topic taxonomy) is
// stored in the index, and an index of another version is rebuilt from the
// corpus.
//
// # Search
//
// User text is only ever analysed, never parsed as query syntax. A query
// runs against the text field of every language the index holds, with
// bleve's synonym expansion from the multilingual glossary (synonyms.txt:
// translations, transliterations, abbreviations); the text field of the
// language the query is typed in weighs 1 and the others foreignBoost
// (fieldBoosts). The multi-word synonyms that bleve's thesaurus cannot hold
// ("prisoners of war" / POWs, "security guarantees" /
// Sicherheitsgarantien) are added as all-words clauses, and a query word no
// text holds but a topic's label or keywords do ("detainees") looks up the
// records tagged with that topic. A search is one bleve request without
// term locations that loads the stored fields of the page and a few more
// hits (run: bleve's searcher and collector on one snapshot, the stored
// fields read by segment and document number, see fetch.go); what a query
// looks up in the dictionary and thesaurus is kept until the next write
// (lookups.go), and the synonyms reach bleve as pre-search data. mark then analyses each returned text (cached, see tokens.go) to
// learn which query words it holds, as typed or through a synonym or its
// topics, and to cut the snippet with bleve's highlighter. Hits are ranked
// by the number of query words they match, then by how rare those words
// are (informative.go), then by those they hold as
// typed ("article 5" above "security guarantees"), then by score (a
// passage's weighed by passageWeight), then by ID; a passage is dropped when
// the provision or statement of its paragraph is among the hits, and a text
// already shown is not shown again. When some hit passes the relevance
// rule, the page is filled behind the relevant hits with the fetched ones
// the rule turned down that hold a query word as typed, so a question
// worded unlike its answer still finds it among the first; a query no hit
// answers stays unanswered. The fuzzy fallback (below) is marked the same
// way, matching text words one typo from an unknown query word. Before any
// of this, an unknown query word is read as the indexed word it is without
// accents, as a known name one typo away, or as another language's form of
// an indexed word (respell.go, variants.go).
//
// # Determinism
//
// bleve derives BM25's average field length from per-segment term counts,
// which change as scorch merges segments in the background: the same query
// on the same corpus ranked differently from run to run. Every request
// carries our own statistics (stats.go), and ties are ordered by ID.
// TestDeterministic checks it across differently built indexes.
//
// # Cost
//
// Beyond the plain match query bleve runs for the same text, a search pays
// for the multi-word synonym and topic clauses it adds (each over its own
// postings), a few term-dictionary look-ups for the relevance rule, loading
// a quarter more hits than the page, and analysing their texts (skipped for
// texts analysed recently). planbot bench reports both side by side.
//
// # Nothing relevant
//
// BM25 scores do not tell relevance apart (right first hits on the query
// table score from 0.008 to 2.4), so the rules are about the words. A query
// word is known when it, one of its synonyms, a multi-word synonym it
// belongs to, or a topic word occurs in the corpus. When at least half the
// query's distinct words are known, the exact search runs, and each hit
// must be relevant (relevant.go): it matches at least half the query's
// words and, unless it matches them all, at least one domain word (a
// glossary term or topic keyword). So "nato bitcoin" is answered with NATO
// records while "weather in paris", "world cup final" or "term limits for
// congress" are not answered by a text that happens to name Paris, a final
// settlement or Congress. When too few words are known, or the exact
// search matches nothing, a fuzzy search runs in which every word must
// match, unknown words within one edit or one swap of adjacent letters
// ("zelenksy"). Hits under relativeCut of the best score are dropped unless
// they match as many words as the best hit.
package index
