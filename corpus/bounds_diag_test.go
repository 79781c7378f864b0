package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestBoundsNearMissDiagnosis writes, for every released set, the missed
// gold statements a statement of the gold speaker mostly holds (the
// quality line's "bounds" and "role" near misses: three in five of the
// fragment's words, but not the fragment, or the whole fragment with
// another role): the fragment, the statement, where the fragment lies
// relative to it ("role only" when only the role differs), and the
// document around the fragment. It is a tool (stop 64, zbounds), skipped
// without PLANBOT_BOUNDS_DIAG.
func TestBoundsNearMissDiagnosis(t *testing.T) {
	out := os.Getenv("PLANBOT_BOUNDS_DIAG")
	if out == "" {
		t.Skip("set PLANBOT_BOUNDS_DIAG to a file outside the repository")
	}
	var b strings.Builder
	sets := map[string]bool{}
	n := 0
	for _, dir := range releasedExtractionDirs(t) {
		for _, f := range goldFixtures(t, dir) {
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow})
			if err != nil {
				continue
			}
			raw := goldLow(string(f.data))
			for _, g := range f.gold.Statements {
				if g.foundIn(d.Statements) || g.nearIn(d.Statements) != "bounds" && g.nearIn(d.Statements) != "role" {
					continue
				}
				n++
				sets[filepath.Base(dir)] = true
				fmt.Fprintf(&b, "== %s %s\n  gold %s (%s): %q\n", filepath.Base(dir), filepath.Base(f.doc), g.Speaker, g.Role, g.Fragment)
				for _, s := range d.Statements {
					if k := g.nearIn([]Statement{s}); k == "bounds" || k == "role" {
						where := boundsWhere(g.Fragment, s.Text)
						if g.matchesSpeaker(s) {
							where = "role only" // the words and the speaker match, the role does not
						}
						fmt.Fprintf(&b, "  got  %s (%s) [%s]: %q\n", s.Speaker, s.Role, where, s.Text)
					}
				}
				frag := fragmentWords(g.Fragment)
				if i := strings.Index(raw, frag); i >= 0 {
					lo, hi := max(0, i-200), min(len(raw), i+len(frag)+120)
					fmt.Fprintf(&b, "  doc  …%s⟦%s⟧%s…\n", raw[lo:i], frag, raw[i+len(frag):hi])
				} else {
					fmt.Fprintf(&b, "  doc  (fragment not in the document as written)\n")
				}
			}
		}
	}
	var names []string
	for s := range sets {
		names = append(names, s)
	}
	sort.Strings(names)
	fmt.Fprintf(&b, "\n%d bounds near misses in %d sets: %s\n", n, len(names), strings.Join(names, " "))
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// boundsWhere says where gold's fragment lies against text, word by word:
// "starts before" (text begins inside the fragment), "ends after" (text
// stops inside it), "both", "gap" (text holds both ends but not the
// middle), or "scattered".
func boundsWhere(gold, text string) string {
	gw := strings.Fields(strings.Trim(fragmentWords(gold), "\"'“”„«»"))
	t := " " + strings.Join(strings.Fields(goldLow(text)), " ") + " "
	has := func(ws []string) bool { return len(ws) > 0 && strings.Contains(t, strings.Join(ws, " ")) }
	head, tail := 0, 0 // longest prefix and suffix of gold in text
	for k := len(gw); k > 0; k-- {
		if has(gw[:k]) {
			head = k
			break
		}
	}
	for k := len(gw); k > 0; k-- {
		if has(gw[len(gw)-k:]) {
			tail = k
			break
		}
	}
	switch {
	case head > 0 && tail > 0 && head+tail < len(gw):
		return fmt.Sprintf("gap %d+%d/%d", head, tail, len(gw))
	case head > 0 && tail == 0 || head >= len(gw)/2 && head > tail:
		return fmt.Sprintf("ends after: text has the first %d/%d", head, len(gw))
	case tail > 0:
		return fmt.Sprintf("starts before: text has the last %d/%d", tail, len(gw))
	}
	return "scattered"
}
