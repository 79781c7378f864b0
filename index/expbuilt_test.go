package index

import (
	"sync"
	"testing"
)

// builtExpansions holds, per analyzer, the part of the expansion that
// analysing the glossary gives, built once per test binary: analysing the
// whole glossary takes seconds per analyzer, and the expansion cache's
// tests compare against the same part many times.
var builtExpansions sync.Map // analyzer name -> func() *langExpansion

// builtExpansion returns analyzer a's part, built by expandWith (never
// read from a cache file).
func builtExpansion(t *testing.T, a string) *langExpansion {
	t.Helper()
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	groups := sh.groups()
	f, _ := builtExpansions.LoadOrStore(a, sync.OnceValue(func() *langExpansion {
		return expandWith(sh.im.AnalyzerNamed(a), groups, domainTerms(groups))
	}))
	return f.(func() *langExpansion)()
}
