package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestZSpeakerDiag (ZSPEAKER_DIAG=1; stop 70, zspeaker) pairs every
// released "speaker" near miss of TestExtractionQuality (a missed gold
// statement whose words an extracted statement of another speaker holds)
// with the first statement holding them, and the text around the
// fragment: /tmp/zspeaker/diag.txt to read, diag.json (with the
// fragment's paragraph) to group by cause. Blind sets are skipped.
func TestZSpeakerDiag(t *testing.T) {
	if os.Getenv("ZSPEAKER_DIAG") == "" {
		t.Skip()
	}
	out := &strings.Builder{}
	var js []map[string]string
	for _, set := range extractionSets {
		if isBlind(set.dir) {
			continue
		}
		for _, f := range goldFixtures(t, set.dir) {
			d, err := Parse(f.data, ParseOptions{Name: filepath.Base(f.doc), Now: fixedNow})
			if err != nil {
				continue
			}
			for _, gs := range f.gold.Statements {
				if gs.foundIn(d.Statements) || gs.nearIn(d.Statements) != "speaker" {
					continue
				}
				words := strings.Fields(fragmentWords(gs.Fragment))
				var holder Statement
				for _, s := range d.Statements {
					if holdsMostWords(s.Text, words) {
						holder = s
						break
					}
				}
				ctx := ""
				txt := string(f.data)
				frag := gs.Fragment
				if len(frag) > 25 {
					frag = frag[:25]
				}
				low := strings.ToLower(txt)
				if len(low) != len(txt) {
					low = txt
				}
				if i := strings.Index(low, strings.ToLower(frag)); i >= 0 {
					a, b := i-300, i+len(gs.Fragment)+100
					if a < 0 {
						a = 0
					}
					if b > len(txt) {
						b = len(txt)
					}
					ctx = strings.ToValidUTF8(strings.ReplaceAll(txt[a:b], "\n", " ⏎ "), "")
				}
				para := ""
				if i := strings.Index(strings.ToLower(txt), strings.ToLower(frag)); i >= 0 && len(strings.ToLower(txt)) == len(txt) {
					a := strings.LastIndex(txt[:i], "\n\n")
					b := strings.Index(txt[i:], "\n\n")
					if a < 0 {
						a = 0
					}
					if b < 0 {
						b = len(txt) - i
					}
					para = txt[a : i+b]
				}
				js = append(js, map[string]string{"set": set.name, "file": filepath.Base(f.doc), "gold": gs.Speaker, "grole": gs.Role, "frag": gs.Fragment, "got": holder.Speaker, "role": holder.Role, "text": holder.Text, "para": para})
				fmt.Fprintf(out, "### %s %s\n  GOLD %s (%s) / %q\n  GOT  %s (%s) / %q\n  CTX %s\n\n", set.name, filepath.Base(f.doc), gs.Speaker, gs.Role, gs.Fragment, holder.Speaker, holder.Role, trunc(holder.Text), ctx)
			}
		}
	}
	b, _ := json.MarshalIndent(js, "", " ")
	os.MkdirAll("/tmp/zspeaker", 0o755)
	os.WriteFile("/tmp/zspeaker/diag.json", b, 0o644)
	os.WriteFile("/tmp/zspeaker/diag.txt", []byte(out.String()), 0o644)
}

func trunc(s string) string {
	if len(s) > 220 {
		return strings.ToValidUTF8(s[:220], "") + "…"
	}
	return s
}

// TestZSpeakerProbe (ZSPEAKER_FILE=path[,path] ZSPEAKER_SUB=a|b) prints the
// statements of released fixtures that hold one of the substrings: who a
// sentence went to, after a change.
func TestZSpeakerProbe(t *testing.T) {
	p := os.Getenv("ZSPEAKER_FILE")
	if p == "" {
		t.Skip()
	}
	for _, f := range strings.Split(p, ",") {
		if isBlind(f) {
			continue
		}
		data, _ := os.ReadFile(f)
		d, err := Parse(data, ParseOptions{Name: filepath.Base(f), Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Statements {
			for _, sub := range strings.Split(os.Getenv("ZSPEAKER_SUB"), "|") {
				if strings.Contains(s.Text, sub) {
					fmt.Printf("%s: %s (%s) / %q\n", filepath.Base(f), s.Speaker, s.Role, s.Text)
					break
				}
			}
		}
	}
}
