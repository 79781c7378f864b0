package corpus

import (
	"path/filepath"
	"testing"
)

// eachReleasedParse parses every fixture of the released extraction sets
// (the development fixtures, as set "dev", first; then every held-out
// folder that is not blind, in name order) with opts, whose Name and Now
// it sets per file, and calls fn with the set's name, the fixture and the
// document; a fixture the parser refuses has no statements to show and is
// skipped. It is the walk the statement diagnostics (never extracted, wrong
// speaker, oblique names, the reading table) each wrote out.
func eachReleasedParse(t *testing.T, opts ParseOptions, fn func(set string, f goldFixture, d *Document)) {
	t.Helper()
	dirs, _ := filepath.Glob("testdata/extraction/heldout*")
	for _, dir := range append([]string{"testdata/extraction"}, dirs...) {
		if isBlind(dir) {
			continue
		}
		set := filepath.Base(dir)
		if dir == "testdata/extraction" {
			set = "dev"
		}
		for _, f := range goldFixtures(t, dir) {
			o := opts
			o.Name, o.Now = filepath.Base(f.doc), fixedNow
			d, err := Parse(f.data, o)
			if err != nil {
				continue
			}
			fn(set, f, d)
		}
	}
}
