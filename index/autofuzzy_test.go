package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestAutoFuzzy: the field read agrees with the queries' JSON, for match
// and fuzzy queries with and without automatic fuzziness.
func TestAutoFuzzy(t *testing.T) {
	autoMatch := query.NewMatchQuery("kherson")
	autoMatch.SetAutoFuzziness(true)
	autoFuzzyQ := query.NewFuzzyQuery("kherson")
	autoFuzzyQ.SetAutoFuzziness(true)
	oneEdit := query.NewMatchQuery("kherson")
	oneEdit.SetFuzziness(1)
	cases := []struct {
		name string
		q    query.Query
		want bool
	}{
		{"match", query.NewMatchQuery("kherson"), false},
		{"match, one edit", oneEdit, false},
		{"match, auto", autoMatch, true},
		{"fuzzy", query.NewFuzzyQuery("kherson"), false},
		{"fuzzy, auto", autoFuzzyQ, true},
		{"term (no such field)", query.NewTermQuery("auto"), true},
	}
	for _, c := range cases {
		if got := autoFuzzy(c.q); got != c.want {
			t.Errorf("%s: autoFuzzy = %v, want %v", c.name, got, c.want)
		}
		if c.name != "term (no such field)" && autoFuzzyJSON(c.q) != c.want {
			t.Errorf("%s: the JSON says otherwise", c.name)
		}
	}
}
