package index

import (
	"testing"
)

// TestRankGenreAndHeadline: among hits that match a query equally, the
// one from a document whose title names the kind of document asked for
// ("interview", in English or through a translation such as
// "Entrevista") comes first, and a paragraph that only repeats its
// document's title goes behind the body paragraph that says the same.
// Each fixture pairs the wanted paragraph with a shorter one that plain
// BM25 ranks first, so the test fails when the tie-break is gone.
func TestRankGenreAndHeadline(t *testing.T) {
	ix := openFixtureIndex(t, "testdata/rankgenre/*.md", 5)
	for _, c := range []struct{ query, want string }{
		{"river clause harbour interview", "whatever the politicians sign"},
		{"cláusula del río puerto entrevista", "diga lo que diga la política"},
		{"estuary mines deminers year", "drifted down after the dam broke"},
		// Without a frame word the shorter paragraph may well come first:
		// the tie-break only acts on what the query names.
		{"bitcoin price today", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
