package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZRoleDiag(t *testing.T) {
	if os.Getenv("ZZROLE") == "" {
		t.Skip()
	}
	dirs, _ := filepath.Glob("testdata/extraction/*")
	n := 0
	for _, dir := range dirs {
		if strings.HasSuffix(dir, "heldout-zq") {
			continue
		}
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		for _, f := range goldFixtures(t, dir) {
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow})
			if err != nil {
				continue
			}
			low := goldLow(string(f.data))
			for _, g := range f.gold.Statements {
				if g.foundIn(d.Statements) {
					continue
				}
				for _, s := range d.Statements {
					if g.matchesSpeaker(s) {
						n++
						in := strings.Contains(low, goldRole(g.Role))
						t.Logf("ROLE %s %s | gold %q (inDoc=%v) | got %q | speaker %q", filepath.Base(dir), filepath.Base(f.doc), g.Role, in, s.Role, s.Speaker)
						break
					}
				}
			}
		}
	}
	t.Logf("total %d", n)
}
