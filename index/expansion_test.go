package index

import (
	"slices"
	"testing"
)

// TestStrictOf checks the strict synonyms of one term's thesaurus list:
// a synonym is strict only when none of its copies came from a
// translation line, whatever the order of the copies.
func TestStrictOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ss    []string
		flags []bool
		want  []string
	}{
		{"none", nil, nil, nil},
		{"glossary only", []string{"pow", "captive"}, []bool{false, false}, []string{"pow", "captive"}},
		{"translation only", []string{"kriegsgefangen"}, []bool{true}, nil},
		{"glossary then translation", []string{"pow", "pow"}, []bool{false, true}, nil},
		{"translation then glossary", []string{"pow", "pow"}, []bool{true, false}, nil},
		{"repeat kept once", []string{"pow", "captive", "pow"}, []bool{false, true, false}, []string{"pow"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strictOf(tc.ss, tc.flags); !slices.Equal(got, tc.want) {
				t.Errorf("strictOf(%q, %v) = %q, want %q", tc.ss, tc.flags, got, tc.want)
			}
		})
	}
}

// TestLooseFromGroups checks isLoose against the groups themselves, for
// a few analyzers: a thesaurus pair is loose exactly when a group of
// translations.txt (general) gives it, one analysed term for another.
func TestLooseFromGroups(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{defaultLang, "ru", "de"} {
		a := analyzerFor(lang)
		an := sh.im.AnalyzerNamed(a)
		want := map[[2]string]bool{}
		for _, g := range sh.groups() {
			if !g.general {
				continue
			}
			for _, f := range g.from {
				ft := terms(an, f)
				for _, to := range g.to {
					if tt := terms(an, to); to != f && len(ft) == 1 && len(tt) == 1 && ft[0] != tt[0] {
						want[[2]string{ft[0], tt[0]}] = true
					}
				}
			}
		}
		le := expandWith(an, sh.groups(), domainTerms(sh.groups()))
		loose, strict := 0, 0
		for term, ss := range le.thesaurus {
			for _, s := range ss {
				if got := le.isLoose(term, s); got != want[[2]string{term, s}] {
					t.Fatalf("%s: isLoose(%q, %q) = %v, want %v", a, term, s, got, !got)
				} else if got {
					loose++
				} else {
					strict++
				}
			}
		}
		if loose == 0 || strict == 0 {
			t.Errorf("%s: %d loose and %d strict pairs: want both kinds", a, loose, strict)
		}
	}
}
