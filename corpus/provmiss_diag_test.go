package corpus

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestProvisionMissDiag sorts the released sets' missed provisions by what
// extraction did with them (wrong plan, wrong number, cut text, nothing),
// so that a helper can build a cause table without reading every fixture by
// hand. Blind sets are skipped. Run it with PLANBOT_PROVMISS_DIAG set:
//
//	PLANBOT_PROVMISS_DIAG=1 go test ./corpus -run TestProvisionMissDiag -v -count=1
func TestProvisionMissDiag(t *testing.T) {
	if os.Getenv("PLANBOT_PROVMISS_DIAG") == "" {
		t.Skip("set PLANBOT_PROVMISS_DIAG to print the released sets' missed provisions by kind")
	}
	dirs, err := filepath.Glob("testdata/extraction/heldout-*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if isBlind(dir) {
			continue
		}
		for _, f := range goldFixtures(t, dir) {
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow})
			if err != nil {
				continue
			}
			raw := goldLow(string(f.data))
			for _, g := range f.gold.Provisions {
				hit := false
				for _, p := range d.Provisions {
					hit = hit || g.matches(p)
				}
				if hit {
					continue
				}
				frag := goldLow(g.Fragment)
				kind := "none"
				var near []string
				for _, p := range d.Provisions {
					if !strings.Contains(goldLow(p.Text), frag) {
						continue
					}
					if g.Number != 0 && p.Number != g.Number {
						kind = "number"
					} else {
						kind = "plan"
					}
					near = append(near, p.Plan+"#"+strconv.Itoa(p.Number))
				}
				ctx := ""
				i := strings.Index(raw, frag)
				if i >= 0 {
					lo := strings.LastIndexAny(raw[:i], ".!?;\n")
					if i-lo > 220 {
						lo = i - 220
					}
					ctx = raw[max(lo, 0):min(i+len(frag)+80, len(raw))]
				}
				if kind == "none" {
					if i < 0 {
						kind = "notindoc"
					} else {
						// a provision that holds part of the fragment
						for _, p := range d.Provisions {
							pt := goldLow(p.Text)
							if len(frag) > 20 && (strings.Contains(pt, frag[:20]) || strings.Contains(frag, pt)) {
								kind = "cut"
								near = append(near, p.Plan+"#"+strconv.Itoa(p.Number)+" "+pt)
							}
						}
					}
				}
				t.Logf("MISS %s %s %s %s#%d %q got=%v ctx=%q", kind, filepath.Base(dir), filepath.Base(f.doc), g.Plan, g.Number, frag, near, ctx)
			}
		}
	}
}
