package index

import (
	"slices"
	"testing"
)

// TestThesaurusOwnSmall: a language part keeps a thesaurus list of its own
// only for the terms whose one-token synonyms are not all their synonyms
// (a phrase among them), and thesaurus still answers, for every term, the
// one-token synonyms the glossary pairs give it, in their order. Before
// stop 38 every term with one-token synonyms had a second map entry, so
// the part a fresh process reads held as many thesaurus entries as
// synonyms (about 42,000 in English once the stop-37 supplements came).
func TestThesaurusOwnSmall(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	groups := sharedGroups()
	dt := domainTerms(groups)
	for _, lang := range []string{defaultLang, "de", "tr"} {
		t.Run(lang, func(t *testing.T) {
			an := im.AnalyzerNamed(analyzerFor(lang))
			le := expandWith(an, groups, dt)
			// The reference: every one-token pair, kept once, in order.
			want := map[string][]string{}
			for _, g := range groups {
				for _, f := range g.from {
					ft := terms(an, f)
					if len(ft) != 1 {
						continue
					}
					for _, to := range g.to {
						tt := terms(an, to)
						if to == f || len(tt) != 1 || tt[0] == ft[0] {
							continue
						}
						if !slices.Contains(want[ft[0]], tt[0]) {
							want[ft[0]] = append(want[ft[0]], tt[0])
						}
					}
				}
			}
			for term, w := range want {
				if got := le.thesaurus(term); !slices.Equal(got, w) {
					t.Fatalf("thesaurus(%q) = %q, want %q", term, got, w)
				}
			}
			for term := range le.synonyms {
				if _, ok := want[term]; !ok && len(le.thesaurus(term)) > 0 {
					t.Fatalf("thesaurus(%q) = %q, want none", term, le.thesaurus(term))
				}
			}
			if own, all := len(le.thesaurusOwn), len(le.synonyms); own*4 > all {
				t.Errorf("%d of %d terms keep a thesaurus list of their own, want at most a quarter", own, all)
			}
			t.Logf("%d of %d terms keep a thesaurus list of their own", len(le.thesaurusOwn), len(le.synonyms))
		})
	}
}
