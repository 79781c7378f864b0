// Package corpus turns documents into the records planbot answers from:
// a Source per document, the Provisions (points of a version of the plan) it
// sets out and the Statements (who said what) it reports. It owns parsing and
// extraction, topic tagging, the on-disk document store and the embedded seed.
//
// corpus imports neither index nor bot: both of them use its types, and the
// search request/result types live here so that bot can declare the search
// interface it needs without importing index.
package corpus
