package index

import "strings"

// spanRewrite builds a copy of a text with some of its spans replaced, for
// the query rewriters that read one kind of span each and write it
// another way (spellPercent: "90%", spellUnits: "90bn", normalizeNumbers:
// "800 000"). They all scan the text, find the spans left to right and
// must build the output once, copying the text between the spans, and
// must not copy or allocate at all when the text has no such span, since
// every query goes through all three (normalizeQuery). One helper keeps
// that bookkeeping (where the last span ended, whether anything changed)
// in one place instead of three copies of it.
//
// The zero value with src set is ready: call replace for each span, in
// order and not overlapping, then String.
type spanRewrite struct {
	src     string
	b       strings.Builder
	last    int  // where the last replaced span ended in src
	changed bool // whether replace was called
}

// replace puts the pieces of with in place of src[start:end]. Spans must
// come in order: start is not before the end of the previous one.
func (r *spanRewrite) replace(start, end int, with ...string) {
	r.b.WriteString(r.src[r.last:start])
	for _, w := range with {
		r.b.WriteString(w)
	}
	r.last = end
	r.changed = true
}

// String returns src with the spans replaced: src itself, not a copy,
// when nothing was.
func (r *spanRewrite) String() string {
	if !r.changed {
		return r.src
	}
	r.b.WriteString(r.src[r.last:])
	return r.b.String()
}
