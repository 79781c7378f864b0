package index

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestExpansionCacheHitParsesNoGlossary: an expander whose parts are in
// the cache never parses the glossary (a fresh `planbot ask` spent about a
// tenth of its CPU doing so, only to hash the groups into the cache's
// key), and gives the part analysing the glossary gives; a part the cache
// lacks parses it.
func TestExpansionCacheHitParsesNoGlossary(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	if expansionKey(analyzerFor("en"), sh.version) == nil {
		t.Skip("the test binary cannot be identified")
	}
	prev := expansionCacheDir.Load()
	defer func() { expansionCacheDir.Store(prev) }()
	SetExpansionCache(filepath.Join(t.TempDir(), "index"))

	tests := []struct {
		name  string
		langs []string
		// parses is whether the expander needs the groups (0 or 1).
		parses int
	}{
		{"cold: built from the groups and cached", []string{"en", "fr"}, 1},
		{"warm: read from the cache", []string{"en", "fr"}, 0},
		{"one part missing", []string{"en", "fr", "de"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Parsed once at most, as sharedGroups is: what counts is
			// whether the expander needed them at all.
			parses := 0
			groups := sync.OnceValue(func() []synonymGroup {
				parses++
				return sh.groups()
			})
			e, err := newExpander(sh.im, sh.version, groups)
			if err != nil {
				t.Fatal(err)
			}
			for _, lang := range tt.langs {
				a := analyzerFor(lang)
				if got := e.lang(a); !reflect.DeepEqual(got, builtExpansion(t, a)) {
					t.Errorf("%s: part differs from the one analysing the glossary gives", a)
				}
			}
			if parses != tt.parses {
				t.Errorf("glossary parsed %d times, want %d", parses, tt.parses)
			}
		})
	}
}
