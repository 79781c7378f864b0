package index

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// sharedVersion returns the mapping's version, which the expansion
// cache's key names.
func sharedVersion(t *testing.T) string {
	t.Helper()
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return sh.version
}

// expansionInputs returns the glossary groups and domain terms the
// process's expander is built from.
func expansionInputs(t *testing.T) ([]synonymGroup, []string) {
	t.Helper()
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return sh.groups(), domainTerms(sh.groups())
}

// TestExpansionCacheRoundTrip checks that every analyzer's part, written to
// the cache and read back, is exactly what analysing the glossary gives:
// the answers cannot tell a loaded part from a built one.
func TestExpansionCacheRoundTrip(t *testing.T) {
	als := analyzers()
	if testing.Short() {
		als = []string{analyzerFor("en"), analyzerFor("de"), analyzerFor("ru")}
	}
	key := make([]byte, 32)
	for _, a := range als {
		built := builtExpansion(t, a)
		got, err := decodeExpansion(encodeExpansion(built, key), key)
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		if !reflect.DeepEqual(got, built) {
			t.Errorf("%s: the part read back differs from the one built", a)
		}
	}
}

// TestExpansionCacheFile follows one analyzer's cache file through the
// cases a data dir meets: missing (built and written), present (read, not
// built), stale (another glossary or build: built and rewritten), corrupt
// or cut short (built and rewritten), and several processes filling it at
// once. Every case gives the part analysing the glossary gives.
func TestExpansionCacheFile(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		a := analyzerFor(lang)
		want := builtExpansion(t, a)
		key := expansionKey(a, sharedVersion(t))
		if key == nil {
			t.Skip("the test binary cannot be identified")
		}
		var mu sync.Mutex
		builds := 0
		// A build counts, and gives the part analysing the glossary
		// gives (analysed once: what is checked is when the cache
		// builds, not the analysis again).
		build := func() *langExpansion {
			mu.Lock()
			builds++
			mu.Unlock()
			return want
		}
		dir := filepath.Join(t.TempDir(), "index.expansion")
		path := filepath.Join(dir, a)
		check := func(name string, wantBuilds int) {
			t.Helper()
			builds = 0
			got := cachedExpandWith(dir, a, build, key)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: part differs from the built one", a, name)
			}
			if builds != wantBuilds {
				t.Errorf("%s %s: built %d times, want %d", a, name, builds, wantBuilds)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%s %s: %v", a, name, err)
			}
			if _, err := decodeExpansion(data, key); err != nil {
				t.Errorf("%s %s: file left unreadable: %v", a, name, err)
			}
		}
		check("missing", 1)
		check("present", 0)

		// Stale: a file written under another key (another glossary,
		// so another mapping version, or another build) is not used.
		other := expansionKey(a, sharedVersion(t)+"-other")
		if err := os.WriteFile(path, encodeExpansion(&langExpansion{domain: map[string]bool{"stale": true}}, other), 0o644); err != nil {
			t.Fatal(err)
		}
		check("stale", 1)

		// Corrupt: a byte changed in the middle, then a file cut short,
		// then one that is not a cache file at all.
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		flipped := append([]byte(nil), data...)
		flipped[len(flipped)/2] ^= 0x5a
		for name, bad := range map[string][]byte{
			"corrupt":    flipped,
			"cut short":  data[:len(data)*2/3],
			"empty":      nil,
			"other file": []byte("# not an expansion cache\n"),
		} {
			if err := os.WriteFile(path, bad, 0o644); err != nil {
				t.Fatal(err)
			}
			check(name, 1)
		}

		// Concurrent writers: each process finds no file, builds and
		// writes; every one gets the right part and the file left is whole.
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				if got := cachedExpandWith(dir, a, build, key); !reflect.DeepEqual(got, want) {
					t.Errorf("%s concurrent: part differs from the built one", a)
				}
			})
		}
		wg.Wait()
		check("after concurrent writers", 0)
		des, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(des) != 1 {
			t.Errorf("%s: cache dir holds %d files after the writers, want 1", a, len(des))
		}
	}
}

// TestExpansionCacheNoDataDir checks that a cache directory whose parent
// (the data dir) does not exist is neither created nor needed.
func TestExpansionCacheNoDataDir(t *testing.T) {
	sh, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	groups, dt := expansionInputs(t)
	a := analyzerFor("en")
	dir := filepath.Join(t.TempDir(), "missing", "index.expansion")
	got := cachedExpandWith(dir, a, func() *langExpansion { return expandWith(sh.im.AnalyzerNamed(a), groups, dt) },
		expansionKey(a, sh.version))
	if len(got.synonyms) == 0 {
		t.Fatal("no part built")
	}
	if _, err := os.Stat(filepath.Dir(dir)); !os.IsNotExist(err) {
		t.Errorf("the missing data dir was created: %v", err)
	}
}
